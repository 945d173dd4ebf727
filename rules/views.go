package rules

import (
	"slices"
	"strings"

	"github.com/postlint/postlint/prose"
	"github.com/postlint/postlint/twittertext"
)

// The declared views of a post's text (see view.go). Each names the views
// its Run reads in Requires; TestViewRequires checks that it reads no
// other.
var (
	viewSentences = &View[[]prose.Span]{
		Name: "sentences", slot: slotSentences,
		Run:  makeSentences,
		cell: func(a *Analysis) *[]prose.Span { return &a.sentences },
	}
	viewParagraphs = &View[[]prose.Span]{
		Name: "paragraphs", slot: slotParagraphs,
		Run:  makeParagraphs,
		cell: func(a *Analysis) *[]prose.Span { return &a.paragraphs },
	}
	// viewWords are the word and number tokens: the tokens less
	// punctuation and symbols, so the post is tokenised once.
	viewWords = &View[[]prose.Token]{
		Name: "words", slot: slotWords, Requires: []AnyView{viewTokens},
		Run:  wordsOfTokens,
		cell: func(a *Analysis) *[]prose.Token { return &a.words },
	}
	viewTokens = &View[[]prose.Token]{
		Name: "tokens", slot: slotTokens,
		Run:  makeTokens,
		cell: func(a *Analysis) *[]prose.Token { return &a.tokens },
	}
	// viewLang is the language detected from the post's words, on the
	// analysis's tokens rather than a second tokenisation.
	viewLang = &View[detectedLang]{
		Name: "lang", slot: slotLang, Requires: []AnyView{viewTokens},
		Run: func(a *Analysis) detectedLang {
			l, ok := prose.DetectLangTokens(a.Text, viewTokens.Of(a))
			return detectedLang{Lang: l, OK: ok}
		},
		cell: func(a *Analysis) *detectedLang { return &a.lang },
	}
	// viewAllURLs are the URLs as X's rules find them, degrees included;
	// the hashtag extraction needs them too.
	viewAllURLs = &View[[]twittertext.Entity]{
		Name: "all-urls", slot: slotAllURLs,
		Run:  func(a *Analysis) []twittertext.Entity { return twittertext.ExtractURLs(a.Text) },
		cell: func(a *Analysis) *[]twittertext.Entity { return &a.allURLList },
	}
	// viewURLs are the links less the academic degrees that look like
	// domains ("M.Sc", "S.Si": see isDegree), so that every rule reading
	// links agrees on what a link is.
	viewURLs = &View[[]twittertext.Entity]{
		Name: "urls", slot: slotURLs, Requires: []AnyView{viewAllURLs},
		Run: func(a *Analysis) []twittertext.Entity {
			return linksNotDegrees(a.Text, viewAllURLs.Of(a))
		},
		cell: func(a *Analysis) *[]twittertext.Entity { return &a.urls },
	}
	viewHashtags = &View[[]twittertext.Entity]{
		Name: "hashtags", slot: slotHashtags, Requires: []AnyView{viewAllURLs},
		Run: func(a *Analysis) []twittertext.Entity {
			return twittertext.ExtractHashtagsOutside(a.Text, func() []twittertext.Entity { return viewAllURLs.Of(a) })
		},
		cell: func(a *Analysis) *[]twittertext.Entity { return &a.hashtags },
	}
	viewMentions = &View[[]twittertext.Entity]{
		Name: "mentions", slot: slotMentions,
		Run:  func(a *Analysis) []twittertext.Entity { return twittertext.ExtractMentions(a.Text) },
		cell: func(a *Analysis) *[]twittertext.Entity { return &a.mentions },
	}
	viewEmoji = &View[[]twittertext.Entity]{
		Name: "emoji", slot: slotEmoji,
		Run:  func(a *Analysis) []twittertext.Entity { return twittertext.FindEmoji(a.Text) },
		cell: func(a *Analysis) *[]twittertext.Entity { return &a.emoji },
	}
	// viewQuoted reads the paragraphs view, which most posts make anyway,
	// only when the post has a quotation mark.
	viewQuoted = &View[[]prose.Span]{
		Name: "quoted", slot: slotQuoted, Requires: []AnyView{viewParagraphs},
		Run: func(a *Analysis) []prose.Span {
			return prose.QuotedSpansWith(a.Text, func() []prose.Span { return viewParagraphs.Of(a) })
		},
		cell: func(a *Analysis) *[]prose.Span { return &a.quoted },
	}
	// viewFolded is the post's tokens folded for word-list matching, made
	// once so that every list matches without folding the post again; the
	// same pass normalises them for the trust lists (foldPost).
	viewFolded = &View[*prose.Folded]{
		Name: "folded", slot: slotFolded, Requires: []AnyView{viewTokens},
		Run:  foldPost,
		cell: func(a *Analysis) **prose.Folded { return &a.folded },
	}
	viewFirstLine = &View[prose.Span]{
		Name: "first-line", slot: slotFirstLine,
		Run: func(a *Analysis) prose.Span {
			end := strings.IndexByte(a.Text, '\n')
			if end < 0 {
				end = len(a.Text)
			}
			return prose.Span{Start: 0, End: len(strings.TrimRight(a.Text[:end], " \t"))}
		},
		cell: func(a *Analysis) *prose.Span { return &a.firstLine },
	}
	viewFirstSentence = &View[prose.Span]{
		Name: "first-sentence", slot: slotFirstSentence, Requires: []AnyView{viewSentences},
		Run: func(a *Analysis) prose.Span {
			if s := viewSentences.Of(a); len(s) > 0 {
				return s[0]
			}
			return prose.Span{}
		},
		cell: func(a *Analysis) *prose.Span { return &a.firstSentence },
	}
	// viewDateline is leadingDateline of the post's text: several rules
	// skip the dateline.
	viewDateline = &View[optSpan]{
		Name: "dateline", slot: slotDateline,
		Run: func(a *Analysis) optSpan {
			e, ok := leadingDateline(a.Text)
			return optSpan{Span: prose.Span{Start: 0, End: e}, OK: ok}
		},
		cell: func(a *Analysis) *optSpan { return &a.datelineSpan },
	}
	viewEntityMask = &View[[]prose.Span]{
		Name: "entity-mask", slot: slotEntityMask,
		Requires: []AnyView{viewURLs, viewHashtags, viewMentions},
		Run:      computeEntityMask,
		cell:     func(a *Analysis) *[]prose.Span { return &a.entityMask },
	}
	viewProseSentences = &View[[]proseSentence]{
		Name: "prose-sentences", slot: slotProseSentences,
		Requires: []AnyView{viewSentences, viewWords, viewEntityMask},
		Run:      computeProseSentences,
		cell:     func(a *Analysis) *[]proseSentence { return &a.proseSents },
	}
	viewTrustEntities = &View[*trustEntitySpans]{
		Name: "trust-entities", slot: slotTrustEntities,
		Requires: []AnyView{viewURLs, viewMentions, viewHashtags},
		Run:      computeTrustEntities,
		cell:     func(a *Analysis) **trustEntitySpans { return &a.trust.entities },
	}
)

