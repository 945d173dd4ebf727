// Package gitrepo asks git, through the git command, which drafts a commit
// or a branch changes and what their staged content is, and where the
// repository keeps its hooks. It runs git with the caller's environment, so
// inside a hook GIT_DIR and GIT_INDEX_FILE (set by `git commit -a` and
// `git commit PATH`) are honoured.
package gitrepo

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Repo is a git working tree.
type Repo struct {
	// Root is the absolute path of the working tree's top folder.
	Root string
}

// NotRepoError says that a folder is not inside a git working tree (or
// that git is missing).
type NotRepoError struct {
	Dir string
	Msg string // what git said
}

func (e *NotRepoError) Error() string {
	return fmt.Sprintf("%s is not inside a git working tree (%s)", e.Dir, e.Msg)
}

// ShallowError says that a revision or the merge base is missing because
// the clone is shallow.
type ShallowError struct {
	Rev  string
	What string // "revision" or "merge base"
}

func (e *ShallowError) Error() string {
	if e.What == "revision" {
		return fmt.Sprintf("revision %q is not in this shallow clone: fetch more history (git fetch --unshallow, or fetch-depth: 0 with actions/checkout)", e.Rev)
	}
	return fmt.Sprintf("no merge base of %q and HEAD in this shallow clone: fetch more history (git fetch --unshallow, or fetch-depth: 0 with actions/checkout)", e.Rev)
}

// Open finds the working tree that holds dir.
func Open(dir string) (*Repo, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, &NotRepoError{Dir: dir, Msg: "git is not installed or not on PATH"}
	}
	cmd := exec.Command("git", "rev-parse", "--show-toplevel")
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, &NotRepoError{Dir: dir, Msg: strings.TrimPrefix(msg, "fatal: ")}
	}
	root := strings.TrimSpace(string(out))
	if root == "" {
		return nil, &NotRepoError{Dir: dir, Msg: "no working tree (a bare repository?)"}
	}
	return &Repo{Root: filepath.FromSlash(root)}, nil
}

// git runs a git command in the top folder and returns its standard
// output; the error carries git's message.
func (r *Repo) git(args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = r.Root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return out, &gitError{args: args, msg: strings.TrimPrefix(msg, "fatal: "), err: err}
	}
	return out, nil
}

type gitError struct {
	args []string
	msg  string
	err  error
}

func (e *gitError) Error() string {
	return fmt.Sprintf("git %s: %s", strings.Join(e.args, " "), e.msg)
}

func (e *gitError) Unwrap() error { return e.err }

// exitCode returns git's exit code, or -1 when it did not run.
func exitCode(err error) int {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	return -1
}

// Staged is a file added, copied, modified or renamed in the index: what
// the next commit will hold.
type Staged struct {
	Path string // relative to the top folder, with slashes
	Blob string // object ID of the staged content
}

// Staged lists the regular files the index adds or changes compared with
// HEAD (every staged file before the first commit). Deleted files,
// symlinks and submodules are left out.
func (r *Repo) Staged() ([]Staged, error) {
	out, err := r.git("diff", "--cached", "--raw", "-z", "--no-abbrev", "--no-color", "--no-ext-diff", "--diff-filter=ACMR")
	if err != nil {
		return nil, err
	}
	fields := strings.Split(string(out), "\x00")
	var staged []Staged
	for i := 0; i < len(fields); i++ {
		meta := fields[i]
		if meta == "" {
			continue
		}
		// :oldmode newmode oldsha newsha status, then one path, or two
		// (from and to) for copies and renames.
		parts := strings.Fields(strings.TrimPrefix(meta, ":"))
		if len(parts) != 5 || i+1 >= len(fields) {
			return nil, fmt.Errorf("git diff --cached --raw: unexpected output %q", meta)
		}
		path := fields[i+1]
		i++
		if s := parts[4]; s[0] == 'R' || s[0] == 'C' {
			if i+1 >= len(fields) {
				return nil, fmt.Errorf("git diff --cached --raw: unexpected output %q", meta)
			}
			path = fields[i+1]
			i++
		}
		if mode := parts[1]; mode != "100644" && mode != "100755" {
			continue // a symlink's content is its target; a submodule has none
		}
		staged = append(staged, Staged{Path: path, Blob: parts[3]})
	}
	return staged, nil
}

