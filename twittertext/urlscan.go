package twittertext

import "unicode/utf8"

// The path and query of a URL are scanned by hand: their patterns
// (urlPathRe, urlQueryRe) hold character classes of several kilobytes
// that every process compiled on its first URL. The patterns stay the
// reference: TestURLScannersMatchPatterns and FuzzURLScanners hold the
// scanners to them.

// urlPathEnd returns where urlPathRe's match in s, which starts with '/',
// ends. A path's segments can only end on a path-ending character, so
// without parentheses the match is the run of path characters cut back to
// its last ending one; parentheses, which the pattern balances, are left
// to the pattern.
func urlPathEnd(s string) int {
	end := 1 // the '/' alone when nothing after it ends a segment
	for i := 1; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == '(' || r == ')':
			return urlPathRe.FindStringIndex(s)[1]
		case isPathEnding(r):
			i += size
			end = i
		case isPathChar(r):
			i += size
		default:
			return end
		}
	}
	return end
}

// urlQueryEnd returns where urlQueryRe's match in s, which starts with
// '?', ends, or -1 when it does not match: the run of query characters cut
// back to its last query-ending one.
func urlQueryEnd(s string) int {
	end := -1
	for i := 1; i < len(s) && isQueryChar(s[i]); i++ {
		if isQueryEnding(s[i]) {
			end = i + 1
		}
	}
	return end
}

// isQueryChar is queryChar's class.
func isQueryChar(c byte) bool {
	if isASCIIAlnum(rune(c)) {
		return true
	}
	switch c {
	case '!', '?', '*', '\'', '@', '(', ')', ';', ':', '&', '=', '+', '$', '/', '%', '#', '[', ']', '-', '_', '.', ',', '~', '|':
		return true
	}
	return false
}

// isQueryEnding is queryEnding's class.
func isQueryEnding(c byte) bool {
	return isASCIIAlnum(rune(c)) || c == '-' || c == '_' || c == '&' || c == '=' || c == '#' || c == '/'
}

// isPathEnding is pathEnding's character class (parentheses aside).
func isPathEnding(r rune) bool {
	if r < utf8.RuneSelf {
		c := byte(r)
		return isASCIIAlnum(rune(c)) || c == '+' || c == '-' || c == '=' || c == '_' || c == '#' || c == '/'
	}
	return isURLLetter(r)
}

// isPathChar is pathChar's character class.
func isPathChar(r rune) bool {
	if r < utf8.RuneSelf {
		c := byte(r)
		if isASCIIAlnum(rune(c)) {
			return true
		}
		switch c {
		case '!', '*', '\'', ';', ':', '=', '+', ',', '.', '$', '/', '%', '#', '[', ']', '-', '_', '~', '@', '|', '&':
			return true
		}
		return false
	}
	return r == '\u2013' || isURLLetter(r)
}

// isURLLetter reports whether a non-ASCII rune is in cyrillicClass or
// latinAccentClass.
func isURLLetter(r rune) bool {
	return 0x0400 <= r && r <= 0x04FF || 0x1C80 <= r && r <= 0x1C87 || isLatinAccent(r)
}
