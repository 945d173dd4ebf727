package draft

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
)

// Position is a place in the original file: 1-based line, and 1-based column
// counted in Unicode code points of that line.
type Position struct {
	Line   int
	Column int
}

// Range is a span of the original file; End is exclusive. In a calendar
// it also names the spreadsheet cell the span is in. A workbook has no
// lines: there Start is the cell's row (Line) and column index (Column)
// and End the column after it.
type Range struct {
	Start Position
	End   Position
	// Cell is the calendar cell, nil in a document. Ranges in one cell
	// share one Cell.
	Cell *Cell
}

// Cell is a spreadsheet cell as its user names it: the sheet, the row
// number the spreadsheet shows (the header row counts) and the column.
type Cell struct {
	Row    int // 1-based
	Col    int // 1-based: A is 1
	column *Column
}

// Column is a calendar column: its sheet ("" in a CSV file) and its
// header text as written. The cells of a column share it.
type Column struct {
	Sheet  string
	Header string
}

// NewCell returns the cell of a column in a row.
func NewCell(column *Column, row, col int) *Cell {
	return &Cell{Row: row, Col: col, column: column}
}

// Sheet is the worksheet the cell is on; "" in a CSV file.
func (c *Cell) Sheet() string {
	if c.column == nil {
		return ""
	}
	return c.column.Sheet
}

// Header is the text of the cell's column header.
func (c *Cell) Header() string {
	if c.column == nil {
		return ""
	}
	return c.column.Header
}

// ColumnName is a column's letters: 1 is A, 27 is AA.
func ColumnName(col int) string {
	var b [8]byte
	i := len(b)
	for col > 0 && i > 0 {
		col--
		i--
		b[i] = byte('A' + col%26)
		col /= 26
	}
	return string(b[i:])
}

// Ref is the cell's A1 reference, after its sheet's name in a workbook:
// "C5", "Kalender!C5", "'April 2026'!C5".
func (c *Cell) Ref() string {
	ref := ColumnName(c.Col) + strconv.Itoa(c.Row)
	if c.Sheet() == "" {
		return ref
	}
	return quoteSheet(c.Sheet()) + "!" + ref
}

// quoteSheet quotes a sheet name the way spreadsheet formulas do when it
// holds anything but letters, digits, dots and underscores, or starts
// with a digit.
func quoteSheet(name string) string {
	plain := name != "" && !unicode.IsDigit([]rune(name)[0])
	for _, r := range name {
		if !(r == '_' || r == '.' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			plain = false
			break
		}
	}
	if plain {
		return name
	}
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}

// Label names the cell for a person: its reference in a workbook
// ("Kalender!C5"); in a CSV file, which has no sheet, the row and the
// column's header ("row 5, column Naskah"), or its letter when the header
// cell is empty.
func (c *Cell) Label() i18n.Text {
	if c.Sheet() != "" {
		ref := c.Ref()
		return i18n.T(ref, ref)
	}
	col := strings.TrimSpace(c.Header())
	if col == "" {
		col = ColumnName(c.Col)
	}
	return i18n.Sprintf("row %d, column %s", "baris %d, kolom %s", c.Row, col)
}

// segment says that text from offset Text on was copied from file offset
// Src on, until the next segment starts.
type segment struct {
	Text int
	Src  int
}

// posMap maps byte offsets of a post's linted text back to the file it came
// from. The text is assembled from pieces of the file (front matter and
// comments cut out, CRLF folded to LF, CSV quotes undone), so each piece
// records where it started. Posts read from one file share its source.
type posMap struct {
	src  *source
	segs []segment
	// one holds segs when the text is one piece of the file (trimPiece):
	// most drafts, which need no list of their own then.
	one  [1]segment
	cell *cellSpan // a calendar post's caption cell; nil for documents
	// caption is the calendar cell the text comes from; nil for
	// documents.
	caption *Cell
	// sheet holds the row's cells of a workbook post, which has no file
	// text to map into; nil for text files.
	sheet *sheetRow
}

// source is a file's text with the index that turns its byte offsets into
// lines and columns.
type source struct {
	text  string
	lines []int // byte offset of the first byte of each line
	// marks hold column counts inside long lines, so that a lookup counts
	// the code points of at most markStep bytes however long the line.
	marks []colMark
}

