package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/postlint/postlint/draft"
)

// TestExampleIsCurrent regenerates the example workbook and compares what
// postlint reads from it with what it reads from the committed one, post by
// post (the files themselves differ in timestamps). Run
// `go run ./tools/excelcalendar` from the repository root after changing
// the generator.
func TestExampleIsCurrent(t *testing.T) {
	committed := filepath.Join("..", "..", "examples", "calendar", "kalender-mei-2026.xlsx")
	fresh := filepath.Join(t.TempDir(), "kalender.xlsx")
	if err := write(fresh); err != nil {
		t.Fatal(err)
	}
	read := func(path string) []string {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, p := range draft.Parse("kalender-mei-2026.xlsx", draft.FormatXLSX, data, draft.Options{}) {
			m := p.Meta
			row := fmt.Sprintf("%d %v %s %s %q %s %q", p.Index, m.Platforms, m.Media, m.Lang, m.Alt, m.Date, p.Text)
			for _, pr := range p.Problems {
				row += fmt.Sprintf(" [%s %d:%d %s]", pr.Rule, pr.Range.Start.Line, pr.Range.Start.Column, pr.Message.EN)
			}
			out = append(out, row)
		}
		return out
	}
	want, got := read(committed), read(fresh)
	if len(want) == 0 {
		t.Fatal("the committed example has no posts")
	}
	if len(got) != len(want) {
		t.Fatalf("the generator writes %d posts, the committed example has %d: run go run ./tools/excelcalendar", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("post %d differs: run go run ./tools/excelcalendar\ncommitted: %s\ngenerated: %s", i+1, want[i], got[i])
		}
	}
}
