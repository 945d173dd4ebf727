package draft

import (
	"sort"
	"unicode/utf8"
)

// Position is a place in the original file: 1-based line, and 1-based column
// counted in Unicode code points of that line.
type Position struct {
	Line   int
	Column int
}

// Range is a span of the original file; End is exclusive.
type Range struct {
	Start Position
	End   Position
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
// records where it started.
type posMap struct {
	src   string
	lines []int // byte offset of the first byte of each line in src
	segs  []segment
	cell  *cellSpan // a calendar post's caption cell; nil for documents
}

func newLineIndex(src string) []int {
	lines := []int{0}
	if len(src) >= 3 && src[:3] == bom {
		lines[0] = 3
	}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			lines = append(lines, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				continue
			}
			lines = append(lines, i+1)
		}
	}
	return lines
}

// srcPos turns a file byte offset into a line and column.
func srcPos(src string, lines []int, off int) Position {
	if off < 0 {
		off = 0
	}
	if off > len(src) {
		off = len(src)
	}
	line := sort.Search(len(lines), func(i int) bool { return lines[i] > off }) - 1
	if line < 0 {
		line = 0
	}
	start := lines[line]
	if off < start { // inside a BOM
		off = start
	}
	return Position{Line: line + 1, Column: utf8.RuneCountInString(src[start:off]) + 1}
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
	r := Range{Start: srcPos(m.src, m.lines, m.srcOffset(start))}
	if end <= start {
		r.End = r.Start
		return r
	}
	_, size := utf8.DecodeLastRuneInString(text[start:end])
	last := srcPos(m.src, m.lines, m.srcOffset(end-size))
	r.End = Position{Line: last.Line, Column: last.Column + 1}
	return r
}
