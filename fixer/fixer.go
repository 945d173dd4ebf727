// Package fixer applies fixes to files: byte edits chosen like ESLint's
// (earliest first, overlapping ones left for the next pass), with the
// file's line ends kept, and written atomically.
package fixer

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"
)

// Edit replaces the bytes [Start, End) of a file with Text.
type Edit struct {
	Start, End int
	Text       string
}

// LineEnd returns the file's line end: the first one it holds ("\r\n",
// "\r" or "\n"), "\n" when it has none.
func LineEnd[T string | []byte](src T) string {
	for i := 0; i < len(src); i++ {
		switch {
		case src[i] == '\n':
			return "\n"
		case src[i] != '\r':
		case i+1 < len(src) && src[i+1] == '\n':
			return "\r\n"
		default:
			return "\r"
		}
	}
	return "\n"
}

// WithLineEnds turns every line end of s ("\r\n", "\r", "\n") into eol.
func WithLineEnds(s, eol string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if eol != "\n" {
		s = strings.ReplaceAll(s, "\n", eol)
	}
	return s
}

// Apply applies the edits that fit and returns the new content and how
// many edits it applied. Edits are taken earliest first (then shortest,
// then by text); an exact duplicate of an applied edit is dropped, and an
// edit that overlaps or touches the one before it is skipped, as ESLint
// does, so that a later pass can redo it on the new text. Edits that do
// not fit the file are skipped too: outside it, backwards, inside a UTF-8
// sequence, between the CR and LF of a line end, or with invalid UTF-8 in
// their text. Line ends in an edit's text become the file's (LineEnd), so
// a CRLF file stays CRLF. src is never modified.
func Apply(src []byte, edits []Edit) ([]byte, int) {
	if len(edits) == 0 {
		return src, 0
	}
	sorted := append([]Edit(nil), edits...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.Text < b.Text
	})
	eol := LineEnd(src)
	var out bytes.Buffer
	out.Grow(len(src))
	last := -1 // end of the last applied edit
	var prev *Edit
	applied := 0
	for i := range sorted {
		e := &sorted[i]
		if prev != nil && *e == *prev {
			continue
		}
		if !fits(src, *e) || e.Start <= last {
			continue
		}
		text := WithLineEnds(e.Text, eol)
		if e.Start == e.End && text == "" || string(src[e.Start:e.End]) == text {
			continue // changes nothing
		}
		out.Write(src[max(last, 0):e.Start])
		out.WriteString(text)
		last = e.End
		prev = e
		applied++
	}
	if applied == 0 {
		return src, 0
	}
	out.Write(src[last:])
	return out.Bytes(), applied
}

// fits reports whether an edit can be applied to src without breaking a
// character or a line end.
func fits(src []byte, e Edit) bool {
	if e.Start < 0 || e.End < e.Start || e.End > len(src) || !utf8.ValidString(e.Text) {
		return false
	}
	for _, at := range []int{e.Start, e.End} {
		if at < len(src) && !utf8.RuneStart(src[at]) {
			return false
		}
		if at > 0 && at < len(src) && src[at-1] == '\r' && src[at] == '\n' {
			return false
		}
	}
	return true
}
