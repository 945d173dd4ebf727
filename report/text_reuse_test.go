package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// TestTextExcerptsSameWhenMemoryIsReused: the excerpts of many findings on
// the same lines, printed by one formatter that reuses its cells' memory
// from excerpt to excerpt, are those each finding gets printed alone.
func TestTextExcerptsSameWhenMemoryIsReused(t *testing.T) {
	lines := excerptLines
	src := strings.Join(lines, "\n") + "\n"
	post := draft.Parse("a.txt", draft.FormatText, []byte(src), draft.Options{})[0]
	var fs []lint.Finding
	for li, line := range lines {
		n := utf8.RuneCountInString(line)
		for col := 1; col <= n+1; col += 5 {
			for _, span := range []int{1, 4, 30} {
				fs = append(fs, lint.Finding{Path: "a.txt", Post: 1, Rule: "hook-fold", Severity: lint.Warning, Start: -1, End: -1,
					Range:   draft.Range{Start: draft.Position{Line: li + 1, Column: col}, End: draft.Position{Line: li + 1, Column: col + span}},
					Message: i18n.T("m", "m")})
			}
		}
	}
	for _, width := range []int{20, 33, 57, 80, 120} {
		opts := Options{Locale: i18n.EN, Width: width, Quiet: true}
		all := strings.Split(render(t, "text", opts, []lint.PostResult{{Path: "a.txt", Index: 1, Post: post, Findings: fs}}), "\n")
		// Each finding prints three lines after the path: the finding,
		// the excerpt and the underline.
		if len(all) < 1+3*len(fs) {
			t.Fatalf("width %d: %d lines for %d findings", width, len(all), len(fs))
		}
		for i, f := range fs {
			alone := strings.Split(render(t, "text", opts, []lint.PostResult{{Path: "a.txt", Index: 1, Post: post, Findings: []lint.Finding{f}}}), "\n")
			got, want := strings.Join(all[1+3*i:4+3*i], "\n"), strings.Join(alone[1:4], "\n")
			if got != want {
				t.Fatalf("width %d, finding %d (%v):\n%s\nalone:\n%s", width, i, f.Range, got, want)
			}
		}
	}
}
