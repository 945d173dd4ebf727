package rules

import (
	"testing"

	"github.com/postlint/postlint/prose"
)

// BenchmarkWordListScan scans the folded tokens of 200 generated posts
// with every word list in one MatcherSet, each scan in the memory of the
// one before, as a worker's posts are scanned.
func BenchmarkWordListScan(b *testing.B) {
	lex, err := NewLexicon(nil)
	if err != nil {
		b.Fatal(err)
	}
	set := wordListSet(lex)
	var folded []*prose.Folded
	for _, text := range automatonTexts(b, 200)[:200] {
		folded = append(folded, prose.FoldTokens(text, prose.Tokens(text)))
	}
	var prev prose.SetMatches
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range folded {
			prev = set.FindAllViewsReusing(prev, f)
		}
	}
}
