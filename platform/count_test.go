package platform

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/postlint/postlint/twittertext"
	"github.com/rivo/uniseg"
)

// TestGraphemeCountMatchesUniseg checks the ASCII shortcut against the
// full segmentation, CR LF and lone controls included.
func TestGraphemeCountMatchesUniseg(t *testing.T) {
	for _, s := range []string{
		"", "a", "Halo warga!", "baris\r\nkedua", "\r\n\r\n", "\r\r\n\n", "\r", "\n\r", "tab\tand\x00nul\x7f",
		"Daftar di https://example.go.id #KTPGratis", "kafé", "👍🏽 ok", "a\u0301", "e\r\n\u0301",
	} {
		if got, want := GraphemeCount(s), uniseg.GraphemeClusterCount(s); got != want {
			t.Errorf("GraphemeCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestASCIIShortcutsMatchSegmentation checks the ASCII shortcuts of
// Count and Visible against the grapheme segmentation they stand for.
func TestASCIIShortcutsMatchSegmentation(t *testing.T) {
	for _, s := range []string{"", "a", "Halo #warga 123*", "baris\r\nkedua\r", "\r\n\r\n", "\n\r\n", "x\r"} {
		if got, want := charactersEmojiBytes(s), uniseg.GraphemeClusterCount(s); got != want {
			t.Errorf("charactersEmojiBytes(%q) = %d, want %d", s, got, want)
		}
		for fold := 1; fold <= len(s)+1; fold++ {
			want, wantCut := s, false
			state, rest, n, pos := -1, s, 0, 0
			for len(rest) > 0 {
				var cluster string
				cluster, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
				if n == fold {
					want, wantCut = s[:pos], true
					break
				}
				pos += len(cluster)
				n++
			}
			if got, cut := Visible(s, fold); got != want || cut != wantCut {
				t.Errorf("Visible(%q, %d) = %q, %v; want %q, %v", s, fold, got, cut, want, wantCut)
			}
		}
	}
}

// graphemeRunes are the characters the grapheme scanner must segment as
// the Unicode rules do, mixed with ASCII: controls, CR and LF, combining
// and spacing marks, ZWJ, emoji with modifiers, regional indicators,
// Hangul jamo, prepended concatenation marks, and broken UTF-8.
var graphemeRunes = []string{
	"a", "Z", " ", ".", "#", "1", "\r", "\n", "\t", "\x00", "\x7f",
	"\u0301", "\u0308", "\u0903", "\u200d", "\ufe0f", "\u0600", "\u0d4e",
	"é", "–", "…", "👍", "🏽", "❤", "👨", "👩", "👧", "🇮", "🇩", "🇺",
	"\u1100", "\u1161", "\u11a8", "가", "각", "\u00ad", "\u2028", "\x80", "\xe2\x82", "\xff",
}

// uniseg walks s the way the scanner is meant to: every cluster by the
// segmentation, at most limit of them.
func unisegScan(s string, limit int) (n, pos int) {
	state := -1
	for pos < len(s) && n != limit {
		var cluster string
		cluster, _, _, state = uniseg.FirstGraphemeClusterInString(s[pos:], state)
		pos += len(cluster)
		n++
	}
	return n, pos
}

func checkGraphemeScan(t *testing.T, s string) {
	t.Helper()
	if got, want := GraphemeCount(s), uniseg.GraphemeClusterCount(s); got != want {
		t.Fatalf("GraphemeCount(%q) = %d, want %d", s, got, want)
	}
	if got, want := charactersEmojiBytes(s), unisegEmojiBytes(s, -1); got != want {
		t.Fatalf("charactersEmojiBytes(%q) = %d, want %d", s, got, want)
	}
	for limit := 0; limit <= len(s)+1; limit++ {
		gn, gp := graphemeScan(s, limit)
		wn, wp := unisegScan(s, limit)
		if gn != wn || gp != wp {
			t.Fatalf("graphemeScan(%q, %d) = %d, %d; want %d, %d", s, limit, gn, gp, wn, wp)
		}
		for _, unit := range []Unit{Characters, CharactersEmojiBytes} {
			want := unisegOverflow(s, unit, limit)
			if got := Overflow(s, unit, limit); got != want {
				t.Fatalf("Overflow(%q, %s, %d) = %d, want %d", s, unit, limit, got, want)
			}
		}
	}
}

// unisegEmojiBytes is CharactersEmojiBytes by the segmentation alone: the
// clusters' widths summed, or, with limit >= 0, the start of the first
// cluster past the limit (len(s) when all fit).
func unisegEmojiBytes(s string, limit int) int {
	emoji := twittertext.FindEmoji(s)
	n, e := 0, 0
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		start, end := g.Positions()
		for e < len(emoji) && emoji[e].End <= start {
			e++
		}
		if e < len(emoji) && emoji[e].Start <= start && start < emoji[e].End {
			n += end - start
		} else {
			n++
		}
		if limit >= 0 && n > limit {
			return start
		}
	}
	if limit >= 0 {
		return len(s)
	}
	return n
}

// unisegOverflow is Overflow for the grapheme units by the segmentation
// alone.
func unisegOverflow(s string, unit Unit, limit int) int {
	if unit == CharactersEmojiBytes {
		return unisegEmojiBytes(s, limit)
	}
	n := 0
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		start, _ := g.Positions()
		if n++; n > limit {
			return start
		}
	}
	return len(s)
}

// TestGraphemeScanMatchesUniseg compares the scanner, which counts ASCII
// by byte, with the segmentation on every string of up to three of the
// characters above and on random longer ones.
func TestGraphemeScanMatchesUniseg(t *testing.T) {
	for _, a := range graphemeRunes {
		for _, b := range graphemeRunes {
			for _, c := range graphemeRunes {
				checkGraphemeScan(t, a+b+c)
			}
		}
	}
	r := rand.New(rand.NewPCG(7, 11))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(24) {
			b.WriteString(graphemeRunes[r.IntN(len(graphemeRunes))])
		}
		checkGraphemeScan(t, b.String())
	}
}

// TestGraphemeScanASCIIWords puts a CR LF, a lone CR, a combining mark
// and an emoji at every place of an ASCII text longer than the eight
// bytes the scanner tests at once, and two of them at every pair of
// places.
func TestGraphemeScanASCIIWords(t *testing.T) {
	const text = "Halo warga, pelayanan KTP"
	inserts := []string{"\r\n", "\r", "\u0301", "👍🏽", "\xff"}
	for i := range len(text) + 1 {
		for _, x := range inserts {
			s := text[:i] + x + text[i:]
			checkGraphemeScan(t, s)
			for j := i; j <= len(s); j++ {
				for _, y := range inserts {
					checkGraphemeScan(t, s[:j]+y+s[j:])
				}
			}
		}
	}
}

func FuzzGraphemeScan(f *testing.F) {
	for _, s := range []string{"Halo 👍🏽 warga\r\n", "e\u0301\r\n\u0600a", "🇮🇩🇮a\u200d👍", "\xffa\xe2\x82b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 512 {
			return
		}
		checkGraphemeScan(t, s)
	})
}

