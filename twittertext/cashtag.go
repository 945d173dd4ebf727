package twittertext

import (
	"strings"
	"unicode/utf8"
)

// ExtractCashtags returns the cashtags ($TICKER) in text, in order. A
// cashtag is '$' at the start of the text or after white space, one to six
// ASCII letters, optionally '.' or '_' and one or two more letters, and
// then the end of the text, white space or punctuation. Entity.Text omits
// the '$'.
func ExtractCashtags(text string) []Entity {
	if strings.IndexByte(text, '$') < 0 {
		return nil
	}
	var out []Entity
	lastIndex := 0
	for d := strings.IndexByte(text, '$'); d >= 0; {
		if end, ok := cashtagAt(text, d, lastIndex); ok {
			out = append(out, Entity{Start: d, End: end, Text: text[d+1 : end]})
			lastIndex = end
		}
		next := strings.IndexByte(text[d+1:], '$')
		if next < 0 {
			break
		}
		d += 1 + next
	}
	return out
}

// cashtagAt matches twitter-text's validCashtag with its '$' at d:
//
//	(^|spaces)(\$)([a-z]{1,6}(?:[._][a-z]{1,2})?)(?=$|\s|[punct])
func cashtagAt(s string, d, lastIndex int) (int, bool) {
	if d > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:d])
		if !isSpace(r) || d-n < lastIndex {
			return 0, false
		}
	}
	j := d + 1
	for j < len(s) && isASCIILetter(rune(s[j])) {
		j++
	}
	letters := j - d - 1
	// A shorter run of letters is followed by a letter, which the
	// lookahead rejects; so only the whole run can match.
	if letters < 1 || letters > 6 {
		return 0, false
	}
	if j < len(s) && (s[j] == '.' || s[j] == '_') {
		k := j + 1
		for k < len(s) && k < j+3 && isASCIILetter(rune(s[k])) {
			k++
		}
		for e := k; e > j+1; e-- {
			if cashtagEnd(s, e) {
				return e, true
			}
		}
	}
	if cashtagEnd(s, j) {
		return j, true
	}
	return 0, false
}

func cashtagEnd(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isJSSpace(r) || isPunct(r)
}
