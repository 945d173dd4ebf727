package engine

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/postlint/postlint/lint"
)

// keepEnabledByLoop is keepEnabled as it was: the set scanned for every
// finding, every kept finding appended anew.
func keepEnabledByLoop(findings []lint.Finding, set ruleSet, disabled []string) []lint.Finding {
	on := func(id string) bool {
		for i := range set {
			if set[i].doc.ID == id {
				return true
			}
		}
		return false
	}
	kept := findings[:0]
	for _, f := range findings {
		if !on(f.Rule) || contains(disabled, f.Rule) {
			if !alwaysReported(f.Rule) {
				continue
			}
		}
		kept = append(kept, f)
	}
	return kept
}

// keepEnabled, which remembers the last rule's answer and moves findings
// only once one is dropped, keeps what the plain loop kept, in order.
func TestKeepEnabledSameAsLoop(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	ids := []string{"", "a", "b", "c", "draft-error", internalErrorRule}
	for i := range 20000 {
		var set ruleSet
		for _, id := range ids[1:4] {
			if r.IntN(2) == 0 {
				set = append(set, activeRule{doc: lint.Doc{ID: id}})
			}
		}
		var disabled []string
		if r.IntN(3) == 0 {
			disabled = []string{ids[1+r.IntN(3)]}
		}
		var in []lint.Finding
		for n := range r.IntN(12) {
			rule := ids[r.IntN(len(ids))]
			if n > 0 && r.IntN(2) == 0 {
				rule = in[n-1].Rule // a rule's findings in a row
			}
			in = append(in, lint.Finding{Rule: rule, Post: n})
		}
		got := keepEnabled(slices.Clone(in), set, disabled)
		want := keepEnabledByLoop(slices.Clone(in), set, disabled)
		if !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("case %d: set %v, disabled %v, findings %v:\ngot  %v\nwant %v", i, set, disabled, in, got, want)
		}
	}
}

// BenchmarkKeepEnabled filters a post of 76 findings, 8 per rule in a
// row as per-platform rules give them, against a set of 60 rules; the
// subbenchmark loop is the former keepEnabled, for comparison.
func BenchmarkKeepEnabled(b *testing.B) {
	var set ruleSet
	for i := range 60 {
		set = append(set, activeRule{doc: lint.Doc{ID: "rule-" + string(rune('A'+i))}})
	}
	var post []lint.Finding
	for i := range 76 {
		post = append(post, lint.Finding{Rule: set[50+i/8].doc.ID, Post: i})
	}
	work := make([]lint.Finding, len(post))
	for _, bb := range []struct {
		name string
		keep func([]lint.Finding, ruleSet, []string) []lint.Finding
	}{{"keepEnabled", keepEnabled}, {"loop", keepEnabledByLoop}} {
		b.Run(bb.name, func(b *testing.B) {
			for b.Loop() {
				copy(work, post)
				bb.keep(work, set, nil)
			}
		})
	}
}
