package twittertext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:generate go run ./internal/gen -o emoji_table.go

// Emoji matching follows the structure of the expression in Twitter's
// twemoji-parser, which the JavaScript twitter-text uses to count emoji:
// ZWJ sequences first, then keycaps, then single emoji with an optional
// U+FE0F and skin tone. Twemoji enumerates the sequences it has images
// for; here any well-formed sequence of emoji is accepted instead, with
// the emoji themselves taken from the Unicode data in emoji_table.go.
// Sequences Twemoji lacks an image for are therefore counted as one unit
// where the reference would count their parts: ZWJ sequences newer than
// the reference's Twemoji data, and a skin tone after an emoji that takes
// none ("❤🏽"). Sequences in the reference's Twemoji data count the same.

const (
	zwj       = 0x200D
	vs15      = 0xFE0E // text presentation selector
	vs16      = 0xFE0F // emoji presentation selector
	keycapCap = 0x20E3
	blackFlag = 0x1F3F4
	cancelTag = 0xE007F
)

// FindEmoji returns the emoji sequences in text, each of which the v3
// counter weighs as one unit: single emoji (with U+FE0F or a skin tone),
// ZWJ sequences such as families, flags, keycaps such as "1️⃣" (also
// without U+FE0F), and tag sequences such as the flag of England.
// Symbols that are text by default and need U+FE0F to be emoji on X ('©',
// '®', '™', '♟') are reported only with it.
func FindEmoji(text string) []Entity {
	var out []Entity
	keycaps := hasKeycap(text)
	for i := nextEmojiStart(text, 0, keycaps); i < len(text); i = nextEmojiStart(text, i, keycaps) {
		if end, ok := matchEmoji(text, i); ok {
			out = append(out, Entity{Start: i, End: end, Text: text[i:end]})
			i = end
			continue
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return out
}

// emojiSpan is an emoji match without its text.
type emojiSpan struct{ start, end int }

func findEmojiSpans(s string) []emojiSpan {
	var out []emojiSpan
	keycaps := hasKeycap(s)
	for i := nextEmojiStart(s, 0, keycaps); i < len(s); i = nextEmojiStart(s, i, keycaps) {
		if end, ok := matchEmoji(s, i); ok {
			out = append(out, emojiSpan{i, end})
			i = end
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	return out
}

// nextEmojiStart returns the offset of the first byte at or after i that
// may start an emoji: an ASCII byte starts one only as a keycap base
// (matchEmoji), and posts are mostly ASCII, so the bytes between are
// passed over here rather than decoded and matched one by one. keycaps
// tells whether s holds U+20E3 (hasKeycap), which every keycap ends with:
// without it no ASCII byte starts an emoji, and the digits of a post are
// passed over too.
func nextEmojiStart(s string, i int, keycaps bool) int {
	if !keycaps {
		// Eight bytes at a time while none has its top bit set.
		for ; i+8 <= len(s); i += 8 {
			if load64(s[i:i+8])&0x8080808080808080 != 0 {
				break
			}
		}
		for i < len(s) && s[i] < utf8.RuneSelf {
			i++
		}
		return i
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || isKeycapBase(rune(c)) {
			break
		}
	}
	return i
}

// load64 reads the eight bytes of s as a little-endian word: the compiler
// makes one load of it.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hasKeycap reports whether s holds U+20E3, COMBINING ENCLOSING KEYCAP.
func hasKeycap(s string) bool { return strings.Contains(s, "\u20E3") }

func isSkinTone(r rune) bool   { return r >= 0x1F3FB && r <= 0x1F3FF }
func isRegional(r rune) bool   { return r >= 0x1F1E6 && r <= 0x1F1FF }
func isTagChar(r rune) bool    { return r >= 0xE0020 && r <= 0xE007E }
func isKeycapBase(r rune) bool { return r == '#' || r == '*' || r >= '0' && r <= '9' }

// needsVS16 lists the emoji Twemoji only recognises with U+FE0F, because
// they are everyday text symbols.
func needsVS16(r rune) bool {
	return r == 0xA9 || r == 0xAE || r == 0x2122 || r == 0x265F // © ® ™ ♟
}

// takesVS16 reports whether a following U+FE0F belongs to the emoji r: true
// for the emoji that have a text and an emoji variant (all in the BMP, and
// the astral ones that are text by default).
func takesVS16(r rune) bool {
	return r <= 0xFFFF || !unicode.Is(emojiPresentation, r)
}

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

// matchEmoji matches one emoji sequence at s[i:].
func matchEmoji(s string, i int) (int, bool) {
	r, n := runeAt(s, i)
	if n == 0 {
		return 0, false
	}
	switch {
	case isKeycapBase(r):
		j := i + n
		if c, m := runeAt(s, j); c == vs16 {
			j += m
		}
		if c, m := runeAt(s, j); c == keycapCap {
			return j + m, true
		}
		return 0, false
	case isRegional(r):
		if c, m := runeAt(s, i+n); isRegional(c) {
			return i + n + m, true
		}
		return i + n, true
	case r < 0xA9:
		return 0, false // nothing below '©' is an emoji on its own
	case r == vs16 || isSkinTone(r):
		// A stray selector or modifier is an emoji of its own in Twemoji.
		return i + n, true
	case !unicode.Is(emojiBase, r):
		return 0, false
	}
	if r == blackFlag {
		if end, ok := matchTagSequence(s, i+n); ok {
			return end, true
		}
	}
	if end, ok := matchZWJSequence(s, i); ok {
		return end, true
	}
	return matchSingleEmoji(s, i, r, n)
}

// matchTagSequence matches the tag characters and CANCEL TAG after a black
// flag (subdivision flags such as England's).
func matchTagSequence(s string, j int) (int, bool) {
	tags := 0
	for {
		c, m := runeAt(s, j)
		switch {
		case isTagChar(c):
			tags++
			j += m
		case c == cancelTag && tags > 0:
			return j + m, true
		default:
			return 0, false
		}
	}
}

// matchSingleEmoji matches an emoji with its optional U+FE0F and skin tone.
func matchSingleEmoji(s string, i int, r rune, n int) (int, bool) {
	j := i + n
	c, m := runeAt(s, j)
	switch {
	case needsVS16(r):
		if c != vs16 {
			return 0, false
		}
		return j + m, true
	case takesVS16(r) && c == vs16:
		j += m
		c, m = runeAt(s, j)
	case takesVS16(r) && c == vs15:
		return 0, false // explicitly text
	}
	if isSkinTone(c) {
		j += m
	}
	return j, true
}

// matchZWJElement matches one element of a ZWJ sequence: an emoji with
// an optional U+FE0F or skin tone.
func matchZWJElement(s string, i int) (int, bool) {
	r, n := runeAt(s, i)
	if n == 0 || !unicode.Is(emojiBase, r) {
		return 0, false
	}
	j := i + n
	c, m := runeAt(s, j)
	switch {
	case c == vs16 || isSkinTone(c):
		j += m
	case needsVS16(r):
		return 0, false
	}
	return j, true
}

// matchZWJSequence matches two or more emoji joined by U+200D.
func matchZWJSequence(s string, i int) (int, bool) {
	end, ok := matchZWJElement(s, i)
	if !ok {
		return 0, false
	}
	joined := false
	for {
		c, m := runeAt(s, end)
		if c != zwj {
			break
		}
		next, ok := matchZWJElement(s, end+m)
		if !ok {
			break
		}
		end, joined = next, true
	}
	return end, joined
}
