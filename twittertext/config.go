package twittertext

// Config mirrors twitter-text's config/v*.json files: how much each
// character weighs and how long a post may be.
//
// Weights are in units of 1/Scale character: with Scale 100, a weight of
// 100 is one character and 200 is two.
type Config struct {
	// Version is the config version (1, 2 or 3); informational only.
	Version int
	// MaxWeightedTweetLength is the longest valid post, in characters.
	MaxWeightedTweetLength int
	// Scale is the number of weight units per character.
	Scale int
	// DefaultWeight is the weight of a code point outside every range.
	DefaultWeight int
	// EmojiParsingEnabled makes each emoji sequence weigh DefaultWeight,
	// however many code points it has.
	EmojiParsingEnabled bool
	// TransformedURLLength is the number of characters a URL counts as
	// (the length of a t.co link).
	TransformedURLLength int
	// Ranges lists code point ranges with their own weight; the first
	// range that contains a code point wins.
	Ranges []WeightRange
}

// WeightRange gives the code points Start through End (inclusive) the
// weight Weight.
type WeightRange struct{ Start, End, Weight int }

// V1 returns twitter-text's config v1: 140 characters, every code point
// weighs one.
func V1() Config {
	return Config{
		Version:                1,
		MaxWeightedTweetLength: 140,
		Scale:                  1,
		DefaultWeight:          1,
		TransformedURLLength:   23,
	}
}

// V2 returns twitter-text's config v2: 280 characters, CJK and most
// symbols weigh two, emoji are counted code point by code point.
func V2() Config {
	return Config{
		Version:                2,
		MaxWeightedTweetLength: 280,
		Scale:                  100,
		DefaultWeight:          200,
		TransformedURLLength:   23,
		Ranges:                 lightRanges(),
	}
}

// V3 returns twitter-text's config v3, the default: like V2, but an emoji
// sequence (family, flag, skin tone, keycap ...) weighs two in total.
func V3() Config {
	c := V2()
	c.Version = 3
	c.EmojiParsingEnabled = true
	return c
}

// lightRanges are the code points that weigh one character in v2 and v3.
// A fresh slice is returned so callers may modify their Config freely.
func lightRanges() []WeightRange {
	return []WeightRange{
		{Start: 0x0000, End: 0x10FF, Weight: 100}, // Latin ... Georgian
		{Start: 0x2000, End: 0x200D, Weight: 100}, // spaces, ZWSP, ZWNJ, ZWJ
		{Start: 0x2010, End: 0x201F, Weight: 100}, // dashes, quotation marks
		{Start: 0x2032, End: 0x2037, Weight: 100}, // primes
	}
}
