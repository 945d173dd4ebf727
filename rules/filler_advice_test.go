package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFillerAdviceSameAsSuggestion holds that the advice built once per
// lexicon is what fillerSuggestion gives each entry of the filler-phrases
// lists, the built-in entries and those users add, so that no finding
// takes the fallback.
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
	for _, lex := range []*Lexicon{lexicon(t), user} {
		advice, entries := fillerAdvice(lex), 0
		for _, c := range lex.langsOf(listFillerPhrases) {
			for _, e := range c.list() {
				entries++
				got, ok := advice[e.Suggestion]
				if want := fillerSuggestion(e.Suggestion); !ok || got != want {
					t.Fatalf("advice for %q (%s) = %+v, %v; want %+v", e.Suggestion, e.Phrase, got, ok, want)
				}
			}
		}
		if entries == 0 {
			t.Fatal("no filler-phrases entries")
		}
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
