package engine

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/internal/glob"
)

// fileRef is one file to lint.
type fileRef struct {
	path    string // to open
	display string // as shown in reports (slashes)
	rel     string // relative to the config's folder, for globs
	format  string
	stdin   bool
	// regular: the walk saw a regular file (not a link), so it is opened
	// without a Stat first (readRegular checks what it opened).
	regular bool
	// cores is how many goroutines may share the file's posts. 0 and 1
	// mean the caller's goroutine alone, as in a run of many files, where
	// each worker takes a file.
	cores int
}

// collect expands the paths: files as given, folders walked for drafts,
// "-" for stdin. With no paths, the config's include globs, else ".".
// collected is what a run found to lint.
type collected struct {
	files []fileRef
	// missing are paths that do not exist; noDrafts say which named
	// folders or include globs gave no draft.
	missing  []string
	noDrafts []string
}

func (e *Engine) collect(paths []string) (collected, error) {
	root := e.root()
	if e.opts.Listed != nil {
		return e.collectListed(root, paths)
	}
	if len(paths) == 0 {
		if len(e.cfg.Include) > 0 {
			return e.collectIncludes(root)
		}
		paths = []string{"."}
	}
	var files []fileRef
	var missing, noDrafts []string
	seen := map[string]bool{}
	addFile := func(ref fileRef) {
		if seen[ref.display] {
			return
		}
		seen[ref.display] = true
		files = append(files, ref)
	}
	for _, p := range paths {
		if subtitle := p; p != "-" && IsSubtitleFile(p) || p == "-" && IsSubtitleFile(e.opts.StdinFilename) {
			if p == "-" {
				subtitle = e.opts.StdinFilename
			}
			e.note(filepath.ToSlash(subtitle) + ": not linted: a subtitle file is checked with the draft whose `subtitles:` names it")
			continue
		}
		if p == "-" {
			name := e.opts.StdinFilename
			format := draft.FormatText
			display := "-"
			if name != "" {
				display = filepath.ToSlash(name)
				if f := draft.FormatOf(name); f != "" {
					format = f
				}
			}
			addFile(fileRef{display: display, rel: e.relTo(root, name), format: format, stdin: true})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			if os.IsNotExist(err) {
				missing = append(missing, p)
				continue
			}
			// Unreadable: report it as a draft problem.
			addFile(fileRef{path: p, display: filepath.ToSlash(p), rel: e.relTo(root, p), format: draft.FormatOf(p)})
			continue
		}
		if !st.IsDir() {
			// Explicit files are always linted, whatever their extension,
			// unless --force-exclude asks to filter them as a walk would.
			if e.opts.ForceExclude && e.walkSkips(root, p) {
				continue
			}
			format := draft.FormatOf(p)
			if format == "" {
				format = draft.FormatText
			}
			addFile(fileRef{path: p, display: filepath.ToSlash(p), rel: e.relTo(root, p), format: format})
			continue
		}
		found, err := e.walk(p, root)
		if err != nil {
			return collected{}, err
		}
		if len(found) == 0 {
			noDrafts = append(noDrafts, p+": no drafts found (.md, .markdown, .txt, .csv, .tsv or .xlsx files that are not hidden, .gitignored or excluded)")
		}
		if len(paths) == 1 {
			// One walk finds each file once: nothing to merge.
			files = found
			break
		}
		files = slices.Grow(files, len(found))
		for _, f := range found {
			addFile(f)
		}
	}
	sort.SliceStable(files, func(i, j int) bool { return files[i].display < files[j].display })
	return collected{files: files, missing: missing, noDrafts: noDrafts}, nil
}

// IsSubtitleFile reports whether a path names a subtitle file (.srt,
// .vtt). Subtitles are never linted as posts: the draft whose front
// matter (or calendar row) names one reads it, and a change to one
// re-lints that draft (--staged, --changed-since).
func IsSubtitleFile(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".srt", ".vtt":
		return true
	}
	return false
}

// root is the folder globs are relative to: the config's, else the
// working directory.
func (e *Engine) root() string {
	if e.cfg.Path != "" {
		if abs, err := filepath.Abs(filepath.Dir(e.cfg.Path)); err == nil {
			return abs
		}
	}
	wd, _ := os.Getwd()
	return wd
}

