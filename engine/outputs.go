package engine

import (
	"fmt"
	"os"
	"path/filepath"
)

// Output is a file the run will write a report to.
type Output struct {
	// Flag names it in messages ("--format json:report.json").
	Flag string
	Path string
}

// checkOutputs refuses a run whose report files include one of its
// drafts: writing the report would destroy the draft. Paths are compared
// cleaned and absolute, and existing files by identity, so another
// spelling, a symlink or a hard link is caught too.
func (e *Engine) checkOutputs(files []fileRef) error {
	for _, out := range e.opts.Outputs {
		outAbs, err := filepath.Abs(out.Path)
		if err != nil {
			return usageError(fmt.Sprintf("%s: %v", out.Flag, err))
		}
		outInfo, statErr := os.Stat(outAbs)
		for _, f := range files {
			in := f.path
			if f.stdin {
				if e.opts.StdinFilename == "" {
					continue
				}
				in = e.opts.StdinFilename
			}
			inAbs, err := filepath.Abs(in)
			if err != nil {
				continue
			}
			same := inAbs == outAbs
			if !same && statErr == nil {
				if info, err := os.Stat(inAbs); err == nil {
					same = os.SameFile(outInfo, info)
				}
			}
			if same {
				return usageError(fmt.Sprintf("%s: the report would overwrite %s, a draft being linted; write it elsewhere", out.Flag, f.display))
			}
		}
	}
	return nil
}
