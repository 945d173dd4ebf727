package prose

import (
	"slices"
	"strings"
	"testing"
)

// paragraphTexts are short pieces that paragraphs are made of: words,
// blanks of every kind, line breaks of every kind, controls and invalid
// bytes.
var paragraphTexts = []string{
	"", "a", "Word.", " ", "\t", "\n", "\r\n", "\r", "\v", "\f", "\u0085", "\u2028", "\u2029", "\u00a0", "\u3000",
	"\x00", "\x1f", "\x7f", "\xff", "é", "😀", "- item", "  \n", "\n \t\n", "~!@#$%^&*()",
}

// TestAppendParagraphsSameAsByRune compares AppendParagraphs with its
// definition, paragraphsByRune, on every text of three pieces.
func TestAppendParagraphsSameAsByRune(t *testing.T) {
	check := func(text string) {
		if got, want := AppendParagraphs(nil, text), paragraphsByRune(text); !slices.Equal(got, want) {
			t.Fatalf("AppendParagraphs(%q) = %v, want %v", text, got, want)
		}
	}
	for _, a := range paragraphTexts {
		for _, b := range paragraphTexts {
			for _, c := range paragraphTexts {
				check(a + b + c)
			}
		}
	}
	check(strings.Repeat("Warga antre di kantor kecamatan.\n\nHari ini buka. \t\r\n", 20))
}

func FuzzAppendParagraphs(f *testing.F) {
	for _, s := range paragraphTexts {
		f.Add(s + "x y\n\nz")
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := AppendParagraphs(nil, text), paragraphsByRune(text); !slices.Equal(got, want) {
			t.Fatalf("AppendParagraphs(%q) = %v, want %v", text, got, want)
		}
	})
}
