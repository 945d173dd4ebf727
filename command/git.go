package command

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/engine"
	"github.com/postlint/postlint/internal/gitrepo"
)

// gitSelection is what --staged or --changed-since hand the engine: the
// files to lint and, for --staged, a reader of their staged content.
type gitSelection struct {
	listed   *engine.FileList
	readFile func(path string) ([]byte, error)
}

// selectFromGit asks git which drafts to lint. It returns nil when neither
// --staged nor --changed-since is given.
func selectFromGit(o LintOptions) (*gitSelection, error) {
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
		_, paths, err := repo.ChangedSince(o.ChangedSince)
		if err != nil {
			return nil, err
		}
		return &gitSelection{listed: &engine.FileList{Root: repo.Root, Paths: paths}}, nil
	}
	staged, err := repo.Staged()
	if err != nil {
		return nil, fmt.Errorf("--staged: %w", err)
	}
	// Read only drafts: a commit may also stage large images.
	var paths, ids []string
	blobOf := map[string]string{} // absolute path → object ID
	for _, s := range staged {
		if draft.FormatOf(s.Path) == "" {
			continue
		}
		paths = append(paths, s.Path)
		ids = append(ids, s.Blob)
		blobOf[filepath.Join(repo.Root, filepath.FromSlash(s.Path))] = s.Blob
	}
	blobs, err := repo.ReadBlobs(ids)
	if err != nil {
		return nil, fmt.Errorf("--staged: %w", err)
	}
	read := func(path string) ([]byte, error) {
		if data, ok := blobs[blobOf[path]]; ok {
			return data, nil
		}
		return nil, &os.PathError{Op: "read", Path: path, Err: fmt.Errorf("not in the index")}
	}
	return &gitSelection{listed: &engine.FileList{Root: repo.Root, Paths: paths}, readFile: read}, nil
}
