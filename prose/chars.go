package prose

import (
	"unicode"
	"unicode/utf8"
)

// ASCII character classes, so the tokeniser's hot loop needs no function
// calls for ASCII text.
const (
	clLetter uint8 = 1 << iota
	clDigit
	clBlank
	clPunct  // Unicode category P
	clKeycap // can start a keycap emoji: 0-9 # *
	clBreak  // line break: \n \v \f \r
	clTerm   // sentence terminator: . ! ?
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		r := rune(c)
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			t[c] = clLetter
		case r >= '0' && r <= '9':
			t[c] = clDigit | clKeycap
		case r == ' ' || r >= '\t' && r <= '\r':
			t[c] = clBlank
		case unicode.IsPunct(r):
			t[c] = clPunct
		}
	}
	t['#'] |= clKeycap
	t['*'] |= clKeycap
	for _, c := range "\n\v\f\r" {
		t[c] |= clBreak
	}
	for _, c := range ".!?" {
		t[c] |= clTerm
	}
	return t
}()

// decode returns the rune at s[i:] and its width, with an ASCII fast path.
// Invalid bytes come back as utf8.RuneError with width 1, so callers always
// make progress.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isBlank reports white space plus the invisible format characters that
// behave like it in posts (zero-width space, BOM, word joiner, direction marks).
func isBlank(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || (r >= '\t' && r <= '\r')
	}
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF:
		return true
	}
	return unicode.IsSpace(r)
}

// lineBreakLen returns the width of the line break at s[i:], or 0. CRLF counts
// as one break, so callers never mistake it for a blank line.
func lineBreakLen(s string, i int) int {
	switch s[i] {
	case '\n', '\v', '\f':
		return 1
	case '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return 2
		}
		return 1
	case 0xC2: // U+0085 NEXT LINE
		if i+1 < len(s) && s[i+1] == 0x85 {
			return 2
		}
	case 0xE2: // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
			return 3
		}
	}
	return 0
}

// isLetter and friends take an ASCII fast path because nearly all text in the
// posts is ASCII.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return (r|0x20) >= 'a' && (r|0x20) <= 'z'
	}
	return unicode.IsLetter(r)
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	return unicode.IsDigit(r)
}

// isWordStart reports runes that can begin a word or number token.
func isWordStart(r rune) bool {
	if r < utf8.RuneSelf {
		return (r|0x20) >= 'a' && (r|0x20) <= 'z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isWordCont reports runes that continue a word: letters, numbers and
// combining marks (decomposed é), but not variation selectors, which belong to
// emoji.
func isWordCont(r rune) bool {
	if r < utf8.RuneSelf {
		return (r|0x20) >= 'a' && (r|0x20) <= 'z' || r >= '0' && r <= '9'
	}
	if unicode.IsLetter(r) || unicode.IsNumber(r) {
		return true
	}
	return (unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)) && !isVariationSelector(r)
}

func isVariationSelector(r rune) bool {
	return r >= 0xFE00 && r <= 0xFE0F || r >= 0xE0100 && r <= 0xE01EF
}

func isHyphen(r rune) bool {
	return r == '-' || r == 0x2010 || r == 0x2011
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == 0x2019
}

// isInWordFormat reports invisible characters that sometimes sit inside a
// word (soft hyphen, zero-width space/joiners); they join the two halves so a
// hidden character cannot split "sebar\u00adkan" into two words.
func isInWordFormat(r rune) bool {
	switch r {
	case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060:
		return true
	}
	return false
}

// isEmojiLike reports pictographs and the modifiers that build emoji
// sequences. It is a cheap approximation (the emoji property is not in the
// standard library): non-ASCII symbols of class So/Sk plus selectors, keycap,
// ZWJ and tag characters.
func isEmojiLike(r rune) bool {
	if r < 0xA9 {
		return false
	}
	switch {
	case r == 0xA9 || r == 0xAE: // © ®
		return true
	case r < 0x2000:
		return false
	case r == 0x200D || r == 0x20E3 || isVariationSelector(r):
		return true
	case r >= 0xE0020 && r <= 0xE007F: // tag characters in flag sequences
		return true
	}
	return unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r)
}

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// emojiExtender reports runes that continue an emoji cluster started by a
// symbol: selectors, keycap, skin tones, tags and combining marks.
func emojiExtender(r rune) bool {
	switch {
	case isVariationSelector(r), r == 0x20E3:
		return true
	case r >= 0x1F3FB && r <= 0x1F3FF: // skin tones
		return true
	case r >= 0xE0020 && r <= 0xE007F:
		return true
	case r >= 0x300 && (unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Mc, r)):
		return true
	}
	return false
}

// keycapLen returns the width of a keycap emoji (1️⃣, #️⃣) starting at s[i],
// or 0, so that "1️⃣" is a symbol and not the number 1.
func keycapLen(s string, i int) int {
	c := s[i]
	if !(c >= '0' && c <= '9' || c == '#' || c == '*') {
		return 0
	}
	j := i + 1
	if j+3 <= len(s) && s[j:j+3] == "\uFE0F" {
		j += 3
	}
	if j+3 <= len(s) && s[j:j+3] == "\u20E3" {
		return j + 3 - i
	}
	return 0
}

// scanSymbol returns the end of the symbol cluster starting at s[i] (rune r of
// width w): an approximation of an emoji grapheme cluster that needs no
// Unicode segmentation tables.
func scanSymbol(s string, i int, r rune, w int) int {
	j := i + w
	if r == utf8.RuneError && w == 1 {
		return j
	}
	if isRegionalIndicator(r) && j < len(s) {
		if r2, w2 := decode(s, j); isRegionalIndicator(r2) {
			return j + w2
		}
	}
	for j < len(s) {
		r2, w2 := decode(s, j)
		switch {
		case emojiExtender(r2):
			j += w2
		case r2 == 0x200D && j+w2 < len(s): // ZWJ sequence: 👨‍👩‍👧
			r3, w3 := decode(s, j+w2)
			if !isEmojiLike(r3) || r3 == 0x200D {
				return j
			}
			j += w2 + w3
		default:
			return j
		}
	}
	return j
}
