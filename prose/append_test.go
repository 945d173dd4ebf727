package prose

import (
	"slices"
	"testing"
)

// TestAppendVariantsReuseBuffers checks that the append variants give what
// the allocating functions give when each text reuses the buffer the text
// before filled (the way an analysis reuses its buffers from post to post),
// and that they keep what dst already holds.
func TestAppendVariantsReuseBuffers(t *testing.T) {
	texts := append(slices.Clone(fuzzSeeds), fuzzSeeds[len(fuzzSeeds)-1]+fuzzSeeds[1]+fuzzSeeds[5], "a", "")
	var (
		toks, words  []Token
		sents, paras []Span
	)
	for _, text := range texts {
		toks = AppendTokens(toks[:0], text)
		if want := Tokens(text); !slices.Equal(toks, want) {
			t.Errorf("AppendTokens(reused, %q) = %v, want %v", text, toks, want)
		}
		words = AppendWords(words[:0], text)
		if want := Words(text); !slices.Equal(words, want) {
			t.Errorf("AppendWords(reused, %q) = %v, want %v", text, words, want)
		}
		sents = AppendSentences(sents[:0], text)
		if want := Sentences(text); !slices.Equal(sents, want) {
			t.Errorf("AppendSentences(reused, %q) = %v, want %v", text, sents, want)
		}
		paras = AppendParagraphs(paras[:0], text)
		if want := Paragraphs(text); !slices.Equal(paras, want) {
			t.Errorf("AppendParagraphs(reused, %q) = %v, want %v", text, paras, want)
		}
		prefix := []Span{{-1, -2}}
		if got, want := AppendSentences(prefix, text), slices.Concat(prefix, Sentences(text)); !slices.Equal(got, want) {
			t.Errorf("AppendSentences(%v, %q) = %v, want %v", prefix, text, got, want)
		}
		if got, want := AppendParagraphs(prefix, text), slices.Concat(prefix, Paragraphs(text)); !slices.Equal(got, want) {
			t.Errorf("AppendParagraphs(%v, %q) = %v, want %v", prefix, text, got, want)
		}
	}
}
