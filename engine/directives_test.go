package engine

import (
	"strings"
	"testing"

	"github.com/postlint/postlint/lint"
)

// Two custom rules that fire on the words AAA and BBB make it plain which
// line each directive covers.
const directiveConfig = `platforms = ["facebook"]

[[custom]]
id = "kata-a"
message = "AAA"
pattern = 'AAA'

[[custom]]
id = "kata-b"
message = "BBB"
pattern = 'BBB'
`

var directiveRules = []string{"kata-a", "kata-b", "unused-directive"}

func lintDraft(t *testing.T, cfg, src string, opts func(*Options)) []lint.PostResult {
	t.Helper()
	return lintTree(t, cfg, map[string]string{"post.md": src}, []string{"post.md"}, opts)
}

func TestDirectives(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // "line:col rule", in report order
	}{
		{
			name: "range with reason, enable by rule",
			src:  "AAA satu\n<!-- postlint-disable kata-a -- kutipan resmi -->\nAAA BBB dua\nAAA tiga\n<!-- postlint-enable kata-a -->\nAAA empat",
			want: []string{"1:1 kata-a", "3:5 kata-b", "6:1 kata-a"},
		},
		{
			name: "range without enable runs to the end",
			src:  "AAA satu\n<!-- postlint-disable kata-a -->\nAAA dua\n\nAAA tiga",
			want: []string{"1:1 kata-a"},
		},
		{
			name: "range of every rule, enable of every rule",
			src:  "<!-- postlint-disable -->\nAAA BBB\n<!-- postlint-enable -->\nAAA BBB",
			want: []string{"4:1 kata-a", "4:5 kata-b"},
		},
		{
			name: "enable one rule inside a range of every rule",
			src:  "<!-- postlint-disable -- arsip -->\nAAA BBB\n<!-- postlint-enable kata-a -->\nAAA BBB",
			want: []string{"4:1 kata-a"},
		},
		{
			name: "a second disable of the same rule is closed by one enable",
			src:  "<!-- postlint-disable kata-a -->\nAAA\n<!-- postlint-disable kata-a -->\nAAA\n<!-- postlint-enable kata-a -->\nAAA",
			want: []string{"6:1 kata-a"},
		},
		{
			name: "next line, with a reason",
			src:  "<!-- postlint-disable-next-line kata-a -- nama program -->\nAAA BBB\nAAA",
			want: []string{"2:5 kata-b", "3:1 kata-a"},
		},
		{
			name: "stacked next-line directives reach the same line",
			src:  "<!-- postlint-disable-next-line kata-a -->\n<!-- postlint-disable-next-line kata-b -->\nAAA BBB",
			want: nil,
		},
		{
			name: "next line spanning comment",
			src:  "<!--\n  postlint-disable-next-line kata-a\n  -- singkatan resmi\n-->\nAAA satu\nAAA dua",
			want: []string{"6:1 kata-a"},
		},
		{
			name: "same line, two rules",
			src:  "AAA BBB <!-- postlint-disable-line kata-a, kata-b -- nama merek -->\nAAA BBB",
			want: []string{"2:1 kata-a", "2:5 kata-b"},
		},
		{
			name: "whole file, directive at the end",
			src:  "AAA\nBBB\n\nAAA\n<!-- postlint-disable-file kata-a -- kampanye -->",
			want: []string{"2:1 kata-b"},
		},
		{
			name: "whole file, every rule",
			src:  "<!-- postlint-disable-file -->\nAAA BBB",
			want: nil,
		},
		{
			name: "unused: nothing on the next line",
			src:  "<!-- postlint-disable-next-line kata-a -->\nBBB",
			want: []string{"1:1 unused-directive", "2:1 kata-b"},
		},
		{
			name: "unused: blank next line",
			src:  "<!-- postlint-disable-next-line kata-a -->\n\nAAA",
			want: []string{"1:1 unused-directive", "3:1 kata-a"},
		},
		{
			name: "unused: the file has no finding of the rule",
			src:  "<!-- postlint-disable-file kata-b -->\nAAA",
			want: []string{"1:1 unused-directive", "2:1 kata-a"},
		},
		{
			name: "unused: unknown rule, the rest of the directive still works",
			src:  "<!-- postlint-disable-next-line kata-a, kata-c -->\nAAA",
			want: []string{"1:1 unused-directive"},
		},
		{
			name: "unused: enable without disable",
			src:  "AAA\n<!-- postlint-enable kata-a -->",
			want: []string{"1:1 kata-a", "2:1 unused-directive"},
		},
		{
			name: "unused: unknown directive kind",
			src:  "<!-- postlint-disabel kata-a -->\nAAA",
			want: []string{"1:1 unused-directive", "2:1 kata-a"},
		},
		{
			name: "not a directive: ordinary comments and comments in front matter keys",
			src:  "---\nplatform: facebook\n---\n<!-- catatan: AAA -->\nBBB",
			want: []string{"5:1 kata-b"},
		},
		{
			name: "directives naming unused-directive silence its reports",
			src:  "<!-- postlint-disable-file unused-directive -->\n<!-- postlint-disable-next-line kata-a -->\nBBB",
			want: []string{"3:1 kata-b"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range findings(lintDraft(t, directiveConfig, tt.src, nil), directiveRules...) {
				// "post.md:1 3:5 kata-b warning" → "3:5 kata-b"
				fields := strings.Fields(f)
				got = append(got, fields[1]+" "+fields[2])
			}
			equal(t, "findings", got, tt.want)
		})
	}
}

