package rules

import (
	"slices"
	"sync"
	"testing"
)

// TestAppendPhrasesMatchesEntries: AppendPhrases reads a list without
// keeping its entries, and must give the phrases Entries holds, in order,
// for every built-in list and for lists the config extends or adds.
func TestAppendPhrasesMatchesEntries(t *testing.T) {
	lex, err := NewLexicon(Extra{
		"id": {"common-words": {"kata tambahan", "Kata Lain => ganti"}, "daftar-baru": {"satu", "dua"}},
		"en": {"filler-phrases": {"in order to => to"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for list, byLang := range listsByName(lex) {
		for lang := range byLang {
			var want []string
			for _, e := range lex.Entries(list, lang) {
				want = append(want, e.Phrase)
			}
			got := lex.AppendPhrases([]string{"before"}, list, lang)
			if got[0] != "before" || !slices.Equal(got[1:], want) {
				t.Errorf("AppendPhrases(%s, %s) = %q, want %q after the existing element", list, lang, got, want)
			}
		}
	}
	if got := lex.AppendPhrases(nil, "no-such-list", "id"); got != nil {
		t.Errorf("AppendPhrases of a missing list = %q, want nil", got)
	}
}

// TestDerivedStandsOnce checks that every caller of derived gets the one
// structure stored first for its id, however many goroutines build it at
// once, and that each id has its own.
func TestDerivedStandsOnce(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	got := make([][numDerived]*int, 8)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range numDerived {
				got[g][id] = lex.derived(id, func() any { return new(int) }).(*int)
			}
		}()
	}
	wg.Wait()
	for id := range numDerived {
		for g := range got {
			if got[g][id] != got[0][id] {
				t.Fatalf("derived %d: goroutine %d got another structure", id, g)
			}
		}
		for other := range id {
			if got[0][id] == got[0][other] {
				t.Fatalf("derived %d and %d are one structure", id, other)
			}
		}
	}
}
