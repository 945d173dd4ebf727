package rules

import (
	"math/rand/v2"
	"testing"
)

// hasRepeat is the test foldPost made with isASCII before isPlainNormal
// did both in one pass: the oracle of TestIsPlainNormalSameAsReference.
func hasRepeat(f []byte) bool {
	for i := 1; i < len(f); i++ {
		if c := f[i]; c == f[i-1] && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return true
		}
	}
	return false
}

func TestIsPlainNormalSameAsReference(t *testing.T) {
	alphabet := []string{"a", "A", "b", "z", "Z", "1", "11", "-", "é", "\xff", "aa", "AA", "aA", "’"}
	check := func(f []byte) {
		t.Helper()
		for _, word := range []bool{false, true} {
			want := (!word || !hasRepeat(f)) && isASCII(f)
			if got := isPlainNormal(f, word); got != want {
				t.Fatalf("isPlainNormal(%q, %v) = %v, want %v", f, word, got, want)
			}
		}
	}
	for _, s := range []string{"", "a", "aa", "halo", "mantappp", "kelas", "11", "café", "Zz", "ZZ"} {
		check([]byte(s))
	}
	for a := range 256 {
		for b := range 256 {
			check([]byte{byte(a), byte(b)})
		}
	}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var f []byte
		for range rng.IntN(6) {
			f = append(f, alphabet[rng.IntN(len(alphabet))]...)
		}
		check(f)
	}
}
