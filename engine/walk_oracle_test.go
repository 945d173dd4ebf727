package engine

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/postlint/postlint/draft"
)

// walkByWalkDir is the walk as it was made with filepath.WalkDir, kept to
// check (*Engine).walk against: it finds drafts below dir, skipping hidden
// folders, .gitignored paths and excluded globs, and does not follow
// symlinked folders.
func (e *Engine) walkByWalkDir(dir, root string) ([]fileRef, error) {
	var out []fileRef
	ign := &ignorer{}
	tree := newTree(dir)
	wd, _ := os.Getwd() // "" on failure: relIn then asks filepath.Abs
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel := relIn(root, wd, p)
		if err != nil {
			if d != nil && d.IsDir() && p != dir {
				// An unreadable folder: report it as a draft problem.
				out = append(out, fileRef{path: p, display: filepath.ToSlash(p), rel: rel, format: draft.FormatText})
				return fs.SkipDir
			}
			if p == dir {
				return err
			}
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if p != dir && strings.HasPrefix(name, ".") {
				return fs.SkipDir
			}
			if p != dir && (ign.ignored(p, true) || e.excludedDir(rel)) {
				return fs.SkipDir
			}
			ign.load(p)
			return nil
		}
		format := draft.FormatOf(name)
		if format == "" || strings.HasPrefix(name, ".") {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if !linksToFile(p) {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		if ign.ignored(p, false) || e.excluded(rel) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 && !tree.holds(p) {
			e.note(filepath.ToSlash(p) + ": not linted: a symbolic link to a file outside " + tree.name)
			return nil
		}
		out = append(out, fileRef{path: p, display: filepath.ToSlash(p), rel: rel, format: format, regular: d.Type().IsRegular()})
		return nil
	})
	return out, err
}
