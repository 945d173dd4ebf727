package rules

import "testing"

// containsAnyFoldASCII is what a foldNeedleSet replaced: a search per
// needle.
func containsAnyFoldASCII(s string, needles []string) bool {
	for _, n := range needles {
		if containsFoldASCII(s, n) {
			return true
		}
	}
	return false
}

// needleSetGroups are the needle groups the rules search as sets.
func needleSetGroups() [][]string {
	groups := [][]string{friendNeedles}
	for _, lang := range bothLangs {
		groups = append(groups, hiddenVerbNeedles[lang]...)
	}
	return groups
}

// testNeedleGroups are the rules' needle groups and more, of one needle
// (searched by its rarest byte) and of several.
func testNeedleGroups() [][]string {
	return append(needleSetGroups(), []string{"a"}, []string{"zz", "é", "an"}, []string{"per"},
		[]string{"friend"}, []string{"ma\u212a"}, []string{"é"}, []string{" the "}, []string{"pp"})
}

// TestFoldNeedleSetSameAsSearches compares foldNeedleSet.in with a
// containsFoldASCII search per needle on Indonesian and English posts,
// their pieces, and texts near the needles in any case.
func TestFoldNeedleSetSameAsSearches(t *testing.T) {
	texts := append(clarityViewTexts(t),
		"Kami melakukan pemeriksaan.", "MELAKUKAN PEMERIKSAAN", "We will CONDUCT AN ANALYSIS", "they MA\u212aE a plan",
		"ajak teman", "AJAK \u212aAWAN", "\u017fahabat", "SAHABAT", "best friend", "BESTIE", "be\u017ftie",
		"an", "an p", "an pe", " a", " a ", "the", " THE ", "mak", "ma", "m", "")
	for _, g := range testNeedleGroups() {
		set := newFoldNeedleSet(g)
		for _, text := range texts {
			for _, s := range []string{text, text[len(text)/2:], text[:len(text)/3]} {
				if got, want := set.in(s), containsAnyFoldASCII(s, g); got != want {
					t.Fatalf("%q in %q = %v, want %v", g, s, got, want)
				}
			}
		}
	}
}

func FuzzFoldNeedleSet(f *testing.F) {
	for _, s := range []string{"Kami melakukan pemeriksaan.", "We conduct an analysis", "AJAK \u212aAWAN", "be\u017ftie", ""} {
		f.Add(s)
	}
	sets := testNeedleGroups()
	f.Fuzz(func(t *testing.T, s string) {
		for _, g := range sets {
			if got, want := newFoldNeedleSet(g).in(s), containsAnyFoldASCII(s, g); got != want {
				t.Fatalf("%q in %q = %v, want %v", g, s, got, want)
			}
		}
	})
}

// BenchmarkFoldNeedleSet times the hidden-verb and friend checks as sets
// (set) and as a search per needle (searches), over Indonesian and
// English posts.
func BenchmarkFoldNeedleSet(b *testing.B) {
	texts := clarityViewTexts(b)
	groups := needleSetGroups()
	sets := make([]*foldNeedleSet, len(groups))
	for i, g := range groups {
		sets[i] = newFoldNeedleSet(g)
	}
	b.Run("set", func(b *testing.B) {
		for b.Loop() {
			for _, s := range texts {
				for _, set := range sets {
					set.in(s)
				}
			}
		}
	})
	b.Run("searches", func(b *testing.B) {
		for b.Loop() {
			for _, s := range texts {
				for _, g := range groups {
					containsAnyFoldASCII(s, g)
				}
			}
		}
	})
}
