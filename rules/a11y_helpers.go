package rules

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/prose"
	"github.com/postlint/postlint/twittertext"
)

// Helpers shared by the accessibility and format rules.

// matchIn finds a word list's phrases in a string other than the post's
// text (an alt text, say), in the given languages.
func matchIn(lex *Lexicon, list listID, langs []string, s string) []LexMatch {
	if lex == nil {
		return nil
	}
	return lex.find(list, langs, s, prose.Tokens(s))
}

// entityAt reports whether off falls inside one of the entities, which are
// sorted and do not overlap (as the Analysis returns them). It is a binary
// search, so rules can ask for every character of a long post.
func entityAt(es []twittertext.Entity, off int) bool {
	i := sort.Search(len(es), func(i int) bool { return es[i].End > off })
	return i < len(es) && es[i].Start <= off
}

// runeBefore returns the rune that ends just before byte offset i, or -1 at
// the start of s.
func runeBefore(s string, i int) rune {
	if i <= 0 {
		return -1
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// runeAt returns the rune that starts at byte offset i, or -1 at the end of
// s.
func runeAt(s string, i int) rune {
	if i >= len(s) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// skipBlanks returns the offset of the first rune at or after i that is not
// a space or a tab (line breaks stop it).
func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// skipBlanksBack returns the offset just after the last rune before i that
// is not a space or a tab.
func skipBlanksBack(s string, i int) int {
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
		i--
	}
	return i
}

// invisibleName names an invisible or control character the format rules
// report, as the Unicode standard does; "" for one it does not name. (A
// switch, where a map was built on every start.)
func invisibleName(r rune) string {
	switch r {
	case 0x061C:
		return "ARABIC LETTER MARK"
	case 0x200B:
		return "ZERO WIDTH SPACE"
	case 0x200C:
		return "ZERO WIDTH NON-JOINER"
	case 0x200D:
		return "ZERO WIDTH JOINER"
	case 0x200E:
		return "LEFT-TO-RIGHT MARK"
	case 0x200F:
		return "RIGHT-TO-LEFT MARK"
	case 0x202A:
		return "LEFT-TO-RIGHT EMBEDDING"
	case 0x202B:
		return "RIGHT-TO-LEFT EMBEDDING"
	case 0x202C:
		return "POP DIRECTIONAL FORMATTING"
	case 0x202D:
		return "LEFT-TO-RIGHT OVERRIDE"
	case 0x202E:
		return "RIGHT-TO-LEFT OVERRIDE"
	case 0x2060:
		return "WORD JOINER"
	case 0x2066:
		return "LEFT-TO-RIGHT ISOLATE"
	case 0x2067:
		return "RIGHT-TO-LEFT ISOLATE"
	case 0x2068:
		return "FIRST STRONG ISOLATE"
	case 0x2069:
		return "POP DIRECTIONAL ISOLATE"
	case 0xFEFF:
		return "ZERO WIDTH NO-BREAK SPACE"
	case 0xFFFE, 0xFFFF:
		return "NONCHARACTER"
	case '<':
		return "LESS-THAN SIGN"
	case '>':
		return "GREATER-THAN SIGN"
	}
	return ""
}

// codePointLabel renders a character for a message: "U+200B ZERO WIDTH
// SPACE", or "U+00A0" when the name is not in the table.
func codePointLabel(r rune) string {
	if name := invisibleName(r); name != "" {
		return fmt.Sprintf("U+%04X %s", r, name)
	}
	return fmt.Sprintf("U+%04X", r)
}

// codePointList names the distinct characters of s, in order of first
// appearance, separated by commas.
func codePointList(s string) string {
	var names []string
	seen := map[rune]bool{}
	for _, r := range s {
		if !seen[r] {
			seen[r] = true
			names = append(names, codePointLabel(r))
		}
	}
	return strings.Join(names, ", ")
}

// targetsOnly reports whether the post's front matter names platforms and
// all of them are the given one.
func targetsOnly(p *Pass, name string) bool {
	plats := p.Post.Meta.Platforms
	if len(plats) == 0 {
		return false
	}
	for _, pl := range plats {
		if pl != name {
			return false
		}
	}
	return true
}

// imageLabel names an alt-text entry in messages: "alt text" for a single
// image, "alt text of image 2" when there are several.
func imageLabel(i, n int) i18n.Text {
	if n <= 1 {
		return i18n.T("alt text", "teks alternatif")
	}
	return i18n.Sprintf("alt text of image %d", "teks alternatif gambar %d", i+1)
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
