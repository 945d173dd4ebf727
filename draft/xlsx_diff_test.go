package draft

import (
	"archive/zip"
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// The differential tests below read the same workbooks with our reader
// and with excelize, which the reader replaced, and compare every cell as
// shown and as stored. excelize stays a test-only dependency for this.

// diffFormats are the custom number format codes compared: what content
// calendars use, and the neighbours a reader could get wrong.
var diffFormats = []string{
	"General", "0", "0.0", "0.000", "#,##0", "#,##0.00", "#,##0.###", "0%", "0.0%", "0.00%",
	"0.00E+00", "000", "00000", "#,##0,", `"Rp"#,##0`, `"Rp "#,##0.00`, "[$Rp-421]#,##0", `0" orang"`,
	"#,##0;(#,##0)", "#,##0.00;[Red]-#,##0.00", `0.00;-0.00;"nol"`, "[Blue]0.0", "@", `@" orang"`,
	"dd/mm/yyyy", "d/m/yy", "d/m/yyyy", "dd-mmm-yyyy", "d mmmm yyyy", "dddd, d mmmm yyyy", "ddd d mmm", "mmm-yy",
	"yyyy-mm-dd", "yyyy-mm-dd hh:mm", "yyyy-mm-dd hh:mm:ss", "dd/mm/yyyy hh:mm", "d/m/yyyy h:mm",
	"[$-421]dddd, d mmmm yyyy", "[$-421]d mmm yyyy", "[$-421]dd mmmm yyyy hh:mm", "[$-id-ID]d mmmm yyyy",
	"[$-409]mmmm d, yyyy", "[$-409]h:mm AM/PM", "[$-809]dd mmmm yyyy", "[$-F800]dddd, mmmm dd, yyyy",
	"dd/mm/yyyy;@", "[$-421]dd/mm/yyyy;@", `d\-m\-yyyy`, `"Tanggal "dd/mm/yyyy`, `dd" "mmmm`, "yy", "yyyy", "mmmm", "mmmmm", "dddd",
	"hh:mm", "h:mm", "hh:mm:ss", "h:mm AM/PM", "h:mm:ss AM/PM", "hh:mm AM/PM", "h AM/PM", "hh.mm", `hh"h"mm`, "hh:mm:ss.000",
	"[h]:mm:ss", "[h]:mm", "[mm]:ss", "mm:ss", "mm:ss.0", "h:mm;@", "[$-421]hh.mm;@",
	`#,##0.00_);[Red]\(#,##0.00\)`, `"$"#,##0.00`, "[$$-409]#,##0.00", "0.0%;-0.0%", "dd mmm yyyy;@", "[$-421]mmmm yyyy",
	"h:mm:ss", "[ss]", `yyyy"年"m"月"d"日"`, "d-m-yy h:mm AM/PM", "ddd", "mmm d, yyyy", "mm/dd/yy", "m/d",
	"#", "#.##", "0.##", "#,###", "?", "0.0?", "0.00;(0.00);-", `#,##0" hari"`, "[Green]#,##0;[Red]-#,##0",
	"hh:mm A/P", "yyyy", "e", `"Minggu ke-"0`,
}

// diffBuiltins are the built-in format IDs compared, the ones without a
// code of their own (5 to 8, 23 to 36, 50 and on) included.
var diffBuiltins = []int{1, 2, 3, 4, 5, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 49}

// diffNumbers are the stored numbers each format is tried on: dates and
// times near calendars (in both date systems), whole and fractional,
// big, small, negative, and the 1900 system's first days.
var diffNumbers = []float64{
	0, 1, 2, 0.5, 0.375, 0.999988, 46146, 46146.75, 46146.3333333333, 46146.999999, 45777, 44927.5208333333,
	1234.5, 1234567.891, 0.125, 12, 7, -1234.5, -0.25, -3, 123456789012, 99999999999, 1e-7, 1.5e20, 0.1,
	0.0001, 59, 60, 61, 2958465, 30, 45000.0006944444,
}

// diffTexts are text cells each format is tried on.
var diffTexts = []any{"teks", "12", "2026-05-04", true, false}

// deliberateDifference says why our reader shows a cell otherwise than
// excelize, on purpose, or "" when it must not. Each is a case where
// excelize shows what no spreadsheet would.
func deliberateDifference(code, stored string, date1904 bool) string {
	if id, err := strconv.Atoi(strings.TrimPrefix(code, "built-in ")); err == nil {
		code, _ = builtinFormat(id)
	}
	secs := parseNumFormat(code)
	num, isNum := parseNumber(stored)
	if len(secs) == 0 || !isNum {
		return ""
	}
	if !isDateSection(&secs[0]) {
		if _, frac, ok := strings.Cut(code, "."); ok && strings.Contains(frac, "?") {
			return "a ? after the decimal point is a digit, as in a spreadsheet; excelize leaves it out and rounds to fewer decimals"
		}
		if strings.Contains(code, "0,") && digitCount(num) > 15 {
			return "excelize leaves out the scaling by thousands (a comma after the digits) for numbers of more than 15 digits"
		}
		return ""
	}
	if num < 0 {
		return ""
	}
	elapsed, millis := false, strings.Contains(code, ".0")
	for _, t := range secs[0].tokens {
		elapsed = elapsed || t.kind == fkElapsed
	}
	switch {
	case strings.Contains(code, "id-ID"):
		return "excelize reads the language tag id-ID as a hex locale ID and names the months in Hebrew; we name them in Indonesian"
	case elapsed && num*24 > float64(math.MaxInt64/int64(time.Hour)):
		return "excelize caps elapsed time at about 292 years, what a Go time.Duration holds"
	case elapsed && date1904:
		return "excelize counts elapsed time in the 1904 system from 30 December 1899, adding four years"
	case !elapsed && (num >= 2958466 || date1904 && num >= 2957004):
		return "past 31 December 9999: excelize computes a wrong date; a spreadsheet shows no date either"
	case date1904 && num < 61:
		return "excelize gives the 1904 system the first days of the 1900 one (a day 0, 29 February 1900)"
	case millis:
		return "fractions of a second are rounded to the millisecond, as a spreadsheet does; excelize rounds to the second first or truncates"
	}
	return ""
}

// diffWorkbook builds the workbook the differential test reads: one row
// per format, one column per value.
func diffWorkbook(t *testing.T, date1904 bool) ([]byte, []string) {
	t.Helper()
	var codes []string
	data := makeWorkbook(t, func(w sheetWriter) {
		if date1904 {
			w.must(w.f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &date1904}))
		}
		row := 1
		put := func(code string, style *excelize.Style) {
			codes = append(codes, code)
			vals := make([]any, 0, len(diffNumbers)+len(diffTexts))
			for _, n := range diffNumbers {
				vals = append(vals, n)
			}
			vals = append(vals, diffTexts...)
			w.rows("Kalender", row, vals)
			last, err := excelize.CoordinatesToCellName(len(vals), row)
			w.must(err)
			w.style("Kalender", fmt.Sprintf("A%d", row), last, style)
			row++
		}
		for _, code := range diffFormats {
			put(code, numFmt(code))
		}
		for _, id := range diffBuiltins {
			put(fmt.Sprintf("built-in %d", id), &excelize.Style{NumFmt: id})
		}
	})
	return data, codes
}

