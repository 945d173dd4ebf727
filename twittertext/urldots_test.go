package twittertext

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/corpus"
)

// lastTLDDotBackward is lastTLDDot as it was first written: dots visited
// from the end with strings.LastIndexByte.
func lastTLDDotBackward(s string) int {
	for end := len(s); ; {
		i := strings.LastIndexByte(s[:end], '.')
		if i < 0 {
			return -1
		}
		if i+1 < len(s) {
			if c := s[i+1] | 0x20; c >= 'a' && c <= 'z' || s[i+1] >= 0x80 {
				return i
			}
		}
		end = i
	}
}

// dotsByByte lists the offsets of the '.'s of s, one byte at a time.
func dotsByByte(s string) []int {
	var out []int
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			out = append(out, i)
		}
	}
	return out
}

func checkDots(t *testing.T, text string) {
	t.Helper()
	if got, want := lastTLDDot(text), lastTLDDotBackward(text); got != want {
		t.Fatalf("lastTLDDot(%q) = %d, want %d", text, got, want)
	}
	if got, want := newURLScanner(text).hosts.dots, dotsByByte(text); !slices.Equal(got, want) {
		t.Fatalf("dots of %q = %v, want %v", text, got, want)
	}
}

// TestURLsMatchNaiveDrafts compares the scanner, and the dot searches it
// starts with, with their transcriptions on generated drafts.
func TestURLsMatchNaiveDrafts(t *testing.T) {
	texts := []string{"", ".", "a.", ".a", "a.b.", "..x", "x.\xff", "é.é"}
	r := rand.New(rand.NewPCG(11, 12))
	for i := range 500 {
		_, content := corpus.Post(r, i)
		texts = append(texts, content)
	}
	for _, text := range texts {
		checkDots(t, text)
		checkAgainstNaive(t, text)
	}
}

func FuzzURLDots(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(checkDots)
}

// BenchmarkExtractURLsDrafts extracts the URLs of 200 generated drafts,
// most of which have none, as in a many-draft run.
func BenchmarkExtractURLsDrafts(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	drafts := make([]string, 200)
	for i := range drafts {
		_, drafts[i] = corpus.Post(r, i)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range drafts {
			ExtractURLs(d)
		}
	}
}
