package prose

import (
	"slices"
	"strings"
	"testing"
)

// TestFoldTokensWith checks that tokens folded with AppendFold match as
// FoldTokens has them, and that another form matches with the tokens'
// spans kept.
func TestFoldTokensWith(t *testing.T) {
	m, err := NewMatcher([]string{"sebarkan", "tag <n> teman", "pada hari * tanggal", "sebar-", "cek fakta", "amin"})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Pada hari Senin tanggal 5, jangan lupa TAG 3 teman dan sebarkan info ini. Cek Fakta!",
		"", "🎉", "Sebarluaskan ke semua grup.", "Cafe\u0301 \xff SEBARKAN",
	} {
		toks := Tokens(text)
		want := m.FindAllFolded(FoldTokens(text, toks))
		f := FoldTokensWith(text, toks, func(dst []byte, tok string, _ TokenKind) []byte { return AppendFold(dst, tok) })
		if got := m.FindAllFolded(f); !slices.Equal(got, want) {
			t.Errorf("FindAllFolded(%q) = %v, want %v", text, got, want)
		}
	}
	// Repeated letters collapsed: the match spans the elongated word.
	text := "Ketik AAAMIIINN ya"
	collapse := func(dst []byte, tok string, _ TokenKind) []byte {
		start := len(dst)
		for _, c := range AppendFold(nil, tok) {
			if len(dst) == start || dst[len(dst)-1] != c {
				dst = append(dst, c)
			}
		}
		return dst
	}
	got := m.FindAllFolded(FoldTokensWith(text, Tokens(text), collapse))
	if want := []Match{{Start: strings.Index(text, "AAA"), End: strings.Index(text, " ya"), Phrase: 5}}; !slices.Equal(got, want) {
		t.Errorf("collapsed: got %v, want %v", got, want)
	}
}
