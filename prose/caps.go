package prose

import (
	"unicode"
	"unicode/utf8"
)

// IsUpperWord reports whether w has at least two letters and all of its
// letters are upper case. Other characters do not count against it, so
// "COVID-19", "BPJS" and "DON'T" qualify, while "A", "Rp" and "2024" do not.
func IsUpperWord(w string) bool {
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

// LetterCounts returns the number of letters in text and how many of them are
// upper case, for caps-ratio checks.
func LetterCounts(text string) (letters, upper int) {
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