// colMark records that the byte at off is in column col+1 of its line.
type colMark struct {
	off, col int
}

// markStep is the distance in bytes between column marks on a long line.
const markStep = 1024

func newSource(text string) *source {
	s := new(source)
	s.init(text, nil)
	return s
}

// init makes s the source of text, its line index in room when it fits.
func (s *source) init(text string, room []int) {
	// One line start per LF: counting them first costs less than growing
	// the index line by line (lone CRs still grow it).
	lines := room[:0]
	if n := 1 + strings.Count(text, "\n"); cap(room) < n {
		lines = make([]int, 0, n)
	}
	*s = source{text: text, lines: append(lines, 0)}
	if len(text) >= 3 && text[:3] == bom {
		s.lines[0] = 3
	}
	lineStart, last, col := s.lines[0], s.lines[0], 0
	next := lineStart + markStep // where the next mark is due
	// Without CRs a line ends at the next LF, which IndexByte finds many
	// bytes at a time; a line too short for marks is then done.
	lfOnly := strings.IndexByte(text, '\r') < 0
	for i := s.lines[0]; i < len(text); i++ {
		if lfOnly && i == lineStart {
			end := strings.IndexByte(text[i:], '\n')
			if end < 0 && len(text) <= next {
				break
			}
			if end >= 0 && i+end <= next {
				s.lines = append(s.lines, i+end+1)
				lineStart, last = i+end+1, i+end+1
				next = lineStart + markStep
				i += end
				continue
			}
		}
		c := text[i]
		if c == '\n' || c == '\r' {
			if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				continue
			}
			s.lines = append(s.lines, i+1)
			lineStart, last, col = i+1, i+1, 0
			next = lineStart + markStep
			continue
		}
		if i >= next && utf8.RuneStart(c) {
			col += utf8.RuneCountInString(text[last:i])
			s.marks = append(s.marks, colMark{off: i, col: col})
			last, next = i, i+markStep
		}
	}
}

// pos turns a file byte offset into a line and column.
func (s *source) pos(off int) Position {
	p, _ := s.locate(off)
	return p
}

// locate is pos that also returns the offset it located: off held to the
// file, and past a BOM.
func (s *source) locate(off int) (Position, int) {
	off = max(0, min(off, len(s.text)))
	line := max(0, sort.SearchInts(s.lines, off+1)-1)
	start := s.lines[line]
	if off < start { // inside a BOM
		off = start
	}
	from, col := s.countFrom(start, off)
	return Position{Line: line + 1, Column: col + runeCount(s.text[from:off]) + 1}, off
}

// posAfter is pos(off) for an offset at or after one already located at
// p: when off is on the same line, it counts only the code points between
// them. A finding's end is mostly on its start's line.
func (s *source) posAfter(p Position, at, off int) Position {
	if off < at || off > len(s.text) || at < len(s.text) && !utf8.RuneStart(s.text[at]) ||
		p.Line < len(s.lines) && off >= s.lines[p.Line] {
		return s.pos(off)
	}
	// Decoding from the line start never runs across a rune start, so
	// the count splits there.
	return Position{Line: p.Line, Column: p.Column + runeCount(s.text[at:off])}
}

