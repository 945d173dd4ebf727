package twittertext

import (
	"strings"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/lazyre"
)

// mentionRe is twitter-text's validMentionOrList. It has no look-around,
// so Go's regexp finds the same matches as the reference.
var mentionRe = lazyre.New(
	`(?:^|[^a-zA-Z0-9_!#$%&*@＠]|(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?)` + // preceding text
		`[@＠]([a-zA-Z0-9_]{1,20})` + // screen name
		`(/[a-zA-Z][a-zA-Z0-9_-]{0,24})?`) // list slug

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
	for _, loc := range mentionRe.FindAllStringSubmatchIndex(text, -1) {
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
