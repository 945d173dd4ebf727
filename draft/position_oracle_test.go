package draft

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// posByRunes is source.pos as it was before runeCount and posAfter:
// every lookup counts with utf8.RuneCountInString from the line start or
// the nearest mark. It is the oracle for the faster paths.
func posByRunes(s *source, off int) Position {
	off = max(0, min(off, len(s.text)))
	line := max(0, sort.SearchInts(s.lines, off+1)-1)
	start := s.lines[line]
	if off < start {
		off = start
	}
	from, col := s.countFrom(start, off)
	return Position{Line: line + 1, Column: col + utf8.RuneCountInString(s.text[from:off]) + 1}
}

// positionPieces build test files: line ends of every kind, runes of
// every width, invalid and cut UTF-8, and a BOM that is not at the start.
var positionPieces = []string{
	"a", "Halo warga ", "é", "🎉", "€", "\n", "\r\n", "\r", "\xff", "\xe2\x80", "\x80\x80",
	bom, "#InfoKTP ", "\t", "  ", "ASCII only line of text ",
}

func randomPositionText(r *rand.Rand) string {
	var b strings.Builder
	if r.IntN(4) == 0 {
		b.WriteString(bom)
	}
	for n := r.IntN(60); n > 0; n-- {
		b.WriteString(positionPieces[r.IntN(len(positionPieces))])
	}
	if r.IntN(32) == 0 { // a line longer than markStep
		b.WriteString(strings.Repeat("kata é ", 2*markStep/7))
		b.WriteString(positionPieces[r.IntN(len(positionPieces))])
	}
	return b.String()
}

// checkPosOracle compares pos and posAfter with the oracle at every
// offset of text and a little outside it, and posAfter from a sample of
// earlier offsets.
func checkPosOracle(t *testing.T, text string, r *rand.Rand) {
	t.Helper()
	s := newSource(text)
	for off := -2; off <= len(text)+2; off++ {
		want := posByRunes(s, off)
		got, at := s.locate(off)
		if got != want {
			t.Fatalf("%q: pos(%d) = %+v, want %+v", text, off, got, want)
		}
		for range 4 {
			next := off + r.IntN(40) - 4
			if got := s.posAfter(got, at, next); got != posByRunes(s, next) {
				t.Fatalf("%q: posAfter(%+v, %d, %d) = %+v, want %+v", text, want, at, next, got, posByRunes(s, next))
			}
		}
	}
}

func TestPosMatchesRuneCounting(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, text := range append([]string{"", bom, "\n", bom + "é", "\r\r\n"}, positionPieces...) {
		checkPosOracle(t, text, r)
	}
	for range 3000 {
		checkPosOracle(t, randomPositionText(r), r)
	}
}

func TestRuneCount(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 5000 {
		s := randomPositionText(r)
		for _, cut := range []string{s, s[:len(s)/2], s[len(s)/3:]} {
			if got, want := runeCount(cut), utf8.RuneCountInString(cut); got != want {
				t.Fatalf("runeCount(%q) = %d, want %d", cut, got, want)
			}
		}
	}
}

func FuzzPosition(f *testing.F) {
	for _, s := range positionPieces {
		f.Add(s + "x\né🎉\r\nabc")
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkPosOracle(t, text, rand.New(rand.NewPCG(uint64(len(text)), 9)))
	})
}

// BenchmarkPosition locates the start and end of a finding on every word
// of a draft, as the oracle did and as mapRange does.
func BenchmarkPosition(b *testing.B) {
	var text strings.Builder
	for i := range 40 {
		text.WriteString("Sebarkan ke semua grup sebelum dihapus, warga Sleman! #InfoKTP\n")
		if i%4 == 0 {
			text.WriteString("Harga Rp10.000 · diskon 🎉 untuk “semua” pembaca\n")
		}
	}
	s := newSource(text.String())
	var words []int
	for i := 1; i < len(s.text); i++ {
		if s.text[i-1] == ' ' || s.text[i-1] == '\n' {
			words = append(words, i)
		}
	}
	b.Run("runes", func(b *testing.B) {
		for b.Loop() {
			for _, at := range words {
				posByRunes(s, at)
				posByRunes(s, at+5)
			}
		}
	})
	b.Run("after", func(b *testing.B) {
		for b.Loop() {
			for _, at := range words {
				p, from := s.locate(at)
				s.posAfter(p, from, at+5)
			}
		}
	})
}