func TestUnusedDirectiveMessages(t *testing.T) {
	res := lintDraft(t, directiveConfig, "<!-- postlint-disable-next-line kata-a, kata-aa -->\nBBB\n<!-- postlint-enable kata-b -->", nil)
	equal(t, "messages", messages(res, "unused-directive"), []string{
		`directive names unknown rule "kata-aa"`,
		"postlint-disable-next-line suppresses nothing here for kata-a",
		"postlint-enable kata-b has no postlint-disable to close",
	})
	for _, r := range res {
		for _, f := range r.Findings {
			if f.Rule == "unused-directive" && f.Message.ID == "" {
				t.Errorf("no Indonesian message: %+v", f.Message)
			}
			if strings.Contains(f.Message.EN, "unknown rule") && !strings.Contains(f.Suggestion.EN, `"kata-a"`) {
				t.Errorf("unknown rule should suggest the closest ID: %+v", f.Suggestion)
			}
		}
	}
}

// unused-directive obeys the config, --disable and front matter like any
// rule, even though the engine raises it after the others.
func TestUnusedDirectiveSwitches(t *testing.T) {
	src := "<!-- postlint-disable-next-line kata-a -->\nBBB"
	got := findings(lintDraft(t, directiveConfig, src, func(o *Options) { o.Disable = []string{"unused-directive"} }), "unused-directive")
	equal(t, "--disable", got, nil)

	got = findings(lintDraft(t, directiveConfig+"[rules.unused-directive]\nseverity = \"off\"\n", src, nil), "unused-directive")
	equal(t, "severity off", got, nil)

	got = findings(lintDraft(t, directiveConfig+"[rules.unused-directive]\nseverity = \"warning\"\n", src, nil), "unused-directive")
	equal(t, "severity warning", got, []string{"post.md:1 1:1 unused-directive warning"})

	got = findings(lintDraft(t, directiveConfig, "---\npostlint:\n  disable: [unused-directive]\n---\n"+src, nil), "unused-directive")
	equal(t, "front matter", got, nil)

	got = findings(lintDraft(t, directiveConfig, src, func(o *Options) { o.MinSeverity = 2 }), "unused-directive")
	equal(t, "--min-severity warning hides the info", got, nil)
}

func TestFrontMatterDisable(t *testing.T) {
	src := "---\npostlint:\n  disable: [kata-a, kata-x]\n---\nAAA BBB"
	res := lintDraft(t, directiveConfig, src, nil)
	equal(t, "findings", findings(res, append(directiveRules, "front-matter")...), []string{
		"post.md:1 3:21 front-matter error",
		"post.md:1 5:5 kata-b warning",
	})
	// TOML front matter, and per-post options next to disable.
	src = "+++\n[postlint]\ndisable = [\"kata-b\"]\n+++\nAAA BBB"
	equal(t, "toml", findings(lintDraft(t, directiveConfig, src, nil), directiveRules...), []string{"post.md:1 5:1 kata-a warning"})
	// In a plain text draft too, where comments are not directives.
	res = lintTree(t, directiveConfig, map[string]string{"post.txt": "---\npostlint:\n  disable: [kata-a]\n---\nAAA BBB <!-- postlint-disable-line kata-b -->"}, nil, nil)
	equal(t, "txt", findings(res, directiveRules...), []string{"post.txt:1 5:5 kata-b warning"})
}

