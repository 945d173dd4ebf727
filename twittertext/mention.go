package twittertext

import (
	"strings"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/lazyre"
)

// mentionPattern is twitter-text's validMentionOrList. It has no
// look-around, so Go's regexp finds the same matches as the reference;
// mentionLocs finds them with a scanner (a test compares the two), since
// the search from every position of a post was among the costliest steps
// of linting it.
const mentionPattern = `(?:^|[^a-zA-Z0-9_!#$%&*@＠]|(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?)` + // preceding text
	`[@＠]([a-zA-Z0-9_]{1,20})` + // screen name
	`(/[a-zA-Z][a-zA-Z0-9_-]{0,24})?` // list slug

// replyRe is twitter-text's validReply: a mention at the very start,
// after nothing but white space.
var replyRe = lazyre.New(
	`^[\x{09}-\x{0D}\x{20}\x{85}\x{A0}\x{1680}\x{180E}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]*` +
		`[@＠]([a-zA-Z0-9_]{1,20})`)

// ExtractMentions returns the @username mentions in text (without list
// references such as @user/list). Entity.Text is the username without '@'.
func ExtractMentions(text string) []Entity {
	var out []Entity
	for _, m := range ExtractMentionsOrLists(text) {
		if m.ListSlug == "" {
			out = append(out, m.Entity)
		}
	}
	return out
}

// ExtractMentionsOrLists returns the @username mentions and @username/list
// references in text, in order.
func ExtractMentionsOrLists(text string) []MentionOrList {
	if !strings.ContainsRune(text, '@') && !strings.ContainsRune(text, 0xFF20) {
		return nil
	}
	var out []MentionOrList
	for _, loc := range mentionLocs(text) {
		if invalidMentionEnd(text[loc[1]:]) {
			continue
		}
		nameStart, nameEnd := loc[2], loc[3]
		_, atLen := utf8.DecodeLastRuneInString(text[:nameStart])
		m := MentionOrList{Entity: Entity{Start: nameStart - atLen, End: nameEnd, Text: text[nameStart:nameEnd]}}
		if loc[4] >= 0 {
			m.ListSlug = text[loc[4]:loc[5]]
			m.End = loc[5]
		}
		out = append(out, m)
	}
	return out
}

// ExtractReply returns the username a post replies to: a mention at the
// start of the text, after white space only. ok is false when the post is
// not a reply.
func ExtractReply(text string) (username string, ok bool) {
	loc := replyRe.FindStringSubmatchIndex(text)
	if loc == nil || invalidMentionEnd(text[loc[1]:]) {
		return "", false
	}
	return text[loc[2]:loc[3]], true
}

// invalidMentionEnd reports text that may not follow a mention: another
// at sign, an accented Latin letter (the name would be cut short) or "://".
func invalidMentionEnd(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	return r == '@' || r == 0xFF20 || isLatinAccentStrict(r) || strings.HasPrefix(after, "://")
}

// isLatinAccentStrict is latinAccentChars exactly as written; the mention
// expressions are case sensitive.
func isLatinAccentStrict(r rune) bool {
	switch {
	case r < 0xC0:
		return false
	case r <= 0x24F:
		return r != 0xD7 && r != 0xF7
	case r >= 0x300 && r <= 0x36F, r >= 0x1E00 && r <= 0x1EFF:
		return true
	}
	switch r {
	case 0x253, 0x254, 0x256, 0x257, 0x259, 0x25B, 0x263, 0x268, 0x26F, 0x272, 0x289, 0x28B, 0x2BB:
		return true
	}
	return false
}

// mentionLocs returns what regexp.MustCompile(mentionPattern).
// FindAllStringSubmatchIndex(text, -1) does: for each match, its span, the
// screen name's and the list slug's (-1, -1 without a slug). Like the
// regexp it looks for the leftmost match from the end of the previous one,
// trying the pattern's alternatives in order at each start; a match starts
// at most 7 bytes (a rune, "rt:") before its at sign, so only those starts
// are tried.
func mentionLocs(text string) [][]int {
	var out [][]int
	wide := strings.Contains(text, "＠")
	pos := 0
	for pos < len(text) {
		loc := mentionFrom(text, pos, wide)
		if loc == nil {
			break
		}
		out = append(out, loc)
		pos = loc[1]
	}
	return out
}

// maxMentionLead is the most bytes a match spans before its at sign.
const maxMentionLead = utf8.UTFMax + len("rt:")

