package engine

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestReadRegular checks the read a walked draft takes, which opens the
// file without a Stat first: it must refuse and cap exactly as
// readFileCapped does, and never wait on a FIFO.
func TestReadRegular(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	const limit = 4096
	for _, tc := range []struct {
		name string
		size int
	}{{"empty.md", 0}, {"short.md", 515}, {"at-limit.md", limit}, {"block.md", 512}, {"page.md", 4095}} {
		data := bytes.Repeat([]byte("kata "), tc.size/5+1)[:tc.size]
		p := write(tc.name, data)
		for _, read := range []func(string, int64) ([]byte, error){readRegular, readFileCapped} {
			got, err := read(p, limit)
			if err != nil || !bytes.Equal(got, data) {
				t.Errorf("%s: got %d bytes, %v; want %d bytes", tc.name, len(got), err, len(data))
			}
		}
	}
	over := write("over.md", bytes.Repeat([]byte("x"), limit+1))
	var se *sizeError
	if _, err := readRegular(over, limit); !errors.As(err, &se) {
		t.Errorf("over the cap: got %v, want a size error", err)
	}
	if _, err := readRegular(dir, limit); err == nil || err.Error() != isDirError(dir).Error() {
		t.Errorf("a folder: got %v, want %v", err, isDirError(dir))
	}
	var pe *os.PathError
	if _, err := readRegular(filepath.Join(dir, "gone.md"), limit); !errors.As(err, &pe) || !os.IsNotExist(err) {
		t.Errorf("a missing file: got %v, want a not-exist path error", err)
	}
	fifo := filepath.Join(dir, "pipe.md")
	if err := mkfifo(fifo); err != nil {
		t.Logf("no FIFO here: %v", err)
		return
	}
	// A FIFO in place of a walked file: refused at once, not waited on.
	if _, err := readRegular(fifo, limit); !errors.Is(err, errNotRegular) {
		t.Errorf("a FIFO: got %v, want errNotRegular", err)
	}
}

// TestReadRegularGrowsPastStat reads a file whose size the system reports
// as 0 though it has content, as /proc files do: the read must not stop at
// the reported size.
func TestReadRegularGrowsPastStat(t *testing.T) {
	const p = "/proc/self/status"
	if _, err := os.Stat(p); err != nil {
		t.Skip("no /proc here")
	}
	got, err := readRegular(p, 1<<20)
	if err != nil || !bytes.Contains(got, []byte("Name:")) {
		t.Fatalf("got %q, %v", got, err)
	}
	if _, err := readRegular(p, 8); err == nil {
		t.Error("a cap of 8 bytes on a longer file: want a size error")
	}
}
