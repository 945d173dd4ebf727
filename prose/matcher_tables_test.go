package prose

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// cloneTables copies t into fresh memory, as tables rendered as source and
// compiled into a program are.
func cloneTables(t MatcherTables) MatcherTables {
	c := t
	c.Elems = slices.Clone(t.Elems)
	c.Ends = slices.Clone(t.Ends)
	c.Lits.Start, c.Lits.IDs = slices.Clone(t.Lits.Start), slices.Clone(t.Lits.IDs)
	if t.Prefixes != nil {
		p := *t.Prefixes
		p.Start, p.IDs = slices.Clone(p.Start), slices.Clone(p.IDs)
		c.Prefixes = &p
	}
	c.PrefixLens = slices.Clone(t.PrefixLens)
	c.NumFirst = slices.Clone(t.NumFirst)
	return c
}

// TestMatcherFromTablesSameAsNewMatcher wraps the tables of the built-in
// lists' and random lists' matchers, copied, and checks that the Matcher
// made has the same tables and finds the same matches as NewMatcher's.
func TestMatcherFromTablesSameAsNewMatcher(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	lists := builtinLists(t)
	for _, n := range []int{0, 1, 2, 5, 64, 129, 700} {
		lists[fmt.Sprintf("random/%d", n)] = randomPhrases(rng, n)
	}
	for name, phrases := range lists {
		m, err := NewMatcher(phrases)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		tables := cloneTables(m.Tables())
		from := MatcherFromTables(&tables)
		if diff := cmp.Diff(m.Tables(), from.Tables(), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("%s: tables differ (-NewMatcher +MatcherFromTables):\n%s", name, diff)
		}
		if from.Len() != m.Len() {
			t.Fatalf("%s: Len = %d, want %d", name, from.Len(), m.Len())
		}
		var b strings.Builder
		for range min(len(phrases), 40) {
			b.WriteString(phraseText(rng, phrases[rng.IntN(len(phrases))]))
			b.WriteString([]string{" ", ". ", " dan ", "! "}[rng.IntN(4)])
		}
		text := b.String()
		if got, want := from.FindAll(text), m.FindAll(text); !slices.Equal(got, want) {
			t.Fatalf("%s on %q:\nfrom tables %v\nNewMatcher  %v", name, text, findTexts(text, got), findTexts(text, want))
		}
		f := FoldTokens(text, Tokens(text))
		if got, want := from.FindAllFolded(f), m.FindAllFolded(f); !slices.Equal(got, want) {
			t.Fatalf("%s: FindAllFolded differs: %v, want %v", name, got, want)
		}
	}
}

// TestMatcherFromTablesRejectsBadTables checks that tables whose lengths
// do not agree are refused.
func TestMatcherFromTablesRejectsBadTables(t *testing.T) {
	m, err := NewMatcher([]string{"ayo", "sebar-", "<n> teman", "tag * teman"})
	if err != nil {
		t.Fatal(err)
	}
	bad := map[string]func(t *MatcherTables){
		"no ends":           func(t *MatcherTables) { t.Ends = nil },
		"ends past elems":   func(t *MatcherTables) { t.Elems = t.Elems[:len(t.Elems)-1] },
		"ends not from 0":   func(t *MatcherTables) { t.Ends[0] = 1 },
		"rank off":          func(t *MatcherTables) { t.Lits.Rank[63]++ },
		"starts short":      func(t *MatcherTables) { t.Lits.Start = t.Lits.Start[:len(t.Lits.Start)-1] },
		"ids short":         func(t *MatcherTables) { t.Lits.IDs = t.Lits.IDs[:len(t.Lits.IDs)-1] },
		"prefix hash extra": func(t *MatcherTables) { t.Prefixes.Present[0] ^= 1 << 63 },
	}
	for name, spoil := range bad {
		tables := cloneTables(m.Tables())
		spoil(&tables)
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: MatcherFromTables did not panic", name)
				}
			}()
			MatcherFromTables(&tables)
		}()
	}
}

// TestEmptyMatcherFromTables checks the tables of a matcher of no phrases.
func TestEmptyMatcherFromTables(t *testing.T) {
	m, err := NewMatcher(nil)
	if err != nil {
		t.Fatal(err)
	}
	tables := cloneTables(m.Tables())
	from := MatcherFromTables(&tables)
	if from.Len() != 0 || from.FindAll("ayo sebar") != nil {
		t.Errorf("empty matcher from tables: Len %d, matches %v", from.Len(), from.FindAll("ayo sebar"))
	}
}
