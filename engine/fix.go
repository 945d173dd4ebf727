package engine

import (
	"errors"
	"strings"

	"github.com/postlint/postlint/fixer"
	"github.com/postlint/postlint/lint"
)

// FixMode says whether a run applies the findings' fixes.
type FixMode int

// Fix modes.
const (
	// FixOff only lints.
	FixOff FixMode = iota
	// FixWrite applies the fixes and writes the files (postlint fix).
	FixWrite
	// FixDryRun applies the fixes in memory only (postlint fix --dry-run):
	// the report and OnFixed see what the files would become.
	FixDryRun
)

// MaxFixPasses bounds how often a file is fixed and linted again, as in
// ESLint: a fix can reveal another (bold inside a heading), and fixes that
// overlap wait for the next pass.
const MaxFixPasses = 10

// FixedFile is a file that fixing changed.
type FixedFile struct {
	// Path is the file as reports show it.
	Path string
	// Before is the file as read, After as fixed.
	Before, After []byte
	// Fixes counts the fixes applied over all passes.
	Fixes int
}

// FixError lists the files whose fixes could not be written; their
// findings are reported as found, unfixed, and the run goes on.
type FixError struct{ Files []FixFailure }

// FixFailure is one file that could not be fixed.
type FixFailure struct {
	Path string
	Err  error
}

func (e *FixError) Error() string {
	msgs := make([]string, len(e.Files))
	for i, f := range e.Files {
		msgs[i] = f.Path + ": not fixed: " + f.Err.Error()
	}
	return strings.Join(msgs, "\n")
}

// fileResult is one file's outcome on its way from a worker to the sink.
type fileResult struct {
	posts []lint.PostResult
	fixed *FixedFile  // set when fixing changed the file
	fail  *FixFailure // set when the fixed file could not be written
}

// lintOrFix lints a file, and fixes it first when the run fixes.
func (e *Engine) lintOrFix(f fileRef) fileResult {
	if e.opts.Fix == FixOff {
		return fileResult{posts: e.lintFile(f)}
	}
	data, err := e.read(f)
	if err != nil {
		return fileResult{posts: e.lintData(f, data, err)}
	}
	// Lint, apply the non-overlapping fixes, lint the result again, until
	// no fix applies or the passes run out. The findings reported are
	// those of the last lint: what remains.
	first := e.lintData(f, data, nil)
	res, fixed, applied := first, data, 0
	for pass := 0; pass < MaxFixPasses; pass++ {
		var edits []fixer.Edit
		for _, r := range res {
			for _, fd := range r.Findings {
				if fd.Fix != nil {
					edits = append(edits, fd.Fix.Edit)
				}
			}
		}
		out, n := fixer.Apply(fixed, edits)
		if n == 0 {
			break
		}
		fixed, applied = out, applied+n
		res = e.lintData(f, fixed, nil)
	}
	if applied == 0 {
		return fileResult{posts: res}
	}
	if e.opts.Fix == FixWrite {
		err := errors.New("standard input has no file to write to")
		if !f.stdin {
			err = fixer.WriteFile(f.path, fixed)
		}
		if err != nil {
			return fileResult{posts: first, fail: &FixFailure{Path: f.display, Err: err}}
		}
	}
	return fileResult{posts: res, fixed: &FixedFile{Path: f.display, Before: data, After: fixed, Fixes: applied}}
}

// fixed counts a file's fixes in the summary, records a failure to write
// it, and hands the change to OnFixed. It runs in path order.
func (e *Engine) fixed(r fileResult, sum *lint.Summary, fails *FixError) error {
	if r.fail != nil {
		fails.Files = append(fails.Files, *r.fail)
	}
	if r.fixed == nil {
		return nil
	}
	sum.Fixed += r.fixed.Fixes
	sum.FixedFiles++
	if e.opts.OnFixed != nil {
		return e.opts.OnFixed(*r.fixed)
	}
	return nil
}
