package prose

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// mayOpenQuoteReference is mayOpenQuote as a byte loop, as it was before
// it searched for each mark: the oracle of TestMayOpenQuoteSameAsReference.
func mayOpenQuoteReference(text string) bool {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '"', '\'':
			return true
		case 0xC2: // « U+00AB
			if i+1 < len(text) && text[i+1] == 0xAB {
				return true
			}
		case 0xE2: // “ U+201C, „ U+201E, ‘ U+2018
			if i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x9C || text[i+2] == 0x9E || text[i+2] == 0x98) {
				return true
			}
		}
	}
	return false
}

func TestMayOpenQuoteSameAsReference(t *testing.T) {
	pieces := []string{"a", " ", "\"", "'", "«", "»", "“", "”", "„", "‘", "’", "—", "\xc2", "\xe2", "\xe2\x80", "\x80\x9c", "\xab", "é", "日"}
	check := func(s string) {
		t.Helper()
		if got, want := mayOpenQuote(s), mayOpenQuoteReference(s); got != want {
			t.Fatalf("mayOpenQuote(%q) = %v, want %v", s, got, want)
		}
	}
	for _, s := range pieces {
		check(s)
	}
	rng := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
}

func FuzzMayOpenQuote(f *testing.F) {
	for _, s := range []string{"", "a 'b' c", "\xe2\x80\x9c", "\xc2\xab", "’ — »"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := mayOpenQuote(s), mayOpenQuoteReference(s); got != want {
			t.Fatalf("mayOpenQuote(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestQuotedSpansWithAsksForParagraphsOnlyWhenQuoted: a post without an
// opening mark is spared the paragraphs, and a quoted one gets the spans
// QuotedSpans finds.
func TestQuotedSpansWithAsksForParagraphsOnlyWhenQuoted(t *testing.T) {
	for _, tt := range []struct {
		text  string
		asked bool
	}{
		{"", false},
		{"Tidak ada kutipan di sini.", false},
		{"Dia bilang \"besok\".\n\nLalu 'pergi' saja.", true},
		{"«Oui» ‘ya’ „nein“", true},
	} {
		asked := false
		got := QuotedSpansWith(tt.text, func() []Span { asked = true; return Paragraphs(tt.text) })
		if asked != tt.asked {
			t.Errorf("QuotedSpansWith(%q) asked for paragraphs: %v, want %v", tt.text, asked, tt.asked)
		}
		if want := QuotedSpans(tt.text); !slices.Equal(got, want) {
			t.Errorf("QuotedSpansWith(%q) = %v, QuotedSpans %v", tt.text, got, want)
		}
	}
}
