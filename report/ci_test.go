package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/fixer"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in report/testdata")

// sampleDocs documents the rules of sampleResults by hand, so that edits
// to the real rules' texts do not move these goldens. brand-name is left
// out on purpose: it stands for a rule outside the base set.
func sampleDocs() []lint.Doc {
	return []lint.Doc{
		{
			ID: "front-matter", Category: lint.CategoryFormat, Severity: lint.Error,
			Summary:   i18n.T("unknown or invalid front matter keys", "kunci front matter tidak dikenal atau tidak sah"),
			Rationale: i18n.T("A typo in front matter silently drops a setting.", "Salah ketik di front matter diam-diam membuang pengaturan."),
			Bad:       i18n.T("platfrom: instagram", "platfrom: instagram"),
			Good:      i18n.T("platform: instagram", "platform: instagram"),
		},
		{
			ID: "hashtag-count", Category: lint.CategoryEngagement, Severity: lint.Warning, PerPlatform: true,
			Summary:   i18n.T("more hashtags than the platform allows", "tagar melebihi batas platform"),
			Rationale: i18n.T("Instagram caps posts at 5 hashtags <since 2025> & X advises 2.", "Instagram membatasi 5 tagar <sejak 2025> & X menyarankan 2."),
			Source:    "Instagram Help Centre <hashtags> & X Help Centre; TikTok's in-app notice (2025)",
			Bad:       i18n.T("#a #b #c #d #e #f", "#a #b #c #d #e #f"),
			Good:      i18n.T("#KTPGratis #Surabaya", "#KTPGratis #Surabaya"),
		},
		{
			ID: "hook-dateline", Category: lint.CategoryHook, Severity: lint.Warning,
			Summary:   i18n.T("opens with a press-release dateline", "dibuka dengan dateline siaran pers"),
			Rationale: i18n.T("The first words decide whether people stop scrolling.", "Kata-kata pertama menentukan orang berhenti menggulir atau tidak."),
			// Backticks in an example must not close the Markdown code block.
			Bad:  i18n.T("```Monday (2/4), the Regent```", "```Senin (2/4), Bupati```"),
			Good: i18n.T("Free ID cards on Saturday", "KTP gratis hari Sabtu"),
		},
	}
}

func rng(l1, c1, l2, c2 int) draft.Range {
	return draft.Range{Start: draft.Position{Line: l1, Column: c1}, End: draft.Position{Line: l2, Column: c2}}
}

// sampleResults are hand-made results in engine order (by path, then
// post), with the text that breaks formats: line breaks, CR, commas,
// colons, %, quotes, <, &, a control character, emoji and right-to-left
// text, in paths too.
func sampleResults() []lint.PostResult {
	fnd := func(path string, post int, platform, rule, category string, sev lint.Severity, r draft.Range, msg, sugg i18n.Text) lint.Finding {
		return lint.Finding{Path: path, Post: post, Platform: platform, Rule: rule, Category: category,
			Severity: sev, Range: r, Start: -1, End: -1, Message: msg, Suggestion: sugg}
	}
	return []lint.PostResult{
		{Path: "-", Index: 1, Findings: []lint.Finding{
			fnd("-", 1, "instagram", "hashtag-count", "engagement", lint.Info, rng(1, 1, 1, 1),
				i18n.T("no hashtags on Instagram", "tanpa tagar di Instagram"),
				i18n.T("add 1–5 specific hashtags", "tambahkan 1–5 tagar spesifik")),
		}},
		{Path: "a,b:c%.md", Index: 1, Findings: []lint.Finding{
			fnd("a,b:c%.md", 1, "", "front-matter", "format", lint.Error, draft.Range{},
				i18n.T(`unknown front matter key "platfrom"`, `kunci front matter "platfrom" tidak dikenal`),
				i18n.T(`did you mean "platform"?`, `maksud Anda "platform"?`)),
		}},
		{Path: "calendar.csv", Index: 1, Findings: []lint.Finding{
			fnd("calendar.csv", 1, "", "hook-dateline", "hook", lint.Warning, rng(2, 10, 2, 24),
				i18n.T(`the post opens with a dateline "Senin (2/4),"`, `unggahan dibuka dengan dateline "Senin (2/4),"`),
				i18n.T("start with the news", "mulailah dengan beritanya")),
		}},
		{Path: "calendar.csv", Index: 2, Findings: []lint.Finding{
			fnd("calendar.csv", 2, "x", "hashtag-count", "engagement", lint.Error, rng(3, 5, 3, 9),
				i18n.T("3 hashtags: X advises at most 2", "3 tagar: X menyarankan paling banyak 2"), i18n.Text{}),
			// One finding the engine merged from three platforms.
			grouped(fnd("calendar.csv", 2, "facebook", "hashtag-count", "engagement", lint.Info, rng(3, 12, 3, 17),
				i18n.T("#UMKM twice: one is enough", "#UMKM dua kali: cukup satu"),
				i18n.T("drop the second #UMKM", "hapus #UMKM yang kedua")), "facebook", "linkedin", "threads"),
		}},
		{Path: "clean.md", Index: 1},
		{Path: "posts/ulasan warga é.md", Index: 1, Findings: []lint.Finding{
			withFix(fnd("posts/ulasan warga é.md", 1, "", "brand-name", "custom", lint.Info, rng(1, 1, 1, 1),
				i18n.T("write 'Kemensetneg' 🎉", "tulis 'Kemensetneg' 🎉"), i18n.Text{}),
				fixer.Edit{Start: 3, End: 9, Text: "Kemensetneg \"<&>\"\r\n"}, rng(1, 1, 1, 7)),
			fnd("posts/ulasan warga é.md", 1, "", "hook-dateline", "hook", lint.Warning, rng(2, 3, 4, 1),
				i18n.T(`opens with "مرحبا بكم" — a greeting, not the news`, `dibuka dengan "مرحبا بكم" — salam, bukan berita`),
				i18n.T("put the news first", "letakkan beritanya di depan")),
			fnd("posts/ulasan warga é.md", 1, "instagram", "hashtag-count", "engagement", lint.Error, rng(9, 56, 9, 75),
				i18n.T("7 hashtags: Instagram accepts at most 5, 100% over: \"#a\" <#b> & #c\r\nsecond line\x07",
					"7 tagar: Instagram hanya menerima 5, 100% lebih: \"#a\" <#b> & #c\r\nbaris kedua\x07"),
				i18n.T("keep #A & #B, drop the rest", "pertahankan #A & #B, hapus sisanya")),
		}},
	}
}

