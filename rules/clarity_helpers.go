package rules

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/prose"
	"github.com/postlint/postlint/twittertext"
)

// bothLangs is for lists that apply whatever the post's language: an
// English post by an Indonesian office uses Indonesian titles and acronyms.
var bothLangs = []string{i18n.ID, i18n.EN}

// onlyID and onlyEN are the one-language lists Pass.Langs hands out, like
// bothLangs shared and never written to: a rule asks for its post's
// languages once per post.
var (
	onlyID = []string{i18n.ID}
	onlyEN = []string{i18n.EN}
)

// inLinkTagMention reports whether the byte offset lies inside a URL, hashtag or
// mention, which are not prose.
func inLinkTagMention(a *Analysis, off int) bool {
	return prose.Spans(entityMask(a)).Covering(off) >= 0
}

// entityMask returns the sorted, merged spans of links (Analysis.URLs:
// degrees that look like domains are not links), hashtags and mentions (with dotted handle tails),
// computed once per post so word-by-word checks stay linear.
func entityMask(a *Analysis) []prose.Span {
	if a.ready(slotEntityMask) {
		return a.entityMask
	}
	return viewEntityMask.Of(a)
}

func computeEntityMask(a *Analysis) []prose.Span {
	urls, tags, mentions := a.URLs(), a.Hashtags(), a.Mentions()
	if len(urls)+len(tags)+len(mentions) == 0 {
		return nil
	}
	spans := slices.Grow(a.buf.entityMask[:0], len(urls)+len(tags)+len(mentions))
	for _, u := range urls {
		spans = append(spans, prose.Span{Start: u.Start, End: u.End})
	}
	for _, h := range tags {
		spans = append(spans, prose.Span{Start: h.Start, End: h.End})
	}
	for _, m := range mentions {
		spans = append(spans, prose.Span{Start: m.Start, End: handleEnd(a.Text, m.End)})
	}
	// The order of spans that start together does not matter: they merge
	// into one.
	slices.SortFunc(spans, func(x, y prose.Span) int { return cmp.Compare(x.Start, y.Start) })
	merged := spans[:0]
	for _, s := range spans {
		if n := len(merged); n > 0 && s.Start <= merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, s.End)
			continue
		}
		merged = append(merged, s)
	}
	a.buf.entityMask = spans
	return capped(merged)
}

// isDegree reports whether a link entity's text is an academic degree
// ("M.Sc", "S.Si"), which X's link rules read as a domain.
func isDegree(s string) bool { return platform.IsDegree(s) }

// linksNotDegrees drops the degrees from the URL entities of text: the one
// definition of "a link" that every rule reading links shares (through
// Analysis.URLs).
func linksNotDegrees(text string, urls []twittertext.Entity) []twittertext.Entity {
	out := urls[:0:0]
	for _, u := range urls {
		if !isDegree(text[u.Start:u.End]) {
			out = append(out, u)
		}
	}
	return out
}

// inMention reports whether the offset lies inside a mention, counting the
// dotted tail of an Instagram or TikTok handle ("@disdukcapil.sby"), which
// X's rules end at the period.
func inMention(a *Analysis, off int) bool {
	ms := a.Mentions()
	// The last mention starting at or before off is the only candidate:
	// mentions are in text order and do not overlap.
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start > off }) - 1
	return i >= 0 && off < handleEnd(a.Text, ms[i].End)
}

// handleEnd extends a mention over ".name" parts glued to it.
func handleEnd(text string, end int) int {
	for end+1 < len(text) && text[end] == '.' && isASCIIWordByte(text[end+1]) {
		end++
		for end < len(text) && isASCIIWordByte(text[end]) {
			end++
		}
	}
	return end
}

// isASCIIWordByte reports [A-Za-z0-9_]: the characters of a handle, and
// the word characters of RE2's \w and \b.
func isASCIIWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// dottedContinuation reports a word glued by a period to the word before
// it ("Si" in "M.Si."), so the abbreviation counts as one word.
func dottedContinuation(text string, start int) bool {
	// The period test is inlined where the post's words are walked: most
	// words follow no period.
	return start >= 2 && text[start-1] == '.' && wordRuneBefore(text, start-1)
}

// wordRuneBefore reports a letter or digit just before text[end].
func wordRuneBefore(text string, end int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:end])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// proseSentence is a sentence span with its prose words: word and number
// tokens outside URLs, hashtags and mentions, with a dotted abbreviation
// (S.Sos., M.Si., Ph.D.) counted once.
type proseSentence struct {
	prose.Span
	Words []prose.Token
}

// proseSentences returns the sentences that hold at least one prose word;
// hashtag-only lines and emoji-only lines are left out.
func proseSentences(a *Analysis) []proseSentence { return viewProseSentences.Of(a) }

