package rules

import (
	"slices"
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
	found                    matchStore // Match's, matchBoth's and normMatch's, by list (automaton.go)

	// Derived views that several rules share (see views.go).
	folded                   *prose.Folded
	lexScan                  postScan // the word lists, scanned once (scanLists)
	lang                     detectedLang
	firstLine, firstSentence prose.Span
	datelineSpan             optSpan
	allURLList               []twittertext.Entity
	entityMask               []prose.Span
	proseSents               []proseSentence
	trust                    trustState // normalised views for the trust rules (normalize.go)
	baitHits                 []baitHit  // engagement-bait's hits, for every platform
	titleChain               titleChain // hook-title-chain's titles and name run, for every platform

	// The other per-platform rules' work, done once (views_platform.go).
	perPlatform perPlatformViews

	buf analysisBuffers // memory the views reuse from post to post (Reset)
}

// NewAnalysis prepares the analysis of text; langs are the languages whose
// word lists apply.
func NewAnalysis(text string, lex *Lexicon, langs []string) *Analysis {
	return &Analysis{Text: text, lexicon: lex, langs: langs}
}

// Reset turns a into the analysis of text, as NewAnalysis would, but keeps the
// memory of the views it made for the post before, so that an engine
// linting post after post with one Analysis allocates the tokens, words,
// sentences and matches once rather than once per post. Every result
// the analysis handed out before is void: nothing that outlives a post
// (its findings, what a file rule keeps) may hold a view's result.
func (a *Analysis) Reset(text string, lex *Lexicon, langs []string) {
	if a.empty(lex) {
		// Nothing to let go of: an engine resets its analysis once a
		// post is done, so that the analysis keeps nothing of it, and
		// again for the next post, which found it empty then.
		a.Text, a.langs = text, langs
		return
	}
	buf := a.buf.reused()
	found := a.found
	found.reset()
	*a = Analysis{Text: text, lexicon: lex, langs: langs, found: found, buf: buf}
}

// empty reports whether a is what Reset("", lex, …) leaves, but for its
// languages and buffers: new, or Reset for no text with nothing read
// since. Every view sets its bit in done when it is computed; the fields
// below are the analysis's state that is no view's cell. Resetting it
// for a text then needs only the text: its buffers were emptied by the
// Reset before, and nothing has written them since.
func (a *Analysis) empty(lex *Lexicon) bool {
	return a.done == 0 && a.Text == "" && a.lexicon == lex && a.trace == nil &&
		a.lexScan.set == nil && a.lexScan.matches.Len() == 0 && a.trust == (trustState{}) &&
		len(a.found.recs) == 0 && len(a.found.all) == 0
}

// analysisBuffers are the slices the views' results are made in (see
// views.go): each view's Run appends to its buffer from length zero and
// stores the grown buffer back, so its result aliases the buffer until the
// next Reset. A view whose result is made here must not be computed twice
// for one post (View.Of computes a view once).
type analysisBuffers struct {
	tokens, words []prose.Token
	sentences     []prose.Span
	paragraphs    []prose.Span
	entityMask    []prose.Span
	proseSents    []proseSentence
	proseWords    []prose.Token // the kept words of proseSents that lose some
	cuts          []int         // computeProseSentences's bounds in proseWords
	trustSpans    []prose.Span  // the spans of trustEntities, one after another
	trustEntities trustEntitySpans
	// folds is the folded view and the trust lists' normalised one, made
	// in one pass (foldPost), which keep their arrays in it.
	folds *postFolds
	// scan is the last scan by the lexicon's automaton (scanLists).
	scan prose.SetMatches
}

// maxReusedLen caps the length a buffer may grow to and still be kept
// from post to post (some 100 KB of tokens): one long draft, a transcript,
// should not keep its memory for the rest of the run in every worker.
const maxReusedLen = 4096

// reused returns the buffers emptied for the next post, less those that
// grew past maxReusedLen.
func (b analysisBuffers) reused() analysisBuffers {
	// The sentences past the end hold the words of posts gone by.
	clear(b.proseSents[:cap(b.proseSents)])
	return analysisBuffers{
		tokens:     keepBuffer(b.tokens),
		words:      keepBuffer(b.words),
		sentences:  keepBuffer(b.sentences),
		paragraphs: keepBuffer(b.paragraphs),
		entityMask: keepBuffer(b.entityMask),
		proseSents: keepBuffer(b.proseSents),
		proseWords: keepBuffer(b.proseWords),
		cuts:       keepBuffer(b.cuts),
		trustSpans: keepBuffer(b.trustSpans),
		folds:      b.folds.reused(),
		scan:       keepScan(b.scan),
	}
}

// keepScan returns the scan whose memory the next post's is laid out in,
// none when it found more than maxReusedLen matches.
func keepScan(s prose.SetMatches) prose.SetMatches {
	if s.Len() > maxReusedLen {
		return prose.SetMatches{}
	}
	return s
}

// reused returns the folds to fold the next post in, nil when they grew
// past maxReusedLen tokens.
func (p *postFolds) reused() *postFolds {
	if p == nil || len(p.norm.toks) > maxReusedLen {
		return nil
	}
	return p
}

// keepBuffer returns s emptied, or nil when it grew past maxReusedLen.
func keepBuffer[S ~[]E, E any](s S) S {
	if cap(s) > maxReusedLen {
		return nil
	}
	return s[:0]
}

// makeTokens is the tokens view's Run: Tokens of the text, in the
// analysis's buffer.
func makeTokens(a *Analysis) []prose.Token {
	// prose.Tokens's first guess at the size, so that the first post
	// grows the buffer as seldom as prose.Tokens grows a fresh slice. It
	// also keeps the result non-nil for an empty text, as prose.Tokens's.
	toks := slices.Grow(a.buf.tokens[:0], len(a.Text)/4+1)
	a.buf.tokens = prose.AppendTokens(toks, a.Text)
	return capped(a.buf.tokens)
}

// makeSentences is the sentences view's Run: Sentences of the text, in
// the analysis's buffer.
func makeSentences(a *Analysis) []prose.Span {
	if len(a.Text) == 0 {
		return nil
	}
	// prose.Sentences's guess at the size, as in makeTokens.
	sents := slices.Grow(a.buf.sentences[:0], len(a.Text)/32+1)
	a.buf.sentences = prose.AppendSentences(sents, a.Text)
	if len(a.buf.sentences) == 0 {
		return nil // as prose.Sentences
	}
	return capped(a.buf.sentences)
}

// makeParagraphs is the paragraphs view's Run: Paragraphs of the text,
// in the analysis's buffer.
func makeParagraphs(a *Analysis) []prose.Span {
	a.buf.paragraphs = prose.AppendParagraphs(a.buf.paragraphs[:0], a.Text)
	if len(a.buf.paragraphs) == 0 {
		return nil // as prose.Paragraphs
	}
	return capped(a.buf.paragraphs)
}

// capped returns s with no room to grow, so that a rule appending to a
// view's result copies it rather than write into the analysis's buffer.
func capped[S ~[]E, E any](s S) S { return s[:len(s):len(s)] }

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

// Match returns the matches of a word list in the post's languages,
// sorted by position.
func (a *Analysis) Match(list listID) []LexMatch {
	if a.lexicon == nil {
		return nil
	}
	key := matchKey(list, plainMatches)
	if m, ok := a.found.get(key); ok {
		return m
	}
	return a.found.add(key, a.storeLexMatches(list, a.langs), a.lexicon.storeKeys())
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