// TestMaxCountBoundsCount checks that MaxCount never falls below Count,
// on strings of the characters above, invalid bytes and emoji included:
// a rule that skips counting when the bound is within a limit then misses
// nothing.
func TestMaxCountBoundsCount(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	texts := []string{"", "\xff\xfe", "\xed\xa0\x80", "👨‍👩‍👧", "🇮🇩", "a\u0301"}
	for range 5000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(graphemeRunes[r.IntN(len(graphemeRunes))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		for _, unit := range append(Units(), "unknown") {
			bound, ok := MaxCount(s, unit)
			if unit == Weighted {
				if ok {
					t.Fatalf("MaxCount(%q, %s) claims a bound", s, unit)
				}
				continue
			}
			if n := Count(s, unit); !ok || n > bound {
				t.Fatalf("MaxCount(%q, %s) = %d, %v; Count = %d", s, unit, bound, ok, n)
			}
		}
	}
}

// TestGraphemesAtMostSameAsCount checks GraphemesAtMost against
// GraphemeCount, and GraphemeOffset's byte shortcut against a scan, at
// every n around the count and the byte length.
func TestGraphemesAtMostSameAsCount(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 9))
	texts := []string{"", "a", "\r\n", "\xff\xfe", "👨‍👩‍👧", "🇮🇩🇮🇩", "a\u0301"}
	for range 3000 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(graphemeRunes[r.IntN(len(graphemeRunes))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		count := GraphemeCount(s)
		for n := -1; n <= len(s)+1; n++ {
			if got := GraphemesAtMost(s, n); got != (count <= n) {
				t.Fatalf("GraphemesAtMost(%q, %d) = %v; GraphemeCount = %d", s, n, got, count)
			}
			if n > 0 {
				if _, end := graphemeScan(s, n); GraphemeOffset(s, n) != end {
					t.Fatalf("GraphemeOffset(%q, %d) = %d, a scan ends at %d", s, n, GraphemeOffset(s, n), end)
				}
			}
		}
	}
}

// TestCountOverflowSameAsApart checks CountOverflow against Count and
// Overflow called apart, on every unit and limits around the count.
func TestCountOverflowSameAsApart(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 8))
	words := append([]string{"https://example.go.id/a", "x.com", " #tag ", "@user", "\uFB2C", "\uFFFE"}, graphemeRunes...)
	for range 3000 {
		var b strings.Builder
		for range r.IntN(60) {
			b.WriteString(words[r.IntN(len(words))])
		}
		s := b.String()
		for _, unit := range append(Units(), "unknown") {
			n := Count(s, unit)
			for _, limit := range []int{0, 1, n / 2, n - 1, n, n + 1, 280} {
				wantCut := len(s)
				if n > limit {
					wantCut = Overflow(s, unit, limit)
				}
				if gotN, gotCut := CountOverflow(s, unit, limit); gotN != n || gotCut != wantCut {
					t.Fatalf("CountOverflow(%q, %s, %d) = %d, %d; want %d, %d", s, unit, limit, gotN, gotCut, n, wantCut)
				}
			}
		}
	}
}
