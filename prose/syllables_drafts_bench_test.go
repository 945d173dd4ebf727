package prose

import (
	"math/rand/v2"
	"testing"

	"github.com/postlint/postlint/internal/corpus"
)

// BenchmarkSyllablesDrafts counts the syllables of the words of 200
// generated drafts, each in its own language, as the readability check
// does in a many-draft run.
func BenchmarkSyllablesDrafts(b *testing.B) {
	type word struct{ text, lang string }
	var words []word
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 200 {
		lang, content := corpus.Post(r, i)
		for _, t := range Words(content) {
			if t.Kind == Word {
				words = append(words, word{content[t.Start:t.End], lang})
			}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Syllables(w.text, w.lang)
		}
	}
}
