package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/postlint/postlint/prose"
)

// nextCapitalByteLoop is nextCapitalByte one byte at a time.
func nextCapitalByteLoop(s string, i int) int {
	for ; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return i
		}
	}
	return len(s)
}

// capitalWordIndicesLoop is capitalWordIndices asking lowerASCIIWord of
// every word.
func capitalWordIndicesLoop(text string, words []prose.Token) []int {
	var out []int
	for i, w := range words {
		if !lowerASCIIWord(text[w.Start:w.End]) {
			out = append(out, i)
		}
	}
	return out
}

// checkCapitalScan holds nextCapitalByte and capitalWordIndices to their
// byte and word loops on text, from every offset.
func checkCapitalScan(t *testing.T, text string) {
	t.Helper()
	for i := 0; i <= len(text); i++ {
		if got, want := nextCapitalByte(text, i), nextCapitalByteLoop(text, i); got != want {
			t.Fatalf("nextCapitalByte(%q, %d) = %d, want %d", text, i, got, want)
		}
	}
	for _, words := range [][]prose.Token{prose.Words(text), prose.Tokens(text)} {
		var buf [2]int
		if got, want := capitalWordIndices(buf[:0], text, words), capitalWordIndicesLoop(text, words); !slices.Equal(got, want) {
			t.Fatalf("capitalWordIndices on %q = %v, want %v", text, got, want)
		}
	}
}

// TestNextCapitalByteIsTheByteLoop checks the scan eight bytes at a time
// on every byte at every place in a block, and on the test posts' text.
func TestNextCapitalByteIsTheByteLoop(t *testing.T) {
	for c := range 256 {
		for at := range 17 {
			b := []byte(strings.Repeat("abcdefgh", 3))
			b[at] = byte(c)
			checkCapitalScan(t, string(b))
		}
	}
	texts := []string{"", "a", "A", "@[`{", "ZZZZZZZZz", "é", "kata biasa saja tanpa huruf besar sama sekali", "e-KTP dan iPhone 15 Pro", "𝗡𝗘𝗪 ａｂｃ"}
	for _, p := range viewTestPosts(t) {
		texts = append(texts, p.Text)
	}
	for _, text := range texts {
		checkCapitalScan(t, text)
	}
}

func FuzzCapitalWordIndices(f *testing.F) {
	for _, s := range []string{"", "Info MUDIK 2026", "kata biasa saja, lalu KTP-el", "\xff\xfe ok", "Ñandú y @Akun #Tag"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkCapitalScan(t, text)
	})
}
