// Package platform knows the social platforms postlint checks posts for.
// Its table (table.go) is the one source of their names, titles and
// aliases, and of each one's limits: its hard length limit and the unit
// it counts in, the fold after which the feed shows "See more", and its
// caps on hashtags, mentions and links. Some limits depend on what the
// post carries, so the media types (Media) live here too.
package platform

import (
	"fmt"
	"strings"
)

// Unit is how a platform counts length.
type Unit string

// Counting units (platforms.md, "Counting units").
const (
	// Weighted is X's twitter-text v3 weighted length.
	Weighted Unit = "weighted"
	// UTF16 counts UTF-16 code units, like a browser text box.
	UTF16 Unit = "utf16"
	// UTF8 counts bytes, as YouTube's description limit does.
	UTF8 Unit = "utf8"
	// Characters counts grapheme clusters: what people call characters.
	Characters Unit = "characters"
	// CharactersEmojiBytes counts characters, but each emoji as its UTF-8
	// bytes, as Threads does.
	CharactersEmojiBytes Unit = "characters-emoji-bytes"
)

// Units lists the valid units.
func Units() []Unit {
	return []Unit{Weighted, UTF16, UTF8, Characters, CharactersEmojiBytes}
}

// Spec is one platform's limits. The TOML keys are those of the config's
// [platform.<name>] tables.
type Spec struct {
	// Name is the platform's name in postlint ("linkedin"), Title the
	// name as people write it ("LinkedIn") and Aliases the other
	// spellings writers use for it ("linked in"), from data/aliases.toml.
	// None of them can be set from the config.
	Name    string   `toml:"-"`
	Title   string   `toml:"-"`
	Aliases []string `toml:"-"`
	// Limit is the hard length limit in Unit.
	Limit int `toml:"limit"`
	// MediaLimit applies when the post carries media (WhatsApp captions).
	MediaLimit int `toml:"media_limit"`
	// PhotoLimit applies to photo and carousel posts (TikTok photo mode).
	PhotoLimit int `toml:"photo_limit"`
	// Premium raises X's limit to PremiumLimit.
	Premium      bool `toml:"premium"`
	PremiumLimit int  `toml:"premium_limit"`
	Unit         Unit `toml:"unit"`
	// Fold is how many characters show before "See more"; 0 when the
	// whole post shows.
	Fold int `toml:"fold"`
	// HashtagCap is the most hashtags the platform accepts (0: no cap).
	HashtagCap int `toml:"hashtag_cap"`
	// HashtagAdvised is the advised maximum (0: no advice).
	HashtagAdvised int `toml:"hashtag_advised"`
	MentionCap     int `toml:"mention_cap"`
	LinkCap        int `toml:"link_cap"`
	// AltLimit is the hard alt-text limit in characters (0: none known).
	AltLimit int `toml:"alt_limit"`
	// LinksClickable is false where URLs in captions are plain text.
	LinksClickable bool `toml:"links_clickable"`
	// Forbidden lists characters the platform rejects outright.
	Forbidden string `toml:"forbidden"`
}

// LimitFor returns the hard limit for a post with the given media.
func (s Spec) LimitFor(media Media) int {
	switch {
	case s.Premium && s.PremiumLimit > 0:
		return s.PremiumLimit
	case s.PhotoLimit > 0 && media.IsPhoto():
		return s.PhotoLimit
	case s.MediaLimit > 0 && media.HasMedia():
		return s.MediaLimit
	}
	return s.Limit
}

// FoldFor returns the fold in characters, or the hard limit when the whole
// post shows (X).
func (s Spec) FoldFor(media Media) int {
	if s.Fold > 0 {
		return s.Fold
	}
	return s.LimitFor(media)
}

// Validate checks a spec after config overrides.
func (s Spec) Validate() error {
	if s.Limit <= 0 {
		return fmt.Errorf("limit must be positive, got %d", s.Limit)
	}
	valid := false
	for _, u := range Units() {
		if s.Unit == u {
			valid = true
		}
	}
	if !valid {
		var names []string
		for _, u := range Units() {
			names = append(names, string(u))
		}
		return fmt.Errorf("unknown unit %q (use %s)", s.Unit, strings.Join(names, ", "))
	}
	for _, n := range []struct {
		name string
		v    int
	}{{"fold", s.Fold}, {"media_limit", s.MediaLimit}, {"photo_limit", s.PhotoLimit}, {"premium_limit", s.PremiumLimit},
		{"hashtag_cap", s.HashtagCap}, {"hashtag_advised", s.HashtagAdvised}, {"mention_cap", s.MentionCap},
		{"link_cap", s.LinkCap}, {"alt_limit", s.AltLimit}} {
		if n.v < 0 {
			return fmt.Errorf("%s must not be negative, got %d", n.name, n.v)
		}
	}
	return nil
}
