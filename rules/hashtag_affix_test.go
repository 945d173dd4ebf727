package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestTagAffixFilters holds what form and suffixed assume to rule pieces
// out by one byte: every prefix and confix starts with a tagAffixStart
// byte and every suffix ends with a tagSuffixEnd byte.
func TestTagAffixFilters(t *testing.T) {
	for _, pre := range append(tagPrefixesLoose, "ke", "di") {
		if !tagAffixStart(pre[0]) || len(pre) < 2 {
			t.Errorf("prefix %q is ruled out", pre)
		}
	}
	for _, suf := range tagSuffixes {
		if !tagSuffixEnd(suf[len(suf)-1]) {
			t.Errorf("suffix %q is ruled out", suf)
		}
	}
}

// fullForm and fullSuffixed are form and suffixed trying every affix.
func (t *tagWords) fullForm(w string, loose bool) bool {
	if t.fullSuffixed(w) {
		return true
	}
	prefixes := tagPrefixes
	if loose {
		prefixes = tagPrefixesLoose
	}
	for _, pre := range prefixes {
		root, ok := strings.CutPrefix(w, pre)
		if ok && utf8.RuneCountInString(root) >= 3 && (t.content(root) || t.fullSuffixed(root)) {
			return true
		}
	}
	for _, c := range [][2]string{{"ke", "an"}, {"di", "kan"}, {"di", "i"}} {
		if strings.HasPrefix(w, c[0]) && strings.HasSuffix(w, c[1]) && len(w) > len(c[0])+len(c[1]) {
			if root := w[len(c[0]) : len(w)-len(c[1])]; utf8.RuneCountInString(root) >= 3 && t.content(root) {
				return true
			}
		}
	}
	return false
}

func (t *tagWords) fullSuffixed(w string) bool {
	for _, suf := range tagSuffixes {
		root, ok := strings.CutSuffix(w, suf)
		if ok && utf8.RuneCountInString(root) >= 3 && t.content(root) {
			return true
		}
	}
	return false
}

// TestTagFormIsTheFullForm compares form and suffixed with the versions
// trying every affix on every piece of random hashtags made of listed
// words, affixes and letters.
func TestTagFormIsTheFullForm(t *testing.T) {
	words := newTagWords(nil)
	pieces := []string{"a", "e", "i", "o", "u", "k", "é", "x", "kan", "an", "nya", "ing", "ber", "me", "meng", "di", "ke", "se", "ly", "ers"}
	for i, w := range words.builtin.keys {
		if i%40 == 0 {
			pieces = append(pieces, w)
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	check := func(w string) {
		t.Helper()
		for _, loose := range []bool{false, true} {
			if got, want := words.form(w, loose), words.fullForm(w, loose); got != want {
				t.Fatalf("form(%q, %v) = %v, want %v", w, loose, got, want)
			}
		}
		if got, want := words.suffixed(w), words.fullSuffixed(w); got != want {
			t.Fatalf("suffixed(%q) = %v, want %v", w, got, want)
		}
	}
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(4) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		w := b.String()
		for i := 0; i < len(w); i++ {
			for j := i + 1; j <= len(w); j++ {
				check(w[i:j])
			}
		}
	}
}