// theirRows reads a sheet with excelize: each row as shown and as stored.
func theirRows(t *testing.T, data []byte, sheet string) (shown, raw [][]string) {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.Rows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	raws, err := f.Rows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		raws.Next()
		s, err := rows.Columns()
		if err != nil {
			t.Fatal(err)
		}
		r, err := raws.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		shown, raw = append(shown, s), append(raw, r)
	}
	return shown, raw
}

// ourRows reads a sheet with our reader.
func ourRows(t *testing.T, data []byte, sheet string) (shown, raw [][]string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	pkg := openPackage(zr, 64<<20)
	book, err := readBook(pkg)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range book.sheets {
		if s.name != sheet {
			continue
		}
		part, err := pkg.read(s.part)
		if err != nil {
			t.Fatal(err)
		}
		rows := newSheetRows(part, book)
		for n := 1; ; n++ {
			row, vals, raws, ok, err := rows.next()
			if err != nil {
				t.Fatal(err)
			}
			if !ok {
				break
			}
			if row != n {
				t.Fatalf("row %d came as row %d", n, row)
			}
			shown, raw = append(shown, append([]string(nil), vals...)), append(raw, append([]string(nil), raws...))
		}
		return shown, raw
	}
	t.Fatalf("no sheet %q", sheet)
	return nil, nil
}

func TestWorkbookDifferentialFormats(t *testing.T) {
	for _, date1904 := range []bool{false, true} {
		data, codes := diffWorkbook(t, date1904)
		theirShown, theirRaw := theirRows(t, data, "Kalender")
		ourShown, ourRaw := ourRows(t, data, "Kalender")
		if len(ourShown) != len(theirShown) {
			t.Fatalf("1904=%v: %d rows, excelize %d", date1904, len(ourShown), len(theirShown))
		}
		for r := range theirShown {
			for c := 0; c < max(len(ourShown[r]), len(theirShown[r])); c++ {
				ours, theirs := cellAt(ourShown[r], c), cellAt(theirShown[r], c)
				stored := cellAt(theirRaw[r], c)
				if ours != theirs {
					if deliberateDifference(codes[r], stored, date1904) != "" {
						continue
					}
					t.Errorf("1904=%v format %q value %s: shown %q, excelize %q", date1904, codes[r], stored, ours, theirs)
				}
				if o := cellAt(ourRaw[r], c); o != stored {
					t.Errorf("1904=%v format %q: stored %q, excelize %q", date1904, codes[r], o, stored)
				}
			}
		}
	}
}

func cellAt(row []string, i int) string {
	if i < len(row) {
		return row[i]
	}
	return ""
}

