package engine

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
)

// MaxSubtitleSize caps what is read of a subtitle file: one for a social
// video is a few kilobytes, so anything larger is not one.
const MaxSubtitleSize = 1 << 20

// loadSubtitles reads the subtitle file a post's front matter names and
// hands its cues, or the problem, to the rules on the post. The path is
// relative to the draft; front matter may name anything, so only a regular
// file inside the draft's git repository (its folder outside git) is read,
// symlinks included only when they resolve inside, and no more than
// MaxSubtitleSize bytes of it.
func (e *Engine) loadSubtitles(p *draft.Post, f fileRef) {
	name := filepath.FromSlash(p.Meta.Subtitles)
	shown := name
	if !filepath.IsAbs(name) {
		shown = filepath.Join(filepath.Dir(filepath.FromSlash(p.Path)), name)
	}
	shown = filepath.ToSlash(shown)
	fail := func(msg i18n.Text) {
		p.Subtitles = &draft.Subtitles{Path: shown, Err: &draft.SubtitleError{Path: shown, Msg: msg}}
	}
	dir := "."
	switch {
	case f.stdin && e.opts.StdinFilename != "":
		dir = filepath.Dir(e.opts.StdinFilename)
	case !f.stdin:
		dir = filepath.Dir(f.path)
	}
	dir, err := filepath.Abs(dir)
	if err == nil {
		dir, err = filepath.EvalSymlinks(dir)
	}
	if err != nil {
		fail(i18n.Sprintf("cannot read the subtitle file: %s", "berkas subtitle tidak bisa dibaca: %s", ioReason(err)))
		return
	}
	root, inGit := repoTop(dir)
	target := name
	if !filepath.IsAbs(target) {
		target = filepath.Join(dir, target)
	}
	resolved, err := filepath.EvalSymlinks(target)
	if err != nil {
		fail(i18n.Sprintf("cannot read the subtitle file: %s", "berkas subtitle tidak bisa dibaca: %s", ioReason(err)))
		return
	}
	if !within(root, resolved) {
		if inGit {
			fail(i18n.T("outside the draft's git repository: subtitle files are read only from inside it",
				"di luar repositori git draf: berkas subtitle hanya dibaca dari dalam repositori itu"))
		} else {
			fail(i18n.T("outside the draft's folder: outside a git repository, subtitle files are read only from the draft's folder and below",
				"di luar folder draf: di luar repositori git, berkas subtitle hanya dibaca dari folder draf dan subfoldernya"))
		}
		return
	}
	data, err := e.readSubtitle(resolved)
	var se *sizeError
	switch {
	case err == nil:
		p.Subtitles = draft.SubtitlesFrom(shown, data)
	case errors.Is(err, errNotRegular):
		fail(i18n.T("not a regular file (a device, FIFO or socket)", "bukan berkas biasa (perangkat, FIFO, atau soket)"))
	case errors.As(err, &se):
		fail(i18n.Sprintf("larger than %s: too large for a subtitle file", "lebih besar dari %s: terlalu besar untuk berkas subtitle", formatSize(se.limit)))
	default:
		if st, serr := os.Stat(resolved); serr == nil && st.IsDir() {
			fail(i18n.T("is a directory, not a subtitle file", "ini folder, bukan berkas subtitle"))
			return
		}
		fail(i18n.Sprintf("cannot read the subtitle file: %s", "berkas subtitle tidak bisa dibaca: %s", ioReason(err)))
	}
}

// readSubtitle reads a subtitle file: its staged content under --staged
// when the index has it, else the file on disk, capped either way.
func (e *Engine) readSubtitle(path string) ([]byte, error) {
	if e.opts.ReadStagedFile != nil {
		data, ok, err := e.opts.ReadStagedFile(path)
		switch {
		case err != nil:
			return nil, err
		case ok && len(data) > MaxSubtitleSize:
			return nil, &sizeError{MaxSubtitleSize}
		case ok:
			return data, nil
		}
	}
	return readFileCapped(path, MaxSubtitleSize)
}

// repoTop returns the top of the git repository holding dir (a folder
// with a .git entry, a folder or a worktree's file), or dir itself and
// false when there is none.
func repoTop(dir string) (string, bool) {
	for d := dir; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d, true
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir, false
		}
		d = parent
	}
}

// within reports whether path is root or below it; both are clean,
// absolute and free of symlinks.
func within(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}
