package rules

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkFoldVariants fails for a needle with a letter whose case partner
// lies outside ASCII (k and the Kelvin sign, s and the long s) when the
// group lacks the needle spelt with that partner: a case-insensitive
// pattern matches it, and the byte comparison of containsFoldASCII would
// not, so a prefilter would drop a match.
func checkFoldVariants(t *testing.T, name string, group []string) {
	t.Helper()
	for _, n := range group {
		for i, r := range n {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if f >= utf8.RuneSelf && !slices.Contains(group, n[:i]+string(f)+n[i+utf8.RuneLen(r):]) {
					t.Errorf("%s needle %q: %q folds to %q outside ASCII, which the group lacks", name, n, r, f)
				}
			}
		}
	}
}
