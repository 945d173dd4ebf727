package twittertext

import "unicode"

// Character classes of the twitter-text regular expressions. They work on
// code points; the JavaScript reference works on UTF-16 code units, which
// gives the same result for every class below because none of them tells
// the two halves of a surrogate pair apart.

// IsInvalidChar reports whether r makes a post invalid: U+FFFE, U+FEFF
// (byte order mark) and U+FFFF. Such characters are still counted.
func IsInvalidChar(r rune) bool {
	return r == 0xFFFE || r == 0xFEFF || r == 0xFFFF
}

// isDirectional reports the bidirectional formatting characters, which are
// valid in a post but never part of a domain.
func isDirectional(r rune) bool {
	switch {
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return r == 0x061C || r == 0x200E || r == 0x200F
}

// isSpace is twitter-text's "spaces" group (Unicode White_Space).
func isSpace(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0D, r == 0x20, r == 0x85, r == 0xA0:
		return true
	case r < 0x1680:
		return false
	case r == 0x1680, r == 0x180E, r >= 0x2000 && r <= 0x200A,
		r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// isJSSpace is JavaScript's \s.
func isJSSpace(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0D, r == 0x20, r == 0xA0:
		return true
	case r < 0x1680:
		return false
	case r == 0x1680, r >= 0x2000 && r <= 0x200A, r == 0x2028, r == 0x2029,
		r == 0x202F, r == 0x205F, r == 0x3000, r == 0xFEFF:
		return true
	}
	return false
}

// punctTable is twitter-text's "punct" group. It deliberately lacks '"'
// and '`', exactly like the reference, so those two count as domain
// characters there too.
var punctTable = func() (t [128]bool) {
	for _, c := range `!'#%&()*+,\-./:;<=>?@[]^_{|}~$` {
		t[c] = true
	}
	return t
}()

func isPunct(r rune) bool { return r < 128 && punctTable[r] }

// isDomainChar is twitter-text's validDomainChars: anything but
// punctuation, spaces, invalid and directional characters.
func isDomainChar(r rune) bool {
	if r < 128 {
		return !punctTable[r] && !isSpace(r)
	}
	return !isSpace(r) && !IsInvalidChar(r) && !isDirectional(r)
}

func isASCIIAlnum(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

func isASCIILetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// isLatinAccent is twitter-text's latinAccentChars, widened by the few
// characters that match it only through the case-insensitive flag of the
// reference's JavaScript expressions (for example U+0292, whose upper case
// U+01B7 is in the class).
func isLatinAccent(r rune) bool {
	if isLatinAccentStrict(r) {
		return true
	}
	switch r {
	case 0x260, 0x269, 0x275, 0x280, 0x283, 0x288, 0x28A, 0x28C, 0x292,
		0x399, 0x3B9, 0x1FBE, 0x2C65, 0x2C66, 0x2C7E, 0x2C7F:
		return true // case-insensitive matches
	}
	return false
}

// isHashtagAlpha is the hashtagAlpha class: letters and marks, plus the
// private-use code points twitter-text treats as letters.
func isHashtagAlpha(r rune) bool {
	if r < 128 {
		return isASCIILetter(r)
	}
	if unicode.IsLetter(r) || unicode.IsMark(r) {
		return true
	}
	switch {
	case r >= 0xF870 && r <= 0xF87F, r == 0xF882, r >= 0xF884 && r <= 0xF89F,
		r == 0xF8B8, r >= 0xF8C1 && r <= 0xF8D6:
		return true
	}
	return false
}

// isHashtagAlnum is the hashtagAlphaNumeric class: hashtagAlpha, decimal
// digits and a few joiners and punctuation marks used inside words.
func isHashtagAlnum(r rune) bool {
	if r < 128 {
		return isASCIIAlnum(r) || r == '_'
	}
	if isHashtagAlpha(r) || unicode.Is(unicode.Nd, r) {
		return true
	}
	switch r {
	case 0x200C, 0x200D, 0xA67E, 0x05BE, 0x05F3, 0x05F4, 0xFF5E, 0x301C,
		0x309B, 0x309C, 0x30A0, 0x30FB, 0x3003, 0x0F0B, 0x0F0C, 0x00B7:
		return true
	}
	return false
}

// utf16Len is the number of UTF-16 code units r takes.
func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// utf16Count is the length of s in UTF-16 code units (an invalid UTF-8
// byte counts as one unit, like the U+FFFD it decodes to).
func utf16Count(s string) int {
	n := 0
	for _, r := range s {
		n += utf16Len(r)
	}
	return n
}
