package prose

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// appendParagraphsByByte is AppendParagraphs as it was before it passed
// runs of printable ASCII in one loop: kept as its oracle.
func appendParagraphsByByte(dst []Span, text string) []Span {
	out := dst
	start, end := -1, -1
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && c != '\n' && c != '\v' && c != '\f' && c != '\r' {
			if c != ' ' && c != '\t' {
				if start < 0 {
					start = i
				}
				end = i + 1
			}
			i++
			continue
		}
		if bl := lineBreakLen(text, i); bl > 0 {
			if start >= 0 && classifyLine(text, i+bl).blank {
				out = append(out, Span{start, end})
				start = -1
			}
			i += bl
			continue
		}
		r, w := decode(text, i)
		if !isBlank(r) {
			if start < 0 {
				start = i
			}
			end = i + w
		}
		i += w
	}
	if start >= 0 {
		out = append(out, Span{start, end})
	}
	return out
}

// paragraphTexts are short pieces that paragraphs are made of: words,
// blanks of every kind, line breaks of every kind, controls and invalid
// bytes.
var paragraphTexts = []string{
	"", "a", "Word.", " ", "\t", "\n", "\r\n", "\r", "\v", "\f", "\u0085", "\u2028", "\u2029", "\u00a0", "\u3000",
	"\x00", "\x1f", "\x7f", "\xff", "é", "😀", "- item", "  \n", "\n \t\n", "~!@#$%^&*()",
}

func TestAppendParagraphsSameAsByByte(t *testing.T) {
	check := func(text string) {
		if got, want := AppendParagraphs(nil, text), appendParagraphsByByte(nil, text); !slices.Equal(got, want) {
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
		if got, want := AppendParagraphs(nil, text), appendParagraphsByByte(nil, text); !slices.Equal(got, want) {
			t.Fatalf("AppendParagraphs(%q) = %v, want %v", text, got, want)
		}
	})
}
