package command

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/engine"
	"github.com/postlint/postlint/internal/gitrepo"
)

// gitSelection is what --staged or --changed-since hand the engine: the
// files to lint and, for --staged, a reader of their staged content.
type gitSelection struct {
	listed   *engine.FileList
	readFile func(path string) ([]byte, error)
	// readStaged reads another file of the repository (a subtitle file)
	// from the index; ok is false when the index does not have it.
	readStaged func(path string) (data []byte, ok bool, err error)
}

// Pathspecs of the files git is asked about (case-insensitive, any
// depth). draftSpecs are the extensions draft.FormatOf lints.
var (
	draftSpecs    = []string{":(icase)*.md", ":(icase)*.markdown", ":(icase)*.txt", ":(icase)*.csv"}
	subtitleSpecs = []string{":(icase)*.srt", ":(icase)*.vtt"}
)

// selectFromGit asks git which drafts to lint. It returns nil when neither
// --staged nor --changed-since is given.
func selectFromGit(o LintOptions, maxDraftSize int64) (*gitSelection, error) {
	if !o.Staged && o.ChangedSince == "" {
		return nil, nil
	}
	flag := "--staged"
	if !o.Staged {
		flag = "--changed-since"
	} else if o.ChangedSince != "" {
		return nil, &engine.UsageError{Msg: "--staged and --changed-since exclude each other"}
	}
	if o.StdinFilename != "" {
		return nil, &engine.UsageError{Msg: flag + " reads drafts from git, not standard input: drop --stdin-filename"}
	}
	repo, err := gitrepo.Open(".")
	if err != nil {
		return nil, fmt.Errorf("%s needs a git repository: %w", flag, err)
	}
	if !o.Staged {
		base, paths, err := repo.ChangedSince(o.ChangedSince)
		if err != nil {
			return nil, err
		}
		subs, err := repo.NamesChangedSince(base, subtitleSpecs...)
		if err != nil {
			return nil, fmt.Errorf("--changed-since: %w", err)
		}
		referrers, err := subtitleReferrers(repo, subs, false, func(paths []string) (map[string][]byte, error) {
			return readWorkingFiles(repo.Root, paths), nil
		})
		if err != nil {
			return nil, fmt.Errorf("--changed-since: %w", err)
		}
		return &gitSelection{listed: &engine.FileList{Root: repo.Root, Paths: union(paths, referrers)}}, nil
	}
	staged, err := repo.Staged()
	if err != nil {
		return nil, fmt.Errorf("--staged: %w", err)
	}
	// Read only drafts: a commit may also stage large images.
	var paths, ids []string
	blobOf := map[string]string{} // absolute path → object ID
	add := func(path, blob string) {
		paths = append(paths, path)
		ids = append(ids, blob)
		blobOf[filepath.Join(repo.Root, filepath.FromSlash(path))] = blob
	}
	for _, s := range staged {
		if draft.FormatOf(s.Path) != "" {
			add(s.Path, s.Blob)
		}
	}
	// A staged subtitle file re-lints the drafts that name it, in their
	// staged version, whether or not they are staged themselves.
	subs, err := repo.StagedNames(subtitleSpecs...)
	if err != nil {
		return nil, fmt.Errorf("--staged: %w", err)
	}
	var referrerBlobs map[string]string
	referrers, err := subtitleReferrers(repo, subs, true, func(paths []string) (map[string][]byte, error) {
		found, err := repo.IndexBlobs(paths)
		if err != nil {
			return nil, err
		}
		referrerBlobs = found
		return readIndexed(repo, found, maxDraftSize)
	})
	if err != nil {
		return nil, fmt.Errorf("--staged: %w", err)
	}
	for _, p := range referrers {
		if _, listed := blobOf[filepath.Join(repo.Root, filepath.FromSlash(p))]; !listed {
			add(p, referrerBlobs[p])
		}
	}
	blobs, err := repo.ReadBlobs(ids, maxDraftSize)
	if err != nil {
		return nil, fmt.Errorf("--staged: %w", err)
	}
	read := func(path string) ([]byte, error) {
		if data, ok := blobs[blobOf[path]]; ok {
			return data, nil
		}
		return nil, &os.PathError{Op: "read", Path: path, Err: fmt.Errorf("not in the index")}
	}
	sort.Strings(paths)
	return &gitSelection{listed: &engine.FileList{Root: repo.Root, Paths: paths}, readFile: read, readStaged: stagedReader(repo, engine.MaxSubtitleSize)}, nil
}

