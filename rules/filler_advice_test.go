package rules

import (
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
)

// TestFillerAdviceSameAsSuggestion holds that the advice cached per
// lexicon is what fillerSuggestion gives each entry of the filler-phrases
// lists, the built-in entries and those users add, read once or again,
// from one goroutine or several, and without a lexicon.
func TestFillerAdviceSameAsSuggestion(t *testing.T) {
	if fillerAdvice(nil) != nil {
		t.Fatal("advice without a lexicon")
	}
	user, err := NewLexicon(Extra{
		"id": {"filler-phrases": {"sehubungan dengan hal tersebut => (hapus)", "pada hakikatnya => (tulis ulang: katakan langsung)", "di dalam rangka => untuk / demi"}},
		"en": {"filler-phrases": {"at this point in time => now", "for all intents and purposes => (rewrite)", "in the event that"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, lex := range []*Lexicon{lexicon(t), user, nil} {
		var suggestions []string
		for _, c := range lexicon(t).langsOf(listFillerPhrases) {
			for _, e := range c.list() {
				suggestions = append(suggestions, e.Suggestion)
			}
		}
		if lex != nil {
			for _, c := range lex.langsOf(listFillerPhrases) {
				for _, e := range c.list() {
					suggestions = append(suggestions, e.Suggestion)
				}
			}
		}
		if len(suggestions) == 0 {
			t.Fatal("no filler-phrases entries")
		}
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				for _, s := range suggestions {
					if got, want := fillerAdvice(lex).get(s), fillerSuggestion(s); got != want {
						t.Errorf("advice for %q = %+v; want %+v", s, got, want)
						return
					}
				}
			})
		}
		wg.Wait()
	}
}

// TestTwoFieldsSameAsFields compares twoFields with strings.Fields on
// every short string over letters, ASCII and Unicode spaces and an invalid
// byte, and on random longer ones.
func TestTwoFieldsSameAsFields(t *testing.T) {
	alphabet := []string{"a", "é", " ", "\t", "\n", "\u0085", "\u00a0", "\u2003", "\u3000", "\xff", "-"}
	check := func(s string) {
		t.Helper()
		if got, want := twoFields(s), len(strings.Fields(s)) >= 2; got != want {
			t.Fatalf("twoFields(%q) = %v, want %v", s, got, want)
		}
	}
	var all func(prefix string, n int)
	all = func(prefix string, n int) {
		check(prefix)
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			all(prefix+c, n-1)
		}
	}
	all("", 4)
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		check(b.String())
	}
}
