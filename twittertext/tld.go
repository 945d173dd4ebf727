package twittertext

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/postlint/postlint/internal/strindex"
)

const (
	kindGeneric = 1 << iota
	kindCountry
)

//go:generate go test -run ^TestGeneratedTLDTable$ -args -write-tables

// tldSet is the TLD list of twitter-text's conformance/tld_lib.yml (the
// country-code and generic top-level domains a bare domain may end in),
// keyed by tldKey of each TLD.
type tldSet struct {
	keys     strindex.Index
	kinds    []uint8 // kindGeneric and kindCountry, by position in keys
	maxRunes int     // of the longest TLD
}

// tldMaxKeyBytes bounds the key buffer; the generator checks it.
const tldMaxKeyBytes = 64

// tldTable returns the TLD list as go generate indexed it (tld_table.go),
// read in place: a start on one draft built a map of the 1,574 TLDs.
func tldTable() tldSet {
	return tldSet{keys: strindex.FromSlots(tldKeys, tldSlots), kinds: tldKinds, maxRunes: tldMaxRunes}
}

// kind returns the kinds of the TLD whose key is key, 0 if none.
func (t *tldSet) kind(key []byte) uint8 {
	// Find keeps nothing of the string: it may share key's bytes, where
	// string(key) copied a key longer than 32 bytes to the heap.
	if i := t.keys.Find(unsafe.String(unsafe.SliceData(key), len(key))); i >= 0 {
		return t.kinds[i]
	}
	return 0
}

// tldKey folds case the way the reference's case-insensitive JavaScript
// regular expressions do: ASCII letters compare without case; other BMP
// characters compare by their upper case, unless that is ASCII (so the
// Kelvin sign never matches "k"); astral characters compare exactly.
func tldKey(r rune) rune {
	if r < 128 {
		if r >= 'A' && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	}
	if r > 0xFFFF {
		return r
	}
	if u := unicode.ToUpper(r); u >= 128 {
		return u
	}
	return r
}

// tldBoundary is the lookahead after a TLD: the next character must not
// continue a host name (letters, digits, '@', '+', '-').
func tldBoundary(s string, i, end int) bool {
	if i >= end {
		return true
	}
	c := s[i]
	return c >= 128 || (!isASCIIAlnum(rune(c)) && c != '@' && c != '+' && c != '-')
}

// matchTLD matches validGTLD|validCCTLD|validPunycode at s[y:], treating
// end as the end of the text. Generic TLDs are tried before country codes
// and longer TLDs before shorter ones, which is the order of the
// alternations in the reference.
//
// Most calls come from a word before a full stop ("ends. Next"), where
// the first character after the dot cannot start a TLD: those return at
// once. The key stops at the first ASCII character that no TLD holds
// (tldASCIIChar), since no longer key can match.
func matchTLD(s string, y, end int) (int, bool) {
	if y < end {
		if c := s[y]; c < utf8.RuneSelf && !isASCIILetter(rune(c)) {
			return 0, false // no TLD, nor "xn--", starts so (TestTLDsStartWithALetter)
		}
	}
	t := tldTable()
	var key [tldMaxKeyBytes]byte
	var keyEnd, srcEnd [tldMaxKeyBytes + 1]int
	n, k, j := 0, 0, y
	for n < t.maxRunes && j < end {
		if c := s[j]; c < utf8.RuneSelf && !tldASCIIChar(c) {
			break
		}
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

// tldASCIIChar reports an ASCII character that a TLD key may hold
// (TestTLDASCIIChars): a letter, a digit or '-'.
func tldASCIIChar(c byte) bool {
	return isASCIIAlnum(rune(c)) || c == '-'
}

// matchPunycodeTLD matches "xn--" followed by letters, digits and hyphens.
func matchPunycodeTLD(s string, y, end int) (int, bool) {
	if end-y < 5 || s[y]|0x20 != 'x' || s[y+1]|0x20 != 'n' || s[y+2] != '-' || s[y+3] != '-' {
		return 0, false
	}
	j := y + 4
	for j < end && (isASCIIAlnum(rune(s[j])) || s[j] == '-') {
		j++
	}
	if j == y+4 {
		return 0, false
	}
	return j, true
}
