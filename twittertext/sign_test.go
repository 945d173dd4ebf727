package twittertext

import (
	"strings"
	"testing"
)

// TestIndexSign holds the sign search to a plain walk over the runes, with
// and without the hint that the text holds the full-width form.
func TestIndexSign(t *testing.T) {
	texts := []string{"", "#", "a#b", "＃a", "a＃b#c", "@x ＠y", "é＠", "no sign", "\xef\xbc", "#＃#"}
	for _, tc := range []struct {
		ascii byte
		wide  string
	}{{'#', "＃"}, {'@', "＠"}} {
		for _, s := range texts {
			hasWide := strings.Contains(s, tc.wide)
			for i := 0; i <= len(s); i++ {
				want := -1
				for j := i; j < len(s); j++ {
					if s[j] == tc.ascii || strings.HasPrefix(s[j:], tc.wide) {
						want = j
						break
					}
				}
				if got := indexSign(s, i, tc.ascii, tc.wide, hasWide); got != want {
					t.Errorf("indexSign(%q, %d, %q, %q) = %d, want %d", s, i, tc.ascii, tc.wide, got, want)
				}
			}
		}
	}
}
