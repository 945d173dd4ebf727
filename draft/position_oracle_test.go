package draft

import (
	"math/rand/v2"
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
