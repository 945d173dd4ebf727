package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// writeWalkTree writes n empty drafts in folders of 500, as the generated
// corpus lays them out: collecting reads names and types, not contents.
func writeWalkTree(b *testing.B, dir string, n int) {
	b.Helper()
	exts := []string{".md", ".md", ".txt", ".markdown"}
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("batch-%03d", i/500))
		if i%500 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				b.Fatal(err)
			}
		}
		name := fmt.Sprintf("post-%05d%s", i, exts[i%len(exts)])
		if err := os.WriteFile(filepath.Join(sub, name), nil, 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCollect finds the drafts of a 10,000-file tree, the work done
// alone before any worker starts: named by its absolute path, and by a
// relative one as on the command line.
func BenchmarkCollect(b *testing.B) {
	dir := b.TempDir()
	writeWalkTree(b, dir, 10000)
	e, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, wd, path string }{
		{"absolute", "", dir},
		{"relative", filepath.Dir(dir), filepath.Base(dir)},
	} {
		b.Run(c.name, func(b *testing.B) {
			if c.wd != "" {
				b.Chdir(c.wd)
			}
			for b.Loop() {
				got, err := e.collect([]string{c.path})
				if err != nil {
					b.Fatal(err)
				}
				if len(got.files) != 10000 {
					b.Fatalf("found %d drafts, want 10000", len(got.files))
				}
			}
		})
	}
}
