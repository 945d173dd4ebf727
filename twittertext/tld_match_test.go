package twittertext

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestTLDASCIIChars holds what matchTLD assumes to cut its key short:
// every ASCII byte of a TLD key is a tldASCIIChar.
func TestTLDASCIIChars(t *testing.T) {
	for _, key := range tldKeys {
		for i := 0; i < len(key); i++ {
			if c := key[i]; c < utf8.RuneSelf && !tldASCIIChar(c) {
				t.Errorf("TLD %q holds %q", key, c)
			}
		}
	}
}

// fullMatchTLD is matchTLD without its shortcuts: the key takes every
// character up to the longest TLD.
func fullMatchTLD(s string, y, end int) (int, bool) {
	t := tldTable()
	var key [tldMaxKeyBytes]byte
	var keyEnd, srcEnd [tldMaxKeyBytes + 1]int
	n, k, j := 0, 0, y
	for n < t.maxRunes && j < end {
		r, size := utf8.DecodeRuneInString(s[j:end])
		kr := tldKey(r)
		if k+utf8.RuneLen(kr) > len(key) {
			break
		}
		k += utf8.EncodeRune(key[k:], kr)
		j += size
		n++
		keyEnd[n], srcEnd[n] = k, j
	}
	for _, kind := range [...]uint8{kindGeneric, kindCountry} {
		for l := n; l >= 1; l-- {
			if !tldBoundary(s, srcEnd[l], end) {
				continue
			}
			if t.kind(key[:keyEnd[l]])&kind != 0 {
				return srcEnd[l], true
			}
		}
	}
	return matchPunycodeTLD(s, y, end)
}

// TestMatchTLDIsTheFullMatch compares matchTLD with fullMatchTLD on every
// ASCII character before and inside TLDs, and on random text made of
// TLDs, their pieces and separators.
func TestMatchTLDIsTheFullMatch(t *testing.T) {
	check := func(s string) {
		t.Helper()
		for y := 0; y <= len(s); y++ {
			for _, end := range []int{len(s), max(y, len(s)-1)} {
				gotEnd, gotOK := matchTLD(s, y, end)
				wantEnd, wantOK := fullMatchTLD(s, y, end)
				if gotEnd != wantEnd || gotOK != wantOK {
					t.Fatalf("matchTLD(%q, %d, %d) = %d, %v; want %d, %v", s, y, end, gotEnd, gotOK, wantEnd, wantOK)
				}
			}
		}
	}
	for c := 0; c < utf8.RuneSelf; c++ {
		for _, tld := range []string{"com", "id", "co", "xn--p1ai", "한국", "COM"} {
			check(string(rune(c)) + tld)
			check(tld + string(rune(c)))
			check(tld[:1] + string(rune(c)) + tld[1:])
		}
	}
	pieces := []string{".", " ", "-", "_", "@", "+", "/", "1", "x", "n", "xn--", "é", "K", "\u212a", "ſ", "\xff", "!"}
	for i, key := range tldKeys {
		if i%7 == 0 {
			pieces = append(pieces, key, strings.ToUpper(key))
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
}
