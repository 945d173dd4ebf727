package twittertext

import (
	"strings"
	"unicode/utf8"
)

// ExtractHashtags returns the hashtags in text, in order. A hashtag is '#'
// or '＃' followed by letters, marks, digits and a few joiners, with at
// least one letter or mark; it must not follow a letter, digit or '&', and
// must not be followed by another hash sign or "://". Hashtags inside URLs
// are dropped.
func ExtractHashtags(text string) []Entity {
	return ExtractHashtagsOutside(text, func() []Entity { return ExtractURLs(text) })
}

// ExtractHashtagsOutside is ExtractHashtags for a caller that keeps the
// text's URLs: urls returns ExtractURLs(text), and is called only when the
// text has a hashtag, so the URLs are not extracted twice.
func ExtractHashtagsOutside(text string, urls func() []Entity) []Entity {
	tags := scanHashtags(text)
	if len(tags) == 0 {
		return tags
	}
	return removeOverlaps(tags, urls())
}

func isHashSign(r rune) bool { return r == '#' || r == 0xFF03 }

// scanHashtags implements twitter-text's validHashtag pattern:
//
//	(boundary)([#＃])(?!\uFE0F|\u20E3)(alnum* alpha alnum*)
//
// where the boundary is the start of the text, U+FE0E, U+FE0F, or any
// other character that is neither hashtag text nor '&'.
//
// It jumps from hash sign to hash sign rather than decoding every rune
// of the text: the character before a sign is decoded backwards, which
// gives the rune that decoding forwards from the previous match's end
// gives (a rune's lead byte is never inside another one), and a sign's
// bytes are always where a rune starts. TestScanHashtagsSameAsReference
// and FuzzScanHashtags hold it to the rune-by-rune scanner.
func scanHashtags(s string) []Entity {
	if !strings.ContainsRune(s, '#') && !strings.ContainsRune(s, 0xFF03) {
		return nil
	}
	wide := strings.Contains(s, "\uFF03")
	var out []Entity
	lastIndex := 0 // end of the previous match; the next boundary starts here or later
	for h := indexSign(s, 0, '#', "\uFF03", wide); h >= 0; h = indexSign(s, h, '#', "\uFF03", wide) {
		n := 1
		if s[h] != '#' {
			n = len("\uFF03")
		}
		if hashtagBoundaryAt(s, h, lastIndex) {
			if end, ok := hashtagText(s, h+n); ok {
				lastIndex = end
				if !followedByHashOrScheme(s[end:]) {
					if out == nil {
						// Every hashtag starts with a sign: room for all
						// at once, where appending grew the slice two or
						// three times for most posts.
						out = make([]Entity, 0, strings.Count(s[h:], "#")+strings.Count(s[h:], "\uFF03"))
					}
					out = append(out, Entity{Start: h, End: end, Text: s[h+n : end]})
				}
				h = end
				continue
			}
		}
		h += n
	}
	return out
}

// hashtagBoundaryAt reports whether a hash sign at h may start a hashtag
// after a match that ended at lastIndex (0 before the first): a character
// consumed by that match is no boundary.
func hashtagBoundaryAt(s string, h, lastIndex int) bool {
	if h == 0 {
		return true
	}
	if h == lastIndex {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[lastIndex:h])
	return isHashtagBoundary(prev)
}

// isHashtagBoundary reports whether a hashtag may follow the rune r.
func isHashtagBoundary(r rune) bool {
	return r == vs15 || r == vs16 || !isHashtagAlnum(r) && r != '&'
}

// hashtagText returns the end of the hashtag text starting at i: the
// longest run of hashtag characters, which must hold a letter or mark and
// must not start with U+FE0F or U+20E3 (keycap "#️⃣").
func hashtagText(s string, i int) (int, bool) {
	j := i
	alpha := false
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isHashtagAlnum(r) || j == i && (r == vs16 || r == keycapCap) {
			break
		}
		alpha = alpha || isHashtagAlpha(r)
		j += n
	}
	return j, alpha
}

func followedByHashOrScheme(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	return isHashSign(r) || strings.HasPrefix(after, "://")
}

// removeOverlaps drops the entities of tags that overlap a URL, keeping
// the one that starts first, as twitter-text's removeOverlappingEntities
// does. Both lists are sorted by Start.
func removeOverlaps(tags, urls []Entity) []Entity {
	if len(urls) == 0 {
		return tags
	}
	out := tags[:0]
	prevEnd := -1
	ui := 0
	for _, t := range tags {
		// URLs that start before this tag come first in the merged order
		// (on a tie the tag would come first, as in the reference).
		for ui < len(urls) && urls[ui].Start < t.Start {
			if urls[ui].Start >= prevEnd {
				prevEnd = urls[ui].End
			}
			ui++
		}
		if t.Start < prevEnd {
			continue
		}
		out = append(out, t)
		prevEnd = t.End
	}
	return out
}