func TestOverridesByGlob(t *testing.T) {
	cfg := directiveConfig + `
[[overrides]]
files = ["kampanye/**"]
rules = { kata-a = { severity = "off" }, kata-b = { severity = "error" } }

[[overrides]]
files = ["kampanye/ramadan/*.md"]
rules = { kata-a = { severity = "info" } }
`
	files := map[string]string{
		"biasa.md":                  "AAA BBB",
		"kampanye/a.md":             "AAA BBB",
		"kampanye/ramadan/b.md":     "AAA BBB",
		"kampanye/ramadan/c.md":     "<!-- postlint-disable-next-line kata-a -->\nAAA BBB",
		"kampanye/ramadan/sub/d.md": "AAA",
	}
	got := findings(lintTree(t, cfg, files, nil, nil), directiveRules...)
	equal(t, "overrides", got, []string{
		"biasa.md:1 1:1 kata-a warning",
		"biasa.md:1 1:5 kata-b warning",
		"kampanye/a.md:1 1:5 kata-b error",
		"kampanye/ramadan/b.md:1 1:1 kata-a info",
		"kampanye/ramadan/b.md:1 1:5 kata-b error",
		"kampanye/ramadan/c.md:1 2:5 kata-b error",
	})
	// A directive for a rule an override switched off suppresses nothing.
	got = findings(lintTree(t, cfg, map[string]string{"kampanye/e.md": "<!-- postlint-disable-next-line kata-a -->\nAAA"}, nil, nil), directiveRules...)
	equal(t, "directive for a rule that is off", got, []string{"kampanye/e.md:1 1:1 unused-directive info"})
}

// Directives never count as text: a long one does not push a post over a
// platform's limit or its fold. The post is exactly at X's 280 and its
// first line exactly at Instagram's fold of 125, so even a space left
// behind by a removed comment would show.
func TestDirectivesDoNotCount(t *testing.T) {
	const (
		front = "---\nplatform: [x, instagram]\n---\n"
		first = "Cetak KTP-el kini bisa hari Sabtu di seluruh kantor kecamatan se-Kabupaten Sleman, pukul 08.00 sampai 12.00 WIB, tanpa biaya."
		rest  = "Bawa KK asli dan tanda terima perekaman. Antrean dibuka pukul 07.30 dan nomor dibagikan di loket depan. Info lengkap ada di akun resmi Disdukcapil Sleman."
	)
	if len(first) != 125 || len(first)+1+len(rest) != 280 {
		t.Fatalf("fixture lengths %d and %d", len(first), len(first)+1+len(rest))
	}
	reason := strings.Repeat("penjelasan panjang untuk penyunting ", 12) // over 400 characters
	check := func(name, src string, want []string) {
		t.Run(name, func(t *testing.T) {
			got := findings(lintDraft(t, "", src, nil), "platform-limit", "hook-fold")
			equal(t, "length findings", got, want)
		})
	}
	check("no directive: at the limit and the fold", front+first+"\n"+rest, nil)
	check("own line before the first line", front+"<!-- postlint-disable-next-line hashtag-count -- "+reason+"-->\n"+first+"\n"+rest, nil)
	check("between two words", front+strings.Replace(first, "Sabtu di", "Sabtu <!-- "+reason+" --> di", 1)+"\n"+rest, nil)
	check("at the end of the first line", front+first+" <!-- postlint-disable-line hashtag-count -- "+reason+"-->\n"+rest, nil)
	check("spanning lines between paragraphs", front+first+"\n<!--\npostlint-disable hashtag-count\n-- "+reason+"\n-->\n"+rest, nil)
	// Controls: one character more does show.
	check("control: a doubled space", front+strings.Replace(first, "Sabtu di", "Sabtu  di", 1)+"\n"+rest,
		[]string{"post.md:1 4:1 hook-fold[instagram] warning", "post.md:1 5:154 platform-limit[x] error"})
	check("control: a trailing space", front+first+" \n"+rest, []string{"post.md:1 5:154 platform-limit[x] error"})
}
