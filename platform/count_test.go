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
