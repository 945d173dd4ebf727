package prose

import (
	"slices"
	"strings"
	"testing"
)

// TestFoldTokensWith checks that tokens folded with AppendFold match what
// they should (FoldTokens is this fold), and that another form matches
// with the tokens' spans kept.
func TestFoldTokensWith(t *testing.T) {
	m, err := NewMatcher([]string{"sebarkan", "tag <n> teman", "pada hari * tanggal", "sebar-", "cek fakta", "amin"})
	if err != nil {
		t.Fatal(err)
	}
	span := func(text, from, to string, phrase int) Match {
		start := strings.Index(text, from)
		return Match{Start: start, End: start + strings.Index(text[start:], to) + len(to), Phrase: phrase}
	}
	long := "Pada hari Senin tanggal 5, jangan lupa TAG 3 teman dan sebarkan info ini. Cek Fakta!"
	for _, tc := range []struct {
		text string
		want []Match
	}{
		{long, []Match{span(long, "Pada", "tanggal", 2), span(long, "TAG", "teman", 1), span(long, "sebarkan", "sebarkan", 0), span(long, "Cek", "Fakta", 4)}},
		{"", nil},
		{"🎉", nil},
		{"Sebarluaskan ke semua grup.", []Match{{Start: 0, End: len("Sebarluaskan"), Phrase: 3}}},
		{"Cafe\u0301 \xff SEBARKAN", []Match{span("Cafe\u0301 \xff SEBARKAN", "SEBARKAN", "SEBARKAN", 0)}},
	} {
		toks := Tokens(tc.text)
		for name, f := range map[string]*Folded{
			"FoldTokens":                 FoldTokens(tc.text, toks),
			"FoldTokensWith(AppendFold)": FoldTokensWith(tc.text, toks, func(dst []byte, tok string, _ TokenKind) []byte { return AppendFold(dst, tok) }),
		} {
			if got := m.FindAllFolded(f); !slices.Equal(got, tc.want) {
				t.Errorf("%s: FindAllFolded(%q) = %v, want %v", name, tc.text, got, tc.want)
			}
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
