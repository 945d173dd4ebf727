package rules

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/twittertext"
)

// closingTagsStart returns where the closing block of hashtags begins: the
// trailing run of text made only of hashtags, mentions, emoji and
// separators. It returns len(text) when the post has no such block.
func closingTagsStart(a *Analysis) int {
	tags := a.Hashtags()
	if len(tags) == 0 {
		return len(a.Text)
	}
	start := len(a.Text)
	i := len(tags) - 1
	for i >= 0 {
		between := a.Text[tags[i].End:start]
		if !onlySeparators(between, a, tags[i].End) {
			break
		}
		start = tags[i].Start
		i--
	}
	if start == len(a.Text) {
		return start
	}
	// Mentions and emoji right before the block belong to it.
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(a.Text[:start])
		if unicode.IsSpace(r) {
			start -= size
			continue
		}
		break
	}
	return start
}

// onlySeparators reports whether s (starting at off) holds nothing but
// space, punctuation separators, emoji and mentions.
func onlySeparators(s string, a *Analysis, off int) bool {
	for i, r := range s {
		if unicode.IsSpace(r) || r == ',' || r == '|' || r == '·' || r == '•' {
			continue
		}
		if inEntity(a.Emoji(), off+i) || inEntity(a.Mentions(), off+i) {
			continue
		}
		return false
	}
	return true
}

// inEntity reports whether off lies inside one of es, which are in text
// order and do not overlap (as extraction returns them).
func inEntity(es []twittertext.Entity, off int) bool {
	i := sort.Search(len(es), func(i int) bool { return es[i].End > off })
	return i < len(es) && es[i].Start <= off
}

// collapseSpace is strings.Join(strings.Fields(s), " "): s's words
// separated by one space. It returns s itself when s is so already (most
// excerpts and captions are) and otherwise builds the result in one
// allocation, where Fields and Join took two or three
// (TestCollapseSpaceAgreesWithFields).
func collapseSpace(s string) string {
	if singleSpaced(s) {
		return s
	}
	var b strings.Builder
	for f := range strings.FieldsSeq(s) {
		if b.Len() == 0 {
			b.Grow(len(s))
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

// lowerCollapsed is collapseSpace(strings.ToLower(s)), built in one
// allocation when s is ASCII (most captions) where lowering and collapsing
// took one each; other text takes both steps.
func lowerCollapsed(s string) string {
	lower := true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return collapseSpace(strings.ToLower(s))
		case c >= 'A' && c <= 'Z':
			lower = false
		}
	}
	if lower {
		return collapseSpace(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is due before the next word
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case ' ', '\t', '\n', '\v', '\f', '\r': // strings.Fields' ASCII white space
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// graphemes counts user-perceived characters.
func graphemes(s string) int { return platform.GraphemeCount(s) }

// atMostGraphemes reports whether s has at most n characters, counting
// only as far as it must.
func atMostGraphemes(s string, n int) bool { return platform.GraphemesAtMost(s, n) }

// graphemeOffset returns the byte offset after the first n characters.
func graphemeOffset(s string, n int) int { return platform.GraphemeOffset(s, n) }

// excerpt shortens s to about n characters for a message.
func excerpt(s string, n int) string {
	s = collapseSpace(s)
	if atMostGraphemes(s, n) {
		return s
	}
	return strings.TrimRight(s[:graphemeOffset(s, n)], " ,.;:") + "…"
}

// unitName names a counting unit in both languages, in the plural.
func unitName(u string) i18n.Text {
	switch u {
	case "weighted":
		return i18n.T("weighted characters", "karakter berbobot")
	case "utf16":
		return i18n.T("characters (UTF-16 units)", "karakter (unit UTF-16)")
	case "utf8":
		return i18n.T("bytes", "byte")
	case "characters-emoji-bytes":
		return i18n.T("characters (emoji count as bytes)", "karakter (emoji dihitung per byte)")
	}
	return i18n.T("characters", "karakter")
}

// firstWordStart returns the offset of the first word or number, skipping
// leading emoji, punctuation and space.
func firstWordStart(a *Analysis) int {
	if w := a.Words(); len(w) > 0 {
		return w[0].Start
	}
	return len(a.Text)
}
