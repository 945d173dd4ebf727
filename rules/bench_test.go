package rules

import (
	"math/rand/v2"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/corpus"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/prose"
)

// BenchmarkRule measures each rule alone over 200 generated drafts, with
// the shared analysis computed fresh for every post as the engine does, so
// a rule's figure includes the analysis it is first to ask for. Compare
// with BenchmarkAnalysisBaseline, which only tokenises.
func BenchmarkRule(b *testing.B) {
	lex, err := NewLexicon(nil)
	if err != nil {
		b.Fatal(err)
	}
	posts := benchPosts()
	specs := platform.Defaults()
	for _, rule := range All() {
		doc := rule.Doc()
		b.Run(doc.ID, func(b *testing.B) {
			for b.Loop() {
				for _, p := range posts {
					lang, langs := benchLangs(p.Text)
					an := NewAnalysis(p.Text, lex, langs)
					media := benchMedia(p)
					if !doc.PerPlatform {
						rule.Check(NewPass(p, nil, media, lang, an, doc))
						continue
					}
					spec := specs["instagram"]
					rule.Check(NewPass(p, &spec, media, lang, an, doc))
				}
			}
		})
	}
}

// benchPosts are the posts of 200 generated drafts the rule benchmarks
// lint.
func benchPosts() []*draft.Post {
	r := rand.New(rand.NewPCG(1, 2))
	var posts []*draft.Post
	for i := range 200 {
		name, content := corpus.Post(r, i)
		posts = append(posts, draft.Parse(name, draft.FormatOf(name), []byte(content), draft.Options{})...)
	}
	return posts
}

// benchLangs detects a post's language as the engine does, with the word
// lists' languages to use.
func benchLangs(text string) (lang string, langs []string) {
	lang, _ = prose.DetectLang(text)
	if lang == "" {
		return lang, []string{i18n.ID, i18n.EN}
	}
	return lang, []string{lang}
}

// benchMedia is a post's media type, text when none is given.
func benchMedia(p *draft.Post) platform.Media {
	if p.Meta.Media == "" {
		return "text"
	}
	return p.Meta.Media
}

// BenchmarkAnalysisBaseline is the cost every post pays before any rule:
// language detection, sentences, words and entities.
func BenchmarkAnalysisBaseline(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	var texts []string
	for i := range 200 {
		name, content := corpus.Post(r, i)
		for _, p := range draft.Parse(name, draft.FormatOf(name), []byte(content), draft.Options{}) {
			texts = append(texts, p.Text)
		}
	}
	for b.Loop() {
		for _, t := range texts {
			prose.DetectLang(t)
			an := NewAnalysis(t, nil, nil)
			an.Sentences()
			an.Tokens()
			an.Words()
			an.URLs()
			an.Hashtags()
			an.Mentions()
			an.Emoji()
		}
	}
}
