package rules

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/prose"
	"github.com/postlint/postlint/twittertext"
)

// Helpers shared by the accessibility and format rules.

// matchIn finds a word list's phrases in a string other than the post's
// text (an alt text, say), in the given languages.
func matchIn(lex *Lexicon, list string, langs []string, s string) []LexMatch {
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
