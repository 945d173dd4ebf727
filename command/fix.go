package command

import (
	"bufio"
	"io"
	"path"
	"strings"

	"github.com/postlint/postlint/engine"
	"github.com/postlint/postlint/internal/udiff"
)

// fixMode reads --fix and --dry-run and refuses what fixing cannot do:
// --staged lints the index, but fixes go to the working tree; standard
// input has no file to write (--dry-run still shows its diff, as ESLint's
// --fix-dry-run does).
func fixMode(o LintOptions) (engine.FixMode, error) {
	switch {
	case o.DryRun && !o.Fix:
		return engine.FixOff, &engine.UsageError{Msg: "--dry-run goes with --fix: postlint fix --dry-run, or postlint --fix --dry-run"}
	case !o.Fix:
		return engine.FixOff, nil
	case o.Staged:
		return engine.FixOff, &engine.UsageError{Msg: "--fix cannot be used with --staged: --staged lints the index, fixes are written to the working tree " +
			"(run postlint fix on the files, then git add them)"}
	case o.DryRun:
		return engine.FixDryRun, nil
	}
	for _, p := range o.Paths {
		if p == "-" {
			return engine.FixOff, &engine.UsageError{Msg: "--fix cannot write to standard input: use --fix --dry-run to print the fixes as a diff"}
		}
	}
	return engine.FixWrite, nil
}

// dryRunOutputs keeps standard output for the diff: without --format no
// report is written, and a report can only go to a file.
func dryRunOutputs(formats []string, outs []output) ([]output, error) {
	if len(formats) == 0 {
		return nil, nil
	}
	for _, out := range outs {
		if out.path == "" {
			return nil, &engine.UsageError{Msg: "--dry-run prints the diff on standard output: send the " + out.name +
				" report to a file (--format " + out.name + ":PATH)"}
		}
	}
	return outs, nil
}

// diffWriter prints each fixed file as a unified diff, as git diff does:
// "--- a/PATH", "+++ b/PATH", hunks with three lines of context.
type diffWriter struct {
	w *bufio.Writer
}

func newDiffWriter(w io.Writer) *diffWriter { return &diffWriter{w: bufio.NewWriter(w)} }

func (d *diffWriter) fixed(f engine.FixedFile) error {
	name := strings.TrimPrefix(path.Clean(f.Path), "/")
	_, err := d.w.WriteString(udiff.Unified("a/"+name, "b/"+name, f.Before, f.After))
	return err
}

func (d *diffWriter) flush() error { return d.w.Flush() }
