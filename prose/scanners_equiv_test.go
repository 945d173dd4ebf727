package prose

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/postlint/postlint/internal/corpus"
)

// paragraphsByRune is Paragraphs as it was written before its ASCII fast
// path: every rune decoded and judged alike.
func paragraphsByRune(text string) []Span {
	var out []Span
	start, end := -1, -1
	for i := 0; i < len(text); {
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

// quotedSpansUnfiltered is QuotedSpans without the mayOpenQuote prefilter.
func quotedSpansUnfiltered(text string) []Span {
	var out []Span
	for _, p := range Paragraphs(text) {
		out = appendQuoted(out, text, p.Start, p.End)
	}
	return out
}

// checkScanners compares the fast scanners with their definitions on text.
func checkScanners(t *testing.T, text string) {
	t.Helper()
	if got, want := Paragraphs(text), paragraphsByRune(text); !slices.Equal(got, want) {
		t.Fatalf("Paragraphs(%q) = %v, want %v", text, got, want)
	}
	if got, want := QuotedSpans(text), quotedSpansUnfiltered(text); !slices.Equal(got, want) {
		t.Fatalf("QuotedSpans(%q) = %v, want %v", text, got, want)
	}
}

func TestScannersSameAsDefinitions(t *testing.T) {
	texts := append([]string{"\"", "'a'", "«x»", "„y“", "‘z’", "“w”", "\xe2\x80", "\xc2"}, fuzzSeeds...)
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 300 {
		_, content := corpus.Post(r, i)
		texts = append(texts, content)
	}
	for _, text := range texts {
		checkScanners(t, text)
	}
}

func FuzzScannersSameAsDefinitions(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(checkScanners)
}
