package draft

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// sheetWriter fills a workbook in a test, failing it on the first error.
type sheetWriter struct {
	t testing.TB
	f *excelize.File
}

func (w sheetWriter) must(err error) {
	w.t.Helper()
	if err != nil {
		w.t.Fatal(err)
	}
}

// rows writes rows of values from cell A<first> down; nil leaves a cell
// empty.
func (w sheetWriter) rows(sheet string, first int, rows ...[]any) {
	w.t.Helper()
	for i, row := range rows {
		for j, v := range row {
			if v == nil {
				continue
			}
			cell, err := excelize.CoordinatesToCellName(j+1, first+i)
			w.must(err)
			w.must(w.f.SetCellValue(sheet, cell, v))
		}
	}
}

func (w sheetWriter) style(sheet, from, to string, s *excelize.Style) {
	w.t.Helper()
	id, err := w.f.NewStyle(s)
	w.must(err)
	w.must(w.f.SetCellStyle(sheet, from, to, id))
}

// makeWorkbook builds an .xlsx with excelize; build fills its first sheet,
// named Kalender.
func makeWorkbook(t testing.TB, build func(w sheetWriter)) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	w := sheetWriter{t: t, f: f}
	w.must(f.SetSheetName("Sheet1", "Kalender"))
	build(w)
	buf, err := f.WriteToBuffer()
	w.must(err)
	return buf.Bytes()
}

func numFmt(code string) *excelize.Style { return &excelize.Style{CustomNumFmt: &code} }

