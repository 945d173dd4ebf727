package rules

import (
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/platform"
)

// BenchmarkRuleOwn measures each rule over the posts of BenchmarkRule with
// the views every post pays for (BenchmarkAnalysisBaseline's, the folded
// tokens, the entity mask and the word-list scan) computed beforehand, as
// when other rules asked first: the figure is the rule's own work and the
// views only it reads. Per-platform rules run on every default platform,
// as the engine runs them.
func BenchmarkRuleOwn(b *testing.B) {
	posts := warmBenchPosts(b, func(_ *draft.Post, _ string, an *Analysis) {
		an.Sentences()
		an.Tokens()
		an.Words()
		an.URLs()
		an.Hashtags()
		an.Mentions()
		an.Emoji()
		an.Quoted()
		an.Folded()
		entityMask(an)
		an.Match(listCTA)
	})
	specs := platform.Defaults()
	for _, rule := range All() {
		doc := rule.Doc()
		b.Run(doc.ID, func(b *testing.B) {
			for b.Loop() {
				for i := range posts {
					wp := &posts[i]
					an := wp.an // the warm views, and none that this rule added
					media := benchMedia(wp.post)
					if !doc.PerPlatform {
						rule.Check(NewPass(wp.post, nil, media, wp.lang, &an, doc))
						continue
					}
					for _, name := range []string{"x", "instagram", "facebook", "linkedin", "tiktok", "threads", "youtube", "whatsapp"} {
						spec := specs[name]
						rule.Check(NewPass(wp.post, &spec, media, wp.lang, &an, doc))
					}
				}
			}
		})
	}
}

// warmPost is a post of BenchmarkRule with its language and an analysis
// whose views were computed before timing.
type warmPost struct {
	post *draft.Post
	lang string
	an   Analysis
}

// warmBenchPosts returns the posts of BenchmarkRule, each with the views
// warm computes on its analysis.
func warmBenchPosts(b *testing.B, warm func(p *draft.Post, lang string, an *Analysis)) []warmPost {
	b.Helper()
	lex, err := NewLexicon(nil)
	if err != nil {
		b.Fatal(err)
	}
	var posts []warmPost
	for _, p := range benchPosts() {
		lang, langs := benchLangs(p.Text)
		an := NewAnalysis(p.Text, lex, langs)
		warm(p, lang, an)
		posts = append(posts, warmPost{p, lang, *an})
	}
	return posts
}
