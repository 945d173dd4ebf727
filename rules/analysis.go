package rules

import (
	"sort"

	"github.com/postlint/postlint/prose"
	"github.com/postlint/postlint/twittertext"
)

// Analysis is the text analysis of one post, computed on first use and
// shared by every rule that checks the post, so sentences, words and
// entities are found once per post rather than once per rule.
type Analysis struct {
	Text    string
	lexicon *Lexicon
	langs   []string

	// done has one bit per declared view (view.go): set once the view's
	// result is in its field below.
	done  uint64
	trace *viewTrace // nil unless a test checks view declarations

	sentences, paragraphs    []prose.Span
	words, tokens            []prose.Token
	urls, hashtags, mentions []twittertext.Entity
	emoji                    []twittertext.Entity
	quoted                   []prose.Span
	found                    matchStore // Match's and normMatch's, by list (automaton.go)

	// Derived views that several rules share (see views.go).
	folded                   *prose.Folded
	lexScan                  postScan       // the word lists, scanned once (lexFind)
	bothMatches              []namedMatches // matchBoth's, in bothFirst while they fit
	bothFirst                [4]namedMatches
	lang                     detectedLang
	firstLine, firstSentence prose.Span
	datelineSpan             optSpan
	allURLList               []twittertext.Entity
	entityMask               []prose.Span
	proseSents               []proseSentence
	trust                    trustState // normalised views for the trust rules (normalize.go)
	baitHits                 []baitHit  // engagement-bait's hits, for every platform
	titleChain               titleChain // hook-title-chain's titles and name run, for every platform
}

// NewAnalysis prepares the analysis of text; langs are the languages whose
// word lists apply.
func NewAnalysis(text string, lex *Lexicon, langs []string) *Analysis {
	return &Analysis{Text: text, lexicon: lex, langs: langs}
}

// ready reports whether the view in slot s is computed and may be read
// from its field directly: the wrappers below read a computed view without
// the call through the view's declaration, since rules ask for the same
// view once per word or match. Tracing goes through View.Of.
func (a *Analysis) ready(s viewSlot) bool { return a.done&(1<<s) != 0 && a.trace == nil }

// DetectLang decides the post's language as prose.DetectLang does, from
// the analysis's own tokens.
func (a *Analysis) DetectLang() (lang string, ok bool) {
	l := viewLang.Of(a)
	return l.Lang, l.OK
}

// SetLangs sets the languages whose word lists apply, for a caller that
// decides them from the analysis (DetectLang); it must come before any
// rule reads the analysis.
func (a *Analysis) SetLangs(langs []string) { a.langs = langs }

// Sentences returns the sentence spans.
func (a *Analysis) Sentences() []prose.Span {
	if a.ready(slotSentences) {
		return a.sentences
	}
	return viewSentences.Of(a)
}

// Paragraphs returns the paragraph spans.
func (a *Analysis) Paragraphs() []prose.Span {
	if a.ready(slotParagraphs) {
		return a.paragraphs
	}
	return viewParagraphs.Of(a)
}

// Words returns word and number tokens.
func (a *Analysis) Words() []prose.Token {
	if a.ready(slotWords) {
		return a.words
	}
	return viewWords.Of(a)
}

// Tokens returns words, numbers and punctuation.
func (a *Analysis) Tokens() []prose.Token {
	if a.ready(slotTokens) {
		return a.tokens
	}
	return viewTokens.Of(a)
}

// URLs returns links as X recognises them (bare domains included), less
// the academic degrees that look like domains ("M.Sc", "S.Si": see
// isDegree), so that every rule reading links agrees on what a link is.
func (a *Analysis) URLs() []twittertext.Entity {
	if a.ready(slotURLs) {
		return a.urls
	}
	return viewURLs.Of(a)
}

// Hashtags returns the hashtags; Entity.Text has no '#'.
func (a *Analysis) Hashtags() []twittertext.Entity {
	if a.ready(slotHashtags) {
		return a.hashtags
	}
	return viewHashtags.Of(a)
}

// Mentions returns the @mentions; Entity.Text has no '@'.
func (a *Analysis) Mentions() []twittertext.Entity {
	if a.ready(slotMentions) {
		return a.mentions
	}
	return viewMentions.Of(a)
}

// Emoji returns emoji sequences.
func (a *Analysis) Emoji() []twittertext.Entity {
	if a.ready(slotEmoji) {
		return a.emoji
	}
	return viewEmoji.Of(a)
}

// Quoted returns spans inside quotation marks.
func (a *Analysis) Quoted() []prose.Span {
	if a.ready(slotQuoted) {
		return a.quoted
	}
	return viewQuoted.Of(a)
}

// InQuotes reports whether the span lies inside quotation marks.
func (a *Analysis) InQuotes(start, end int) bool {
	// Quoted spans are sorted and never overlap.
	return prose.Spans(a.Quoted()).Holding(start, end)
}

// Match returns the matches of a named word list in the post's languages,
// sorted by position.
func (a *Analysis) Match(list string) []LexMatch {
	if a.lexicon == nil {
		return nil
	}
	n := a.lexicon.listNum(list)
	if n < 0 {
		return nil // no such list matches nothing
	}
	key := matchKey(n, plainMatches)
	if m, ok := a.found.get(key); ok {
		return m
	}
	return a.found.add(key, a.storeLexMatches(list, a.langs))
}

// Folded returns the post's tokens folded for word-list matching, made
// once so that every list matches without folding the post again.
func (a *Analysis) Folded() *prose.Folded {
	if a.ready(slotFolded) {
		return a.folded
	}
	return viewFolded.Of(a)
}

// FirstLine returns the span of the first line of text.
func (a *Analysis) FirstLine() prose.Span {
	return viewFirstLine.Of(a)
}

// FirstSentence returns the span of the first sentence.
func (a *Analysis) FirstSentence() prose.Span {
	return viewFirstSentence.Of(a)
}

// WordsIn returns the word tokens inside a span.
func (a *Analysis) WordsIn(s prose.Span) []prose.Token {
	// Words are sorted and never overlap; binary searches keep a rule that
	// asks once per sentence linear in the size of the post.
	words := a.Words()
	lo := sort.Search(len(words), func(i int) bool { return words[i].Start >= s.Start })
	end := lo + sort.Search(len(words)-lo, func(i int) bool { return words[lo+i].End > s.End })
	return words[lo:end]
}

// dateline is leadingDateline of the post's text, found once per post:
// several rules skip the dateline.
func (a *Analysis) dateline() (start, end int, ok bool) {
	d := viewDateline.Of(a)
	return d.Start, d.End, d.OK
}
