package engine

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"testing"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// sortFindings must order findings as sort.SliceStable with the same
// comparisons did, ties and all: reports list findings in that order.
func TestSortFindingsSameAsSliceStable(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for i := range 5000 {
		var fs []lint.Finding
		for n := range r.IntN([]int{30, 100}[i%2]) { // past the stack buffer too
			f := lint.Finding{Rule: []string{"a", "b", "c"}[r.IntN(3)], Message: i18n.T([]string{"m", "n"}[r.IntN(2)], ""),
				Post: n} // Post tells apart findings that tie
			f.Range.Start.Line, f.Range.Start.Column = r.IntN(4), r.IntN(3)
			switch r.IntN(3) {
			case 0:
				f.Platform = []string{"facebook", "x"}[r.IntN(2)]
			case 1:
				f.Platforms = [][]string{{"facebook", "x"}, {"x"}, {"instagram"}}[r.IntN(3)]
				f.Platform = f.Platforms[0]
			}
			fs = append(fs, f)
		}
		want := slices.Clone(fs)
		sort.SliceStable(want, func(i, j int) bool {
			a, b := want[i], want[j]
			if a.Range.Start.Line != b.Range.Start.Line {
				return a.Range.Start.Line < b.Range.Start.Line
			}
			if a.Range.Start.Column != b.Range.Start.Column {
				return a.Range.Start.Column < b.Range.Start.Column
			}
			if a.Rule != b.Rule {
				return a.Rule < b.Rule
			}
			if c := slices.Compare(a.OnPlatforms(), b.OnPlatforms()); c != 0 {
				return c < 0
			}
			return a.Message.EN < b.Message.EN
		})
		sortFindings(fs)
		if !reflect.DeepEqual(fs, want) {
			t.Fatalf("case %d:\ngot  %+v\nwant %+v", i, fs, want)
		}
	}
}

// BenchmarkSortFindings sorts the findings of posts of 5 to 40 findings,
// on lines in an order rules report them: by rule, not by line.
func BenchmarkSortFindings(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	var posts [][]lint.Finding
	for range 200 {
		var fs []lint.Finding
		for range 5 + r.IntN(36) {
			f := lint.Finding{Rule: []string{"hook-fold", "platform-limit", "readability"}[r.IntN(3)],
				Message: i18n.T("message", ""), Platforms: []string{"x"}, Platform: "x"}
			f.Range.Start.Line, f.Range.Start.Column = r.IntN(20), r.IntN(40)
			fs = append(fs, f)
		}
		posts = append(posts, fs)
	}
	work := make([]lint.Finding, 0, 64)
	for b.Loop() {
		for _, fs := range posts {
			work = append(work[:0], fs...)
			sortFindings(work)
		}
	}
}
