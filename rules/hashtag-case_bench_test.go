package rules

import (
	"testing"

	"github.com/postlint/postlint/draft"
)

// BenchmarkPostRulesWarm measures hashtag-case, passive-voice, cta-missing,
// claim-without-source, personal-data and clickbait over the posts of
// BenchmarkRule with every view they read computed beforehand, as
// BenchmarkAcronymWarm does for its rules: the figure is each rule's own
// work.
func BenchmarkPostRulesWarm(b *testing.B) {
	benchWarm(b, func(r Rule) bool {
		switch r.(type) {
		case *HashtagCase, *PassiveVoice, *CtaMissing, *ClaimWithoutSource, *PersonalData, *Clickbait:
			return true
		}
		return false
	})
}

// benchWarm runs each rule that keep selects as a sub-benchmark over the
// posts of BenchmarkRule, with the views every selected rule reads
// computed by one run of each before timing.
func benchWarm(b *testing.B, keep func(Rule) bool) {
	lex, err := NewLexicon(nil)
	if err != nil {
		b.Fatal(err)
	}
	var rules []Rule
	for _, r := range All() {
		if keep(r) {
			rules = append(rules, r)
		}
	}
	type warmPost struct {
		post *draft.Post
		lang string
		an   Analysis
	}
	var posts []warmPost
	for _, p := range benchPosts() {
		lang, langs := benchLangs(p.Text)
		an := NewAnalysis(p.Text, lex, langs)
		for _, r := range rules {
			r.Check(NewPass(p, nil, benchMedia(p), lang, an, r.Doc()))
		}
		posts = append(posts, warmPost{p, lang, *an})
	}
	for _, r := range rules {
		doc := r.Doc()
		b.Run(doc.ID, func(b *testing.B) {
			for b.Loop() {
				for i := range posts {
					wp := &posts[i]
					an := wp.an // the warm views
					r.Check(NewPass(wp.post, nil, benchMedia(wp.post), wp.lang, &an, doc))
				}
			}
		})
	}
}
