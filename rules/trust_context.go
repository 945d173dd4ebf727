package rules

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/prose"
	"github.com/postlint/postlint/twittertext"
)

// The context policy every trust rule follows is declared in its Doc
// (lint.TrustContext) and applied by Pass.Report: see context.go.

// hasDebunkLabel reports whether the first line carries a label from the
// debunk-labels list (either language).
func hasDebunkLabel(a *Analysis) bool {
	if a.trust.label == 0 {
		a.trust.label = 2
		if len(debunkLabels(a)) > 0 {
			a.trust.label = 1
		}
	}
	return a.trust.label == 1
}

// debunkLabels returns the debunk labels of the first line (see
// DebunkLabel in context.go for where a label may stand).
func debunkLabels(a *Analysis) []prose.Span { return labelSpans(a) }

// The helpers below answer "where is this offset?" questions with binary
// searches over the post's sorted spans, so that a rule stays linear in the
// size of the post however many matches it checks.

// trustInEntity reports whether [start, end) overlaps a URL, hashtag or
// mention: "#viralkan" names a topic, it does not tell anyone to share.
func trustInEntity(a *Analysis, start, end int) bool {
	return overlapsSorted(a.trustEntities().all, start, end)
}

// trustInURL reports whether [start, end) overlaps a URL.
func trustInURL(a *Analysis, start, end int) bool {
	return overlapsSorted(a.trustEntities().urls, start, end)
}

// trustInMention reports whether [start, end) overlaps an @mention: a user name
// is not the author's wording.
func trustInMention(a *Analysis, start, end int) bool {
	return overlapsSorted(a.trustEntities().mentions, start, end)
}

// trustEntitySpans are a post's URLs, mentions and all three entity kinds
// merged, each sorted and without overlaps.
type trustEntitySpans struct {
	all, urls, mentions []prose.Span
}

func (a *Analysis) trustEntities() *trustEntitySpans {
	if a.ready(slotTrustEntities) {
		return a.trust.entities
	}
	return viewTrustEntities.Of(a)
}

// computeTrustEntities lays the three lists out one after another in the
// analysis's buffer (the URLs, the mentions, then all three merged), and
// returns them in the analysis's own trustEntitySpans: a post allocates
// none of it once the buffer has grown.
func computeTrustEntities(a *Analysis) *trustEntitySpans {
	urls, mentions, tags := a.URLs(), a.Mentions(), a.Hashtags()
	// Never nil, so that the lists are not either, as before.
	buf := slices.Grow(a.buf.trustSpans[:0], max(2*(len(urls)+len(mentions))+len(tags), 1))
	buf = appendEntitySpans(buf, urls)
	nu := len(buf)
	buf = appendEntitySpans(buf, mentions)
	nm := len(buf)
	buf = append(buf, buf[:nm]...)
	buf = appendEntitySpans(buf, tags)
	all := mergeSpans(buf[nm:])
	a.buf.trustSpans = buf
	e := &a.buf.trustEntities
	*e = trustEntitySpans{urls: capped(buf[:nu]), mentions: capped(buf[nu:nm]), all: capped(all)}
	return e
}

// appendEntitySpans appends the spans of es to dst.
func appendEntitySpans(dst []prose.Span, es []twittertext.Entity) []prose.Span {
	for _, e := range es {
		dst = append(dst, prose.Span{Start: e.Start, End: e.End})
	}
	return dst
}

// overlapsSorted reports whether [start, end) overlaps one of spans, which
// are sorted and do not overlap each other.
func overlapsSorted(spans []prose.Span, start, end int) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > start })
	return i < len(spans) && spans[i].Start < end
}

// trustInQuotes reports whether [start, end) lies inside quotation marks
// (Analysis.InQuotes, by binary search).
func trustInQuotes(a *Analysis, start, end int) bool {
	q := a.Quoted()
	i := sort.Search(len(q), func(i int) bool { return q[i].End >= end })
	return i < len(q) && q[i].Start <= start
}

// trustQuoteAround returns the quotation that holds [start, end), if any.
func trustQuoteAround(a *Analysis, start, end int) (prose.Span, bool) {
	q := a.Quoted()
	i := sort.Search(len(q), func(i int) bool { return q[i].End >= end })
	if i < len(q) && q[i].Start <= start {
		return q[i], true
	}
	return prose.Span{}, false
}

