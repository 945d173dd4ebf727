package engine

import (
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/postlint/postlint/internal/corpus"
	"github.com/postlint/postlint/lint"
)

// benchCorpus writes a generated corpus once per benchmark binary.
var (
	benchOnce sync.Once
	benchDir  string
	benchErr  error
)

func corpusDir(b *testing.B, n int) string {
	b.Helper()
	benchOnce.Do(func() {
		benchDir, benchErr = os.MkdirTemp("", "postlint-bench-")
		if benchErr == nil {
			_, benchErr = corpus.Write(benchDir, n, 1)
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchDir
}

type discard struct{}

func (discard) Post(lint.PostResult) error { return nil }

// BenchmarkLintCorpus lints 2,000 generated drafts with every default rule
// on all cores; compare with BenchmarkReadFloor.
func BenchmarkLintCorpus(b *testing.B) {
	dir := corpusDir(b, 2000)
	e, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := e.Run([]string{dir}, discard{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFixCorpusDryRun fixes the same drafts in memory (postlint fix
// --dry-run): a file with fixes is linted once more per pass.
func BenchmarkFixCorpusDryRun(b *testing.B) {
	dir := corpusDir(b, 2000)
	e, err := New(Options{Fix: FixDryRun})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := e.Run([]string{dir}, discard{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadFloor reads the same drafts in parallel and does nothing
// else: the floor the lint time is measured against.
func BenchmarkReadFloor(b *testing.B) {
	dir := corpusDir(b, 2000)
	var paths []string
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			paths = append(paths, p)
		}
		return nil
	})
	b.ResetTimer()
	for b.Loop() {
		work := make(chan string)
		var wg sync.WaitGroup
		for range runtime.NumCPU() {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for p := range work {
					if _, err := os.ReadFile(p); err != nil {
						b.Error(err)
					}
				}
			}()
		}
		for _, p := range paths {
			work <- p
		}
		close(work)
		wg.Wait()
	}
}

// BenchmarkStartup measures what a pre-commit run pays before linting:
// config, word lists, rules.
func BenchmarkStartup(b *testing.B) {
	for b.Loop() {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
