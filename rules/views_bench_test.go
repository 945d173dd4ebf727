package rules

import (
	"testing"

	"github.com/postlint/postlint/platform"
)

// BenchmarkSharedViews computes the views that most rules share (tokens,
// words, sentences, entities, quotes, the folded tokens and their
// word-list scan, the entity mask and the prose sentences) for each post
// of BenchmarkRule, in one analysis reset from post to post as the
// engine's worker does. Every rule checks the posts once beforehand, so
// the word-list automaton holds the lists the engine's does.
func BenchmarkSharedViews(b *testing.B) {
	lex, err := NewLexicon(nil)
	if err != nil {
		b.Fatal(err)
	}
	posts := benchPosts()
	specs := platform.Defaults()
	var (
		an  Analysis
		one [1]string
	)
	for _, p := range posts {
		lang, langs := benchLangs(p.Text)
		for _, r := range All() {
			doc := r.Doc()
			an.Reset(p.Text, lex, langs)
			var spec *platform.Spec
			if doc.PerPlatform {
				s := specs["instagram"]
				spec = &s
			}
			r.Check(NewPass(p, spec, benchMedia(p), lang, &an, doc))
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range posts {
			an.Reset(p.Text, lex, nil)
			langs := bothLangs
			if lang, _ := an.DetectLang(); lang != "" {
				one[0] = lang
				langs = one[:]
			}
			an.SetLangs(langs)
			sharedViews(&an)
			an.Reset("", lex, nil)
		}
	}
}

// sharedViews computes the views BenchmarkSharedViews measures.
func sharedViews(an *Analysis) {
	an.Sentences()
	an.Paragraphs()
	an.Words()
	an.URLs()
	an.Hashtags()
	an.Mentions()
	an.Emoji()
	an.Quoted()
	an.Folded()
	entityMask(an)
	proseSentences(an)
	an.Match(listCTA)
	matchBoth(an, listGovernmentAcronyms)
}
