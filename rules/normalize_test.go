package rules

import (
	"strings"
	"testing"

	"github.com/postlint/postlint/i18n"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		in   string
		mode normMode
		want string
	}{
		{"SEBARKAAAN", normElongation, "sebarkan"},
		{"aamiiin", normElongation, "amin"},
		{"b4ngs4t", normElongation, "b4ngs4t"},
		{"b4ngs4t", normLeet, "bangsat"},
		{"4nj1ng", normLeet, "anjing"},
		{"b@ngsat", normLeet, "bangsat"},
		{"2024", normLeet, "2024"},
		{"COVID-19", normElongation, "covid-19"},
		{"sebar-", normElongation, "sebar-"},
		{"forward ke <n> grup", normElongation, "forward ke <n> grup"},
		{"the reason why * will", normElongation, "the reason why * wil"},
		{"sebarkan!", normElongation, "sebarkan !"},
	}
	for _, tt := range tests {
		if got := normalizePhrase(tt.in, tt.mode); got != tt.want {
			t.Errorf("normalizePhrase(%q, %d) = %q, want %q", tt.in, tt.mode, got, tt.want)
		}
	}
}

func TestNormMatchMapsBackToTheOriginalText(t *testing.T) {
	lex, err := NewLexicon(Extra{i18n.ID: {"blocklist": {"otak udang"}}})
	if err != nil {
		t.Fatal(err)
	}
	text := "Ya ampun, 0TAK   UDAAANG!! 🦐 Otak udang."
	a := NewAnalysis(text, lex, []string{i18n.ID})
	var got []string
	for _, m := range a.normMatch(wordList("blocklist"), normLeet) {
		got = append(got, text[m.Start:m.End])
	}
	if strings.Join(got, "|") != "0TAK   UDAAANG|Otak udang" {
		t.Errorf("matches: %q", got)
	}
	// The same list without leetspeak misses the digit.
	got = got[:0]
	for _, m := range a.normMatch(wordList("blocklist"), normElongation) {
		got = append(got, text[m.Start:m.End])
	}
	if strings.Join(got, "|") != "Otak udang" {
		t.Errorf("matches without leetspeak: %q", got)
	}
}

// TestNormalizePlainPhraseShortcut checks the shortcut for plain phrases
// against the general path on every entry of every built-in list.
func TestNormalizePlainPhraseShortcut(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	plain := 0
	for list, byLang := range listsByName(lex) {
		for _, c := range byLang {
			for _, e := range c.list() {
				if !isPlainPhrase(e.Phrase) {
					continue
				}
				plain++
				if got, want := normalizePhrase(e.Phrase, normElongation), normalizePhraseTokens(e.Phrase, normElongation); got != want {
					t.Errorf("%s: %q normalised to %q, want %q", list, e.Phrase, got, want)
				}
			}
		}
	}
	for _, p := range []string{"aamiin", "sebarkaan sekarang", "bangsaaat", "a", "zz top"} {
		if got, want := normalizePhrase(p, normElongation), normalizePhraseTokens(p, normElongation); got != want {
			t.Errorf("%q normalised to %q, want %q", p, got, want)
		}
	}
	if plain == 0 {
		t.Error("no plain phrase in the built-in lists")
	}
}