func (e *Engine) relTo(root, p string) string {
	return relIn(root, "", p)
}

// relIn is relTo with the working directory read once by the caller (""
// to have filepath.Abs read it): Getwd checks "." and $PWD, two system
// calls, and a walk asks for every file and folder it meets.
func relIn(root, wd, p string) string {
	if p == "" {
		return ""
	}
	abs, err := absIn(wd, p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return relAbs(root, abs, p)
}

// relAbs is relIn given p's absolute path abs, clean.
func relAbs(root, abs, p string) string {
	var (
		rel string
		err error
	)
	if os.PathSeparator == '/' && root != "" && len(abs) > len(root) && abs[len(root)] == '/' && strings.HasPrefix(abs, root) {
		// abs is clean, so a root it starts with, up to a separator, is
		// clean too, and what follows is what filepath.Rel would work out.
		rel = abs[len(root)+1:]
	} else if outsideRoot(root, abs) {
		return filepath.ToSlash(p) // what Rel's "../…" would come to
	} else if rel, err = filepath.Rel(root, abs); err != nil {
		return filepath.ToSlash(p)
	}
	if strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(rel)
}

// outsideRoot reports, without the allocations of filepath.Rel, that the
// clean absolute path abs is neither root nor below it, so that Rel would
// give a path starting with "..": drafts linted from outside the config's
// folder cost two allocations each in Rel. It answers false when it cannot
// tell: on Windows, or for a root that is not a clean absolute path or is
// the file system's root.
func outsideRoot(root, abs string) bool {
	if os.PathSeparator != '/' || len(root) < 2 || root[0] != '/' || filepath.Clean(root) != root {
		return false
	}
	if strings.HasPrefix(abs, root) && (len(abs) == len(root) || abs[len(root)] == '/') {
		return false // root itself, or below it
	}
	return true
}

// absIn is filepath.Abs(p) for a working directory wd already read. On
// Windows, and without wd, it is filepath.Abs itself: there a path can be
// rooted without a volume, and Abs asks the system.
func absIn(wd, p string) (string, error) {
	if wd == "" || runtime.GOOS == "windows" {
		return filepath.Abs(p)
	}
	if filepath.IsAbs(p) {
		return filepath.Clean(p), nil
	}
	return filepath.Join(wd, p), nil
}

func (e *Engine) excluded(rel string) bool {
	return matchAny(e.cfg.Exclude, rel)
}

func matchAny(globs []string, rel string) bool {
	for _, g := range globs {
		if glob.Match(g, rel) {
			return true
		}
	}
	return false
}

// walk finds drafts below dir, skipping hidden folders, .gitignored paths
// and excluded globs. Symlinked folders are not followed, so loops cannot
// trap the walk. It visits what filepath.WalkDir would, in its order, with
// the same paths, but builds each path once: a folder's path is clean, so
// an entry's is the folder's, a separator and the name, without Clean,
// and the path to open and the absolute one share their bytes.
func (e *Engine) walk(dir, root string) ([]fileRef, error) {
	w := walker{e: e, dir: dir, root: root, ign: &ignorer{}, tree: newTree(dir)}
	w.wd, _ = os.Getwd() // "" on failure: relIn then asks filepath.Abs
	info, err := os.Lstat(dir)
	if err != nil {
		return nil, err
	}
	abs := ""
	if w.fast() {
		abs, _ = absIn(w.wd, dir) // cannot fail with wd
	}
	if !info.IsDir() {
		w.left = 1
		w.file(dir, abs, info.Name(), info.Mode().Type())
		return w.files(), nil
	}
	err = w.folder(dir, abs, filepath.Clean(dir))
	return w.files(), err
}

// walker is one walk's state.
type walker struct {
	e             *Engine
	dir, root, wd string
	ign           *ignorer
	tree          tree
	// The files found are appended to out, in runs: when out is full, it
	// joins runs and a new one takes as many files as the folder read has
	// left, where append would grow one slice of large fileRefs by a
	// quarter at a time, allocating four times the final slice.
	out  []fileRef
	runs [][]fileRef
	left int    // files the folder read has left, for the next run's size
	buf  []byte // for readFolder
}

// add appends a file found.
func (w *walker) add(f fileRef) {
	if len(w.out) == cap(w.out) {
		if len(w.out) > 0 {
			w.runs = append(w.runs, w.out)
		}
		w.out = make([]fileRef, 0, max(w.left, 1))
	}
	w.out = append(w.out, f)
}

// files is what the walk found, in one slice.
func (w *walker) files() []fileRef {
	if len(w.runs) == 0 {
		return w.out
	}
	n := len(w.out)
	for _, r := range w.runs {
		n += len(r)
	}
	all := make([]fileRef, 0, n)
	for _, r := range w.runs {
		all = append(all, r...)
	}
	return append(all, w.out...)
}

// fast reports whether absolute paths can be built by joining names: with
// '/' separators and a working directory read, absIn is a Join.
func (w *walker) fast() bool {
	return w.wd != "" && os.PathSeparator == '/' && runtime.GOOS != "windows"
}

// rel is relIn(w.root, w.wd, p) given p's absolute path when fast.
func (w *walker) rel(p, abs string) string {
	if abs == "" {
		return relIn(w.root, w.wd, p)
	}
	return relAbs(w.root, abs, p)
}

// dirEntry is what the walk needs of a folder's entry.
type dirEntry struct {
	name string
	typ  fs.FileMode
}

// folder walks a folder the walk entered: p as WalkDir gives it, abs its
// absolute path ("" when not fast) and clean p cleaned, what entries'
// paths are joined to.
func (w *walker) folder(p, abs, clean string) error {
	w.ign.load(p)
	entries, err := readFolder(p, &w.buf)
	if err != nil {
		if p == w.dir {
			return err
		}
		// An unreadable folder: report it as a draft problem.
		w.left = 1
		w.add(fileRef{path: p, display: filepath.ToSlash(p), rel: w.rel(p, abs), format: draft.FormatText})
		return nil
	}
	// share is where an entry's path starts in its absolute path, when the
	// one ends with the other; -1 when they are built apart.
	share := -1
	if abs != "" && clean != "." && strings.HasSuffix(abs, clean) && (len(abs) == len(clean) || abs[len(abs)-len(clean)-1] == '/') {
		share = len(abs) - len(clean)
	}
	left := 0
	for _, d := range entries {
		if !d.typ.IsDir() {
			left++
		}
	}
	var joined joinedNames
	if abs != "" {
		joined = joinAll(abs, entries)
	}
	for _, d := range entries {
		var cp, ca string // the entry's path, and its absolute one when fast
		if abs != "" {
			ca = joined.next(d.name)
		}
		switch {
		case abs == "":
			cp = filepath.Join(clean, d.name) // as WalkDir, where Join is not fast
		case share >= 0:
			cp = ca[share:]
		case clean == ".":
			cp = d.name
		default:
			cp = joinName(clean, d.name)
		}
		if !d.typ.IsDir() {
			w.left = left
			left--
			w.file(cp, ca, d.name, d.typ)
			continue
		}
		if strings.HasPrefix(d.name, ".") || w.ign.ignored(cp, true) || w.e.excludedDir(w.rel(cp, ca)) {
			continue
		}
		if err := w.folder(cp, ca, cp); err != nil {
			return err
		}
	}
	return nil
}

// joinName is filepath.Join(dir, name) where the separator is '/', for a
// clean dir and a name read from it, which Clean would leave alone.
func joinName(dir, name string) string {
	switch {
	case dir == ".":
		return name
	case dir != "" && dir[len(dir)-1] == '/':
		return dir + name
	}
	return dir + "/" + name
}

// joinedNames are a folder's entries' paths, joined as joinName does, in
// one string: one allocation for the folder, not one per entry.
type joinedNames struct {
	all    string
	prefix int // the folder's path and separator
	off    int // where the next entry's path starts
}

// joinAll joins a clean folder path, not ".", to its entries' names.
func joinAll(dir string, entries []dirEntry) joinedNames {
	sep := "/"
	if strings.HasSuffix(dir, "/") {
		sep = ""
	}
	size := len(entries) * (len(dir) + len(sep))
	for _, d := range entries {
		size += len(d.name)
	}
	var b strings.Builder
	b.Grow(size)
	for _, d := range entries {
		b.WriteString(dir)
		b.WriteString(sep)
		b.WriteString(d.name)
	}
	return joinedNames{all: b.String(), prefix: len(dir) + len(sep)}
}

// next is the path of the next entry, which is called name.
func (j *joinedNames) next(name string) string {
	end := j.off + j.prefix + len(name)
	p := j.all[j.off:end]
	j.off = end
	return p
}

// file takes a file the walk met if it is a draft to lint.
func (w *walker) file(p, abs, name string, typ fs.FileMode) {
	format := draft.FormatOf(name)
	if format == "" || strings.HasPrefix(name, ".") {
		return
	}
	if typ&fs.ModeSymlink != 0 {
		if !linksToFile(p) {
			return
		}
	} else if !typ.IsRegular() {
		return
	}
	rel := w.rel(p, abs)
	if w.ign.ignored(p, false) || w.e.excluded(rel) {
		return
	}
	if typ&fs.ModeSymlink != 0 && !w.tree.holds(p) {
		w.e.note(filepath.ToSlash(p) + ": not linted: a symbolic link to a file outside " + w.tree.name)
		return
	}
	w.add(fileRef{path: p, display: filepath.ToSlash(p), rel: rel, format: format, regular: typ.IsRegular()})
}

func (e *Engine) excludedDir(rel string) bool {
	for _, g := range e.cfg.Exclude {
		if glob.MatchDir(g, rel) || glob.Match(g, rel) {
			return true
		}
	}
	return false
}

// collectIncludes expands the config's include globs below root.
func (e *Engine) collectIncludes(root string) (collected, error) {
	wd, _ := os.Getwd()
	found, err := e.walk(root, root)
	if err != nil {
		return collected{}, err
	}
	var files []fileRef
	matched := make([]bool, len(e.cfg.Include))
	for _, f := range found {
		hit := false
		for i, g := range e.cfg.Include {
			if glob.Match(g, f.rel) {
				matched[i], hit = true, true
			}
		}
		if !hit {
			continue
		}
		if rel, err := filepath.Rel(wd, f.path); err == nil && !strings.HasPrefix(rel, "..") {
			f.display = filepath.ToSlash(rel)
		}
		files = append(files, f)
	}
	var noDrafts []string
	for i, g := range e.cfg.Include {
		if !matched[i] {
			noDrafts = append(noDrafts, fmt.Sprintf("no drafts match the include glob %q in %s", g, e.cfg.Path))
		}
	}
	sort.SliceStable(files, func(i, j int) bool { return files[i].display < files[j].display })
	return collected{files: files, noDrafts: noDrafts}, nil
}

// collectListed takes the files of opts.Listed that a walk of the
// repository would lint: drafts by extension, outside hidden files and
// folders, not excluded by the config, and inside its include globs when
// there are some and no paths are given. Paths narrow the list to those
// files and folders; a path that neither exists nor holds a listed file is
// missing. Files are shown relative to the working directory.
func (e *Engine) collectListed(root string, paths []string) (collected, error) {
	wd, err := os.Getwd()
	if err != nil {
		return collected{}, err
	}
	// git gives the repository's real path; compare like with like when the
	// working directory or the config's folder is reached through a link.
	wd = realPath(wd)
	root = realPath(root)
	var narrow []string
	for _, p := range paths {
		if p == "-" {
			return collected{}, usageError("standard input (-) cannot be combined with --staged or --changed-since")
		}
		narrow = append(narrow, filepath.Join(wd, p)) // Join cleans
	}
	hit := make([]bool, len(narrow))
	var files []fileRef
	tree := newTree(e.opts.Listed.Root)
	for _, lp := range e.opts.Listed.Paths {
		format := draft.FormatOf(lp)
		if format == "" || hidden(lp) {
			continue
		}
		abs := filepath.Join(e.opts.Listed.Root, filepath.FromSlash(lp))
		if len(narrow) > 0 {
			inside := false
			for i, n := range narrow {
				if abs == n || strings.HasPrefix(abs, n+string(filepath.Separator)) || n == string(filepath.Separator) {
					inside, hit[i] = true, true
				}
			}
			if !inside {
				continue
			}
		}
		rel := e.relTo(root, abs)
		if e.excludedPath(rel) || (len(narrow) == 0 && len(e.cfg.Include) > 0 && !matchAny(e.cfg.Include, rel)) {
			continue
		}
		display := filepath.ToSlash(abs)
		if r, err := filepath.Rel(wd, abs); err == nil {
			display = filepath.ToSlash(r)
		}
		if st, err := os.Lstat(abs); err == nil && st.Mode()&fs.ModeSymlink != 0 && !tree.holds(abs) {
			e.note(display + ": not linted: a symbolic link to a file outside " + tree.name)
			continue
		}
		files = append(files, fileRef{path: abs, display: display, rel: rel, format: format})
	}
	var missing []string
	for i, n := range narrow {
		if _, err := os.Stat(n); !hit[i] && os.IsNotExist(err) {
			missing = append(missing, paths[i])
		}
	}
	sort.SliceStable(files, func(i, j int) bool { return files[i].display < files[j].display })
	return collected{files: files, missing: missing}, nil
}

func realPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return p
}