// TestWorkbookDifferentialCells compares cells excelize does not write:
// every value type, formulas with and without a cached value, shared
// strings with runs, phonetic text and escapes, cells without a
// reference, skipped rows and columns.
func TestWorkbookDifferentialCells(t *testing.T) {
	sheet := `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c t="s"><v>2</v></c><c r="F1" t="s"><v>3</v></c></row>` +
		`<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="e"><v>#DIV/0!</v></c><c r="E2" s="1" t="e"><v>#REF!</v></c></row>` +
		`<row r="4"><c r="B4" t="str"><f>A1&amp;"x"</f><v>Halo x</v></c><c r="C4"><f>1+2</f><v>3</v></c><c r="D4"><f>NOW()</f></c><c r="E4" s="1"><f>A2</f><v>46146.5</v></c></row>` +
		`<row r="5"><c r="A5" t="inlineStr"><is><t xml:space="preserve">  spasi  </t></is></c><c r="B5" t="inlineStr"><is><r><t>kaya </t></r><r><rPr><b/></rPr><t>teks</t></r></is></c>` +
		`<c r="C5" t="d"><v>2026-05-04T09:30:00</v></c><c r="D5" s="1" t="d"><v>2026-05-04T09:30:00Z</v></c><c r="E5" s="2" t="d"><v>2026-05-04</v></c></row>` +
		`<row r="7"><c><v>1</v></c><c><v>2.50</v></c><c r="E7"><v>1E3</v></c><c><v>0.30000000000000004</v></c><c><v>12345678901234567890</v></c><c><v>-0</v></c><c s="2"><v>0.1</v></c><c s="3"><v>46146.75</v></c></row>` +
		`<row><c r="A8"><v>   </v></c><c r="B8" t="s"><v>4</v></c><c r="C8" s="3" t="s"><v>0</v></c><c r="D8" s="4" t="s"><v>0</v></c><c r="E8" s="4"><v>7</v></c></row>` +
		`<row r="12" spans="1:3"><c r="C12" s="9"><v>5</v></c><c r="AA12" t="s"><v>5</v></c></row>`
	sst := `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
		`<si><t>Naskah</t></si><si><r><t>Vaksin </t></r><r><rPr><b/></rPr><t>gratis</t></r></si>` +
		`<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si><si><t>baris_x000D_
dua_x005F_x0041_</t></si><si><t/></si><si><t xml:space="preserve"> a </t></si></sst>`
	styles := `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
		`<numFmts count="2"><numFmt numFmtId="164" formatCode="[$-421]dddd, d mmmm yyyy hh:mm"/><numFmt numFmtId="165" formatCode="@&quot; orang&quot;"/></numFmts>` +
		`<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="2"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`
	data := zipOf(t, map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
			`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			`<sheets><sheet name="Kalender" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
			`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
		"xl/styles.xml":        styles,
		"xl/sharedStrings.xml": sst,
		"xl/worksheets/sheet1.xml": `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
			sheet + `</sheetData></worksheet>`,
	})
	theirShown, theirRaw := theirRows(t, data, "Kalender")
	ourShown, ourRaw := ourRows(t, data, "Kalender")
	if len(ourShown) != len(theirShown) {
		t.Fatalf("%d rows, excelize %d", len(ourShown), len(theirShown))
	}
	for r := range theirShown {
		if strings.Join(ourShown[r], "|") != strings.Join(theirShown[r], "|") {
			t.Errorf("row %d shown:\n%q\nexcelize:\n%q", r+1, ourShown[r], theirShown[r])
		}
		if strings.Join(ourRaw[r], "|") != strings.Join(theirRaw[r], "|") {
			t.Errorf("row %d stored:\n%q\nexcelize:\n%q", r+1, ourRaw[r], theirRaw[r])
		}
	}
}

// TestSerialTime compares the serial-to-time conversion with excelize's
// in both date systems, second by second as calendars use it.
func TestSerialTime(t *testing.T) {
	var serials []float64
	for s := 0.0; s < 120; s += 0.25 {
		serials = append(serials, s)
	}
	for s := 45000.0; s < 47000; s += 1.0 / 7 {
		serials = append(serials, s)
	}
	serials = append(serials, 46146.999999, 46146.0000001, 2958465.999988, 0.999994)
	for _, date1904 := range []bool{false, true} {
		for _, s := range serials {
			want, err := excelize.ExcelDateToTime(s, date1904)
			if err != nil {
				t.Fatal(err)
			}
			got := serialTime(s, date1904)
			if !got.Round(time.Second).Equal(want.Round(time.Second)) {
				t.Errorf("serialTime(%v, 1904=%v) = %v, excelize %v", s, date1904, got, want)
			}
		}
	}
	if got := serialTime(60, false); got.Format("2006-01-02") != "1900-02-28" {
		t.Errorf("serial 60 = %v: the 29 February 1900 a spreadsheet counts is shown as the 28th", got)
	}
}
