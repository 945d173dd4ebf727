package draft

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/postlint/postlint/fixer"
)

// cellSpan is where a calendar post's caption cell stands in the file,
// quotes included.
type cellSpan struct {
	start, end int
	quoted     bool
	sep        byte // the calendar's cell separator
}

// FileEdit maps a fix of the post's text (replace Text[start:end] with
// text) to the file: the bytes of the original file to replace, the same
// span as lines and columns, and the replacement as it must be written
// there. ok is false, and the fix must be dropped, when the span is not
// one contiguous piece of the file: when it crosses a removed comment or
// directive, front matter, a CRLF folded to LF, a lone CR, or the end of a
// calendar cell. The replacement takes the file's line ends; in a quoted
// calendar cell its quotes are doubled, and in an unquoted cell a
// replacement holding a quote, the calendar's separator or a line end is
// dropped, since it would change the row.
func (p *Post) FileEdit(start, end int, text string) (fixer.Edit, Range, bool) {
	m := &p.pos
	if m.src == nil || start < 0 || end <= start || end > len(p.Text) || !utf8.ValidString(text) ||
		!utf8.RuneStart(p.Text[start]) || end < len(p.Text) && !utf8.RuneStart(p.Text[end]) {
		return fixer.Edit{}, Range{}, false
	}
	quoted := m.cell != nil && m.cell.quoted
	if !m.contiguous(start, end, quoted) {
		return fixer.Edit{}, Range{}, false
	}
	piece := p.Text[start:end]
	want := piece
	if quoted {
		want = strings.ReplaceAll(piece, `"`, `""`)
	}
	fs := m.srcOffset(start)
	fe := fs + len(want)
	if fs < 0 || fe > len(m.src.text) || m.src.text[fs:fe] != want {
		return fixer.Edit{}, Range{}, false
	}
	if piece[0] == '\n' && fs > 0 && m.src.text[fs-1] == '\r' {
		return fixer.Edit{}, Range{}, false // the LF of a CRLF
	}
	if c := m.cell; c != nil {
		lo, hi := c.start, c.end
		if c.quoted {
			lo, hi = lo+1, hi-1
		}
		if fs < lo || fe > hi {
			return fixer.Edit{}, Range{}, false
		}
	}
	text = fixer.WithLineEnds(text, fixer.LineEnd(m.src.text))
	switch {
	case quoted:
		text = strings.ReplaceAll(text, `"`, `""`)
	case m.cell != nil && strings.ContainsAny(text, "\"\r\n"+string(rune(m.cell.sep))):
		return fixer.Edit{}, Range{}, false
	}
	first, at := m.src.locate(fs)
	r := Range{Start: first, End: m.src.posAfter(first, at, fe)}
	return fixer.Edit{Start: fs, End: fe, Text: text}, r, true
}

// contiguous reports whether text[start:end] was copied from the file in
// one piece: no gap between the segments it spans, except, in a quoted
// calendar cell, the second quote of each doubled quote.
func (m *posMap) contiguous(start, end int, quoted bool) bool {
	i := sort.Search(len(m.segs), func(i int) bool { return m.segs[i].Text > start }) - 1
	if i < 0 {
		i = 0
	}
	for ; i+1 < len(m.segs) && m.segs[i+1].Text < end; i++ {
		s, next := m.segs[i], m.segs[i+1]
		at := s.Src + next.Text - s.Text // where the next piece would continue
		switch gap := next.Src - at; {
		case gap == 0:
		case quoted && gap == 1 && at < len(m.src.text) && m.src.text[at] == '"':
		default:
			return false
		}
	}
	return true
}
