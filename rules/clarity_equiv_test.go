package rules

import (
	"slices"
	"testing"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/prose"
)

// clarityViewTexts are the texts the clarity views are compared on: the
// differential corpus plus posts full of links, tags, mentions and dotted
// abbreviations, which the prose words leave out.
func clarityViewTexts(t testing.TB) []string {
	texts := automatonTexts(t, 400)
	return append(texts,
		"",
		"#Tag @user https://x.id",
		"Drs. H. Ahmad, S.Sos., M.Si. membuka acara. Info: https://bit.ly/abc dan #HUTRI80 @pemkot.sby.\nLihat www.example.go.id!",
		"Dr. Jane Doe, Ph.D., visited @cityhall today. Read more at example.com/x #Flood #Ready. U.S.A. e.g. i.e.",
		"a.b.c.d e.f @a.b.c #x.y https://a.b/c.d. M.Sc S.Si Ir.Budi",
	)
}

// naiveProseSentences is the definition computeProseSentences keeps: each
// sentence with its words outside links, hashtags and mentions, less the
// words glued by a period to the word before, when any word is left.
func naiveProseSentences(a *Analysis) []proseSentence {
	var out []proseSentence
	for _, s := range a.Sentences() {
		var words []prose.Token
		for _, w := range a.WordsIn(s) {
			if inLinkTagMention(a, w.Start) || dottedContinuation(a.Text, w.Start) {
				continue
			}
			words = append(words, w)
		}
		if len(words) > 0 {
			out = append(out, proseSentence{Span: s, Words: words})
		}
	}
	return out
}

func TestProseSentencesSameAsNaive(t *testing.T) {
	for _, text := range clarityViewTexts(t) {
		a := NewAnalysis(text, nil, []string{i18n.ID})
		got, want := computeProseSentences(a), naiveProseSentences(a)
		if !slices.EqualFunc(got, want, func(g, w proseSentence) bool {
			return g.Span == w.Span && slices.Equal(g.Words, w.Words) && cap(g.Words) == len(g.Words)
		}) {
			t.Fatalf("prose sentences of %q:\n got %v\nwant %v", text, got, want)
		}
	}
}

func FuzzProseSentences(f *testing.F) {
	f.Add("Drs. H. Ahmad, S.Sos., M.Si. membuka acara di https://x.id #Tag @a.b")
	f.Add("One. Two #three @four five.six")
	f.Fuzz(func(t *testing.T, text string) {
		a := NewAnalysis(text, nil, []string{i18n.EN})
		got, want := computeProseSentences(a), naiveProseSentences(a)
		if !slices.EqualFunc(got, want, func(g, w proseSentence) bool {
			return g.Span == w.Span && slices.Equal(g.Words, w.Words) && cap(g.Words) == len(g.Words)
		}) {
			t.Fatalf("prose sentences of %q:\n got %v\nwant %v", text, got, want)
		}
	})
}
