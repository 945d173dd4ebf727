package rules

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"github.com/postlint/postlint/prose"
)

// TestSortFuncsSameAsSortSlice holds the slices sorts that replaced
// sort.Slice and sort.SliceStable in the rules to the orders those gave,
// on random slices with many ties: bait hits (unstable, but equal hits
// are alike) and headline signs (stable), with the rules' comparisons.
// The victim cues' stable sort by start compares inline in the rule, so
// its comparison is copied here; the Markdown candidates are sorted
// the same way, by start, and are not checked here.
func TestSortFuncsSameAsSortSlice(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		n := r.IntN(40)

		hits := make([]baitHit, n)
		for i := range hits {
			hits[i] = baitHit{r.IntN(8), r.IntN(8)}
		}
		want := slices.Clone(hits)
		sort.Slice(want, func(i, j int) bool {
			if want[i].start != want[j].start {
				return want[i].start < want[j].start
			}
			return want[i].end > want[j].end
		})
		slices.SortFunc(hits, compareBaitHits)
		if !slices.Equal(hits, want) {
			t.Fatalf("bait hits:\n got %v\nwant %v", hits, want)
		}

		signs := make([]cbSign, n)
		for i := range signs {
			signs[i] = cbSign{kind: cbKind(r.IntN(int(cbAsk) + 1)), span: prose.Span{Start: r.IntN(6), End: i}}
		}
		wantSigns := slices.Clone(signs)
		sort.SliceStable(wantSigns, func(i, j int) bool {
			wi, wj := wantSigns[i].kind.weight(), wantSigns[j].kind.weight()
			if wi != wj {
				return wi > wj
			}
			return wi == 1 && wantSigns[i].span.Start < wantSigns[j].span.Start
		})
		slices.SortStableFunc(signs, compareSigns)
		if !slices.Equal(signs, wantSigns) {
			t.Fatalf("signs:\n got %v\nwant %v", signs, wantSigns)
		}

		cues := make([]identityCue, n)
		for i := range cues {
			cues[i] = identityCue{start: r.IntN(6), end: i}
		}
		wantCues := slices.Clone(cues)
		sort.SliceStable(wantCues, func(i, j int) bool { return wantCues[i].start < wantCues[j].start })
		slices.SortStableFunc(cues, func(x, y identityCue) int { return cmp.Compare(x.start, y.start) })
		if !slices.EqualFunc(cues, wantCues, func(x, y identityCue) bool { return x.start == y.start && x.end == y.end }) {
			t.Fatalf("cues:\n got %v\nwant %v", cues, wantCues)
		}
	}
}