// computeProseSentences keeps the prose words of each sentence. A
// sentence that loses no word shares the post's word slice (capped, so an
// append cannot write into it), and those that lose some share one buffer:
// the sentences and that buffer are the analysis's, kept from post to
// post, so a post seldom allocates here at all.
// Words and sentences are in text order, so the words and the entity mask
// are walked once rather than searched per sentence and per word. The
// result is read-only, like every view.
func computeProseSentences(a *Analysis) []proseSentence {
	sents := a.Sentences()
	if len(sents) == 0 {
		return nil
	}
	mask := spanCursor{spans: entityMask(a)} // inLinkTagMention, for words in text order
	out := slices.Grow(a.buf.proseSents[:0], len(sents))
	var (
		buf  = a.buf.proseWords[:0] // kept words of the sentences that lose some
		cuts = a.buf.cuts[:0]       // out index, then buf bounds, for each of those
	)
	dropped := func(off int) bool { return mask.covers(off) || dottedContinuation(a.Text, off) }
	all := a.Words()
	lo, prev := 0, 0 // the first word at or after the previous sentence's start, and that start
	for _, s := range sents {
		// a.WordsIn(s), found by walking on from the previous sentence
		// rather than by two binary searches per sentence.
		if s.Start < prev {
			lo = 0 // sentences are in text order; stay correct anyway
		}
		prev = s.Start
		for lo < len(all) && all[lo].Start < s.Start {
			lo++
		}
		hi := lo
		for hi < len(all) && all[hi].End <= s.End {
			hi++
		}
		words := all[lo:hi]
		first := -1 // the first word left out
		for i, w := range words {
			if dropped(w.Start) {
				first = i
				break
			}
		}
		if first < 0 {
			if len(words) > 0 {
				out = append(out, proseSentence{Span: s, Words: words[:len(words):len(words)]})
			}
			continue
		}
		lo := len(buf)
		for i, w := range words {
			if i == first || i > first && dropped(w.Start) {
				continue
			}
			if buf == nil {
				// Sized for this sentence: most posts lose words in one
				// or two sentences only (a link, a degree), and grown by
				// append for more.
				buf = make([]prose.Token, 0, len(words))
			}
			buf = append(buf, w)
		}
		if len(buf) > lo {
			cuts = append(cuts, len(out), lo, len(buf))
			out = append(out, proseSentence{Span: s})
		}
	}
	for i := 0; i < len(cuts); i += 3 {
		lo, hi := cuts[i+1], cuts[i+2]
		out[cuts[i]].Words = buf[lo:hi:hi]
	}
	a.buf.proseSents, a.buf.proseWords, a.buf.cuts = out, buf, cuts
	return capped(out)
}

// listSet returns the entries of a word list in the given languages, by
// their folded phrase.
func listSet(a *Analysis, list listID, langs []string) WordSet {
	if a.lexicon == nil {
		return WordSet{}
	}
	return a.lexicon.foldedSet(list, langs)
}

// findIn matches a word list in text (which need not be the post's text)
// in the given languages.
func findIn(a *Analysis, list listID, langs []string, text string) []LexMatch {
	if a.lexicon == nil {
		return nil
	}
	return a.lexicon.find(list, langs, text, prose.Tokens(text))
}

// matchBoth matches a word list in the post's text in both languages,
// whatever the post's language. Several rules read the same lists
// (office-words, debunk-labels): each is matched once per post. Callers
// must not modify the result.
func matchBoth(a *Analysis, list listID) []LexMatch {
	if a.lexicon == nil {
		return nil
	}
	key := matchKey(list, bothMatches)
	if m, ok := a.found.get(key); ok {
		return m
	}
	return a.found.add(key, a.storeLexMatches(list, bothLangs), a.lexicon.storeKeys())
}

// startsUpper reports whether w starts with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// startsLower reports whether w starts with a lower-case letter.
func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// lineSpanAt returns the span of the line that holds the offset.
func lineSpanAt(text string, off int) prose.Span {
	start := strings.LastIndexByte(text[:off], '\n') + 1
	end := strings.IndexByte(text[off:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += off
	}
	return prose.Span{Start: start, End: end}
}

// isBulletLine reports a line that starts with a bullet, a list number or an
// emoji used as a bullet ("📍 Lokasi: …").
func isBulletLine(a *Analysis, line prose.Span) bool {
	text := a.Text
	i := line.Start
	for i < line.End && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if i >= line.End {
		return false
	}
	if inEntity(a.Emoji(), i) {
		return true
	}
	r, w := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '-', '*', '+', '•', '·', '–', '—', '▪', '►', '✓', '✔', '→':
		return i+w >= line.End || text[i+w] == ' ' || r > utf8.RuneSelf
	}
	j := i
	for j < line.End && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	return j > i && j-i <= 2 && j < line.End && (text[j] == '.' || text[j] == ')') &&
		(j+1 >= line.End || text[j+1] == ' ')
}

// quotedList quotes and joins items for a message.
func quotedList(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = "\"" + s + "\""
	}
	return strings.Join(q, ", ")
}

// shareOf formats a share as a whole percentage.
func shareOf(part, whole int) int {
	if whole == 0 {
		return 0
	}
	return (part*100 + whole/2) / whole
}

// entitiesStartingIn counts entities that start inside the span.
func entitiesStartingIn(es []twittertext.Entity, s prose.Span) int {
	n := 0
	for _, e := range es {
		if e.Start >= s.Start && e.Start < s.End {
			n++
		}
	}
	return n
}
