package twittertext

// Entity is a span of the input string: byte offsets, half-open
// [Start, End). Callers map them onto their own positions (runes, UTF-16
// units, columns).
type Entity struct {
	Start, End int
	// Text is the matched text; for hashtags, mentions and cashtags it
	// omits the leading sign ('#', '@', '$'), although Start and End
	// still cover it.
	Text string
}

// MentionOrList is an @username or @username/list reference.
type MentionOrList struct {
	// Entity covers "@username" or "@username/list"; Text is the
	// username without '@'.
	Entity
	// ListSlug is "/list" for a list reference and "" for a mention.
	ListSlug string
}
