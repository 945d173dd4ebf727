package main

import (
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/postlint/postlint/command"
)

// BenchmarkOneDraft runs the command line of a pre-commit hook on one
// draft in-process: the command line's set-up, the built-in config, the
// engine and the report, without the process start and package inits
// (which the word lists' first load also leaves out after the first run).
func BenchmarkOneDraft(b *testing.B) {
	draft, err := filepath.Abs("examples/posts/2026-04-05-ktp-sabtu.md")
	if err != nil {
		b.Fatal(err)
	}
	env := command.Env{
		Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
		Getenv:     func(string) string { return "" },
		IsTerminal: func(io.Writer) bool { return false },
	}
	args := []string{"postlint", "--no-config", "--fail-on", "none", draft}
	b.ReportAllocs()
	for b.Loop() {
		if code := run(args, env); code != command.ExitOK {
			b.Fatalf("exit %d", code)
		}
	}
}