// walkSkips reports whether a walk would leave out a file: not a draft,
// hidden, excluded by the config, or outside its include globs.
func (e *Engine) walkSkips(root, p string) bool {
	if draft.FormatOf(p) == "" {
		return true
	}
	rel := e.relTo(root, p)
	if hidden(rel) || e.excludedPath(rel) {
		return true
	}
	return len(e.cfg.Include) > 0 && !matchAny(e.cfg.Include, rel)
}

// hidden reports whether a slash path has a component starting with a dot
// (other than . and ..).
func hidden(p string) bool {
	for _, c := range strings.Split(p, "/") {
		if strings.HasPrefix(c, ".") && c != "." && c != ".." {
			return true
		}
	}
	return false
}

// excludedPath reports whether a file, or a folder above it, matches the
// config's exclude globs.
func (e *Engine) excludedPath(rel string) bool {
	if e.excluded(rel) {
		return true
	}
	for dir := path.Dir(rel); dir != "." && dir != "/" && !strings.HasPrefix(dir, ".."); dir = path.Dir(dir) {
		if e.excludedDir(dir) {
			return true
		}
	}
	return false
}

// ignorer applies .gitignore files met during a walk: each folder's file
// applies below it. It covers the common syntax: globs, ** , a leading /
// to anchor, a trailing / for folders only, and ! to re-include.
type ignorer struct {
	rules []ignoreRule
}

