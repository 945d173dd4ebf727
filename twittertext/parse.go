package twittertext

import (
	"math"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ParseResult is the outcome of Parse, with the fields of twitter-text's
// parseTweet.
type ParseResult struct {
	// WeightedLength is the length of the post in characters as X counts
	// them (the total weight divided by Config.Scale).
	WeightedLength int
	// Valid reports whether the post can be published: not empty, no
	// longer than Config.MaxWeightedTweetLength and free of invalid
	// characters (see IsInvalidChar).
	Valid bool
	// Permillage is WeightedLength relative to the maximum, in thousandths,
	// rounded down; above 1000 when the post is too long.
	Permillage int
	// DisplayRangeStart and DisplayRangeEnd are the first and last index
	// of the text, inclusive, in UTF-16 code units.
	DisplayRangeStart, DisplayRangeEnd int
	// ValidRangeStart and ValidRangeEnd are the inclusive UTF-16 range of
	// the part of the text that fits; an editor highlights what follows
	// as overflow.
	ValidRangeStart, ValidRangeEnd int
}

// Parse measures text like twitter-text's parseTweet with configuration
// cfg. The text is normalised to NFC; URLs count cfg.TransformedURLLength
// characters; with cfg.EmojiParsingEnabled each emoji sequence (see
// FindEmoji) weighs cfg.DefaultWeight; every other code point weighs as
// cfg.Ranges say. Ranges are reported in UTF-16 code units of the original
// text, with the reference's coarse correction for normalisation.
func Parse(text string, cfg Config) ParseResult {
	if text == "" {
		return ParseResult{}
	}
	scale := max(cfg.Scale, 1)
	normalized := norm.NFC.String(text)
	urls := appendURLs(nil, normalized)
	var emoji []emojiSpan
	if cfg.EmojiParsingEnabled {
		emoji = findEmojiSpans(normalized)
	}

	limit := cfg.MaxWeightedTweetLength * scale
	weight := 0
	valid := true
	validEnd := 0 // last UTF-16 index that still fits
	units := 0    // UTF-16 units consumed so far
	ui, ei := 0, 0
	for i := 0; i < len(normalized); {
		for ui < len(urls) && urls[ui].Start < i {
			ui++
		}
		for ei < len(emoji) && emoji[ei].start < i {
			ei++
		}
		switch {
		case ui < len(urls) && urls[ui].Start == i:
			weight += cfg.TransformedURLLength * scale
			// The reference skips as many units as the URL text has.
			n := utf16Count(urls[ui].Text)
			i, units = skipUnits(normalized, i, n), units+n
		case ei < len(emoji) && emoji[ei].start == i:
			weight += cfg.DefaultWeight
			units += utf16Count(normalized[i:emoji[ei].end])
			i = emoji[ei].end
		default:
			r, n := utf8.DecodeRuneInString(normalized[i:])
			weight += charWeight(r, cfg)
			units += utf16Len(r)
			i += n
			if IsInvalidChar(r) {
				valid = false
			}
		}
		if valid && weight <= limit {
			validEnd = units - 1
		}
	}

	res := ParseResult{
		WeightedLength: weight / scale,
		Valid:          valid && weight > 0 && weight <= limit,
	}
	if cfg.MaxWeightedTweetLength > 0 {
		// Same floating-point steps as the reference, so rounding agrees.
		wl := float64(weight) / float64(scale)
		res.Permillage = int(math.Floor(wl / float64(cfg.MaxWeightedTweetLength) * 1000))
	}
	origUnits := utf16Count(text)
	res.DisplayRangeEnd = max(origUnits-1, 0)
	// The reference shifts by the change in length, not by an exact
	// mapping. When NFC lengthens the text (U+FB2C becomes three code
	// points) and nothing fits, that shift can go below zero; the range is
	// clamped to stay an index of the text.
	res.ValidRangeEnd = max(validEnd+origUnits-utf16Count(normalized), 0)
	return res
}

// charWeight is the weight of one code point. Like the reference, which
// looks at the last UTF-16 unit of a character, an astral code point is
// looked up by its low surrogate (so it gets the default weight unless a
// range covers U+DC00..U+DFFF).
func charWeight(r rune, cfg Config) int {
	c := int(r)
	if r >= 0x10000 {
		c = 0xDC00 + int(r-0x10000)&0x3FF
	}
	for _, rg := range cfg.Ranges {
		if c >= rg.Start && c <= rg.End {
			return rg.Weight
		}
	}
	return cfg.DefaultWeight
}

// skipUnits advances from byte offset i over n UTF-16 units.
func skipUnits(s string, i, n int) int {
	for n > 0 && i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		n -= utf16Len(r)
		i += size
	}
	return i
}
