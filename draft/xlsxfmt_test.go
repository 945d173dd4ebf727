package draft

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// TestNumberFormats shows stored values through the format codes
// calendars in Indonesian and English offices use.
func TestNumberFormats(t *testing.T) {
	tests := []struct {
		code, value string
		kind        cellKind
		date1904    bool
		want        string
	}{
		// Indonesian dates and times
		{"[$-421]dddd, d mmmm yyyy", "46146", kindNumber, false, "Senin, 4 Mei 2026"},
		{"[$-421]ddd, dd mmm yy", "46163", kindNumber, false, "Kam, 21 Mei 26"},
		{"[$-421]d mmmm yyyy hh.mm", "46146.375", kindNumber, false, "4 Mei 2026 09.00"},
		{`[$-421]hh.mm" WIB"`, "0.8125", kindNumber, false, "19.30 WIB"},
		{"dd/mm/yyyy", "46146", kindNumber, false, "04/05/2026"},
		{"dd/mm/yyyy", "44684", kindNumber, true, "04/05/2026"},
		{`"Rp"#,##0`, "1500000", kindNumber, false, "Rp1,500,000"},
		{"[$Rp-421]#,##0.00", "2500.5", kindNumber, false, "Rp2,500.50"},
		// English dates and times
		{"[$-409]dddd, mmmm d, yyyy", "46146", kindNumber, false, "Monday, May 4, 2026"},
		{"[$-809]d mmm yyyy h:mm AM/PM", "46146.8125", kindNumber, false, "4 May 2026 7:30 pm"},
		{"h:mm AM/PM", "0", kindNumber, false, "12:00 AM"},
		{"mm/dd/yyyy hh:mm:ss", "46146.999988426", kindNumber, false, "05/04/2026 23:59:59"},
		{"[h]:mm", "1.5", kindNumber, false, "36:00"},
		{"mmmmm", "46146", kindNumber, false, "M"},
		// the 1900 system's days that never were, and the 1904 system's start
		{"yyyy-mm-dd", "60", kindNumber, false, "1900-02-29"},
		{"yyyy-mm-dd", "0", kindNumber, false, "1900-01-00"},
		{"yyyy-mm-dd", "0", kindNumber, true, "1904-01-01"},
		// numbers
		{"General", "0.30000000000000004", kindNumber, false, "0.3"},
		{"General", "123456789012", kindNumber, false, "1.23456789E+11"},
		{"0.00", "2.345", kindNumber, false, "2.35"},
		{"0", "-2.5", kindNumber, false, "-3"},
		{"0.0%", "0.125", kindNumber, false, "12.5%"},
		{"#,##0;(#,##0)", "-1234", kindNumber, false, "(1,234)"},
		{"#,##0,", "1234567", kindNumber, false, "1,235"},
		{"0.00E+00", "12345", kindNumber, false, "1.23E+04"},
		{"#.##", "0.5", kindNumber, false, "0.5"},
		{"#,###", "0", kindNumber, false, "0"},
		{"0.0?", "0.375", kindNumber, false, "0.38"},
		// text and what is not rendered
		{`@" orang"`, "lima", kindText, false, "lima orang"},
		{"0.00", "lima", kindText, false, "lima"},
		{"dd/mm/yyyy", "-1", kindNumber, false, "-1"},
		{"# ?/?", "1.5", kindNumber, false, "1.5"},
		{"[>100]0;0.0", "5", kindNumber, false, "5"},
	}
	for _, tc := range tests {
		nf := numFormatter{secs: parseNumFormat(tc.code), date1904: tc.date1904}
		if got := nf.formatValue(tc.value, tc.kind); got != tc.want {
			t.Errorf("%q through %q (1904=%v) = %q, want %q", tc.value, tc.code, tc.date1904, got, tc.want)
		}
	}
}

