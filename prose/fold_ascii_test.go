package prose

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// appendFoldReference is AppendFold as it was before its ASCII prefix was
// copied whole: the oracle of TestAppendFoldSameAsReference and
// FuzzAppendFold.
func appendFoldReference(dst []byte, s string) []byte {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
		i++
	}
	if i == len(s) {
		return dst
	}
	if i > 0 {
		i--
		dst = dst[:len(dst)-1]
	}
	s = s[i:]
	if norm.NFC.QuickSpanString(s) < len(s) {
		s = norm.NFC.String(s)
	}
	for i := 0; i < len(s); {
		r, w := decode(s, i)
		if r == utf8.RuneError && w == 1 {
			dst = append(dst, s[i])
			i++
			continue
		}
		i += w
		if r = foldRune(r); r >= 0 {
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

func checkAppendFold(t *testing.T, prefix, s string) {
	t.Helper()
	want := string(appendFoldReference([]byte(prefix), s))
	// A buffer with room and one without: the copy must not leave
	// stray bytes in either.
	roomy := append(make([]byte, 0, len(prefix)+2*len(s)+8), prefix...)
	for _, dst := range [][]byte{[]byte(prefix), roomy} {
		if got := string(AppendFold(dst, s)); got != want {
			t.Fatalf("AppendFold(%q, %q) = %q, want %q", prefix, s, got, want)
		}
	}
}

// foldPieces are the fragments of the random texts AppendFold is checked on.
var foldPieces = []string{
	"a", "Z", "Jakarta", "HOAKS", "1", " ", "'", "-", "e\u0301", "\u0301", "É", "ß", "ſ", "K", "\u212A", "’", "“",
	"—", "\u00AD", "\u200B", "\xff", "\xe2\x80", "日本", "İ", "Σ", "😀", "ǅ",
}

func TestAppendFoldSameAsReference(t *testing.T) {
	for _, s := range []string{"", "a", "ABC", "abc’", "Cafe\u0301", "e\u0301", "\u0301", "\xffA", "A\xff", "ÉCOLE", "x:Ab"} {
		checkAppendFold(t, "", s)
		checkAppendFold(t, "x:", s)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(foldPieces[rng.IntN(len(foldPieces))])
		}
		checkAppendFold(t, "pre", b.String())
	}
}

func FuzzAppendFold(f *testing.F) {
	for _, s := range []string{"", "Jakarta", "CAFE\u0301", "Straße ſ \u212A", "\xffA’“—"} {
		f.Add("x", s)
	}
	f.Fuzz(func(t *testing.T, prefix, s string) {
		checkAppendFold(t, prefix, s)
	})
}