func TestWorkbookReading(t *testing.T) {
	tests := []struct {
		name  string
		build func(w sheetWriter)
		want  []string
	}{
		{"English headers, shared strings",
			func(w sheetWriter) {
				w.rows("Kalender", 1,
					[]any{"Date", "Platform", "Media", "Caption"},
					[]any{"2026-04-05", "instagram", "image", "Free ID cards on Saturday."},
					[]any{"2026-04-06", "x", "text", "Road works on Jalan Magelang."})
			},
			[]string{`1@2 "Free ID cards on Saturday." date=2026-04-05 platform=instagram media=image`,
				`2@3 "Road works on Jalan Magelang." date=2026-04-06 platform=x media=text`}},
		{"the header may follow nine filled rows, not ten",
			func(w sheetWriter) {
				for r := 1; r <= 9; r++ {
					w.rows("Kalender", r, []any{"judul " + strconv.Itoa(r)})
				}
				w.rows("Kalender", 10, []any{"Naskah"}, []any{"Halo."})
				_, err := w.f.NewSheet("Sepuluh")
				w.must(err)
				for r := 1; r <= 10; r++ {
					w.rows("Sepuluh", r, []any{"judul " + strconv.Itoa(r)})
				}
				w.rows("Sepuluh", 11, []any{"Naskah"}, []any{"Tidak terbaca."})
			},
			[]string{`1@11 "Halo."`}},
		{"Indonesian headers under a title, any case and spacing",
			func(w sheetWriter) {
				w.rows("Kalender", 1, []any{"KALENDER KONTEN MEI 2026"})
				w.must(w.f.MergeCell("Kalender", "A1", "E1"))
				w.rows("Kalender", 3,
					[]any{"No", " TANGGAL ", "Kanal", "Jenis_Konten", "NASKAH", "Teks Alternatif"},
					[]any{1, "2026-05-04", "Facebook", "image", "KTP-el kini bisa dicetak hari Sabtu.", "Petugas di loket"})
			},
			[]string{`1@4 "KTP-el kini bisa dicetak hari Sabtu." date=2026-05-04 platform=facebook media=image`}},
		{"a merged date and platform apply to every row they span",
			func(w sheetWriter) {
				w.rows("Kalender", 1,
					[]any{"Tanggal", "Platform", "Naskah"},
					[]any{time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC), "instagram", "Satu."},
					[]any{nil, nil, "Dua."},
					[]any{nil, "x", "Tiga."})
				w.style("Kalender", "A2", "A4", numFmt("dd/mm/yyyy"))
				w.must(w.f.MergeCell("Kalender", "A2", "A4"))
				w.must(w.f.MergeCell("Kalender", "B2", "B3"))
			},
			[]string{`1@2 "Satu." date=2026-05-04 platform=instagram`, `2@3 "Dua." date=2026-05-04 platform=instagram`,
				`3@4 "Tiga." date=2026-05-04 platform=x`}},
		{"dates and times as the sheet stores them, a date and a time column together",
			func(w sheetWriter) {
				w.rows("Kalender", 1,
					[]any{"Tanggal", "Jam", "Naskah"},
					[]any{time.Date(2026, 5, 4, 0, 0, 0, 0, time.UTC), 0.375, "Pagi."},
					[]any{time.Date(2026, 5, 5, 19, 30, 0, 0, time.UTC), nil, "Malam."},
					[]any{"05/05/2026", "13.15 WIB", "Siang."},
					[]any{45777, nil, "Angka biasa."})
				w.style("Kalender", "A2", "A2", numFmt("d mmmm yyyy"))
				w.style("Kalender", "B2", "B2", numFmt("hh:mm"))
				w.style("Kalender", "A3", "A3", numFmt("dd/mm/yyyy hh:mm"))
			},
			[]string{`1@2 "Pagi." date=2026-05-04T09:00:00`, `2@3 "Malam." date=2026-05-05T19:30:00`,
				`3@4 "Siang." date=2026-05-05T13:15:00`,
				`4@5 "Angka biasa." [front-matter Kalender!A5 front matter key "date" must be a date such as 2026-04-02 or 2026-04-02T09:00, not text]`}},
		{"numbers show as formatted; a formula's cached value is read",
			func(w sheetWriter) {
				w.rows("Kalender", 1,
					[]any{"Judul", "Images", "Naskah", "Tanggal"},
					[]any{1234.5, 3, "Isi.", "2026-05-04"})
				w.style("Kalender", "A2", "A2", numFmt("#,##0.00"))
				w.must(w.f.SetCellFormula("Kalender", "B2", "1+2"))
			},
			[]string{`1@2 "Isi." date=2026-05-04 images=3`}},
		{"rich text and line breaks in a cell",
			func(w sheetWriter) {
				w.rows("Kalender", 1, []any{"Caption"})
				w.must(w.f.SetCellRichText("Kalender", "A2", []excelize.RichTextRun{
					{Text: "Vaksin gratis "}, {Text: "hari ini", Font: &excelize.Font{Bold: true}}, {Text: "!\r\n#Sehat"}}))
			},
			[]string{`1@2 "Vaksin gratis hari ini!\n#Sehat"`}},
		{"a row with a date but no caption is a planned slot; empty rows are nothing",
			func(w sheetWriter) {
				w.rows("Kalender", 1,
					[]any{"Tanggal", "Platform", "Naskah", "Status"},
					[]any{"2026-05-06", "instagram", nil, "belum"},
					[]any{},
					[]any{nil, nil, nil, "catatan saja"},
					[]any{"2026-05-07", "x", "Ada isinya."})
			},
			[]string{`1@2 "" date=2026-05-06 platform=instagram [caption-missing Kalender!C2 row 2 (2026-05-06) has no caption yet]`,
				`2@5 "Ada isinya." date=2026-05-07 platform=x`}},
		{"only sheets with a caption column are calendars",
			func(w sheetWriter) {
				w.rows("Kalender", 1, []any{"Platform", "Jumlah"}, []any{"instagram", 4})
				_, err := w.f.NewSheet("April 2026")
				w.must(err)
				w.rows("April 2026", 1, []any{"Naskah"}, []any{"Satu."}, []any{"Dua."})
				_, err = w.f.NewSheet("Mei")
				w.must(err)
				w.rows("Mei", 1, []any{"Naskah"}, []any{"Tiga."})
			},
			[]string{`1@2 "Satu."`, `2@3 "Dua."`, `3@2 "Tiga."`}},
		{"no sheet with a caption column",
			func(w sheetWriter) {
				w.rows("Kalender", 1, []any{"Tanggal", "Platform"}, []any{"2026-05-04", "instagram"})
			},
			[]string{`1@1 "" [draft-error no sheet of the workbook has a caption column: a header row needs one of caption, naskah, text, teks, body, copy, isi, konten, isi konten, keterangan]`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			posts := Parse("kalender.xlsx", FormatXLSX, makeWorkbook(t, tc.build), Options{})
			got := make([]string, len(posts))
			for i, p := range posts {
				got[i] = postSummary(p)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("posts:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestWorkbookFormulas reads formula cells as Excel saves them: the
// formula and its last computed value, a number (a date, shown through
// the cell's date format) or text (t="str").
func TestWorkbookFormulas(t *testing.T) {
	sheet := `<row r="1"><c r="A1" t="inlineStr"><is><t>Tanggal</t></is></c><c r="B1" t="inlineStr"><is><t>Naskah</t></is></c></row>` +
		`<row r="2"><c r="A2" s="1"><v>46146</v></c><c r="B2" t="str"><f>"Isi dari "&amp;"rumus."</f><v>Isi dari rumus.</v></c></row>` +
		`<row r="3"><c r="A3" s="1"><f>A2+1</f><v>46147</v></c><c r="B3" t="str"><f>B2</f><v>Isi dari rumus.</v></c></row>` +
		`<row r="4"><c r="A4" s="1"><f>A3+1</f></c><c r="B4" t="str"><f>UPPER("tanpa nilai")</f></c></row>`
	posts := Parse("k.xlsx", FormatXLSX, rawWorkbook(t, sheet), Options{})
	got := make([]string, len(posts))
	for i, p := range posts {
		got[i] = postSummary(p)
	}
	// Row 4's formulas were never computed (a file written by a program,
	// not saved by a spreadsheet): no value, so no post.
	want := []string{`1@2 "Isi dari rumus." date=2026-05-04`, `2@3 "Isi dari rumus." date=2026-05-05`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWorkbookPositions checks how findings in a workbook are placed:
// the cell's row and column index, its sheet and header, and the excerpt
// reports show from the cell's text.
func TestWorkbookPositions(t *testing.T) {
	data := makeWorkbook(t, func(w sheetWriter) {
		w.rows("Kalender", 1, []any{"Tanggal", "Platform", "Naskah"},
			[]any{"2026-05-04", "myspace", "Baris satu.\nBaris dua #tagar."})
	})
	posts := Parse("k.xlsx", FormatXLSX, data, Options{})
	if len(posts) != 1 {
		t.Fatalf("got %d posts", len(posts))
	}
	p := posts[0]
	at := strings.Index(p.Text, "#tagar")
	r := p.Range(at, at+len("#tagar"))
	if r.Start != (Position{2, 3}) || r.End != (Position{2, 4}) || r.Cell == nil || r.Cell.Ref() != "Kalender!C2" || r.Cell.Header() != "Naskah" {
		t.Errorf("caption range = %+v %+v", r, r.Cell)
	}
	line, from, to, ok := p.CellExcerpt(r, at, at+len("#tagar"))
	if !ok || line != "Baris dua #tagar." || from != 10 || to != 16 {
		t.Errorf("caption excerpt = %q %d %d %v", line, from, to, ok)
	}
	pr := p.Problems[0]
	if pr.Rule != "front-matter" || pr.Range.Cell.Ref() != "Kalender!B2" || pr.Range.Start != (Position{2, 2}) {
		t.Errorf("platform problem = %+v", pr)
	}
	if line, from, to, ok := p.CellExcerpt(pr.Range, -1, -1); !ok || line != "myspace" || from != 0 || to != 7 {
		t.Errorf("platform excerpt = %q %d %d %v", line, from, to, ok)
	}
	if _, _, ok := p.FileEdit(at, at+1, "x"); ok {
		t.Error("a workbook cell offered a fix: postlint never writes workbooks")
	}
}

// zipOf packs files into a ZIP archive, for workbooks excelize would not
// write.
func zipOf(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "other"} {
		body, ok := files[name]
		if !ok {
			continue
		}
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// rawWorkbook is a minimal workbook of one sheet whose XML is given. Its
// style 1 shows dates (the built-in format 14).
func rawWorkbook(t testing.TB, sheetData string) []byte {
	return zipOf(t, map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			`<sheets><sheet name="Kalender" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
		"xl/styles.xml": `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
			`<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
		"xl/worksheets/sheet1.xml": `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
			sheetData + `</sheetData></worksheet>`,
	})
}

func TestWorkbookBadFiles(t *testing.T) {
	encrypted := func() []byte {
		f := excelize.NewFile()
		defer f.Close()
		if err := f.SetCellValue("Sheet1", "A1", "Naskah"); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := f.WriteTo(&buf, excelize.Options{Password: "rahasia"}); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	// Each row's only cell is in the last column: a few bytes of XML that
	// ask the reader to walk 16,384 cells.
	var wide strings.Builder
	wide.WriteString(`<row r="1"><c r="A1" t="inlineStr"><is><t>Naskah</t></is></c></row>`)
	for r := 2; r <= 300; r++ {
		fmt.Fprintf(&wide, `<row r="%d"><c r="XFD%d"><v>1</v></c></row>`, r, r)
	}
	big := strings.Repeat(`<row><c t="inlineStr"><is><t>`+strings.Repeat("isi ", 200)+`</t></is></c></row>`, 200)
	tests := []struct {
		name string
		data []byte
		opts Options
		want string
	}{
		{"a CSV file named .xlsx", []byte("naskah\nHalo\n"), Options{}, "not an .xlsx workbook: the file is not a ZIP archive"},
		{"empty file", nil, Options{}, "not an .xlsx workbook: the file is not a ZIP archive"},
		{"a ZIP archive cut short", makeWorkbook(t, func(sheetWriter) {})[:200], Options{}, "not an .xlsx workbook: damaged ZIP archive"},
		{"a ZIP archive without a workbook", zipOf(t, map[string]string{"other": "halo"}), Options{}, "not an .xlsx workbook: the ZIP archive holds no workbook"},
		{"password-protected", encrypted(), Options{}, "the workbook is password-protected"},
		{"an old .xls file", append(append([]byte{}, oleMagic...), make([]byte, 600)...), Options{}, "an Excel 97–2003 workbook (.xls)"},
		{"a sheet that unpacks past the cap", rawWorkbook(t, big), Options{MaxDraftSize: 16 << 10}, "the workbook unpacks to more than 128 KiB (8 times max_draft_size): not read"},
		{"rows that reach the last column", rawWorkbook(t, wide.String()), Options{}, `sheet "Kalender" is too large to read: more than 4000000 cells; rows from 246 on were not read`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			posts := Parse("kalender.xlsx", FormatXLSX, tc.data, tc.opts)
			if len(posts) == 0 {
				t.Fatal("no post: a bad workbook must give a draft-error finding")
			}
			last := posts[len(posts)-1]
			if len(last.Problems) != 1 || last.Problems[0].Rule != "draft-error" || !last.Fatal() ||
				!strings.Contains(last.Problems[0].Message.EN, tc.want) || last.Problems[0].Message.ID == "" {
				t.Errorf("problem = %+v, want a draft-error with %q", last.Problems, tc.want)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Logf("took %v", d) // speed is measured by benchmarks; this only helps a reader of -v
			}
		})
	}
}

func TestCellNames(t *testing.T) {
	for col, want := range map[int]string{1: "A", 3: "C", 26: "Z", 27: "AA", 52: "AZ", 703: "AAA", 16384: "XFD"} {
		if got := ColumnName(col); got != want {
			t.Errorf("ColumnName(%d) = %q, want %q", col, got, want)
		}
	}
	for _, tc := range []struct {
		cell        *Cell
		ref, en, id string
	}{
		{NewCell(&Column{Sheet: "Kalender", Header: "Naskah"}, 5, 3), "Kalender!C5", "Kalender!C5", "Kalender!C5"},
		{NewCell(&Column{Sheet: "Kalender Mei"}, 5, 3), "'Kalender Mei'!C5", "'Kalender Mei'!C5", "'Kalender Mei'!C5"},
		{NewCell(&Column{Sheet: "2026"}, 1, 1), "'2026'!A1", "'2026'!A1", "'2026'!A1"},
		{NewCell(&Column{Sheet: "Humas's"}, 1, 1), "'Humas''s'!A1", "'Humas''s'!A1", "'Humas''s'!A1"},
		{NewCell(&Column{Header: "Naskah"}, 5, 3), "C5", "row 5, column Naskah", "baris 5, kolom Naskah"},
		{NewCell(&Column{}, 7, 2), "B7", "row 7, column B", "baris 7, kolom B"},
	} {
		if got := tc.cell.Ref(); got != tc.ref {
			t.Errorf("Ref() = %q, want %q", got, tc.ref)
		}
		if got := tc.cell.Label(); got.EN != tc.en || got.ID != tc.id {
			t.Errorf("Label() = %+v, want %q / %q", got, tc.en, tc.id)
		}
	}
}

// TestWorkbookSurvivesDamage reads a few hundred damaged copies of a small
// workbook (bytes changed, the file cut short) as a quick, always-run
// complement to FuzzParseWorkbook: each must give posts or a draft-error,
// never a panic, and never a recovered panic of the library.
func TestWorkbookSurvivesDamage(t *testing.T) {
	seed := makeWorkbook(t, func(w sheetWriter) {
		w.rows("Kalender", 1, []any{"Tanggal", "Platform", "Naskah"}, []any{"2026-05-04", "instagram", "Halo warga."}, []any{nil, "x", nil})
		w.must(w.f.MergeCell("Kalender", "A2", "A3"))
	})
	state := uint32(1)
	next := func(n int) int { // a small deterministic generator
		state = state*1664525 + 1013904223
		return int(state>>8) % n
	}
	for i := 0; i < 400; i++ {
		data := append([]byte(nil), seed...)
		if i%10 == 0 {
			data = data[:next(len(data))]
		}
		for k := 0; k < 1+next(4) && len(data) > 0; k++ {
			data[next(len(data))] = byte(next(256))
		}
		posts := Parse("k.xlsx", FormatXLSX, data, Options{})
		if len(posts) == 0 {
			t.Fatalf("copy %d: no post and no draft-error", i)
		}
		for _, p := range posts {
			for _, pr := range p.Problems {
				if strings.Contains(pr.Message.EN, "damaged and cannot be read") {
					t.Errorf("copy %d: the library panicked: %s", i, pr.Message.EN)
				}
			}
		}
	}
}
