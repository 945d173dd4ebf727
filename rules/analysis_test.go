package rules

import (
	"testing"

	"github.com/postlint/postlint/prose"
)

// TestInQuotesAndWordsIn checks the binary searches against a plain scan.
func TestInQuotesAndWordsIn(t *testing.T) {
	texts := []string{
		`Warga bertanya, "Kapan KTP jadi?" Petugas menjawab "dua hari" dan 'besok'.`,
		`"Satu" "dua" tiga "empat lima" enam.`,
		`Tanpa kutipan sama sekali.`,
		`"Kutipan yang tidak ditutup sampai akhir`,
		``,
	}
	for _, text := range texts {
		a := NewAnalysis(text, nil, []string{"id"})
		for start := 0; start <= len(text); start++ {
			for end := start; end <= len(text); end++ {
				want := false
				for _, q := range prose.QuotedSpans(text) {
					if q.Start <= start && end <= q.End {
						want = true
					}
				}
				if got := a.InQuotes(start, end); got != want {
					t.Errorf("%q: InQuotes(%d, %d) = %v, want %v", text, start, end, got, want)
				}
				var wantWords []prose.Token
				for _, w := range prose.Words(text) {
					if w.Start >= start && w.End <= end {
						wantWords = append(wantWords, w)
					}
				}
				got := a.WordsIn(prose.Span{Start: start, End: end})
				if len(got) != len(wantWords) || len(got) > 0 && (got[0] != wantWords[0] || got[len(got)-1] != wantWords[len(wantWords)-1]) {
					t.Errorf("%q: WordsIn(%d, %d) = %v, want %v", text, start, end, got, wantWords)
				}
			}
		}
	}
}
