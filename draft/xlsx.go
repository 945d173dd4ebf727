package draft

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/postlint/postlint/i18n"
)

// Bounds on reading a workbook. The file itself is capped by
// max_draft_size before it is read; these bound what it unpacks to, so a
// small crafted file (a "zip bomb", a sheet that names its last cell
// XFD1048576) cannot make the reader run long or fill memory.
const (
	// unpackFactor times the draft size cap is what a workbook may unpack
	// to: 64 MiB with the default cap, about 10 times the XML of the
	// largest real calendar.
	unpackFactor = 8
	// defaultMaxDraftSize is the draft size cap when Options names none.
	defaultMaxDraftSize = 8 << 20
	// maxWorkbookParts caps the files inside the ZIP archive.
	maxWorkbookParts = 10_000
	// maxSheetCells caps the cells read from all sheets, empty cells
	// before the last filled one of a row included: a hundred times a
	// calendar of 1,000 rows and 40 columns.
	maxSheetCells = 4_000_000
	// maxMerges caps the merged ranges read per sheet.
	maxMerges = 100_000
	// headerSearch is how many filled rows may come before the header (a
	// title, the office's name, a period).
	headerSearch = 9
)

// oleMagic starts an OLE compound file: an Excel 97–2003 workbook, or an
// encrypted (password-protected) .xlsx, which Office wraps in one.
var oleMagic = []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}

// parseWorkbook reads an .xlsx content calendar: every sheet with a
// caption column among its first rows is a calendar, one post per row
// below the header. It never fails: a file it cannot read is one
// draft-error post naming what is wrong.
func parseWorkbook(path string, data []byte, opts Options) (posts []*Post) {
	fail := func(msg, sugg i18n.Text) []*Post {
		p := &Post{Path: path, Index: 1, Line: 1, Format: FormatXLSX}
		p.Problems = []Problem{{Rule: "draft-error", Range: Range{Start: Position{1, 1}, End: Position{1, 1}},
			Message: msg, Suggestion: sugg, Fatal: true}}
		return []*Post{p}
	}
	defer func() {
		// A workbook that trips a bug in the reader is a damaged file for
		// the user, and the run goes on; the fuzz tests hunt such bugs.
		if v := recover(); v != nil {
			posts = fail(i18n.Sprintf("the workbook is damaged and cannot be read (%v)",
				"buku kerja rusak dan tidak dapat dibaca (%v)", shortReason(v)), i18n.Text{})
		}
	}()
	limit := opts.MaxDraftSize
	if limit <= 0 {
		limit = defaultMaxDraftSize
	}
	unpacked := limit * unpackFactor
	zr, msg, sugg, ok := checkWorkbookFile(data, unpacked)
	if !ok {
		return fail(msg, sugg)
	}
	pkg := openPackage(zr, unpacked)
	book, err := readBook(pkg)
	if errors.Is(err, errUnpackLimit) {
		msg, sugg := unpackLimitText(unpacked)
		return fail(msg, sugg)
	}
	if err != nil {
		return fail(i18n.Sprintf("the workbook cannot be read: %s", "buku kerja tidak dapat dibaca: %s", shortReason(err)), i18n.Text{})
	}
	cols := opts.Calendar.orDefault()
	wb := workbook{pkg: pkg, book: book, path: path, opts: opts, cols: cols, budget: maxSheetCells}
	calendars := 0
	for _, sheet := range book.sheets {
		found, err := wb.readSheet(sheet, &posts)
		if found {
			calendars++
		}
		if err != nil {
			p := fail(err.msg, err.sugg)[0]
			p.Index = len(posts) + 1
			p.Line = err.row
			if err.row > 0 {
				p.Problems[0].Range = Range{Start: Position{err.row, 1}, End: Position{err.row, 1}}
			}
			posts = append(posts, p)
			break
		}
	}
	if calendars == 0 && len(posts) == 0 {
		return fail(i18n.Sprintf("no sheet of the workbook has a caption column: a header row needs one of %s",
			"tidak ada lembar di buku kerja ini yang punya kolom keterangan: baris header harus memuat salah satu dari %s",
			strings.Join(cols.Caption, ", ")), i18n.Text{})
	}
	if posts == nil {
		posts = []*Post{}
	}
	return posts
}

// shortReason is an error or a recovered value in a few words.
func shortReason(v any) string {
	s := fmt.Sprint(v)
	if r := []rune(s); len(r) > 160 {
		s = string(r[:160]) + "…"
	}
	return s
}

