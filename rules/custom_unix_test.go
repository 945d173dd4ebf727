//go:build unix

package rules

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/postlint/postlint/config"
)

// TestCustomPhrasesFileMustBeARegularFile checks that phrases_file
// refuses a FIFO (without opening it: that would block), a device and a
// folder, as config errors at the key's line.
func TestCustomPhrasesFileMustBeARegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "jargon.fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("cannot make a FIFO:", err)
	}
	for _, tt := range []struct{ file, want string }{
		{fifo, "is a named pipe (FIFO), not a regular file"},
		{os.DevNull, "is a device, not a regular file"},
		{dir, "is a folder, not a regular file"},
	} {
		cfg, err := config.Parse(filepath.Join(dir, ".postlint.toml"),
			"[[custom]]\nid = \"jargon\"\nmessage = \"x\"\n\nphrases_file = '"+tt.file+"'\n")
		if err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() {
			_, err := NewCustomRules(cfg.Custom, cfg.Path)
			done <- err
		}()
		select {
		case err = <-done:
		case <-time.After(10 * time.Second):
			// Open the other end so that the blocked reader returns.
			if w, werr := os.OpenFile(fifo, os.O_WRONLY, 0); werr == nil {
				w.Close()
			}
			err = <-done
			t.Fatalf("%s: opened and blocked (then: %v)", tt.file, err)
		}
		var ce *config.Error
		if !errors.As(err, &ce) || ce.Line != 5 || !strings.Contains(err.Error(), "jargon: phrases_file: "+tt.file+" "+tt.want) {
			t.Errorf("%s: err = %v", tt.file, err)
		}
	}
}