// TestWorkbookLongDates reads a calendar whose dates are shown as long
// Indonesian and English dates: the post's date is the stored one.
func TestWorkbookLongDates(t *testing.T) {
	data := makeWorkbook(t, func(w sheetWriter) {
		w.rows("Kalender", 1,
			[]any{"Tanggal", "Naskah"},
			[]any{46146, "Vaksinasi gratis di puskesmas."},
			[]any{46147.3958333333, "Free vaccination at the clinic."})
		w.style("Kalender", "A2", "A2", numFmt("[$-421]dddd, d mmmm yyyy"))
		w.style("Kalender", "A3", "A3", numFmt("[$-409]mmmm d, yyyy h:mm AM/PM"))
	})
	posts := Parse("k.xlsx", FormatXLSX, data, Options{})
	got := make([]string, len(posts))
	for i, p := range posts {
		got[i] = postSummary(p)
	}
	want := []string{`1@2 "Vaksinasi gratis di puskesmas." date=2026-05-04`, `2@3 "Free vaccination at the clinic." date=2026-05-05T09:30:00`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("posts:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(posts) == 2 {
		if line, _, _, ok := posts[0].CellExcerpt(posts[0].Range(0, 1), 0, 1); !ok || line == "" {
			t.Errorf("no excerpt for the caption")
		}
	}
}

// TestWorkbookDamagedSheetXML reports a sheet whose XML breaks off as a
// damaged sheet at the row where it does, after the posts before it.
func TestWorkbookDamagedSheetXML(t *testing.T) {
	sheet := `<row r="1"><c r="A1" t="inlineStr"><is><t>Naskah</t></is></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><t>Halo warga.</t></is></c></row>` +
		`<row r="3"><c r="A3"><v>1</v></row>`
	posts := Parse("k.xlsx", FormatXLSX, rawWorkbook(t, sheet), Options{})
	if len(posts) != 2 || posts[0].Text != "Halo warga." {
		t.Fatalf("posts = %d, want the post of row 2 and a draft-error", len(posts))
	}
	last := posts[1]
	if !last.Fatal() || last.Line != 3 || !strings.Contains(last.Problems[0].Message.EN, `sheet "Kalender" of the workbook cannot be read`) {
		t.Errorf("last post = line %d %+v", last.Line, last.Problems)
	}
}

// TestWorkbookPartSizeLies reads a workbook whose sheet unpacks to more
// than its ZIP header says: the reader stops at the stated size and
// reports the sheet as damaged, whatever the header claims.
func TestWorkbookPartSizeLies(t *testing.T) {
	good := rawWorkbook(t, `<row r="1"><c r="A1" t="inlineStr"><is><t>Naskah</t></is></c></row>`+
		strings.Repeat(`<row><c t="inlineStr"><is><t>isi</t></is></c></row>`, 2000))
	zr, err := zip.NewReader(bytes.NewReader(good), int64(len(good)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		raw, err := f.OpenRaw()
		if err != nil {
			t.Fatal(err)
		}
		h := f.FileHeader
		if strings.HasSuffix(f.Name, "sheet1.xml") {
			h.UncompressedSize64 = 100 // a lie
		}
		w, err := zw.CreateRaw(&h)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if _, err := b.ReadFrom(raw); err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(b.Bytes()); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	posts := Parse("k.xlsx", FormatXLSX, buf.Bytes(), Options{})
	last := posts[len(posts)-1]
	if len(posts) != 1 || !last.Fatal() || !strings.Contains(last.Problems[0].Message.EN, `sheet "Kalender" of the workbook cannot be read`) {
		t.Errorf("%d posts, last %+v: want one draft-error for the sheet", len(posts), last.Problems)
	}
}

// TestWorkbookBudgetCountsEveryRead checks the unpack budget where the
// stated sizes cannot catch it: two sheets that name the same part make
// the reader unpack it twice, past what the stated sizes add up to.
func TestWorkbookBudgetCountsEveryRead(t *testing.T) {
	one := rawWorkbook(t, `<row r="1"><c r="A1" t="inlineStr"><is><t>Naskah</t></is></c></row>`+
		strings.Repeat(`<row><c t="inlineStr"><is><t>isi</t></is></c></row>`, 2000))
	zr, err := zip.NewReader(bytes.NewReader(one), int64(len(one)))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	total := 0
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if _, err := b.ReadFrom(rc); err != nil {
			t.Fatal(err)
		}
		files[f.Name] = b.String()
		total += b.Len()
	}
	const second = `<sheet name="Salinan" sheetId="2" r:id="rId1"/>`
	files["xl/workbook.xml"] = strings.Replace(files["xl/workbook.xml"], `</sheets>`, second+`</sheets>`, 1)
	total += len(second)
	data := zipOf(t, files)

	// The stated sizes fit the budget; the second read of the sheet does not.
	limit := int64(total/unpackFactor + 1)
	posts := Parse("k.xlsx", FormatXLSX, data, Options{MaxDraftSize: limit})
	last := posts[len(posts)-1]
	if !last.Fatal() || !strings.Contains(last.Problems[0].Message.EN, "the workbook unpacks to more than") {
		t.Errorf("%d posts, last %+v: want the unpack limit after the first sheet", len(posts), last.Problems)
	}
	if posts := Parse("k.xlsx", FormatXLSX, data, Options{}); len(posts) != 4000 {
		t.Errorf("default limit: %d posts, want both sheets' 4000", len(posts))
	}
}

// TestBuiltinFormat: the built-in codes are found by ID, and IDs that
// ECMA-376 gives no code, or that are out of range, are not.
func TestBuiltinFormat(t *testing.T) {
	for id, want := range map[int]string{0: "General", 14: "mm-dd-yy", 22: "m/d/yy hh:mm", 49: "@"} {
		if got, ok := builtinFormat(id); !ok || got != want {
			t.Errorf("builtinFormat(%d) = %q, %v; want %q", id, got, ok, want)
		}
	}
	for _, id := range []int{-1, 5, 8, 23, 36, 50, 163, 164} {
		if got, ok := builtinFormat(id); ok {
			t.Errorf("builtinFormat(%d) = %q, want none", id, got)
		}
	}
}
