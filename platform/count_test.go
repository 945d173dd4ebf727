package platform

import (
	"testing"

	"github.com/rivo/uniseg"
)

// TestGraphemeCountMatchesUniseg checks the ASCII shortcut against the
// full segmentation, CR LF and lone controls included.
func TestGraphemeCountMatchesUniseg(t *testing.T) {
	for _, s := range []string{
		"", "a", "Halo warga!", "baris\r\nkedua", "\r\n\r\n", "\r\r\n\n", "\r", "\n\r", "tab\tand\x00nul\x7f",
		"Daftar di https://example.go.id #KTPGratis", "kafé", "👍🏽 ok", "a\u0301", "e\r\n\u0301",
	} {
		if got, want := GraphemeCount(s), uniseg.GraphemeClusterCount(s); got != want {
			t.Errorf("GraphemeCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestASCIIShortcutsMatchSegmentation checks the ASCII shortcuts of
// Count and Visible against the grapheme segmentation they stand for.
func TestASCIIShortcutsMatchSegmentation(t *testing.T) {
	for _, s := range []string{"", "a", "Halo #warga 123*", "baris\r\nkedua\r", "\r\n\r\n", "\n\r\n", "x\r"} {
		if got, want := charactersEmojiBytes(s), uniseg.GraphemeClusterCount(s); got != want {
			t.Errorf("charactersEmojiBytes(%q) = %d, want %d", s, got, want)
		}
		for fold := 1; fold <= len(s)+1; fold++ {
			want, wantCut := s, false
			state, rest, n, pos := -1, s, 0, 0
			for len(rest) > 0 {
				var cluster string
				cluster, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
				if n == fold {
					want, wantCut = s[:pos], true
					break
				}
				pos += len(cluster)
				n++
			}
			if got, cut := Visible(s, fold); got != want || cut != wantCut {
				t.Errorf("Visible(%q, %d) = %q, %v; want %q, %v", s, fold, got, cut, want, wantCut)
			}
		}
	}
}
