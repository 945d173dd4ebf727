package rules

import (
	"strings"
	"unicode/utf8"
)

// Helpers for the scanners that stand for regular expressions on the
// per-post path (engagement-bait-patterns.go, hook-dateline.go). Each
// step is given the rest of its pattern as a function (next), which
// returns the end of the match or -1: an alternative or a repetition that
// leaves the rest unmatched gives way to the next one, in the order RE2's
// leftmost-first matching tries them, so the first match found is the
// expression's. Each scanner's test compares it with its expression.

// foldedAlt tries the words in order at i, each followed by next, and
// returns what next returns for the first that leads to a match, -1 if
// none does.
func foldedAlt(s string, i int, words []string, next func(int) int) int {
	for _, w := range words {
		if j := foldedAt(s, i, w); j >= 0 {
			if e := next(j); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// foldedAt returns the end of word at s[i:], compared as (?i) compares:
// word is lower-case ASCII, and its k and s also match the Kelvin sign and
// the long s, their case folds outside ASCII. It returns -1 when word is
// not there, or when i is.
func foldedAt(s string, i int, word string) int {
	if i < 0 {
		return -1
	}
	for j := 0; j < len(word); j++ {
		c := word[j]
		switch {
		case i < len(s) && (s[i] == c || 'a' <= c && c <= 'z' && s[i] == c-('a'-'A')):
			i++
		case c == 'k' && strings.HasPrefix(s[i:], "\u212a"):
			i += len("\u212a")
		case c == 's' && strings.HasPrefix(s[i:], "\u017f"):
			i += len("\u017f")
		default:
			return -1
		}
	}
	return i
}

// exactAlt is foldedAlt with the words compared as they are written.
func exactAlt(s string, i int, words []string, next func(int) int) int {
	for _, w := range words {
		if strings.HasPrefix(s[i:], w) {
			if e := next(i + len(w)); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// atWordBoundary returns i when s has an ASCII word boundary (\b) at i
// (asciiWordBoundary), -1 otherwise or when i is -1. A byte of a
// multi-byte or invalid sequence is not a word character, as no rune it
// belongs to is.
func atWordBoundary(s string, i int) int {
	if i < 0 || !asciiWordBoundary(s, i) {
		return -1
	}
	return i
}

// bytesOf matches between min and max bytes of class at i (max < 0: no
// bound), then next: the most bytes first, as a greedy {min,max} does.
// class holds ASCII characters only, so a byte of it is a rune.
func bytesOf(s string, i int, class func(byte) bool, min, max int, next func(int) int) int {
	j := i
	for j < len(s) && (max < 0 || j-i < max) && class(s[j]) {
		j++
	}
	for ; j-i >= min; j-- {
		if e := next(j); e >= 0 {
			return e
		}
	}
	return -1
}

// runesOf is bytesOf for a class of runes: it matches between min and
// max runes of class at i, then next, the most runes first, as a greedy
// {min,max} does. min is at least 1, and max at most 10, the longest
// count of the expressions: the runes' ends are kept in an array of that
// size, so that a step allocates nothing, and a larger max counts no
// further than ten.
func runesOf(s string, i int, class func(rune) bool, min, max int, next func(int) int) int {
	var ends [10]int
	n, j := 0, i
	for n < max && n < len(ends) && j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !class(r) {
			break
		}
		j += w
		ends[n] = j
		n++
	}
	for ; n >= min && n > 0; n-- {
		if e := next(ends[n-1]); e >= 0 {
			return e
		}
	}
	return -1
}

// runsOf returns the end of the run of runes of class at i.
func runsOf(s string, i int, class func(rune) bool) int {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !class(r) {
			break
		}
		i += w
	}
	return i
}

// fewBytesOf matches any number of bytes of class at i, then next: the
// fewest first, as a lazy *? does. class holds ASCII characters only.
func fewBytesOf(s string, i int, class func(byte) bool, next func(int) int) int {
	for {
		if e := next(i); e >= 0 {
			return e
		}
		if i >= len(s) || !class(s[i]) {
			return -1
		}
		i++
	}
}

// byteThen matches the ASCII character c at i, then next.
func byteThen(s string, i int, c byte, next func(int) int) int {
	if i < len(s) && s[i] == c {
		return next(i + 1)
	}
	return -1
}

// optionalByteThen matches c? at i, then next: with c first.
func optionalByteThen(s string, i int, c byte, next func(int) int) int {
	if e := byteThen(s, i, c, next); e >= 0 {
		return e
	}
	return next(i)
}

// optionalByte returns the end of c? at i, the last step of a pattern.
func optionalByte(s string, i int, c byte) int {
	if i < len(s) && s[i] == c {
		return i + 1
	}
	return i
}

// endHere is the rest of a pattern that has no rest: it ends at i.
func endHere(i int) int { return i }

// spaces matches \s+ at i, then next: the longest run first.
func spaces(s string, i int, next func(int) int) int {
	return bytesOf(s, i, isSpaceRE, 1, -1, next)
}

// digits matches \d+ at i, then next: the longest run first.
func digits(s string, i int, next func(int) int) int {
	return bytesOf(s, i, isASCIIDigit, 1, -1, next)
}

// isSpaceRE reports whether c is white space as RE2's \s means it: tab,
// newline, form feed, carriage return or space.
func isSpaceRE(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
