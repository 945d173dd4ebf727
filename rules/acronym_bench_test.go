package rules

import (
	"testing"

	"github.com/postlint/postlint/draft"
)

// BenchmarkAcronymWarm measures the acronym and alarm-styling rules over
// the posts of BenchmarkRule with every view they read computed
// beforehand, by one run of each rule, as in the engine where other rules
// ask for the same views: the figure is the rules' own work.
func BenchmarkAcronymWarm(b *testing.B) {
	benchWarm(b, func(r Rule) bool {
		switch r.(type) {
		case *Acronym, *AlarmStyling:
			return true
		}
		return false
	})
}

// benchWarm runs each rule that keep selects as a sub-benchmark over the
// posts of BenchmarkRule, with the views every selected rule reads
// computed by one run of each before timing.
func benchWarm(b *testing.B, keep func(Rule) bool) {
	var rules []Rule
	for _, r := range All() {
		if keep(r) {
			rules = append(rules, r)
		}
	}
	posts := warmBenchPosts(b, func(p *draft.Post, lang string, an *Analysis) {
		for _, r := range rules {
			r.Check(NewPass(p, nil, benchMedia(p), lang, an, r.Doc()))
		}
	})
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