type ignoreRule struct {
	base    string // folder of the .gitignore
	pattern string
	negate  bool
	dirOnly bool
}

func (ig *ignorer) load(dir string) {
	f, err := os.Open(filepath.Join(dir, ".gitignore"))
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \t\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r := ignoreRule{base: dir}
		if strings.HasPrefix(line, "!") {
			r.negate, line = true, line[1:]
		}
		if strings.HasSuffix(line, "/") {
			r.dirOnly, line = true, strings.TrimSuffix(line, "/")
		}
		if strings.Contains(strings.TrimPrefix(line, "/"), "/") || strings.HasPrefix(line, "/") {
			line = strings.TrimPrefix(line, "/")
		} else {
			line = "**/" + line
		}
		r.pattern = glob.QuoteBraces(line) // braces are literal in .gitignore
		ig.rules = append(ig.rules, r)
	}
}

func (ig *ignorer) ignored(p string, isDir bool) bool {
	ignored := false
	for _, r := range ig.rules {
		if r.dirOnly && !isDir {
			continue
		}
		rel, err := filepath.Rel(r.base, p)
		if err != nil || strings.HasPrefix(rel, "..") {
			continue
		}
		if glob.Match(r.pattern, filepath.ToSlash(rel)) {
			ignored = !r.negate
		}
	}
	return ignored
}

// tree is what a walk may read: the git repository holding the folder
// walked, else that folder.
type tree struct {
	root string // absolute, symlinks resolved
	name string // for notes
}

func newTree(dir string) tree {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	top, inGit := repoTop(realPath(abs))
	if inGit {
		return tree{root: top, name: "the git repository"}
	}
	return tree{root: top, name: "the folder " + filepath.ToSlash(dir)}
}

// holds reports whether a path, once its symlinks are resolved, is inside
// the tree.
func (t tree) holds(p string) bool {
	abs, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	resolved, err := filepath.EvalSymlinks(abs)
	return err == nil && within(t.root, resolved)
}

func (e *Engine) note(msg string) {
	if e.opts.Note != nil {
		e.opts.Note(msg)
	}
}

// linksToFile reports whether a symlink leads to a regular file; a dangling
// link or a link to a folder is not a draft.
func linksToFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}
