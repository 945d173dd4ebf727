package platform

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/postlint/postlint/twittertext"
	"github.com/rivo/uniseg"
)

// Count measures text in a unit.
func Count(text string, unit Unit) int {
	switch unit {
	case Weighted:
		return twittertext.Parse(text, twittertext.V3()).WeightedLength
	case UTF16:
		return UTF16Len(text)
	case UTF8:
		return len(text)
	case CharactersEmojiBytes:
		return charactersEmojiBytes(text)
	}
	return GraphemeCount(text)
}

// GraphemeCount counts user-perceived characters (extended grapheme
// clusters). In ASCII text every byte is one, except that CR LF is one
// cluster (rule GB3), so most posts are counted without the Unicode
// segmentation tables.
func GraphemeCount(text string) int {
	if !isASCII(text) {
		return uniseg.GraphemeClusterCount(text)
	}
	return len(text) - strings.Count(text, "\r\n")
}

func isASCII(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// UTF16Len counts UTF-16 code units without allocating.
func UTF16Len(text string) int {
	n := 0
	for _, r := range text {
		n += utf16.RuneLen(r) // invalid bytes decode to U+FFFD, one unit
	}
	return n
}

// charactersEmojiBytes counts grapheme clusters, except that an emoji
// counts as many as its UTF-8 bytes (Threads: 😀 = 4).
func charactersEmojiBytes(text string) int {
	if isASCII(text) {
		return GraphemeCount(text) // every emoji is outside ASCII
	}
	emoji := twittertext.FindEmoji(text)
	n, e := 0, 0
	g := uniseg.NewGraphemes(text)
	for g.Next() {
		start, end := g.Positions()
		for e < len(emoji) && emoji[e].End <= start {
			e++
		}
		if e < len(emoji) && emoji[e].Start <= start && start < emoji[e].End {
			n += end - start
			continue
		}
		n++
	}
	return n
}

// Visible returns the prefix of text that shows before the fold (fold
// characters, counted in grapheme clusters), and whether text was cut.
func Visible(text string, fold int) (string, bool) {
	if fold <= 0 {
		return text, false
	}
	if isASCII(text) { // one byte per character, CR LF one character
		n := 0
		for pos := 0; pos < len(text); pos++ {
			if n == fold {
				return text[:pos], true
			}
			if text[pos] == '\r' && pos+1 < len(text) && text[pos+1] == '\n' {
				pos++
			}
			n++
		}
		return text, false
	}
	state := -1
	rest := text
	n, pos := 0, 0
	for len(rest) > 0 {
		var cluster string
		cluster, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		if n == fold {
			return text[:pos], true
		}
		pos += len(cluster)
		n++
	}
	return text, false
}

// Overflow returns the byte offset of the first character that no longer
// fits within limit, or len(text) when the text fits.
func Overflow(text string, unit Unit, limit int) int {
	switch unit {
	case Weighted:
		return overflowWeighted(text, limit)
	case UTF16:
		n := 0
		for i, r := range text {
			n += utf16.RuneLen(r)
			if n > limit {
				return i
			}
		}
		return len(text)
	case UTF8:
		if len(text) <= limit {
			return len(text)
		}
		i := limit
		for i > 0 && !utf8.RuneStart(text[i]) {
			i--
		}
		return i
	}
	emoji := twittertext.FindEmoji(text)
	n, e := 0, 0
	g := uniseg.NewGraphemes(text)
	for g.Next() {
		start, end := g.Positions()
		w := 1
		if unit == CharactersEmojiBytes {
			for e < len(emoji) && emoji[e].End <= start {
				e++
			}
			if e < len(emoji) && emoji[e].Start <= start && start < emoji[e].End {
				w = end - start
			}
		}
		n += w
		if n > limit {
			return start
		}
	}
	return len(text)
}

// overflowWeighted finds the cut from twitter-text's valid range: the
// last UTF-16 unit that still fits, as X's own editor highlights overflow.
// One measurement, so long posts stay linear.
func overflowWeighted(text string, limit int) int {
	cfg := twittertext.V3()
	cfg.MaxWeightedTweetLength = limit
	res := twittertext.Parse(text, cfg)
	if res.WeightedLength <= limit {
		return len(text)
	}
	units := 0
	for i, r := range text {
		if units > res.ValidRangeEnd {
			return i
		}
		units += utf16.RuneLen(r)
	}
	return len(text)
}
