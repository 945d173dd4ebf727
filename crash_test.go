package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/postlint/postlint/command"
)

// panicWriter is an output that crashes, standing in for a bug outside
// the workers.
type panicWriter struct{}

func (panicWriter) Write([]byte) (int, error) { panic("writer bug") }

// TestCrashExitsThree: a panic that reaches the top is reported as a bug
// with exit code 3, not Go's 2 (which means a usage or config error), and
// without a stack trace.
func TestCrashExitsThree(t *testing.T) {
	p := filepath.Join(t.TempDir(), "post.md")
	if err := os.WriteFile(p, []byte("Cetak KTP-el kini bisa hari Sabtu.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	env := command.Env{
		Stdin: strings.NewReader(""), Stdout: panicWriter{}, Stderr: &stderr,
		Getenv: func(string) string { return "" }, IsTerminal: func(io.Writer) bool { return false },
	}
	code := run([]string{"postlint", "--no-config", p}, env)
	if code != command.ExitInternal {
		t.Errorf("exit %d, want %d", code, command.ExitInternal)
	}
	if got := stderr.String(); got != "postlint: internal error: writer bug; this is a bug in postlint, please report it\n" {
		t.Errorf("stderr %q", got)
	}
}