// ReadBlobs returns the content of the given objects, read with one
// `git cat-file --batch`. An object larger than limit bytes comes back cut
// to its first limit+1 bytes, so callers can tell it is too large without
// holding all of it (a staged video or a crafted blob).
func (r *Repo) ReadBlobs(ids []string, limit int64) (map[string][]byte, error) {
	out := map[string][]byte{}
	if len(ids) == 0 {
		return out, nil
	}
	cmd := exec.Command("git", "cat-file", "--batch")
	cmd.Dir = r.Root
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("git cat-file: %w", err)
	}
	// Write from another goroutine: git answers while it reads, and both
	// pipes are bounded.
	go func() {
		w := bufio.NewWriter(stdin)
		for _, id := range ids {
			w.WriteString(id + "\n")
		}
		_ = w.Flush()
		stdin.Close()
	}()
	br := bufio.NewReader(stdout)
	var readErr error
	for range ids {
		header, err := br.ReadString('\n')
		if err != nil {
			readErr = fmt.Errorf("git cat-file --batch: %w", err)
			break
		}
		f := strings.Fields(header)
		if len(f) != 3 {
			readErr = fmt.Errorf("git cat-file --batch: %s", strings.TrimSpace(header))
			break
		}
		size, err := strconv.Atoi(f[2])
		if err != nil {
			readErr = fmt.Errorf("git cat-file --batch: bad size in %q", strings.TrimSpace(header))
			break
		}
		keep := int64(size)
		if keep > limit {
			keep = limit + 1
		}
		data := make([]byte, keep)
		if _, err := io.ReadFull(br, data); err != nil {
			readErr = fmt.Errorf("git cat-file --batch: %w", err)
			break
		}
		// The rest of the content, and the newline after it.
		if _, err := io.CopyN(io.Discard, br, int64(size)-keep+1); err != nil {
			readErr = fmt.Errorf("git cat-file --batch: %w", err)
			break
		}
		out[f[0]] = data
	}
	_, _ = io.Copy(io.Discard, br)
	if err := cmd.Wait(); err != nil && readErr == nil {
		readErr = fmt.Errorf("git cat-file --batch: %s", strings.TrimSpace(stderr.String()))
	}
	return out, readErr
}

// IsShallow reports whether the repository is a shallow clone.
func (r *Repo) IsShallow() bool {
	out, err := r.git("rev-parse", "--is-shallow-repository")
	return err == nil && strings.TrimSpace(string(out)) == "true"
}

// ChangedSince lists the files added, copied, modified or renamed since the
// merge base of rev and HEAD: committed on this branch since it left rev,
// staged, or changed in the working tree, plus untracked files that are not
// ignored. Paths are relative to the top folder, with slashes, sorted.
// base is the merge base. In a shallow clone that lacks rev or the merge
// base the error is a *ShallowError.
func (r *Repo) ChangedSince(rev string) (base string, paths []string, err error) {
	if rev == "" || strings.HasPrefix(rev, "-") {
		return "", nil, fmt.Errorf("--changed-since: %q is not a revision", rev)
	}
	if _, err := r.git("rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		if r.IsShallow() {
			return "", nil, &ShallowError{Rev: rev, What: "revision"}
		}
		return "", nil, fmt.Errorf("--changed-since: unknown revision %q (a branch, tag or commit, such as origin/main)", rev)
	}
	if _, err := r.git("rev-parse", "--verify", "--quiet", "HEAD^{commit}"); err != nil {
		return "", nil, fmt.Errorf("--changed-since: the repository has no commit yet (HEAD)")
	}
	out, err := r.git("merge-base", rev, "HEAD")
	if err != nil {
		if exitCode(err) == 1 && len(bytes.TrimSpace(out)) == 0 {
			if r.IsShallow() {
				return "", nil, &ShallowError{Rev: rev, What: "merge base"}
			}
			return "", nil, fmt.Errorf("--changed-since: %q and HEAD have no common history", rev)
		}
		return "", nil, err
	}
	base = strings.TrimSpace(string(out))
	changed, err := r.git("diff", "--name-only", "-z", "--no-color", "--no-ext-diff", "--diff-filter=ACMR", base, "--")
	if err != nil {
		return "", nil, err
	}
	untracked, err := r.git("ls-files", "--others", "--exclude-standard", "-z")
	if err != nil {
		return "", nil, err
	}
	seen := map[string]bool{}
	for _, p := range strings.Split(string(changed)+string(untracked), "\x00") {
		if p != "" && !seen[p] {
			seen[p] = true
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	return base, paths, nil
}

// HooksDir returns the folder git runs hooks from: core.hooksPath when
// set, else the hooks folder of the main repository (shared by its
// worktrees).
func (r *Repo) HooksDir() (string, error) { return r.absPath("rev-parse", "--git-path", "hooks") }

// CommonDir returns the absolute path of the repository's git folder, the
// one its worktrees share (where .git/hooks lives).
func (r *Repo) CommonDir() (string, error) { return r.absPath("rev-parse", "--git-common-dir") }

// absPath runs a git command that prints one path, relative to the top of
// the working tree or absolute, and returns it absolute.
func (r *Repo) absPath(args ...string) (string, error) {
	out, err := r.git(args...)
	if err != nil {
		return "", err
	}
	dir := filepath.FromSlash(strings.TrimSpace(string(out)))
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(r.Root, dir)
	}
	return dir, nil
}