// newSourceByByte is newSource as it was before LF-only files skipped
// to each line end: the oracle for the index it builds.
func newSourceByByte(text string) *source {
	s := &source{text: text, lines: make([]int, 1, 1+strings.Count(text, "\n"))}
	if len(text) >= 3 && text[:3] == bom {
		s.lines[0] = 3
	}
	lineStart, last, col := s.lines[0], s.lines[0], 0
	next := lineStart + markStep
	for i := s.lines[0]; i < len(text); i++ {
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
	return s
}

func TestNewSourceMatchesByByte(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	texts := []string{"", "\n", bom, bom + "\n", strings.Repeat("a", markStep), strings.Repeat("a", markStep+1),
		strings.Repeat("a", markStep) + "\n" + strings.Repeat("é", markStep) + "\n"}
	for range 3000 {
		text := randomPositionText(r)
		texts = append(texts, text, strings.ReplaceAll(text, "\r", ""))
	}
	for _, text := range texts {
		checkSource(t, text)
	}
}

// checkSource compares the index newSource makes of text, and the one a
// document makes in its room for lines, with the oracle's.
func checkSource(t *testing.T, text string) {
	t.Helper()
	want := newSourceByByte(text)
	var d document
	d.src.init(text, d.lines[:0])
	for _, got := range []*source{newSource(text), &d.src} {
		if got.text != text || !slices.Equal(got.lines, want.lines) || !slices.Equal(got.marks, want.marks) {
			t.Fatalf("%q:\nlines %v marks %v\nwant  %v marks %v", text, got.lines, got.marks, want.lines, want.marks)
		}
	}
}

// TestDocumentLinesInPlace checks that a document's line index is in
// the document up to docLines lines and on the heap past that, lone CRs
// included, which grow the index beyond the count of LFs.
func TestDocumentLinesInPlace(t *testing.T) {
	for _, c := range []struct {
		name    string
		text    string
		inPlace bool
	}{
		{"empty", "", true},
		{"one line", "Halo.", true},
		{"BOM", bom + "Halo.\nDunia.", true},
		{"full", strings.Repeat("a\n", docLines-1), true},
		{"one too many", strings.Repeat("a\n", docLines), false},
		{"lone CRs", strings.Repeat("a\r", docLines), false},
		{"CR LF", strings.Repeat("a\r\n", docLines-1), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkSource(t, c.text)
			var d document
			d.src.init(c.text, d.lines[:0])
			if got := &d.src.lines[0] == &d.lines[0]; got != c.inPlace {
				t.Errorf("index in place: %v, want %v", got, c.inPlace)
			}
		})
	}
}

// TestParseDocumentAllocations checks that a short draft costs the copy
// of its text and one document, and a draft with front matter only what
// reading the front matter adds.
func TestParseDocumentAllocations(t *testing.T) {
	plain := []byte("Cetak KTP-el kini bisa hari Sabtu.\n\nDatang ke kantor kecamatan.\n")
	if n := testing.AllocsPerRun(20, func() { Parse("a.md", FormatMarkdown, plain, Options{}) }); n != 2 {
		t.Errorf("a plain draft: %v allocations, want 2 (its text and the document)", n)
	}
}

func FuzzNewSource(f *testing.F) {
	for _, s := range positionPieces {
		f.Add(s + "x\né🎉\nabc")
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkSource(t, text)
	})
}

// BenchmarkNewSource indexes a draft of short LF lines with the oracle
// and with newSource.
func BenchmarkNewSource(b *testing.B) {
	text := "---\nplatform: [facebook, x]\n---\n" +
		strings.Repeat("Sebarkan ke semua grup sebelum dihapus, warga Sleman! 🎉 #InfoKTP\n\n", 20)
	for _, index := range []struct {
		name string
		f    func(string) *source
	}{{"byByte", newSourceByByte}, {"lines", newSource}} {
		b.Run(index.name, func(b *testing.B) {
			for b.Loop() {
				index.f(text)
			}
		})
	}
}
