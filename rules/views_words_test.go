package rules

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/corpus"
	"github.com/postlint/postlint/prose"
)

// wordsOfTokensReference is wordsOfTokens as it was before the words
// were copied in one pass: counted first, then appended into room for
// exactly them. The oracle of TestWordsOfTokensSameAsReference.
func wordsOfTokensReference(toks []prose.Token) []prose.Token {
	n := 0
	for _, t := range toks {
		if t.Kind == prose.Word || t.Kind == prose.Number {
			n++
		}
	}
	out := make([]prose.Token, 0, max(n, 1))
	for _, t := range toks {
		if t.Kind == prose.Word || t.Kind == prose.Number {
			out = append(out, t)
		}
	}
	return out
}

// TestWordsOfTokensSameAsReference compares the words view of one
// analysis, reset from post to post as the engine's worker does, with
// wordsOfTokensReference and prose.Words, on generated drafts, texts
// without words and one long enough to grow the buffer.
func TestWordsOfTokensSameAsReference(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"", " ", "!!! ...", "🎉", "Halo", strings.Repeat("Dr. Budi membuka acara 08.00 #UMKM @humas! ", 200), "a"}
	r := rand.New(rand.NewPCG(11, 12))
	for i := range 300 {
		_, content := corpus.Post(r, i)
		texts = append(texts, content)
	}
	var an Analysis
	for _, text := range texts {
		an.Reset(text, lex, nil)
		got := an.Words()
		want := wordsOfTokensReference(prose.Tokens(text))
		if !slices.Equal(got, want) || !slices.Equal(got, prose.Words(text)) {
			t.Fatalf("%q: words %v, reference %v", text, got, want)
		}
		if got == nil || cap(got) != len(got) {
			t.Fatalf("%q: words nil or with room after them (len %d, cap %d)", text, len(got), cap(got))
		}
	}
}
