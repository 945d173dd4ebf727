package evaluate

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/postlint/postlint/lint"
)

func sampleReport() Report {
	scored := []string{"hook-dateline", "clickbait"}
	items := []Item{
		{Set: "trust-id", Group: "trust", Name: "trust-id/a.md", Text: "Ternyata Ini Penyebabnya\n\nBaca selengkapnya.", Expect: []string{"clickbait"}, Scored: scored,
			Findings: []lint.Finding{finding("clickbait", lint.Warning, "curiosity gap \"Ternyata\""), finding("personal-data", lint.Error, "NIK")}},
		{Set: "trust-en", Group: "trust", Name: "trust-en/b.md", Text: "On Monday the council met.", Scored: scored,
			Findings: []lint.Finding{finding("hook-dateline", lint.Warning, "dateline")}},
		{Set: "click-id", Group: "click-id", Name: "row 1", Row: 1, Headline: true, Text: "Ini Dia", Expect: []string{"clickbait"}, Scored: []string{"clickbait"}},
	}
	return Score(items, scored, lint.Info)
}

func TestWriteTables(t *testing.T) {
	var buf bytes.Buffer
	WriteTables(&buf, sampleReport())
	want := `trust: 2 posts (trust-en 1, trust-id 1)
rule                     TP     FP     FN  prec %   rec %    F1 %   err
hook-dateline             0      1      0     0.0       -     0.0     0
clickbait                 1      0      0   100.0   100.0   100.0     0
total                     1      1      0    50.0   100.0    66.7     0

click-id: 1 headline (1 clickbait)
rule                     TP     FP     FN  prec %   rec %    F1 %   err
clickbait                 0      0      1       -     0.0     0.0     0
total                     0      0      1       -     0.0     0.0     0

overall: 2 posts, 1 headline (1 clickbait)
rule                     TP     FP     FN  prec %   rec %    F1 %   err
hook-dateline             0      1      0     0.0       -     0.0     0
clickbait                 1      0      1   100.0    50.0    66.7     0
total                     1      1      1    50.0    50.0    50.0     0
`
	// personal-data is evaluated, though not selected here: not listed
	// as an error of an unevaluated rule.
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("tables (-want +got):\n%s", diff)
	}
	buf.Reset()
	WriteTables(&buf, Score(nil, Rules(), lint.Info))
	if buf.String() != "no labelled data found\n" {
		t.Errorf("empty report: %q", buf.String())
	}
}

func TestWriteTablesNamesUnevaluatedErrors(t *testing.T) {
	it := Item{Set: "gov-id", Group: "gov", Name: "a.md", Scored: []string{"acronym"},
		Findings: []lint.Finding{finding("platform-limit", lint.Error, "over"), finding("hashtag-count", lint.Error, "cap"), finding("hashtag-count", lint.Warning, "advice")}}
	var buf bytes.Buffer
	WriteTables(&buf, Score([]Item{it}, []string{"acronym"}, lint.Info))
	if !strings.HasSuffix(buf.String(), "errors from rules not evaluated: hashtag-count 1, platform-limit 1\n") {
		t.Errorf("tables:\n%s", buf.String())
	}
}

func TestWriteMistakes(t *testing.T) {
	var buf bytes.Buffer
	WriteMistakes(&buf, sampleReport())
	want := "FN\tclick-id\trow 1\tclickbait\tmissed\tIni Dia\n" +
		"FP\ttrust-en\ttrust-en/b.md\thook-dateline\tdateline\tOn Monday the council met.\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("mistakes (-want +got):\n%s", diff)
	}
}

func TestJSONRoundTripAndComparison(t *testing.T) {
	before := sampleReport()
	path := filepath.Join(t.TempDir(), "before.json")
	var buf bytes.Buffer
	if err := WriteJSON(&buf, before); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`"min_severity": "info"`, `"name": "trust"`, `"rule": "clickbait"`, `"precision": null`, `"f1": 0.6667`} {
		if !strings.Contains(buf.String(), s) {
			t.Errorf("JSON lacks %s:\n%s", s, buf.String())
		}
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	old, err := ReadFigures(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(ToFigures(before), old); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}

	buf.Reset()
	WriteComparison(&buf, "before.json", old, before)
	if want := "compared with before.json (before → after)\nno change in the tables both runs share\n"; buf.String() != want {
		t.Errorf("same run compared:\n%s", buf.String())
	}

	// After: the dateline is fixed, the headline caught, the trust table
	// gone and a new table added.
	scored := []string{"hook-dateline", "clickbait"}
	after := Score([]Item{
		{Set: "click-id", Group: "click-id", Name: "row 1", Row: 1, Headline: true, Expect: []string{"clickbait"}, Scored: []string{"clickbait"},
			Findings: []lint.Finding{finding("clickbait", lint.Warning, "gap")}},
		{Set: "hook-en", Group: "hook", Name: "hook-en/c.md", Expect: []string{"hook-dateline"}, Scored: scored},
	}, scored, lint.Warning)
	buf.Reset()
	WriteComparison(&buf, "before.json", old, after)
	want := `compared with before.json (before → after)
note: before.json counted findings from info up, this run from warning up
set      rule                    ΔTP    ΔFP    ΔFN        prec %         rec %   Δerr
click-id clickbait                +1      0     -1     - → 100.0   0.0 → 100.0      0
click-id total                    +1      0     -1     - → 100.0   0.0 → 100.0      0
overall  hook-dateline             0     -1     +1   0.0 →     -     - →   0.0      0
overall  clickbait                 0      0     -1 100.0 → 100.0  50.0 → 100.0      0
overall  total                     0     -1      0  50.0 → 100.0  50.0 →  50.0      0
hook: not in before.json
trust: only in before.json
`
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("comparison (-want +got):\n%s", diff)
	}
}

func TestReadFiguresErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	other := filepath.Join(dir, "other.json")
	for path, text := range map[string]string{bad: "{", other: `{"version": 1}`} {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for path, msg := range map[string]string{
		filepath.Join(dir, "missing.json"): "no such file",
		bad:                                "unexpected end of JSON",
		other:                              "holds no evaluation figures",
	} {
		if _, err := ReadFigures(path); err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("ReadFigures(%s) = %v, want %q", path, err, msg)
		}
	}
}
