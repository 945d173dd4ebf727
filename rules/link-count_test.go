package rules

import (
	"fmt"
	"strings"
	"testing"
)

// links returns n distinct links, one per line.
func links(n int) string {
	l := make([]string, n)
	for i := range l {
		l[i] = fmt.Sprintf("Kantor %d: https://cabang%d.example.go.id", i+1, i+1)
	}
	return strings.Join(l, "\n")
}

func TestLinkCount(t *testing.T) {
	runCases(t, func() Rule { return &LinkCount{} }, []ruleCase{
		{name: "id six links on threads", src: "Alamat kantor cabang:\n" + links(6), platforms: []string{"threads", "facebook"},
			want: []string{"error[threads] https://cabang6.example.go.id"}},
		{name: "id five links on threads", src: "Alamat kantor cabang:\n" + links(5), platforms: []string{"threads"}, want: nil},
		{name: "repeated addresses count once", src: "Info: https://example.go.id/info, http://www.example.go.id/info/ and example.go.id/info.\n" + links(4),
			platforms: []string{"threads"}, want: nil},
		{name: "en eleven links on x", src: "Regional offices:\n" + links(11), platforms: []string{"x"},
			want: []string{"error[x] https://cabang11.example.go.id"}},
		{name: "en twelve links mark from the eleventh", src: "Regional offices:\n" + links(12), platforms: []string{"x"},
			want: []string{"error[x] https://cabang11.example.go.id\nKantor 12: https://cabang12.example.go.id"}},
		{name: "no cap on facebook", src: "Alamat kantor cabang:\n" + links(20), platforms: []string{"facebook", "linkedin"}, want: nil},
	})
	if got, want := linkKey("HTTPS://WWW.Example.go.id/Path/"), "example.go.id/Path"; got != want {
		t.Errorf("linkKey = %q, want %q", got, want)
	}
}
