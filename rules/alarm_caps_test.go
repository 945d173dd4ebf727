package rules

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/internal/corpus"
)

// TestCapsWordsAreTheLookUps checks that capsWords answers as the look-ups
// it memoises, asked twice in either order, on generated drafts and on
// posts in capitals longer than its memo.
func TestCapsWordsAreTheLookUps(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	r := rand.New(rand.NewPCG(9, 10))
	for i := range 500 {
		name, content := corpus.Post(r, i)
		for _, p := range draft.Parse(name, draft.FormatOf(name), []byte(content), draft.Options{}) {
			texts = append(texts, p.Text)
		}
	}
	texts = append(texts, strings.Repeat("JALAN DITUTUP TOTAL KTP BPJS Polri MALAM INI ", 60))
	for _, text := range texts {
		_, langs := benchLangs(text)
		a := NewAnalysis(text, lex, langs)
		var memo [256]uint8
		cw := capsWords{a: a, memo: memo[:min(len(a.Words()), len(memo))]}
		for round := range 2 {
			for i, w := range a.Words() {
				word := text[w.Start:w.End]
				wantAllowed := hasUpper(word) && lex.inList("caps-allowlist", word)
				wantOrdinary := ordinaryWord(a, word)
				if (i+round)%2 == 0 {
					if got := cw.allowed(i, word); got != wantAllowed {
						t.Fatalf("allowed(%d, %q) = %v, want %v", i, word, got, wantAllowed)
					}
				}
				if got := cw.ordinary(i, word); got != wantOrdinary {
					t.Fatalf("ordinary(%d, %q) = %v, want %v", i, word, got, wantOrdinary)
				}
				if got := cw.allowed(i, word); got != wantAllowed {
					t.Fatalf("allowed(%d, %q) = %v, want %v", i, word, got, wantAllowed)
				}
			}
		}
	}
}
