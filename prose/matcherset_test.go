package prose

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// checkSetAgainstMatchers compares a MatcherSet's groups with a Matcher per
// group on text.
func checkSetAgainstMatchers(t *testing.T, groups [][]string, text string) {
	t.Helper()
	set, errs := NewMatcherSet(groups)
	got := set.FindAllFolded(FoldTokens(text, Tokens(text)))
	for g, ps := range groups {
		m, err := NewMatcher(ps)
		if (err == nil) != (errs[g] == nil) {
			t.Fatalf("group %d %q: NewMatcher error %v, NewMatcherSet error %v", g, ps, err, errs[g])
		}
		if err != nil {
			if len(got.Group(g)) != 0 {
				t.Fatalf("bad group %d %q matched %v", g, ps, got.Group(g))
			}
			continue
		}
		if want := m.FindAll(text); !slices.Equal(got.Group(g), want) {
			t.Fatalf("group %d %q on %q: set %v, matcher %v", g, ps, text, got.Group(g), want)
		}
	}
}

func TestMatcherSetSameAsMatchers(t *testing.T) {
	groups := [][]string{
		{"sebarkan !", "tag <n> teman", "pada hari * tanggal", "sebar-", "guna"},
		{"sebarkan", "sebarkan !", "hari", "tag <n>"},
		{"a * b", "a", "a b"},
		{"x-", "<n> x", "xx"},
		{"“hoaks”", "don't", "kafé"},
		{"*"}, // bad: matches nothing, the other groups still do
		nil,
		{"pada", "pada hari", "hari senin"},
		// A word twice in a group and in other groups: the earlier
		// phrase is the group's.
		{"senin", "hari", "pada", "hari", "senin"},
	}
	for _, text := range []string{
		"",
		"Pengguna: SEBARKAN!! tag 3 teman pada hari Senin tanggal 5, sebarluaskan guna",
		"Ini “HOAKS” don’t Kafe\u0301",
		"a x y b a b a",
		"xx 1 x 2,5 xyz",
		"pada hari senin, pada hari * tanggal",
		strings.Repeat("sebar a b x 3 x pada hari ", 50),
	} {
		checkSetAgainstMatchers(t, groups, text)
	}
	set, errs := NewMatcherSet(groups)
	if set.Groups() != len(groups) || errs[5] == nil || errs[0] != nil {
		t.Fatalf("Groups = %d, errs = %v", set.Groups(), errs)
	}
	if sm := set.FindAllFolded(FoldTokens("a", Tokens("a"))); (*SetMatches)(nil).Group(0) != nil || sm.Group(99) != nil {
		t.Fatal("out-of-range group matched")
	}
}

func FuzzMatcherSet(f *testing.F) {
	f.Add("sebarkan !|tag <n> teman|pada hari * tanggal;sebar-|guna|sebarkan", "Pengguna: SEBARKAN!! tag 3 teman pada hari Senin tanggal 5, sebarluaskan guna")
	f.Add("a * b|a|a b;a b;b|a * * b", "a x y b a b a")
	f.Add("x-|<n> x;<n>;xx", "xx 1 x 2,5 xyz")
	f.Add("“hoaks”|don't;*;kafé", "Ini “HOAKS” don’t Kafe\u0301")
	f.Fuzz(func(t *testing.T, groupsText, text string) {
		checkSetAgainstMatchers(t, fuzzGroups(groupsText), text)
	})
}

// fuzzGroups reads a fuzzer's groups of phrases: groups split by ';',
// phrases by '|', at most 8 groups of 12 phrases.
func fuzzGroups(groupsText string) [][]string {
	var groups [][]string
	for i, g := range strings.Split(groupsText, ";") {
		if i == 8 {
			break
		}
		list := strings.Split(g, "|")
		if len(list) > 12 {
			list = list[:12]
		}
		groups = append(groups, list)
	}
	return groups
}

func BenchmarkMatcherSet(b *testing.B) {
	// 40 lists of 30 phrases scanned one by one, as the rules did, against
	// one scan of the same lists as a set.
	all := benchPhrases(1200)
	groups := make([][]string, 40)
	for i := range groups {
		groups[i] = all[i*30 : (i+1)*30]
	}
	matchers := make([]*Matcher, len(groups))
	for i, g := range groups {
		m, err := NewMatcher(g)
		if err != nil {
			b.Fatal(err)
		}
		matchers[i] = m
	}
	set, _ := NewMatcherSet(groups)
	for _, bc := range []struct {
		name string
		text string
	}{{"post", benchPost}, {"100KB", benchText(100 << 10)}} {
		f := FoldTokens(bc.text, Tokens(bc.text))
		b.Run(fmt.Sprintf("PerList/%s", bc.name), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.text)))
			for b.Loop() {
				for _, m := range matchers {
					m.FindAllFolded(f)
				}
			}
		})
		b.Run(fmt.Sprintf("Set/%s", bc.name), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.text)))
			for b.Loop() {
				set.FindAllFolded(f)
			}
		})
	}
}

// TestMatcherSetViewsSameAsMatchers checks a set whose groups scan two
// views of a text (a FoldedPair) against a Matcher per group on its own
// view, the groups given to the views at random.
func TestMatcherSetViewsSameAsMatchers(t *testing.T) {
	groups := [][]string{
		{"sebarkan !", "tag <n> teman", "pada hari * tanggal", "sebar-", "guna"},
		{"sebarkan", "sebarkan !", "hari", "tag <n>"},
		{"a * b", "a", "a b"},
		{"x-", "<n> x", "xx"},
		{"“hoaks”", "don't", "kafé"},
		{"*"}, // bad: matches nothing, the other groups still do
		nil,
		{"pada", "pada hari", "hari senin"},
		{"amin", "ketik amin", "kontol", "sebar"},
		{"se- grup", "a", "ke"},
	}
	texts := slices.Clone(foldPairTexts()[:300])
	texts = append(texts, "Pengguna: SEBARKAAN!! tag 3 teman pada hari Senin tanggal 5, sebarluaskan guna",
		"Ketik AAAMIIIN ya, qontol, xxx 1 x, ketik amin", strings.Repeat("sebar a b x 3 x pada hari ", 50), "seee grup kee grup")
	r := rand.New(rand.NewPCG(1, 9))
	for round := range 40 {
		views := make([]int, len(groups))
		for g := range views {
			views[g] = r.IntN(2)
		}
		if round == 0 {
			views = nil // every group on view 0
		}
		set, errs := NewMatcherSetViews(groups, views)
		// Half the rounds scan text after text in the memory of the scan
		// before.
		var prev SetMatches
		for _, text := range texts {
			var p FoldedPair
			p.Fold(text, Tokens(text), collapseSecond)
			got := set.FindAllViews(&p.Plain, &p.Second)
			if round%2 == 1 {
				got = set.FindAllViewsReusing(prev, &p.Plain, &p.Second)
				prev = got
			}
			for g, ps := range groups {
				if errs[g] != nil {
					if len(got.Group(g)) != 0 {
						t.Fatalf("bad group %d %q matched %v", g, ps, got.Group(g))
					}
					continue
				}
				m, err := NewMatcher(ps)
				if err != nil {
					t.Fatalf("group %d: NewMatcher error %v, NewMatcherSetViews none", g, err)
				}
				view := &p.Plain
				if views != nil && views[g] == 1 {
					view = &p.Second
				}
				if want := m.FindAllFolded(view); !slices.Equal(got.Group(g), want) {
					t.Fatalf("group %d %q (views %v) on %q: set %v, matcher %v", g, ps, views, text, got.Group(g), want)
				}
			}
		}
	}
}