// trustMentioned reports a quotation at [start, end) whose words all lie in
// matches of ms (sorted, non-overlapping, as trustMatch returns): the quote
// holds nothing but the listed phrase, as a media-literacy post names the
// marks of a hoax ("pesan yang dibuka dengan \"info dari grup sebelah\"",
// "misalnya \"PENTING!!!\""). Such a quote names the phrase, it does not
// use it, so the rules that check for it (anonymous-source, alarm-styling)
// report nothing, where other quoted matches only drop a level.
func trustMentioned(a *Analysis, start, end int, ms []LexMatch) bool {
	q, ok := trustQuoteAround(a, start, end)
	if !ok {
		return false
	}
	words := trustWordsIn(a, q)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !overlapsMatch(ms, w.Start, w.End) {
			return false
		}
	}
	return true
}

// overlapsMatch reports whether a match of a sorted, non-overlapping list
// (as trustMatch returns) overlaps [start, end).
func overlapsMatch(ms []LexMatch, start, end int) bool {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > start })
	return i < len(ms) && ms[i].Start < end
}

// matchesIn returns the matches of a sorted list that start in [start, end).
func matchesIn(ms []LexMatch, start, end int) []LexMatch {
	lo := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= start })
	hi := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= end })
	return ms[lo:max(lo, hi)]
}

// lastMatchBefore returns the last match of a sorted list that ends at or
// before off.
func lastMatchBefore(ms []LexMatch, off int) (LexMatch, bool) {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > off }) - 1
	if i < 0 {
		return LexMatch{}, false
	}
	return ms[i], true
}

// trustWordsIn returns the words inside a span.
func trustWordsIn(a *Analysis, s prose.Span) []prose.Token {
	w := a.Words()
	lo := sort.Search(len(w), func(i int) bool { return w[i].Start >= s.Start })
	hi := sort.Search(len(w), func(i int) bool { return w[i].End > s.End })
	return w[lo:max(lo, hi)]
}

// trustWordsBetween counts the words between from and to.
func trustWordsBetween(a *Analysis, from, to int) int {
	return len(trustWordsIn(a, prose.Span{Start: from, End: to}))
}

// listTrustNegations is the word list read here, resolved once (wordList).
var listTrustNegations = wordList("trust-negations")

// trustNegated reports whether a negation ("jangan", "tidak", "don't", …:
// list trust-negations) ends at most three words before start, in the same
// sentence: "Jangan sebarkan!" is the opposite of a chain message. Only the
// nearest negation can be close enough.
func trustNegated(a *Analysis, start int) bool {
	m, ok := lastMatchBefore(a.trustMatch(listTrustNegations), start)
	return ok && trustWordsBetween(a, m.End, start) <= 3 && !strings.ContainsAny(a.Text[m.End:start], ".!?\n")
}

// trustSentenceOf returns the sentence holding offset off.
func trustSentenceOf(a *Analysis, off int) prose.Span {
	ss := a.Sentences()
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i < len(ss) && ss[i].Start <= off {
		return ss[i]
	}
	return prose.Span{Start: off, End: off}
}

// trustSentenceStart reports whether off is the first word of a sentence
// (leading emoji, quotes and brackets do not count).
func trustSentenceStart(a *Analysis, off int) bool {
	s := trustSentenceOf(a, off)
	w := a.Words()
	i := sort.Search(len(w), func(i int) bool { return w[i].Start >= s.Start })
	return i < len(w) && w[i].Start == off
}

// trustInLists reports whether any match of the lists lies in [start, end),
// outside URLs, hashtags and mentions.
func trustInLists(a *Analysis, start, end int, lists ...listID) bool {
	for _, l := range lists {
		for _, m := range matchesIn(a.trustMatch(l), start, end) {
			if m.End <= end && !trustInEntity(a, m.Start, m.End) {
				return true
			}
		}
	}
	return false
}

// trustAnyMatch reports whether a list matches anywhere outside URLs,
// hashtags and mentions.
func trustAnyMatch(a *Analysis, lists ...listID) bool {
	return trustInLists(a, 0, len(a.Text), lists...)
}

// isUpperText reports whether s has at least two letters, all upper case.
func isUpperText(s string) bool {
	letters, upper := prose.LetterCounts(s)
	return letters >= 2 && letters == upper
}

// isTitleWord reports whether w starts with an upper-case letter and goes
// on in lower case ("Budi", "Al-Hikmah"), with at least two letters.
func isTitleWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	letters, upper := prose.LetterCounts(w[n:])
	return letters >= 1 && upper < letters
}
