package prose

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// IsUpperWord reports whether w has at least two letters and all of its
// letters are upper case. Other characters do not count against it, so
// "COVID-19", "BPJS" and "DON'T" qualify, while "A", "Rp" and "2024" do not.
func IsUpperWord(w string) bool {
	letters := 0
	for i := 0; i < len(w); {
		// ASCII is judged inline: a call to decode each byte cost more
		// than the judging.
		if c := w[i]; c < utf8.RuneSelf {
			i++
			switch {
			case c-'A' < 26:
				letters++
			case c-'a' < 26:
				return false
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
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
	_, letters, upper = countLetters(text, 0, len(text))
	return letters, upper
}

// countLetters counts the letters, and the upper-case ones, of the
// characters of text that start in [i, end), and returns where the last
// of them ends: end, or past it when a character starts before end and
// ends after it.
func countLetters(text string, i, end int) (next, letters, upper int) {
	for i < end {
		// ASCII is counted inline, as in IsUpperWord.
		if c := text[i]; c < utf8.RuneSelf {
			i++
			switch {
			case c-'A' < 26:
				letters++
				upper++
			case c-'a' < 26:
				letters++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return i, letters, upper
}

// mostlyCapitals reports whether text has at least 8 letters and at least
// six in ten of them are upper case, as LetterCounts's counts tell. It
// stops once the rest of the text cannot change the answer: a text mostly
// in lower case is decided about halfway.
func mostlyCapitals(text string) bool {
	letters, upper := 0, 0
	for i := 0; i < len(text); {
		// The answer is 2*upper >= 3*lower at the end; the rest adds at
		// most one upper-case letter per byte.
		if rest := len(text) - i; 2*(upper+rest) < 3*(letters-upper) {
			return false
		}
		// A block of bytes at a time, so that the test above costs little,
		// eight of them at once while they are ASCII.
		end := min(i+64, len(text))
		for ; i+8 <= end; i += 8 {
			x := load64(text[i : i+8])
			if x&asciiHigh != 0 {
				break
			}
			u, l := asciiCases(x)
			letters += u + l
			upper += u
		}
		var l, u int
		i, l, u = countLetters(text, i, end)
		letters, upper = letters+l, upper+u
	}
	return letters >= 8 && upper*10 >= letters*6
}

const (
	asciiOnes = 0x0101010101010101
	asciiHigh = 0x8080808080808080
)

// asciiCases counts the upper- and lower-case letters among the eight
// bytes of x, all ASCII. A byte plus 0x80-lo has its top bit set exactly
// when the byte is lo or above, and no sum of a byte below 0x80 carries
// into the next byte.
func asciiCases(x uint64) (upper, lower int) {
	in := func(lo, hi byte) int {
		ge := (x + asciiOnes*uint64(0x80-lo)) & asciiHigh
		gt := (x + asciiOnes*uint64(0x80-hi-1)) & asciiHigh
		return bits.OnesCount64(ge &^ gt)
	}
	return in('A', 'Z'), in('a', 'z')
}

// load64 reads the eight bytes of s as a little-endian word: the compiler
// makes one load of it.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
