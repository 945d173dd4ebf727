package prose

import (
	"math/rand/v2"
	"testing"
)

// countIDByCalls is countID as it was written before vowelID was spelt
// out in its loops, with the five vowels compared one by one: the oracle
// of the tests below.
func countIDByCalls(p []byte) int {
	vowel := func(i int) bool {
		c := p[i]
		aeiou := func(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }
		if aeiou(c) {
			return true
		}
		if c != 'y' || i == 0 || aeiou(p[i-1]) || p[i-1] == 'y' {
			return false
		}
		return i+1 == len(p) || !aeiou(p[i+1]) && p[i+1] != 'y'
	}
	n := 0
	for i := 0; i < len(p); {
		if !vowel(i) {
			i++
			continue
		}
		j := i
		for j < len(p) && vowel(j) {
			j++
		}
		for k := i; k < j; {
			n++
			if k+1 < j && isDiphthong(p[k], p[k+1]) && (k+2 < j || diphthongCloses(p, j)) {
				k += 2
			} else {
				k++
			}
		}
		i = j
	}
	return n
}

func TestIsAEIOUEveryByte(t *testing.T) {
	for c := range 256 {
		b := byte(c)
		want := b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u'
		if isAEIOU(b) != want {
			t.Errorf("isAEIOU(%q) = %v, want %v", b, !want, want)
		}
	}
}

// countIDLetters are the letters countID tells apart: the vowels, y, the
// letters of the digraphs and one other consonant.
const countIDLetters = "aeiouynghksb"

func TestCountIDSameAsByCalls(t *testing.T) {
	// Every part of up to six of those letters, then longer random ones.
	var walk func(p []byte)
	walk = func(p []byte) {
		if got, want := countID(p), countIDByCalls(p); got != want {
			t.Fatalf("countID(%q) = %d, want %d", p, got, want)
		}
		if len(p) == 6 {
			return
		}
		for i := range len(countIDLetters) {
			walk(append(p, countIDLetters[i]))
		}
	}
	walk(make([]byte, 0, 6))
	r := rand.New(rand.NewPCG(7, 8))
	p := make([]byte, 0, 24)
	for range 100000 {
		p = p[:0]
		for range 7 + r.IntN(17) {
			p = append(p, countIDLetters[r.IntN(len(countIDLetters))])
		}
		if got, want := countID(p), countIDByCalls(p); got != want {
			t.Fatalf("countID(%q) = %d, want %d", p, got, want)
		}
	}
}
