package platform

import (
	"math"
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

// MaxCount returns a bound that Count(text, unit) never exceeds, found
// without counting: every unit but Weighted counts a character as at most
// its UTF-8 bytes, so the text's byte length bounds its count. ok is false
// for Weighted, where a short link counts 23. A caller comparing with a
// limit skips the count when the bound is within it.
func MaxCount(text string, unit Unit) (n int, ok bool) {
	if unit == Weighted {
		return 0, false
	}
	return len(text), true
}

// GraphemeCount counts user-perceived characters (extended grapheme
// clusters).
func GraphemeCount(text string) int {
	if isASCII(text) { // every byte is one, except that CR LF is one (GB3)
		return len(text) - strings.Count(text, "\r\n")
	}
	n, _ := graphemeScan(text, -1)
	return n
}

// GraphemeOffset returns the byte offset after the first n grapheme
// clusters of text, or len(text) when it has fewer.
func GraphemeOffset(text string, n int) int {
	if n <= 0 {
		return 0
	}
	if len(text) <= n {
		return len(text) // no more characters than bytes: all of it
	}
	_, end := graphemeScan(text, n)
	return end
}

// GraphemesAtMost reports whether text has at most n user-perceived
// characters, GraphemeCount(text) <= n, counting no further than past n: a
// text within n bytes is not counted at all, as a character is at least a
// byte.
func GraphemesAtMost(text string, n int) bool {
	if len(text) <= n {
		return true
	}
	if n < 0 {
		return false
	}
	count, _ := graphemeScan(text, n+1)
	return count <= n
}

// graphemeScan walks the grapheme clusters of text, at most limit of them
// (all for a negative limit), and returns how many it walked and the byte
// offset where it stopped.
//
// Posts are mostly ASCII with an emoji or a dash here and there, and the
// Unicode segmentation costs a table search per character. But an ASCII
// character followed by another ASCII character is a cluster of its own
// (only CR LF joins: GB3; no other rule joins or looks back across two
// ASCII characters), so such characters are counted by byte, and the
// segmentation runs only from the last ASCII character before a non-ASCII
// one (which may join it: "e" and U+0301) until two ASCII characters start
// a cluster again. It starts afresh there, at a boundary after an ASCII
// character, where no rule depends on what came before
// (TestGraphemeScanMatchesUniseg).
//
// The ASCII case of graphemeEnd is repeated in the loop: graphemeEnd is
// too big to inline, and a call for each byte of a mostly ASCII post cost
// more than the counting.
func graphemeScan(text string, limit int) (n, pos int) {
	state := -1
	for pos < len(text) && n != limit {
		if limit < 0 || limit-n >= 8 {
			if k := asciiClusters8(text, pos); k > 0 {
				pos, n, state = pos+k, n+k, -1
				continue
			}
		}
		if c := text[pos]; c < utf8.RuneSelf && (pos+1 == len(text) || text[pos+1] < utf8.RuneSelf) {
			pos++
			if c == '\r' && pos < len(text) && text[pos] == '\n' {
				pos++
			}
			n, state = n+1, -1
			continue
		}
		pos, state = graphemeEnd(text, pos, state)
		n++
	}
	return n, pos
}

// asciiClusters8 returns 8 when the eight bytes at pos are eight clusters
// of one ASCII byte each, as graphemeEnd would find them one by one: they
// and the byte after them are ASCII, and none is a CR (which a LF after it
// would join). Otherwise, or with fewer than nine bytes left, it returns
// 0. The eight bytes are tested as one word.
func asciiClusters8(text string, pos int) int {
	if len(text)-pos < 9 {
		return 0
	}
	b := text[pos : pos+9]
	// Written so that the compiler loads the eight bytes as one word.
	w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	if w&highs != 0 || b[8] >= utf8.RuneSelf {
		return 0
	}
	if cr := w ^ '\r'*ones; (cr-ones)&^cr&highs != 0 {
		return 0 // a byte is CR
	}
	return 8
}

// graphemeEnd returns the end of the grapheme cluster that starts at pos
// and the segmentation state to pass for the next one (see graphemeScan).
func graphemeEnd(text string, pos, state int) (end, next int) {
	if c := text[pos]; c < utf8.RuneSelf && (pos+1 == len(text) || text[pos+1] < utf8.RuneSelf) {
		if c == '\r' && pos+1 < len(text) && text[pos+1] == '\n' {
			return pos + 2, -1
		}
		return pos + 1, -1
	}
	cluster, _, _, next := uniseg.FirstGraphemeClusterInString(text[pos:], state)
	return pos + len(cluster), next
}

// emojiWidth weighs the clusters of a text for CharactersEmojiBytes: a
// cluster that starts inside an emoji counts its bytes, any other one.
// Clusters must be asked for in text order.
type emojiWidth struct {
	emoji []twittertext.Entity
	next  int
}

func (w *emojiWidth) of(start, end int) int {
	for w.next < len(w.emoji) && w.emoji[w.next].End <= start {
		w.next++
	}
	if w.next < len(w.emoji) && w.emoji[w.next].Start <= start && start < w.emoji[w.next].End {
		return end - start
	}
	return 1
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
	n, _ := scanEmojiBytes(text, math.MaxInt)
	return n
}

// scanEmojiBytes counts text as charactersEmojiBytes does, stopping at the
// first cluster that takes the count past limit: the count so far, and
// where that cluster starts (len(text) when all of text fits).
func scanEmojiBytes(text string, limit int) (n, cut int) {
	w := emojiWidth{emoji: twittertext.FindEmoji(text)}
	for pos, state := 0, -1; pos < len(text); {
		start := pos
		pos, state = graphemeEnd(text, pos, state)
		if n += w.of(start, pos); n > limit {
			return n, start
		}
	}
	return n, len(text)
}

// Visible returns the prefix of text that shows before the fold (fold
// characters, counted in grapheme clusters), and whether text was cut.
func Visible(text string, fold int) (string, bool) {
	if fold <= 0 {
		return text, false
	}
	if end := GraphemeOffset(text, fold); end < len(text) {
		return text[:end], true
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
	if unit != CharactersEmojiBytes {
		return GraphemeOffset(text, limit)
	}
	_, cut := scanEmojiBytes(text, limit)
	return cut
}

// CountOverflow returns Count(text, unit) and, when the count is over
// limit, Overflow(text, unit, limit), or len(text) when the text fits. On
// X's weighted unit the text is parsed once for both: the weighted length
// does not depend on the limit the parse is given.
func CountOverflow(text string, unit Unit, limit int) (n, cut int) {
	if unit != Weighted {
		if n = Count(text, unit); n <= limit {
			return n, len(text)
		}
		return n, Overflow(text, unit, limit)
	}
	res := parseWeighted(text, limit)
	return res.WeightedLength, weightedCut(text, res, limit)
}

// overflowWeighted finds the cut from twitter-text's valid range: the
// last UTF-16 unit that still fits, as X's own editor highlights overflow.
// One measurement, so long posts stay linear.
func overflowWeighted(text string, limit int) int {
	return weightedCut(text, parseWeighted(text, limit), limit)
}

// parseWeighted parses text as X does, with limit as its length limit.
func parseWeighted(text string, limit int) twittertext.ParseResult {
	cfg := twittertext.V3()
	cfg.MaxWeightedTweetLength = limit
	return twittertext.Parse(text, cfg)
}

// weightedCut is overflowWeighted's cut from the text's parse with the
// limit.
func weightedCut(text string, res twittertext.ParseResult, limit int) int {
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