// runeCount is utf8.RuneCountInString, with a leading run of ASCII
// counted eight bytes at a time: most lines of a draft are plain ASCII.
func runeCount(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		// Written so that the compiler loads the eight bytes as one word.
		b := s[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	return i + utf8.RuneCountInString(s[i:])
}

// countFrom returns the nearest known place at or before off on the line
// that starts at start, and the code points from start to it.
func (s *source) countFrom(start, off int) (int, int) {
	if off-start <= markStep {
		return start, 0
	}
	i := sort.Search(len(s.marks), func(i int) bool { return s.marks[i].off > off }) - 1
	if i < 0 || s.marks[i].off < start {
		return start, 0
	}
	return s.marks[i].off, s.marks[i].col
}

// line returns line n (1-based) without its line end; "" when out of range.
func (s *source) line(n int) string {
	if n < 1 || n > len(s.lines) {
		return ""
	}
	end := len(s.text)
	if n < len(s.lines) {
		end = s.lines[n]
	}
	return strings.TrimRight(s.text[s.lines[n-1]:end], "\r\n")
}

// srcOffset maps a text offset to a file offset.
func (m *posMap) srcOffset(off int) int {
	if len(m.segs) == 0 {
		return off
	}
	i := sort.Search(len(m.segs), func(i int) bool { return m.segs[i].Text > off }) - 1
	if i < 0 {
		i = 0
	}
	s := m.segs[i]
	return s.Src + off - s.Text
}

// builder assembles a post's text from pieces of the file while recording
// the position map.
type builder struct {
	buf  []byte
	segs []segment
	next int // file offset that would continue the current segment
}

// copy appends src[from:to] to the text.
func (b *builder) copy(src string, from, to int) {
	if from >= to {
		return
	}
	if len(b.segs) == 0 || b.next != from {
		b.segs = append(b.segs, segment{Text: len(b.buf), Src: from})
	}
	b.buf = append(b.buf, src[from:to]...)
	b.next = to
}

// lineText copies src[from:to] folding CRLF and lone CR to LF.
func (b *builder) lineText(src string, from, to int) {
	start := from
	for i := from; i < to; i++ {
		if src[i] != '\r' {
			continue
		}
		if i+1 < to && src[i+1] == '\n' {
			b.copy(src, start, i) // drop the CR; the LF follows
			start = i + 1
			continue
		}
		b.copy(src, start, i)
		// A lone CR becomes LF at the same file offset.
		if len(b.segs) == 0 || b.next != i {
			b.segs = append(b.segs, segment{Text: len(b.buf), Src: i})
		}
		b.buf = append(b.buf, '\n')
		b.next = i + 1
		start = i + 1
	}
	b.copy(src, start, to)
}

// mapRange turns a text span into a file range. The end is found from the
// last rune inside the span so that a span ending just before a removed
// piece does not point past it.
func (m *posMap) mapRange(text string, start, end int) Range {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	if start > len(text) {
		start = len(text)
	}
	first, at := m.src.locate(m.srcOffset(start))
	r := Range{Start: first}
	if end <= start {
		r.End = r.Start
		return r
	}
	_, size := utf8.DecodeLastRuneInString(text[start:end])
	last := m.src.posAfter(first, at, m.srcOffset(end-size))
	r.End = Position{Line: last.Line, Column: last.Column + 1}
	return r
}

// sheetRow is what a workbook post keeps of its row: the cells read for
// it and their text, for reports that show a finding's cell.
type sheetRow struct {
	cells []sheetCell
}

// sheetCell is one cell of a workbook row and its text as shown.
type sheetCell struct {
	cell *Cell
	text string
}

// cellRange is where a workbook cell stands: its row as the line and its
// column index as the column.
func cellRange(c *Cell) Range {
	return Range{Start: Position{Line: c.Row, Column: c.Col}, End: Position{Line: c.Row, Column: c.Col + 1}, Cell: c}
}

// CellExcerpt returns what a report shows of a finding in a workbook,
// which has no lines of text to quote: the line of the cell's text that
// holds the span, and the span's first and last-plus-one columns on it
// (0-based, in code points). start and end are offsets in the post's text
// for a finding in the caption, or -1 for a finding about another cell,
// which is shown whole. ok is false outside workbooks and when the cell's
// text is not known.
func (p *Post) CellExcerpt(r Range, start, end int) (line string, from, to int, ok bool) {
	if p.pos.sheet == nil || r.Cell == nil {
		return "", 0, 0, false
	}
	if r.Cell == p.pos.caption && start >= 0 && start <= len(p.Text) {
		end = max(start, min(end, len(p.Text)))
		ls := strings.LastIndexByte(p.Text[:start], '\n') + 1
		le := strings.IndexByte(p.Text[start:], '\n')
		if le < 0 {
			le = len(p.Text)
		} else {
			le += start
		}
		line = p.Text[ls:le]
		from = utf8.RuneCountInString(p.Text[ls:start])
		to = from + utf8.RuneCountInString(p.Text[start:min(end, le)])
		return line, from, max(to, from+1), true
	}
	for _, c := range p.pos.sheet.cells {
		if c.cell != r.Cell {
			continue
		}
		line, _, _ = strings.Cut(strings.TrimSpace(c.text), "\n")
		return line, 0, max(1, utf8.RuneCountInString(line)), true
	}
	return "", 0, 0, false
}
