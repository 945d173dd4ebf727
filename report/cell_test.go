package report

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/sariftest"
	"github.com/postlint/postlint/lint"
	"github.com/xuri/excelize/v2"
)

// calendarResults are one finding in a workbook's caption, one on a
// workbook's platform cell and one in a semicolon CSV's caption, each
// placed the way the engine places them.
func calendarResults(t *testing.T) []lint.PostResult {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for cell, v := range map[string]string{"A1": "Tanggal", "B1": "Platform", "C1": "Naskah",
		"A2": "2026-05-04", "B2": "myspace", "C2": "Info vaksin.\nSLEMAN, Humas – Bupati meninjau."} {
		if err := f.SetCellValue("Sheet1", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetSheetName("Sheet1", "Kalender"); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	book := draft.Parse("k.xlsx", draft.FormatXLSX, buf.Bytes(), draft.Options{})[0]
	csv := draft.Parse("k.csv", draft.FormatCSV, []byte("Tanggal;Naskah\n05/05/2026;\"SLEMAN, Humas – Bupati meninjau.\"\n"), draft.Options{})[0]
	dateline := func(p *draft.Post) lint.Finding {
		at := strings.Index(p.Text, "SLEMAN")
		end := at + len("SLEMAN, Humas –")
		return lint.Finding{Path: p.Path, Post: p.Index, Rule: "hook-dateline", Category: "hook", Severity: lint.Warning,
			Range: p.Range(at, end), Start: at, End: end,
			Message: i18n.T(`the post opens with a dateline "SLEMAN, Humas –"`, `unggahan dibuka dengan dateline "SLEMAN, Humas –"`)}
	}
	pr := book.Problems[0]
	platform := lint.Finding{Path: book.Path, Post: book.Index, Rule: "front-matter", Category: "format", Severity: lint.Error,
		Range: pr.Range, Start: -1, End: -1, Message: pr.Message, Suggestion: pr.Suggestion}
	return []lint.PostResult{
		{Path: "k.csv", Index: 1, Post: csv, Findings: []lint.Finding{dateline(csv)}},
		{Path: "k.xlsx", Index: 1, Post: book, Findings: []lint.Finding{platform, dateline(book)}},
	}
}

// TestCalendarCellsInEveryFormat checks that every format says where a
// calendar finding is the way a spreadsheet user finds it: a workbook's
// sheet, column letter and row, a CSV row's number and column header.
func TestCalendarCellsInEveryFormat(t *testing.T) {
	results := calendarResults(t)
	opts := sampleOptions(i18n.EN)
	tests := []struct {
		format string
		want   []string
	}{
		{"text", []string{
			"k.csv\n  2:13 (row 2, column Naskah)  warning  hook-dateline  the post opens with a dateline",
			"k.xlsx\n  Kalender!B2  error  front-matter  unknown platform \"myspace\"\n    myspace\n    ^^^^^^^\n",
			"  Kalender!C2  warning  hook-dateline  the post opens with a dateline \"SLEMAN, Humas –\"\n" +
				"    SLEMAN, Humas – Bupati meninjau.\n    ^^^^^^^^^^^^^^^\n",
		}},
		{"github", []string{
			"::warning file=k.csv,line=2,col=13,endLine=2,endColumn=28,title=hook-dateline::row 2, column Naskah: the post opens",
			"::error file=k.xlsx,title=front-matter::Kalender!B2: unknown platform",
			"::warning file=k.xlsx,title=hook-dateline::Kalender!C2: the post opens",
		}},
		{"checkstyle", []string{
			`<error line="2" column="13" severity="warning" message="row 2, column Naskah: the post opens`,
			`<error line="2" column="2" severity="error" message="Kalender!B2: unknown platform`,
			`<error line="2" column="3" severity="warning" message="Kalender!C2: the post opens`,
		}},
		{"junit", []string{
			"k.csv:2:13 warning hook-dateline row 2, column Naskah: the post opens",
			"k.xlsx error front-matter Kalender!B2: unknown platform",
			"k.xlsx warning hook-dateline Kalender!C2: the post opens",
		}},
		{"codequality", []string{
			`"description": "row 2, column Naskah: the post opens`,
			`"description": "Kalender!C2: the post opens`,
		}},
		{"html", []string{"row 2, column Naskah", "Kalender!B2", "Kalender!C2"}},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			o := opts
			if tc.format == "html" {
				o.Specs = nil
			}
			out := render(t, tc.format, o, results)
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
	t.Run("json", func(t *testing.T) {
		var doc struct {
			Findings []map[string]any `json:"findings"`
		}
		if err := json.Unmarshal([]byte(render(t, "json", opts, results)), &doc); err != nil {
			t.Fatal(err)
		}
		want := []string{
			`line=2 column=13 cell={"column":"B","header":"Naskah","ref":"B2","row":2}`,
			`line=2 column=2 cell={"column":"B","header":"Platform","ref":"Kalender!B2","row":2,"sheet":"Kalender"}`,
			`line=2 column=3 cell={"column":"C","header":"Naskah","ref":"Kalender!C2","row":2,"sheet":"Kalender"}`,
		}
		for i, f := range doc.Findings {
			cell, _ := json.Marshal(f["cell"])
			got := "line=" + jsonNum(f["line"]) + " column=" + jsonNum(f["column"]) + " cell=" + string(cell)
			if i >= len(want) || got != want[i] {
				t.Errorf("finding %d: %s", i, got)
			}
		}
	})
	t.Run("sarif", func(t *testing.T) {
		out := render(t, "sarif", opts, results)
		if err := sariftest.New(t).Validate([]byte(out)); err != nil {
			t.Fatalf("invalid SARIF: %v", err)
		}
		_, res := parseSARIF(t, out)
		if len(res) != 3 {
			t.Fatalf("%d results", len(res))
		}
		var raw struct {
			Runs []struct {
				Results []struct {
					Locations []struct {
						PhysicalLocation struct {
							Region map[string]int `json:"region"`
						} `json:"physicalLocation"`
					} `json:"locations"`
					Properties struct {
						Cell struct{ Ref string } `json:"cell"`
					} `json:"properties"`
				} `json:"results"`
			} `json:"runs"`
		}
		if err := json.Unmarshal([]byte(out), &raw); err != nil {
			t.Fatal(err)
		}
		book := raw.Runs[0].Results[2]
		if r := book.Locations[0].PhysicalLocation.Region; r["startLine"] != 2 || r["startColumn"] != 3 || r["endColumn"] != 4 || book.Properties.Cell.Ref != "Kalender!C2" {
			t.Errorf("workbook result: region %v, cell %q", r, book.Properties.Cell.Ref)
		}
		if ref := raw.Runs[0].Results[0].Properties.Cell.Ref; ref != "B2" {
			t.Errorf("CSV result: cell %q", ref)
		}
	})
}

func jsonNum(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
