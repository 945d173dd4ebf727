package twittertext

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// tldLibYAML is twitter-text's conformance/tld_lib.yml: the country-code
// and generic top-level domains a bare domain may end in.
//
//go:embed tld_lib.yml
var tldLibYAML string

const (
	kindGeneric = 1 << iota
	kindCountry
)

// tldSet is the parsed TLD list, keyed by tldKey of each TLD.
type tldSet struct {
	kinds    map[string]uint8
	maxRunes int
}

// tldMaxKeyBytes bounds the key buffer; it is checked when loading.
const tldMaxKeyBytes = 64

// tldTable parses the embedded list on first use; the result is never
// modified afterwards.
var tldTable = sync.OnceValue(newTLDSet)

func newTLDSet() *tldSet {
	t := &tldSet{kinds: make(map[string]uint8, strings.Count(tldLibYAML, "\n- "))}
	scanTLDList(tldLibYAML, func(kind uint8, tld string) {
		key := tld // most TLDs are lower-case ASCII, their own key
		for i := 0; i < len(tld); i++ {
			if c := tld[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
				var buf [tldMaxKeyBytes]byte
				k := 0
				for _, r := range tld {
					k += utf8.EncodeRune(buf[k:], tldKey(r))
				}
				key = string(buf[:k])
				break
			}
		}
		t.kinds[key] |= kind
		t.maxRunes = max(t.maxRunes, utf8.RuneCountInString(tld))
	})
	return t
}

// scanTLDList reads tld_lib.yml's two plain lists ("country:" and
// "generic:" followed by "- tld" lines) directly, calling fn with each
// entry, a slice of data: a YAML decoder took several milliseconds of every
// start-up, which a pre-commit hook pays on each commit, and lists of the
// entries were only read once, into the table. A test checks the entries
// against a YAML decoder.
func scanTLDList(data string, fn func(kind uint8, tld string)) {
	var kind uint8
	rest := data
	for rest != "" {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		line = strings.TrimRight(line, " \r\t")
		switch {
		case line == "country:":
			kind = kindCountry
		case line == "generic:":
			kind = kindGeneric
		case strings.HasPrefix(line, "- ") && kind != 0:
			item := strings.TrimSpace(line[2:])
			// YAML quotes entries that would otherwise read as booleans ('no', 'off').
			if n := len(item); n >= 2 && (item[0] == '\'' || item[0] == '"') && item[n-1] == item[0] {
				item = item[1 : n-1]
			}
			fn(kind, item)
		}
	}
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
func matchTLD(s string, y, end int) (int, bool) {
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
			if t.kinds[string(key[:keyEnd[l]])]&kind != 0 {
				return srcEnd[l], true
			}
		}
	}
	return matchPunycodeTLD(s, y, end)
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
