package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/postlint/postlint/rules"
)

const docsDir = "../../docs/rules"

// TestPagesAreCurrent fails when docs/rules does not match the rules'
// documentation: run `go generate ./rules` and commit the pages.
func TestPagesAreCurrent(t *testing.T) {
	want := pages()
	for _, name := range names(want) {
		got, err := os.ReadFile(filepath.Join(docsDir, name))
		if err != nil {
			t.Errorf("%v: run go generate ./rules", err)
			continue
		}
		if string(got) != want[name] {
			t.Errorf("docs/rules/%s is stale: run go generate ./rules", name)
		}
	}
	have, err := filepath.Glob(filepath.Join(docsDir, "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range have {
		if _, ok := want[filepath.Base(p)]; !ok {
			t.Errorf("docs/rules/%s belongs to no rule: run go generate ./rules", filepath.Base(p))
		}
	}
}

// TestPagesCiteOnlyWhatReadersCanFollow keeps the project's planning
// notes out of the pages.
func TestPagesCiteOnlyWhatReadersCanFollow(t *testing.T) {
	for name, text := range pages() {
		for _, bad := range []string{"content-rules.md", "platforms.md", "SPEC", "../shared"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s cites %s", name, bad)
			}
		}
	}
	if len(pages()) != len(rules.All())+1 {
		t.Errorf("%d pages for %d rules", len(pages()), len(rules.All()))
	}
}

func TestWriteRemovesStalePages(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, "no-such-rule.md")
	if err := os.WriteFile(stale, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := write(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Error("a page of a removed rule was kept")
	}
	if _, err := os.Stat(filepath.Join(dir, "hook-fold.md")); err != nil {
		t.Error(err)
	}
}