// HooksPathSetting says where core.hooksPath is set: its scope (global,
// local, system, ...) and the config file, as git shows them ("global",
// "file:/home/u/.gitconfig"). Both are "" when the setting is not set;
// the scope is "" with git older than 2.26.
func (r *Repo) HooksPathSetting() (scope, origin string) {
	if out, err := r.git("config", "--show-origin", "--show-scope", "--get", "core.hooksPath"); err == nil {
		if f := strings.SplitN(strings.TrimRight(string(out), "\n"), "\t", 3); len(f) == 3 {
			return f[0], f[1]
		}
	}
	if out, err := r.git("config", "--show-origin", "--get", "core.hooksPath"); err == nil {
		if f := strings.SplitN(strings.TrimRight(string(out), "\n"), "\t", 2); len(f) == 2 {
			return "", f[0]
		}
	}
	return "", ""
}

// StagedNames lists the paths the index changes compared with HEAD that
// match the pathspecs, deletions included and a rename as the deletion of
// the old path and the addition of the new one.
func (r *Repo) StagedNames(pathspecs ...string) ([]string, error) {
	out, err := r.git(append([]string{"diff", "--cached", "--name-only", "-z", "--no-renames", "--no-color", "--no-ext-diff", "--"}, pathspecs...)...)
	if err != nil {
		return nil, err
	}
	return splitNames(out), nil
}

// NamesChangedSince lists the paths that differ between base and the
// working tree and match the pathspecs, deletions included, renames as a
// deletion and an addition, and the untracked files that are not ignored.
func (r *Repo) NamesChangedSince(base string, pathspecs ...string) ([]string, error) {
	changed, err := r.git(append([]string{"diff", "--name-only", "-z", "--no-renames", "--no-color", "--no-ext-diff", base, "--"}, pathspecs...)...)
	if err != nil {
		return nil, err
	}
	untracked, err := r.git(append([]string{"ls-files", "--others", "--exclude-standard", "-z", "--"}, pathspecs...)...)
	if err != nil {
		return nil, err
	}
	return splitNames(append(changed, untracked...)), nil
}

// GrepFiles lists the files that match the pathspecs and contain one of
// the words (fixed strings, case-sensitive): in the index when cached,
// else in the working tree, untracked files that are not ignored
// included. Binary files are left out. git reads the files, so a caller
// can look closer at a few candidates rather than read them all.
func (r *Repo) GrepFiles(words []string, cached bool, pathspecs ...string) ([]string, error) {
	if len(words) == 0 {
		return nil, nil
	}
	args := []string{"grep", "-l", "-z", "-F", "-I", "--no-color"}
	if cached {
		args = append(args, "--cached")
	} else {
		args = append(args, "--untracked")
	}
	for _, w := range words {
		args = append(args, "-e", w)
	}
	out, err := r.git(append(append(args, "--"), pathspecs...)...)
	if err != nil {
		if exitCode(err) == 1 && len(out) == 0 {
			return nil, nil // no file matches
		}
		return nil, err
	}
	return splitNames(out), nil
}

// IndexBlobs returns the object IDs of the given paths in the index (the
// staged content), keyed by path. Paths that are not in the index, or not
// regular files there, are left out.
func (r *Repo) IndexBlobs(paths []string) (map[string]string, error) {
	blobs := map[string]string{}
	if len(paths) == 0 {
		return blobs, nil
	}
	out, err := r.git(append([]string{"--literal-pathspecs", "ls-files", "--stage", "-z", "--"}, paths...)...)
	if err != nil {
		return nil, err
	}
	for _, entry := range strings.Split(string(out), "\x00") {
		// mode object stage<TAB>path
		meta, path, ok := strings.Cut(entry, "\t")
		f := strings.Fields(meta)
		if !ok || len(f) != 3 || f[2] != "0" || (f[0] != "100644" && f[0] != "100755") {
			continue
		}
		blobs[path] = f[1]
	}
	return blobs, nil
}

// splitNames splits NUL-separated paths, dropping empty ones and
// repeats, sorted.
func splitNames(out []byte) []string {
	seen := map[string]bool{}
	var names []string
	for _, p := range strings.Split(string(out), "\x00") {
		if p != "" && !seen[p] {
			seen[p] = true
			names = append(names, p)
		}
	}
	sort.Strings(names)
	return names
}
