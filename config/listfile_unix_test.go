//go:build unix

package config

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestWordListFIFOIsNeverOpened checks that a FIFO named as a word list
// is refused without being opened: opening it for reading would block
// until something writes to it.
func TestWordListFIFOIsNeverOpened(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "cta.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("cannot make a FIFO:", err)
	}
	cfg := filepath.Join(dir, FileName)
	done := make(chan error, 1)
	go func() {
		_, err := Parse(cfg, "[words.id]\n\ncta_file = \"cta.txt\"\n")
		done <- err
	}()
	var err error
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		// Open the other end so that the blocked reader returns.
		if w, werr := os.OpenFile(fifo, os.O_WRONLY, 0); werr == nil {
			w.Close()
		}
		err = <-done
		t.Fatalf("Parse opened the FIFO and blocked (then: %v)", err)
	}
	want := cfg + ":3: words.id.cta_file: " + fifo + " is a named pipe (FIFO), not a regular file"
	if err == nil || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
}
