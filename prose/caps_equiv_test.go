package prose

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/corpus"
)

// isUpperWordByRune and letterCountsByRune are IsUpperWord and
// LetterCounts as they were written before their inline ASCII paths:
// every rune decoded alike. They are the oracles of the tests below.
func isUpperWordByRune(w string) bool {
	letters := 0
	for i := 0; i < len(w); {
		r, n := decode(w, i)
		i += n
		if r < utf8.RuneSelf {
			switch {
			case r >= 'A' && r <= 'Z':
				letters++
			case r >= 'a' && r <= 'z':
				return false
			}
			continue
		}
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

func letterCountsByRune(text string) (letters, upper int) {
	for i := 0; i < len(text); {
		r, n := decode(text, i)
		i += n
		if r < utf8.RuneSelf {
			switch {
			case r >= 'A' && r <= 'Z':
				letters++
				upper++
			case r >= 'a' && r <= 'z':
				letters++
			}
			continue
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters, upper
}

// capsPieces sit at the edges of the ASCII letter ranges and beyond:
// the bytes around 'A'–'Z' and 'a'–'z', letters outside ASCII in both
// cases and title case, marks, digits, emoji and bytes that are not UTF-8.
var capsPieces = []string{"@", "A", "Z", "[", "`", "a", "z", "{", "BPJS", "Rp", "COVID-19", "DON'T", "0", "9", " ", "-",
	"É", "é", "Σ", "ß", "ǅ", "Ⅻ", "ⅻ", "\u0301", "😀", "\x7f", "\x80", "\xff", "\xc3", "\xe2\x80"}

func checkCaps(t *testing.T, text string) {
	t.Helper()
	if got, want := IsUpperWord(text), isUpperWordByRune(text); got != want {
		t.Fatalf("IsUpperWord(%q) = %v, want %v", text, got, want)
	}
	l, u := LetterCounts(text)
	if wl, wu := letterCountsByRune(text); l != wl || u != wu {
		t.Fatalf("LetterCounts(%q) = %d, %d, want %d, %d", text, l, u, wl, wu)
	}
	if got, want := mostlyCapitals(text), l >= 8 && u*10 >= l*6; got != want {
		t.Fatalf("mostlyCapitals(%q) = %v, want %v", text, got, want)
	}
}

// TestMostlyCapitalsOnLongTexts checks mostlyCapitals, which stops
// early, on texts long enough to stop in, near its threshold: drafts
// with a share of their words in capitals, and long runs of capsPieces.
func TestMostlyCapitalsOnLongTexts(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for i := range 300 {
		_, content := corpus.Post(r, i)
		share := r.Float64()
		var b strings.Builder
		for _, f := range strings.Fields(content) {
			if r.Float64() < share {
				f = strings.ToUpper(f)
			}
			b.WriteString(f)
			b.WriteByte(' ')
		}
		checkCaps(t, b.String())
		// Lower case up to a point and capitals after, which the end
		// of the text decides.
		cut := r.IntN(len(content) + 1)
		checkCaps(t, strings.ToLower(content[:cut])+strings.ToUpper(content[cut:]))
	}
	// Lower case then capitals, in every proportion around the threshold.
	for lower := 0; lower <= 400; lower += 7 {
		for upper := 0; upper <= 600; upper += 11 {
			checkCaps(t, strings.Repeat("kata ", lower/5)+strings.Repeat("KATA ", upper/5))
		}
	}
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(300) {
			b.WriteString(capsPieces[r.IntN(len(capsPieces))])
		}
		checkCaps(t, b.String())
	}
}

func TestCapsSameAsByRune(t *testing.T) {
	for c := range 256 {
		checkCaps(t, string([]byte{byte(c)}))
		checkCaps(t, "AB"+string([]byte{byte(c)}))
	}
	r := rand.New(rand.NewPCG(9, 10))
	for i := range 300 {
		_, content := corpus.Post(r, i)
		checkCaps(t, content)
		for _, w := range Words(content) {
			checkCaps(t, content[w.Start:w.End])
		}
	}
	for range 100000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(capsPieces[r.IntN(len(capsPieces))])
		}
		checkCaps(t, b.String())
	}
}

func FuzzCapsSameAsByRune(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, p := range capsPieces {
		f.Add("AB" + p)
	}
	f.Fuzz(checkCaps)
}

// TestASCIICasesCountsEachByte checks asciiCases against LetterCounts on
// eight ASCII bytes: every byte in every place among letters and others.
func TestASCIICasesCountsEachByte(t *testing.T) {
	check := func(b []byte) {
		t.Helper()
		u, l := asciiCases(load64(string(b)))
		letters, upper := LetterCounts(string(b))
		if u != upper || u+l != letters {
			t.Fatalf("asciiCases(%q) = %d, %d, want %d, %d", b, u, l, upper, letters-upper)
		}
	}
	for _, fill := range []string{"aaaaaaaa", "ZZZZZZZZ", "@[`{@[`{", "\x7f 09AZaz"} {
		for p := range 8 {
			for c := range utf8.RuneSelf {
				b := []byte(fill)
				b[p] = byte(c)
				check(b)
			}
		}
	}
}
