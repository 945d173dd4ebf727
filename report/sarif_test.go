package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/engine"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/sariftest"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/rules"
)

// sarifDoc is the part of a SARIF log the tests read back.
type sarifDoc struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name  string `json:"name"`
				Rules []struct {
					ID                   string `json:"id"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		ColumnKind string            `json:"columnKind"`
		Results    []json.RawMessage `json:"results"`
	} `json:"runs"`
}

type sarifResultDoc struct {
	RuleID    string `json:"ruleId"`
	RuleIndex int    `json:"ruleIndex"`
	Level     string `json:"level"`
	Message   struct {
		Text string `json:"text"`
	} `json:"message"`
	Locations []struct {
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI       string `json:"uri"`
				URIBaseID string `json:"uriBaseId"`
			} `json:"artifactLocation"`
			Region *struct {
				StartLine, StartColumn, EndLine, EndColumn int
			} `json:"region"`
		} `json:"physicalLocation"`
	} `json:"locations"`
	Fixes []struct {
		ArtifactChanges []struct {
			Replacements []struct {
				DeletedRegion struct {
					StartLine, StartColumn, EndLine, EndColumn int
				} `json:"deletedRegion"`
				InsertedContent struct {
					Text string `json:"text"`
				} `json:"insertedContent"`
			} `json:"replacements"`
		} `json:"artifactChanges"`
	} `json:"fixes"`
	Properties map[string]any `json:"properties"`
}

func parseSARIF(t *testing.T, out string) (sarifDoc, []sarifResultDoc) {
	t.Helper()
	var doc sarifDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if len(doc.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(doc.Runs))
	}
	var results []sarifResultDoc
	for _, raw := range doc.Runs[0].Results {
		var r sarifResultDoc
		if err := json.Unmarshal(raw, &r); err != nil {
			t.Fatal(err)
		}
		results = append(results, r)
	}
	return doc, results
}

func TestSARIFResults(t *testing.T) {
	out := render(t, "sarif", sampleOptions(i18n.ID), sampleResults())
	doc, results := parseSARIF(t, out)
	run := doc.Runs[0]
	if doc.Version != "2.1.0" || run.ColumnKind != "unicodeCodePoints" || run.Tool.Driver.Name != "postlint" {
		t.Errorf("header: version %q, columnKind %q, tool %q", doc.Version, run.ColumnKind, run.Tool.Driver.Name)
	}
	ids := map[int]string{}
	for i, r := range run.Tool.Driver.Rules {
		ids[i] = r.ID
	}
	// The documented rules keep their order; a rule outside them is added.
	if got := strings.Join([]string{ids[0], ids[1], ids[2], ids[3]}, ","); got != "front-matter,hashtag-count,hook-dateline,brand-name" || len(ids) != 4 {
		t.Errorf("rules %v", ids)
	}
	if lvl := run.Tool.Driver.Rules[3].DefaultConfiguration.Level; lvl != "note" {
		t.Errorf("brand-name, seen as info, has level %q", lvl)
	}
	findings := sampleFindings()
	if len(results) != len(findings) {
		t.Fatalf("%d results for %d findings", len(results), len(findings))
	}
	levels := map[lint.Severity]string{lint.Error: "error", lint.Warning: "warning", lint.Info: "note"}
	for i, f := range findings {
		r := results[i]
		if r.RuleID != f.Rule || ids[r.RuleIndex] != f.Rule {
			t.Errorf("%d: ruleId %q, ruleIndex %d (%s), want %s", i, r.RuleID, r.RuleIndex, ids[r.RuleIndex], f.Rule)
		}
		if r.Level != levels[f.Severity] {
			t.Errorf("%d: level %q for %s", i, r.Level, f.Severity)
		}
		if want := describe(f, i18n.ID, "\n"); r.Message.Text != want {
			t.Errorf("%d: message %q, want %q (Indonesian)", i, r.Message.Text, want)
		}
		if r.Properties["platform"] != nil && r.Properties["platform"] != f.Platform || f.Platform != "" && r.Properties["platform"] != f.Platform {
			t.Errorf("%d: platform property %v, want %q", i, r.Properties["platform"], f.Platform)
		}
		if got, want := fmt.Sprint(r.Properties["platforms"]), fmt.Sprint(manyPlatforms(f)); len(f.Platforms) > 1 && got != want ||
			len(f.Platforms) <= 1 && r.Properties["platforms"] != nil {
			t.Errorf("%d: platforms property %v, want %v (only for several platforms)", i, r.Properties["platforms"], f.Platforms)
		}
		if r.Properties["post"] != float64(f.Post) {
			t.Errorf("%d: post property %v, want %d", i, r.Properties["post"], f.Post)
		}
		if s := f.Suggestion.In(i18n.ID); s != "" && r.Properties["suggestion"] != s {
			t.Errorf("%d: suggestion property %v", i, r.Properties["suggestion"])
		}
	}
	loc := func(i int) (string, string) {
		a := results[i].Locations[0].PhysicalLocation.ArtifactLocation
		return a.URI, a.URIBaseID
	}
	if uri, base := loc(0); uri != "stdin" || base != "" {
		t.Errorf("standard input: uri %q base %q", uri, base)
	}
	if uri, base := loc(1); uri != "./a,b:c%25.md" || base != "%SRCROOT%" {
		t.Errorf("a,b:c%%.md: uri %q base %q", uri, base)
	}
	if uri, _ := loc(6); uri != "posts/ulasan%20warga%20%C3%A9.md" {
		t.Errorf("a path with spaces and é: uri %q", uri)
	}
	if reg := results[1].Locations[0].PhysicalLocation.Region; reg != nil {
		t.Errorf("a finding without a position got a region %+v", reg)
	}
	if reg := results[6].Locations[0].PhysicalLocation.Region; reg == nil || *reg != (struct{ StartLine, StartColumn, EndLine, EndColumn int }{2, 3, 4, 1}) {
		t.Errorf("multi-line span: region %+v, want 2:3-4:1", reg)
	}
}

func TestSARIFKeepsResultsWhenEmpty(t *testing.T) {
	for _, results := range [][]lint.PostResult{nil, {{Path: "clean.md", Index: 1}}} {
		out := render(t, "sarif", Options{Locale: i18n.EN, Builtin: rules.BuiltinDoc}, results)
		if !strings.Contains(out, `"results": []`) || !strings.Contains(out, `"rules": []`) {
			t.Errorf("GitHub wants the results key even when empty:\n%s", out)
		}
	}
}

func TestSARIFArtifactURIs(t *testing.T) {
	for _, tc := range []struct{ path, uri, base string }{
		{"posts/a.md", "posts/a.md", "%SRCROOT%"},
		{"./posts/../posts/a.md", "posts/a.md", "%SRCROOT%"},
		{"posts/50% off #1?.md", "posts/50%25%20off%20%231%3F.md", "%SRCROOT%"},
		{"jadwal:april.csv", "./jadwal:april.csv", "%SRCROOT%"},
		{"/srv/posts/a b.md", "file:///srv/posts/a%20b.md", ""},
		{"C:/posts/a.md", "file:///C:/posts/a.md", ""},
		{`back\slash.md`, "back%5Cslash.md", "%SRCROOT%"},
		{"-", "stdin", ""},
	} {
		a := sarifArtifact(tc.path, i18n.EN)
		if a.URI != tc.uri || a.URIBaseID != tc.base {
			t.Errorf("%s: uri %q base %q, want %q %q", tc.path, a.URI, a.URIBaseID, tc.uri, tc.base)
		}
	}
}

func TestCamelName(t *testing.T) {
	for in, want := range map[string]string{"hook-dateline": "HookDateline", "a11y-x": "A11yX", "x": "X", "": ""} {
		if got := camelName(in); got != want {
			t.Errorf("camelName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSARIFSchema validates SARIF against the official SARIF 2.1.0 schema
// (JSON Schema draft-04): the hand-made sample in both languages, and real
// runs of the linter over drafts with every severity, a CSV calendar, an
// unreadable draft, standard input and no drafts at all.
func TestSARIFSchema(t *testing.T) {
	v := sariftest.New(t)
	validate := func(name, out string) {
		t.Helper()
		if err := v.Validate([]byte(out)); err != nil {
			t.Errorf("%s: SARIF does not validate: %v\n%s", name, err, out)
		}
	}
	for _, locale := range []string{i18n.EN, i18n.ID} {
		validate("sample-"+locale, render(t, "sarif", sampleOptions(locale), sampleResults()))
	}

	dir := t.TempDir()
	drafts := map[string]string{
		"tags.md":      "---\nplatform: instagram\n---\nPasar murah hari ini di alun-alun. #a #b #c #d #e #f #g\n",
		"dateline.md":  "---\nplatform: facebook\nlang: id\n---\nSelasa (2/4), Bupati meresmikan pasar murah di alun-alun kabupaten.\n",
		"no-tags.md":   "---\nplatform: instagram\nlang: id\n---\nCetak KTP-el kini bisa hari Sabtu di kantor kecamatan.\n",
		"typo.md":      "---\nplatfrom: instagram\n---\nHalo warga.\n",
		"binary.md":    "\xff\xfe\x00\x01 not text",
		"calendar.csv": "caption,platform\n\"Pasar murah, #a #b #c #d #e #f\",instagram\n\"Selasa (2/4), Bupati meresmikan pasar\",facebook\n",
		"sub dir/é.md": "---\nplatform: x\n---\nInfo mudik: #Mudik #Lebaran #Gratis\n",
		// Bait for three platforms: one result for Facebook and Instagram.
		"bait.md":     "---\nplatform: [x, instagram, facebook]\nlang: id\n---\nTag 3 teman yang wajib tahu!\n",
		"fixable.md":  "---\nplatform: x\n---\r\n# Cek **gratis**\u200b\r\nÉtape 🎉 **éè** #banggabuatanindonesia\r\n",
		"empty/.keep": "",
	}
	for name, text := range drafts {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	lintPaths := func(stdin string, paths ...string) string {
		t.Helper()
		cfg, err := config.LoadDefault()
		if err != nil {
			t.Fatal(err)
		}
		eng, err := engine.New(engine.Options{Config: cfg, MinSeverity: lint.Info, Jobs: 2, Stdin: strings.NewReader(stdin)})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		f := newSARIF(Options{W: &buf, Locale: i18n.ID, Rules: eng.Rules(), Builtin: rules.BuiltinDoc, Version: "dev", FailOn: lint.Error})
		sum, err := eng.Run(paths, f)
		// A folder without drafts is reported after the run, as the
		// command does; the report is still written.
		var noDrafts *engine.MissingError
		if err != nil && !(errors.As(err, &noDrafts) && len(noDrafts.Paths) == 0) {
			t.Fatal(err)
		}
		if err := f.Finish(sum); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}

	all := lintPaths("", ".")
	validate("drafts", all)
	_, results := parseSARIF(t, all)
	seen := map[string]bool{}
	for _, r := range results {
		seen[r.Level] = true
		seen[r.RuleID] = true
		seen[r.Locations[0].PhysicalLocation.ArtifactLocation.URI] = true
	}
	for _, want := range []string{"error", "warning", "note", "draft-error", "front-matter", "calendar.csv", "sub%20dir/%C3%A9.md"} {
		if !seen[want] {
			t.Errorf("the real run should cover %s; results: %s", want, all)
		}
	}
	grouped := 0
	for _, r := range results {
		if r.RuleID == "engagement-bait" && r.Level == "warning" {
			grouped++
			if got := strings.Join(anyStrings(r.Properties["platforms"]), ","); got != "facebook,instagram" || r.Properties["platform"] != "facebook" {
				t.Errorf("bait on Facebook and Instagram: platform %v, platforms %v", r.Properties["platform"], r.Properties["platforms"])
			}
		}
	}
	if grouped != 1 {
		t.Errorf("%d warning results for the bait, want one for both platforms", grouped)
	}
	// Fixes: the deleted region counts code points, like the results.
	// "**éè**" follows "Étape 🎉 " (8 code points) on line 5.
	fixes := map[string][4]int{}
	for _, r := range results {
		for _, f := range r.Fixes {
			for _, c := range f.ArtifactChanges {
				for _, rp := range c.Replacements {
					d := rp.DeletedRegion
					fixes[rp.InsertedContent.Text] = [4]int{d.StartLine, d.StartColumn, d.EndLine, d.EndColumn}
				}
			}
		}
	}
	for text, want := range map[string][4]int{"éè": {5, 9, 5, 15}, "#BanggaBuatanIndonesia": {5, 16, 5, 38}, "": {4, 17, 4, 18}} {
		if got, ok := fixes[text]; !ok || got != want {
			t.Errorf("fix to %q: region %v, want %v (fixes: %v)", text, got, want, fixes)
		}
	}
	if !strings.Contains(all, `"helpUri": "https://github.com/postlint/postlint/blob/main/docs/rules/markdown-syntax.md"`) {
		t.Error("rules should link their documentation page")
	}

	stdin := lintPaths("Pasar murah hari ini. #a #b #c #d #e #f #g", "-")
	validate("stdin", stdin)
	if !strings.Contains(stdin, `"uri": "stdin"`) {
		t.Error("standard input should be reported as stdin")
	}

	empty := lintPaths("", "empty")
	validate("empty", empty)
	if _, results := parseSARIF(t, empty); len(results) != 0 || !strings.Contains(empty, `"results": []`) {
		t.Errorf("a run without drafts should have an empty results array:\n%s", empty)
	}
}

// Finish writes the results one by one into the document; the bytes must
// be those of encoding the whole log at once.
func TestSARIFStreamsLikeOneDocument(t *testing.T) {
	var buf bytes.Buffer
	o := sampleOptions(i18n.EN)
	o.W = &buf
	f := newSARIF(o).(*sarifFormatter)
	for _, r := range sampleResults() {
		if err := f.Post(r); err != nil {
			t.Fatal(err)
		}
	}
	whole := sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{{
		Tool:     sarifTool{Driver: sarifDriver{Name: "postlint", Version: "1.2.3", InformationURI: toolURI, Rules: f.rules}},
		Language: i18n.EN, ColumnKind: "unicodeCodePoints", Results: f.results,
	}}}
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(whole); err != nil {
		t.Fatal(err)
	}
	if err := f.Finish(lint.Summary{}); err != nil {
		t.Fatal(err)
	}
	if buf.String() != want.String() {
		t.Errorf("streamed SARIF differs from the whole document:\n%s", firstDiff(want.String(), buf.String()))
	}
}

// TestSARIFHelpURIs checks that every built-in rule's helpUri names a page
// that exists in the repository, at the module's own address, and that
// custom rules, which have no page, have none.
func TestSARIFHelpURIs(t *testing.T) {
	mod, err := os.ReadFile("../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	module := strings.TrimSpace(strings.TrimPrefix(strings.SplitN(string(mod), "\n", 2)[0], "module"))
	if toolURI != "https://"+module {
		t.Errorf("toolURI %q is not the module's address https://%s", toolURI, module)
	}
	for _, r := range rules.All() {
		d := r.Doc()
		uri := sarifRuleFor(d, Options{Locale: i18n.EN, Builtin: rules.BuiltinDoc}).HelpURI
		page, ok := strings.CutPrefix(uri, toolURI+"/blob/main/")
		if !ok {
			t.Errorf("%s: helpUri %q", d.ID, uri)
			continue
		}
		if _, err := os.Stat(filepath.Join("..", filepath.FromSlash(page))); err != nil {
			t.Errorf("%s: helpUri names a missing page: %v (go generate ./rules)", d.ID, err)
		}
	}
	if uri := sarifRuleFor(lint.Doc{ID: "brand-name", Category: lint.CategoryCustom}, Options{Locale: i18n.EN, Builtin: rules.BuiltinDoc}).HelpURI; uri != "" {
		t.Errorf("a custom rule has helpUri %q", uri)
	}
}
