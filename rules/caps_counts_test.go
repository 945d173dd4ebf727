package rules

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/corpus"
	"github.com/postlint/postlint/prose"
)

// checkLetterCountsAnswer checks that a word's prose.LetterCounts answer
// what the caps checks used to ask by scanning the word again:
// prose.IsUpperWord and hasUpper.
func checkLetterCountsAnswer(t *testing.T, word string) {
	t.Helper()
	l, u := prose.LetterCounts(word)
	if got, want := allUpper(l, u), prose.IsUpperWord(word); got != want {
		t.Fatalf("%q: allUpper(%d, %d) = %v, IsUpperWord %v", word, l, u, got, want)
	}
	if got, want := u > 0, hasUpper(word); got != want {
		t.Fatalf("%q: %d upper-case letters, hasUpper %v", word, u, want)
	}
}

// capsCountPieces sit at the edges of the ASCII letter ranges and beyond:
// letters outside ASCII in both cases and title case, marks, digits and
// bytes that are not UTF-8.
var capsCountPieces = []string{"@", "A", "Z", "[", "`", "a", "z", "{", "KTP", "Rp", "-19", "'", "0", " ", "É", "é",
	"Σ", "ß", "ǅ", "Ⅻ", "ⅻ", "Ⓐ", "\u0301", "😀", "\x80", "\xff", "\xc3"}

func TestLetterCountsAnswerCapsQuestions(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for i := range 500 {
		_, content := corpus.Post(r, i)
		for _, w := range prose.Words(content) {
			checkLetterCountsAnswer(t, content[w.Start:w.End])
		}
	}
	for range 100000 {
		var b strings.Builder
		for range 1 + r.IntN(5) {
			b.WriteString(capsCountPieces[r.IntN(len(capsCountPieces))])
		}
		checkLetterCountsAnswer(t, b.String())
	}
}

func FuzzLetterCountsAnswerCapsQuestions(f *testing.F) {
	for _, p := range capsCountPieces {
		f.Add("KT" + p)
	}
	f.Fuzz(checkLetterCountsAnswer)
}