// subtitleReferrers returns the drafts (paths relative to the top folder)
// whose front matter, or one of whose calendar rows, names one of the
// subtitle files subs in `subtitles`, resolved relative to the draft: a
// change to a subtitle file re-lints the drafts that use it. To stay quick
// in a large repository, git finds the drafts whose text holds a
// subtitle's file name, and only those are read (in the index when cached,
// else in the working tree) and only their front matter is parsed
// (calendars whole).
func subtitleReferrers(repo *gitrepo.Repo, subs []string, cached bool, load func([]string) (map[string][]byte, error)) ([]string, error) {
	if len(subs) == 0 {
		return nil, nil
	}
	wanted := map[string]bool{} // absolute paths of the changed subtitles
	var names []string
	for _, s := range subs {
		abs := filepath.Join(repo.Root, filepath.FromSlash(s))
		wanted[abs] = true
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			wanted[real] = true
		}
		names = append(names, filepath.Base(abs))
	}
	candidates, err := repo.GrepFiles(union(names, nil), cached, draftSpecs...)
	if err != nil || len(candidates) == 0 {
		return nil, err
	}
	contents, err := load(candidates)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, c := range candidates {
		data, ok := contents[c]
		format := draft.FormatOf(c)
		if !ok || format == "" {
			continue
		}
		if format != draft.FormatCSV {
			if data = frontMatterOnly(data); data == nil {
				continue
			}
		}
		abs := filepath.Join(repo.Root, filepath.FromSlash(c))
		for _, p := range draft.Parse(c, format, data, draft.Options{}) {
			if p.Meta.Subtitles != "" && wanted[subtitlePath(abs, p.Meta.Subtitles)] {
				out = append(out, c)
				break
			}
		}
	}
	return out, nil
}

// subtitlePath resolves a draft's `subtitles` value as the engine reads
// it: relative to the draft's folder, with its links resolved when it
// exists.
func subtitlePath(draftAbs, name string) string {
	p := filepath.FromSlash(name)
	if !filepath.IsAbs(p) {
		p = filepath.Join(filepath.Dir(draftAbs), p)
	}
	if real, err := filepath.EvalSymlinks(p); err == nil {
		return real
	}
	return filepath.Clean(p)
}

// frontMatterOnly returns the front-matter block that opens a Markdown or
// text draft, delimiters included, or nil when there is none (or it is
// never closed): all a search for `subtitles` needs to parse.
func frontMatterOnly(data []byte) []byte {
	start := 0
	if bytes.HasPrefix(data, []byte("\uFEFF")) {
		start = 3
	}
	line, next := nextLine(data, start)
	delim := string(bytes.TrimRight(line, " \t"))
	if delim != "---" && delim != "+++" {
		return nil
	}
	for pos := next; pos < len(data); {
		line, after := nextLine(data, pos)
		if l := string(bytes.TrimRight(line, " \t")); l == delim || delim == "---" && l == "..." {
			return data[:after]
		}
		pos = after
	}
	return nil
}

// nextLine returns the line at pos without its line end, and where the
// next one starts.
func nextLine(data []byte, pos int) ([]byte, int) {
	end := bytes.IndexAny(data[pos:], "\r\n")
	if end < 0 {
		return data[pos:], len(data)
	}
	end += pos
	next := end + 1
	if data[end] == '\r' && next < len(data) && data[next] == '\n' {
		next++
	}
	return data[pos:end], next
}

// maxReferrerSize caps what is read of a draft while looking for the
// subtitles it names; a larger file is left to a full run.
const maxReferrerSize = 16 << 20

// readWorkingFiles reads regular files of the working tree, keyed by
// their path relative to root; files it cannot read are left out.
func readWorkingFiles(root string, paths []string) map[string][]byte {
	out := map[string][]byte{}
	for _, p := range paths {
		abs := filepath.Join(root, filepath.FromSlash(p))
		if st, err := os.Stat(abs); err != nil || !st.Mode().IsRegular() || st.Size() > maxReferrerSize {
			continue
		}
		f, err := os.Open(abs)
		if err != nil {
			continue
		}
		data, err := io.ReadAll(io.LimitReader(f, maxReferrerSize))
		f.Close()
		if err == nil {
			out[p] = data
		}
	}
	return out
}

// readIndexed reads staged content, keyed by path.
func readIndexed(repo *gitrepo.Repo, blobOf map[string]string, limit int64) (map[string][]byte, error) {
	ids := make([]string, 0, len(blobOf))
	for _, id := range blobOf {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	blobs, err := repo.ReadBlobs(ids, limit)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for p, id := range blobOf {
		if data, ok := blobs[id]; ok {
			out[p] = data
		}
	}
	return out, nil
}

// stagedReader reads a file of the repository (an absolute path, symbolic
// links resolved) from the index, cut after limit+1 bytes.
func stagedReader(repo *gitrepo.Repo, limit int64) func(path string) ([]byte, bool, error) {
	root := repo.Root
	if resolved, err := filepath.EvalSymlinks(root); err == nil {
		root = resolved
	}
	return func(path string) ([]byte, bool, error) {
		rel, inside := relativeTo(root, path)
		if !inside {
			return nil, false, nil // not in the repository: git has no staged copy
		}
		blobs, err := repo.IndexBlobs([]string{rel})
		if err != nil {
			return nil, false, err
		}
		id, ok := blobs[rel]
		if !ok {
			return nil, false, nil
		}
		data, err := repo.ReadBlobs([]string{id}, limit)
		if err != nil {
			return nil, false, err
		}
		content, ok := data[id]
		return content, ok, nil
	}
}

// relativeTo returns path relative to root, with slashes, and whether it
// lies inside root.
func relativeTo(root, path string) (string, bool) {
	rel, err := filepath.Rel(root, path)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// union returns the sorted paths of both lists, each once.
func union(a, b []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range append(append([]string{}, a...), b...) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	sort.Strings(out)
	return out
}