// mentionFrom returns the leftmost match starting at or after pos, or nil;
// wide tells whether text holds a '＠'. The starts tried are the runes
// that decoding forwards from pos meets within maxMentionLead bytes before
// an at sign; the text before them is passed over, not decoded.
func mentionFrom(text string, pos int, wide bool) []int {
	for s := pos; s < len(text); {
		at := indexSign(text, s, '@', "＠", wide)
		if at < 0 {
			return nil
		}
		for s = runeStartNear(text, s, at-maxMentionLead); s <= at; {
			if at-s <= maxMentionLead {
				if loc := mentionAt(text, s); loc != nil {
					return loc
				}
			}
			_, w := utf8.DecodeRuneInString(text[s:])
			s += w
		}
	}
	return nil
}

// runeStartNear returns the last byte in text[lo:t+1] that starts a rune
// (utf8.RuneStart), or lo when there is none. Decoding forwards from lo,
// where a rune starts, stops at every such byte (a valid encoding holds
// only one, its first; an invalid byte is a rune of its own), so the walk
// from it meets the runes the walk from lo would.
func runeStartNear(text string, lo, t int) int {
	for i := t; i > lo; i-- {
		if utf8.RuneStart(text[i]) {
			return i
		}
	}
	return lo
}

// mentionAt matches the pattern at s, its alternatives in order.
func mentionAt(text string, s int) []int {
	if s == 0 { // ^
		if loc := mentionRest(text, s, s); loc != nil {
			return loc
		}
	}
	if s < len(text) { // [^a-zA-Z0-9_!#$%&*@＠]
		r, w := utf8.DecodeRuneInString(text[s:])
		if !isMentionLeadExcluded(r) {
			if loc := mentionRest(text, s, s+w); loc != nil {
				return loc
			}
		}
	}
	// (?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?
	if s == 0 {
		if loc := mentionAfterRT(text, s, s); loc != nil {
			return loc
		}
	}
	if s < len(text) {
		r, w := utf8.DecodeRuneInString(text[s:])
		if !isRTLeadExcluded(r) {
			if loc := mentionAfterRT(text, s, s+w); loc != nil {
				return loc
			}
		}
	}
	return nil
}

// mentionAfterRT matches "rt", an optional ':' (tried first) and the rest
// of the pattern at i.
func mentionAfterRT(text string, s, i int) []int {
	if i+2 > len(text) || text[i]|0x20 != 'r' || text[i+1]|0x20 != 't' {
		return nil
	}
	i += 2
	if i < len(text) && text[i] == ':' {
		if loc := mentionRest(text, s, i+1); loc != nil {
			return loc
		}
	}
	return mentionRest(text, s, i)
}

// mentionRest matches [@＠], the screen name and the optional list slug at
// i, for a match that starts at s. Both repetitions are greedy and nothing
// follows them, so the longest run is the match.
func mentionRest(text string, s, i int) []int {
	switch {
	case strings.HasPrefix(text[i:], "@"):
		i++
	case strings.HasPrefix(text[i:], "＠"):
		i += len("＠")
	default:
		return nil
	}
	nameStart := i
	for i < len(text) && i-nameStart < 20 && isNameByte(text[i]) {
		i++
	}
	if i == nameStart {
		return nil
	}
	loc := []int{s, i, nameStart, i, -1, -1}
	if i+1 < len(text) && text[i] == '/' && isLetterByte(text[i+1]) {
		j := i + 2
		for j < len(text) && j-(i+2) < 24 && (isNameByte(text[j]) || text[j] == '-') {
			j++
		}
		loc[1], loc[4], loc[5] = j, i, j
	}
	return loc
}

func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isNameByte reports [a-zA-Z0-9_].
func isNameByte(c byte) bool { return isLetterByte(c) || c >= '0' && c <= '9' || c == '_' }

// isMentionLeadExcluded reports the runes [^a-zA-Z0-9_!#$%&*@＠] rejects.
func isMentionLeadExcluded(r rune) bool {
	if r == 0xFF20 {
		return true
	}
	return r < utf8.RuneSelf && (isNameByte(byte(r)) || strings.IndexByte("!#$%&*@", byte(r)) >= 0)
}

// isRTLeadExcluded reports the runes [^a-zA-Z0-9_+~.-] rejects.
func isRTLeadExcluded(r rune) bool {
	return r < utf8.RuneSelf && (isNameByte(byte(r)) || strings.IndexByte("+~.-", byte(r)) >= 0)
}