// checkWorkbookFile looks at a workbook before its parts are read: it
// must be a ZIP archive within the bounds. An OLE file is either an old
// .xls workbook or a password-protected one, told apart by the encryption
// stream a protected file holds. It returns the archive's reader.
func checkWorkbookFile(data []byte, unpacked int64) (zr *zip.Reader, msg, sugg i18n.Text, ok bool) {
	if bytes.HasPrefix(data, oleMagic) {
		if bytes.Contains(data, utf16LE("EncryptionInfo")) {
			return nil, i18n.T("the workbook is password-protected: postlint cannot open it",
					"buku kerja ini dilindungi kata sandi: postlint tidak dapat membukanya"),
				i18n.T("lint a copy saved without a password", "periksa salinan yang disimpan tanpa kata sandi"), false
		}
		return nil, i18n.T("an Excel 97–2003 workbook (.xls) or another Office file, not an .xlsx workbook",
				"buku kerja Excel 97–2003 (.xls) atau berkas Office lain, bukan buku kerja .xlsx"),
			i18n.T("save it as Excel Workbook (.xlsx)", "simpan sebagai Buku Kerja Excel (.xlsx)"), false
	}
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) && !bytes.HasPrefix(data, []byte("PK\x05\x06")) {
		return nil, i18n.T("not an .xlsx workbook: the file is not a ZIP archive",
				"bukan buku kerja .xlsx: berkas ini bukan arsip ZIP"),
			i18n.T("save the calendar from the spreadsheet as .xlsx, or give a CSV file the .csv extension",
				"simpan kalender dari aplikasi lembar kerja sebagai .xlsx, atau beri berkas CSV ekstensi .csv"), false
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, i18n.Sprintf("not an .xlsx workbook: damaged ZIP archive (%s)", "bukan buku kerja .xlsx: arsip ZIP rusak (%s)", shortReason(err)),
			i18n.Text{}, false
	}
	if len(zr.File) > maxWorkbookParts {
		return nil, i18n.Sprintf("the workbook holds %d files, more than the %d postlint reads",
			"buku kerja ini memuat %d berkas, lebih dari %d yang dibaca postlint", len(zr.File), maxWorkbookParts), i18n.Text{}, false
	}
	hasWorkbook := false
	var total uint64
	for _, zf := range zr.File {
		hasWorkbook = hasWorkbook || strings.HasSuffix(strings.ToLower(zf.Name), "workbook.xml")
		total += zf.UncompressedSize64
		if total > uint64(unpacked) {
			msg, sugg := unpackLimitText(unpacked)
			return nil, msg, sugg, false
		}
	}
	if !hasWorkbook {
		return nil, i18n.T("not an .xlsx workbook: the ZIP archive holds no workbook",
				"bukan buku kerja .xlsx: arsip ZIP ini tidak memuat buku kerja"),
			i18n.T("save the calendar from the spreadsheet as Excel Workbook (.xlsx)",
				"simpan kalender dari aplikasi lembar kerja sebagai Buku Kerja Excel (.xlsx)"), false
	}
	return zr, i18n.Text{}, i18n.Text{}, true
}

// unpackLimitText says a workbook unpacks to more than it may.
func unpackLimitText(unpacked int64) (msg, sugg i18n.Text) {
	return i18n.Sprintf("the workbook unpacks to more than %s (8 times max_draft_size): not read",
			"buku kerja ini terurai menjadi lebih dari %s (8 kali max_draft_size): tidak dibaca", sizeText(unpacked)),
		i18n.T("split the calendar, remove pictures from it, or raise max_draft_size in .postlint.toml",
			"pecah kalender ini, hapus gambar di dalamnya, atau naikkan max_draft_size di .postlint.toml")
}

