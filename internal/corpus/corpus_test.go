package corpus

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

func TestSameSeedSameCorpus(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	na, err := Write(a, 60, 7)
	if err != nil {
		t.Fatal(err)
	}
	nb, err := Write(b, 60, 7)
	if err != nil {
		t.Fatal(err)
	}
	if na != nb {
		t.Fatalf("sizes differ: %d vs %d", na, nb)
	}
	files, _ := filepath.Glob(filepath.Join(a, "batch-000", "*"))
	if len(files) != 60 {
		t.Fatalf("got %d files", len(files))
	}
	for _, f := range files {
		x, _ := os.ReadFile(f)
		y, err := os.ReadFile(filepath.Join(b, "batch-000", filepath.Base(f)))
		if err != nil || string(x) != string(y) {
			t.Fatalf("%s differs between runs", filepath.Base(f))
		}
	}
}

func TestPostSizes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	minLen, maxLen := 1<<30, 0
	for i := range 2000 {
		_, content := Post(r, i)
		minLen, maxLen = min(minLen, len(content)), max(maxLen, len(content))
	}
	if minLen < 20 || maxLen < 1500 || maxLen > 6000 {
		t.Errorf("sizes %d..%d bytes, want a spread from short posts to ~3,000 characters", minLen, maxLen)
	}
}
