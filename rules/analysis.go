package rules

import (
	"sort"
	"strings"

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

	sentences, paragraphs        []prose.Span
	words, tokens                []prose.Token
	urls, hashtags, mentions     []twittertext.Entity
	emoji                        []twittertext.Entity
	quoted                       []prose.Span
	haveSentences, haveParas     bool
	haveWords, haveTokens        bool
	haveURLs, haveTags, haveMent bool
	haveEmoji, haveQuoted        bool
	matches                      map[string][]LexMatch

	// Derived views that several rules share (see clarity_helpers.go).
	folded         *prose.Folded
	lexScan        postScan              // the word lists, scanned once (lexFind)
	bothMatches    map[string][]LexMatch // matchBoth, by list
	datelineSpan   prose.Span            // dateline, when datelineState is 1
	datelineState  int8                  // 0 not looked for, 1 found, 2 none
	allURLList     []twittertext.Entity  // allURLs
	haveAllURLs    bool
	entityMask     []prose.Span
	haveMask       bool
	proseSents     []proseSentence
	haveProseSents bool
	trust          trustState // normalised views for the trust rules (normalize.go)
}

// NewAnalysis prepares the analysis of text; langs are the languages whose
// word lists apply.
func NewAnalysis(text string, lex *Lexicon, langs []string) *Analysis {
	return &Analysis{Text: text, lexicon: lex, langs: langs}
}

// Sentences returns the sentence spans.
func (a *Analysis) Sentences() []prose.Span {
	if !a.haveSentences {
		a.sentences, a.haveSentences = prose.Sentences(a.Text), true
	}
	return a.sentences
}

// Paragraphs returns the paragraph spans.
func (a *Analysis) Paragraphs() []prose.Span {
	if !a.haveParas {
		a.paragraphs, a.haveParas = prose.Paragraphs(a.Text), true
	}
	return a.paragraphs
}

// Words returns word and number tokens.
func (a *Analysis) Words() []prose.Token {
	if !a.haveWords {
		a.words, a.haveWords = prose.Words(a.Text), true
	}
	return a.words
}

// Tokens returns words, numbers and punctuation.
func (a *Analysis) Tokens() []prose.Token {
	if !a.haveTokens {
		a.tokens, a.haveTokens = prose.Tokens(a.Text), true
	}
	return a.tokens
}

// URLs returns links as X recognises them (bare domains included), less
// the academic degrees that look like domains ("M.Sc", "S.Si": see
// isDegree), so that every rule reading links agrees on what a link is.
func (a *Analysis) URLs() []twittertext.Entity {
	if !a.haveURLs {
		a.urls, a.haveURLs = linksNotDegrees(a.Text, a.allURLs()), true
	}
	return a.urls
}

// allURLs returns the URLs as X's rules find them, degrees included; the
// hashtag extraction needs them too.
func (a *Analysis) allURLs() []twittertext.Entity {
	if !a.haveAllURLs {
		a.allURLList, a.haveAllURLs = twittertext.ExtractURLs(a.Text), true
	}
	return a.allURLList
}

// Hashtags returns the hashtags; Entity.Text has no '#'.
func (a *Analysis) Hashtags() []twittertext.Entity {
	if !a.haveTags {
		a.hashtags, a.haveTags = twittertext.ExtractHashtagsOutside(a.Text, a.allURLs), true
	}
	return a.hashtags
}

// Mentions returns the @mentions; Entity.Text has no '@'.
func (a *Analysis) Mentions() []twittertext.Entity {
	if !a.haveMent {
		a.mentions, a.haveMent = twittertext.ExtractMentions(a.Text), true
	}
	return a.mentions
}

// Emoji returns emoji sequences.
func (a *Analysis) Emoji() []twittertext.Entity {
	if !a.haveEmoji {
		a.emoji, a.haveEmoji = twittertext.FindEmoji(a.Text), true
	}
	return a.emoji
}

// Quoted returns spans inside quotation marks.
func (a *Analysis) Quoted() []prose.Span {
	if !a.haveQuoted {
		a.quoted, a.haveQuoted = prose.QuotedSpans(a.Text), true
	}
	return a.quoted
}

// InQuotes reports whether the span lies inside quotation marks.
func (a *Analysis) InQuotes(start, end int) bool {
	// Quoted spans are sorted and never overlap.
	return prose.Spans(a.Quoted()).Holding(start, end)
}

// Match returns the matches of a named word list in the post's languages,
// sorted by position.
func (a *Analysis) Match(list string) []LexMatch {
	if m, ok := a.matches[list]; ok {
		return m
	}
	if a.matches == nil {
		a.matches = map[string][]LexMatch{}
	}
	var out []LexMatch
	if a.lexicon != nil {
		out = a.lexFind(list, a.langs)
	}
	a.matches[list] = out
	return out
}

// Folded returns the post's tokens folded for word-list matching, made
// once so that every list matches without folding the post again.
func (a *Analysis) Folded() *prose.Folded {
	if a.folded == nil {
		a.folded = prose.FoldTokens(a.Text, a.Tokens())
	}
	return a.folded
}

// FirstLine returns the span of the first line of text.
func (a *Analysis) FirstLine() prose.Span {
	end := strings.IndexByte(a.Text, '\n')
	if end < 0 {
		end = len(a.Text)
	}
	return prose.Span{Start: 0, End: len(strings.TrimRight(a.Text[:end], " \t"))}
}

// FirstSentence returns the span of the first sentence.
func (a *Analysis) FirstSentence() prose.Span {
	if s := a.Sentences(); len(s) > 0 {
		return s[0]
	}
	return prose.Span{}
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
	if a.datelineState == 0 {
		a.datelineState = 2
		if s, e, ok := leadingDateline(a.Text); ok {
			a.datelineSpan, a.datelineState = prose.Span{Start: s, End: e}, 1
		}
	}
	return a.datelineSpan.Start, a.datelineSpan.End, a.datelineState == 1
}