// utf16LE encodes ASCII text as UTF-16LE, the way OLE names its streams.
func utf16LE(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

// sizeText writes a byte count the way the config sets it.
func sizeText(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return strconv.FormatInt(n>>30, 10) + " GiB"
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KiB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// workbook is one .xlsx being read.
type workbook struct {
	pkg    *xlsxPackage
	book   *xlsxBook
	path   string
	opts   Options
	cols   CalendarColumns
	budget int // cells left to read
}

// sheetError stops reading a workbook: a damaged or oversized sheet.
type sheetError struct {
	msg, sugg i18n.Text
	row       int // the row where it happened, 0 when unknown
}

// readSheet reads one sheet's posts into posts. found is false for a sheet
// without a caption column near its top, which is no calendar.
func (w *workbook) readSheet(sheet xlsxSheetRef, posts *[]*Post) (found bool, serr *sheetError) {
	name := sheet.name
	damaged := func(err error, row int) *sheetError {
		return &sheetError{msg: i18n.Sprintf("sheet %q of the workbook cannot be read: %s", "lembar %q di buku kerja tidak dapat dibaca: %s",
			name, shortReason(err)), row: row}
	}
	if sheet.part == "" {
		return false, damaged(errors.New("the workbook names no part for it"), 0)
	}
	data, err := w.pkg.read(sheet.part)
	if errors.Is(err, errUnpackLimit) {
		msg, sugg := unpackLimitText(w.pkg.limit)
		return false, &sheetError{msg: msg, sugg: sugg}
	}
	if err != nil {
		return false, damaged(err, 0)
	}
	sheetRows := newSheetRows(data, w.book)
	var rows *calendarRows
	var merges *mergeIndex
	filled := 0 // filled rows before the header
	for {
		rowNum, vals, raws, ok, err := sheetRows.next()
		if err != nil {
			return rows != nil, damaged(err, rowNum)
		}
		if !ok {
			break
		}
		if w.budget -= len(vals) + 1; w.budget < 0 {
			return rows != nil, &sheetError{
				msg: i18n.Sprintf("sheet %q is too large to read: more than %d cells; rows from %d on were not read",
					"lembar %q terlalu besar untuk dibaca: lebih dari %d sel; baris %d dan seterusnya tidak dibaca", name, maxSheetCells, rowNum),
				sugg: i18n.T("remove empty rows and columns that hold formatting only, or split the calendar",
					"hapus baris dan kolom kosong yang hanya berisi format, atau pecah kalender ini"),
				row: rowNum,
			}
		}
		if rows == nil {
			if blankRow(vals) {
				continue
			}
			header := make([]string, len(vals))
			for i, v := range vals {
				header[i] = strings.TrimSpace(v)
			}
			if cols, _, ok := findColumns(header, w.cols); ok {
				rows = newCalendarRows(w.path, FormatXLSX, name, w.opts, header, cols)
				merges = newMergeIndex(sheetMerges(data), rowNum, cols)
				continue
			}
			if filled++; filled > headerSearch {
				return false, nil
			}
			continue
		}
		merges.row(rowNum, vals, raws)
		if p := w.sheetPost(rows, merges, rowNum, vals, raws); p != nil {
			p.Index = len(*posts) + 1
			*posts = append(*posts, p)
		}
	}
	return rows != nil, nil
}

func blankRow(vals []string) bool {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// sheetPost reads one row below the header into a post, as csvPost does
// for a CSV row. vals are the cells as the sheet shows them, raws their
// stored values (a date's serial number).
func (w *workbook) sheetPost(c *calendarRows, merges *mergeIndex, rowNum int, vals, raws []string) *Post {
	cellAt := func(i int) (string, string) {
		if v, r, ok := merges.value(i); ok {
			return v, r
		}
		var v, r string
		if i < len(vals) {
			v = vals[i]
		}
		if i < len(raws) {
			r = raws[i]
		}
		return v, r
	}
	cells := c.cells[:0]
	captionIdx, captionText := 0, ""
	for _, col := range c.cols {
		shown, stored := cellAt(col.idx)
		text := strings.TrimSpace(strings.ReplaceAll(shown, "\r\n", "\n"))
		if col.key == "caption" {
			captionIdx, captionText = col.idx, text
			continue
		}
		if text == "" {
			continue
		}
		cell := calendarCell{key: col.key, col: col.idx, text: text}
		if col.key == "date" || col.key == "time" {
			cell.text, cell.shown = w.serialDate(col.key, text, stored), text
		}
		cells = append(cells, cell)
	}
	c.cells = cells
	if captionText == "" && len(cells) == 0 {
		return nil
	}
	caption := c.placeCells(rowNum, captionIdx)
	kept := make([]sheetCell, 0, len(cells)+1)
	kept = append(kept, sheetCell{cell: caption, text: captionText})
	for i := range cells {
		cells[i].where = cellRange(cells[i].where.Cell)
		shown := cells[i].text
		if cells[i].shown != "" {
			shown = cells[i].shown
		}
		kept = append(kept, sheetCell{cell: cells[i].where.Cell, text: shown})
	}
	meta, problems := rowMeta(cells, c.opts)
	var p *Post
	if captionText == "" {
		p = plannedSlot(c.path, c.format, rowNum, cellRange(caption), meta, problems)
	} else {
		p = &Post{Path: c.path, Line: rowNum, Row: rowNum, Format: c.format, Text: captionText, Meta: meta, Problems: problems}
	}
	p.pos.caption = caption
	p.pos.sheet = &sheetRow{cells: kept}
	return p
}

// serialDate turns a date or time cell that holds a spreadsheet date (a
// number shown as a date or time) into 2026-04-05, 2026-04-05T09:00 or,
// for a time column, 09:00. Text and plain numbers stay as shown.
func (w *workbook) serialDate(key, shown, stored string) string {
	serial, err := strconv.ParseFloat(strings.TrimSpace(stored), 64)
	if err != nil || shown == strings.TrimSpace(stored) || serial < 0 || serial > 2958465 || math.IsNaN(serial) {
		return shown
	}
	t := serialTime(serial, w.book.date1904).Round(time.Second)
	clock := t.Format("15:04")
	if t.Second() != 0 {
		clock = t.Format("15:04:05")
	}
	day := t.Format("2006-01-02")
	switch {
	case key == "time" && serial < 1:
		return clock
	case serial == math.Trunc(serial):
		return day
	}
	return day + "T" + clock
}

// cellRect is a merged range: first and last row and column, 1-based.
type cellRect struct{ r1, c1, r2, c2 int }

// sheetMerges reads a sheet's merged ranges. They follow the sheet's
// data in its XML, so decoding starts after it.
func sheetMerges(sheet []byte) []cellRect {
	at := bytes.LastIndex(sheet, []byte("sheetData"))
	if at < 0 {
		return nil
	}
	if gt := bytes.IndexByte(sheet[at:], '>'); gt >= 0 {
		at += gt + 1
	}
	d := xml.NewDecoder(bytes.NewReader(sheet[at:]))
	var out []cellRect
	for len(out) < maxMerges {
		tok, err := d.Token()
		if err != nil {
			break
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "mergeCell" {
			continue
		}
		for _, a := range se.Attr {
			if a.Name.Local != "ref" {
				continue
			}
			from, to, ok := strings.Cut(a.Value, ":")
			if !ok {
				break
			}
			c1, r1, err1 := parseCellRef(from)
			c2, r2, err2 := parseCellRef(to)
			if err1 == nil && err2 == nil {
				out = append(out, cellRect{r1: min(r1, r2), c1: min(c1, c2), r2: max(r1, r2), c2: max(c1, c2)})
			}
		}
	}
	return out
}

// mergeIndex gives the calendar's columns the values of the merged
// ranges they are in: a date merged down five rows is each row's date, as
// the sheet shows it. Rows arrive in order; each column keeps its ranges
// sorted and a cursor into them.
type mergeIndex struct {
	starts  []*mergedRange   // by first row
	next    int              // the first range in starts not yet begun
	byCol   [][]*mergedRange // per calendar column, by first row
	cursor  []int
	current []*mergedRange // per calendar column, the range of this row, or nil
	cols    []column
}

// mergedRange is a merged range and the value of its first cell.
type mergedRange struct {
	cellRect
	shown, stored string
}

// newMergeIndex keeps the ranges below the header row that cover one of
// the calendar's columns.
func newMergeIndex(rects []cellRect, header int, cols []column) *mergeIndex {
	m := &mergeIndex{byCol: make([][]*mergedRange, len(cols)), cursor: make([]int, len(cols)),
		current: make([]*mergedRange, len(cols)), cols: cols}
	for _, r := range rects {
		if r.r1 <= header {
			continue
		}
		mr := &mergedRange{cellRect: r}
		used := false
		for i, c := range cols {
			if r.c1 <= c.idx+1 && c.idx+1 <= r.c2 {
				m.byCol[i] = append(m.byCol[i], mr)
				used = true
			}
		}
		if used {
			m.starts = append(m.starts, mr)
		}
	}
	sort.Slice(m.starts, func(i, j int) bool { return m.starts[i].r1 < m.starts[j].r1 })
	for _, l := range m.byCol {
		sort.Slice(l, func(i, j int) bool { return l[i].r1 < l[j].r1 })
	}
	return m
}

// row moves to a row: ranges that start on it take the value of their
// first cell, and each column finds the range it is in.
func (m *mergeIndex) row(n int, vals, raws []string) {
	for ; m.next < len(m.starts) && m.starts[m.next].r1 <= n; m.next++ {
		r := m.starts[m.next]
		if r.r1 == n && r.c1-1 < len(vals) {
			r.shown = vals[r.c1-1]
			if r.c1-1 < len(raws) {
				r.stored = raws[r.c1-1]
			}
		}
	}
	for i, l := range m.byCol {
		for m.cursor[i] < len(l) && l[m.cursor[i]].r2 < n {
			m.cursor[i]++
		}
		m.current[i] = nil
		if m.cursor[i] < len(l) && l[m.cursor[i]].r1 <= n {
			m.current[i] = l[m.cursor[i]]
		}
	}
}

// value is the merged value of the cell in column idx on the current row.
func (m *mergeIndex) value(idx int) (shown, stored string, ok bool) {
	for i, c := range m.cols {
		if c.idx == idx && m.current[i] != nil {
			return m.current[i].shown, m.current[i].stored, true
		}
	}
	return "", "", false
}