// grouped makes f a finding that applies to several platforms, as the
// engine gives it when a rule says the same on each.
func grouped(f lint.Finding, platforms ...string) lint.Finding {
	f.Platforms = platforms
	f.Platform = platforms[0]
	return f
}

// withFix gives a finding a fix.
func withFix(f lint.Finding, e fixer.Edit, r draft.Range) lint.Finding {
	f.Fix = &lint.FileFix{Edit: e, Range: r}
	return f
}

// findings lists every finding of the sample, in order.
func sampleFindings() []lint.Finding {
	var out []lint.Finding
	for _, r := range sampleResults() {
		out = append(out, r.Findings...)
	}
	return out
}

// render runs a format over results.
func render(t *testing.T, name string, opts Options, results []lint.PostResult) string {
	t.Helper()
	fac, err := Lookup(name)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	opts.W = &buf
	f := fac.New(opts)
	var sum lint.Summary
	for _, r := range results {
		sum.Posts++
		for _, fd := range r.Findings {
			sum.Count(fd)
		}
		if err := f.Post(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Finish(sum); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func sampleOptions(locale string) Options {
	return Options{Locale: locale, Rules: sampleDocs(), Builtin: rules.BuiltinDoc, Version: "1.2.3", FailOn: lint.Error}
}

// golden compares got with report/testdata/<name>; go test ./report
// -update rewrites it.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./report -update creates it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test ./report -run %s -update rewrites it):\n%s", path, t.Name(), firstDiff(string(want), got))
	}
}

func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + wl + "\n  got:  " + gl
		}
	}
	return ""
}

// TestCIFormatsGolden pins every CI format's output for the sample in both
// languages, and checks that two runs give the same bytes.
func TestCIFormatsGolden(t *testing.T) {
	ext := map[string]string{"sarif": "sarif.json", "github": "github.txt", "checkstyle": "checkstyle.xml", "junit": "junit.xml", "codequality": "codequality.json"}
	for _, name := range []string{"sarif", "github", "checkstyle", "junit", "codequality"} {
		for _, locale := range []string{i18n.EN, i18n.ID} {
			t.Run(name+"-"+locale, func(t *testing.T) {
				got := render(t, name, sampleOptions(locale), sampleResults())
				if again := render(t, name, sampleOptions(locale), sampleResults()); again != got {
					t.Fatal("two runs over the same results differ")
				}
				golden(t, locale+"."+ext[name], got)
			})
		}
	}
}

// Every CI format must write something well-formed for a run without
// posts, and without findings.
func TestCIFormatsEmptyRun(t *testing.T) {
	clean := []lint.PostResult{{Path: "clean.md", Index: 1}}
	want := map[string][2]string{ // name: {no posts, one clean post}
		"github":      {"", ""},
		"codequality": {"[]\n", "[]\n"},
		"checkstyle": {
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n</checkstyle>\n",
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n  <file name=\"clean.md\"/>\n</checkstyle>\n",
		},
		"junit": {
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"postlint\" tests=\"0\" failures=\"0\" errors=\"0\">\n" +
				"  <testsuite name=\"postlint\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\">\n  </testsuite>\n</testsuites>\n",
			"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"postlint\" tests=\"1\" failures=\"0\" errors=\"0\">\n" +
				"  <testsuite name=\"postlint\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">\n" +
				"    <testcase name=\"clean.md\" classname=\"postlint\"/>\n  </testsuite>\n</testsuites>\n",
		},
	}
	for name, w := range want {
		if got := render(t, name, sampleOptions(i18n.EN), nil); got != w[0] {
			t.Errorf("%s, no posts:\n got %q\nwant %q", name, got, w[0])
		}
		if got := render(t, name, sampleOptions(i18n.EN), clean); got != w[1] {
			t.Errorf("%s, a clean post:\n got %q\nwant %q", name, got, w[1])
		}
	}
}

func TestCIFormatsAreRegistered(t *testing.T) {
	for _, name := range []string{"sarif", "github", "checkstyle", "junit", "codequality"} {
		f, err := Lookup(name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if f.NeedsPosts {
			t.Errorf("%s keeps every post in memory, but needs only findings", name)
		}
		if f.Help == "" {
			t.Errorf("%s has no help text", name)
		}
	}
}