// wordsOfTokens returns the Word and Number tokens of the post's tokens,
// which are exactly prose.Words of its text, in the analysis's buffer.
func wordsOfTokens(a *Analysis) []prose.Token {
	toks := viewTokens.Of(a)
	// Room for every token, so that the words are copied in one pass
	// without counting them first. Never nil, as the words of a text
	// without any were before.
	out := slices.Grow(a.buf.words[:0], max(len(toks), 1))[:len(toks)]
	n := 0
	for _, t := range toks {
		if t.Kind == prose.Word || t.Kind == prose.Number {
			out[n] = t
			n++
		}
	}
	a.buf.words = out[:n]
	return capped(out[:n])
}

// detectedLang is the result of language detection: Lang is "id" or "en"
// when OK.
type detectedLang struct {
	Lang string
	OK   bool
}

// optSpan is a span that may be absent.
type optSpan struct {
	prose.Span
	OK bool
}

// allViews lists every declared view, in slot order.
var allViews = []AnyView{
	viewSentences, viewParagraphs, viewWords, viewTokens, viewLang, viewAllURLs,
	viewURLs, viewHashtags, viewMentions, viewEmoji, viewQuoted, viewFolded,
	viewFirstLine, viewFirstSentence, viewDateline, viewEntityMask,
	viewProseSentences, viewTrustEntities, viewBaitHits, viewTitleChain,
	viewInvisibleReports, viewAltCaptionWords, viewCaptionCount,
}
