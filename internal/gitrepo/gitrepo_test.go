package gitrepo

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// newRepo makes a repository in a temporary folder with git isolated from
// the user's and the system's configuration.
func newRepo(t *testing.T) (*Repo, func(args ...string) string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	t.Setenv("HOME", dir)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	git("init", "-q", "-b", "main")
	git("config", "user.name", "Humas")
	git("config", "user.email", "humas@example.com")
	git("config", "commit.gpgsign", "false")
	repo, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return repo, git
}

func write(t *testing.T, r *Repo, name, content string) {
	t.Helper()
	p := filepath.Join(r.Root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestStaged(t *testing.T) {
	r, git := newRepo(t)
	write(t, r, "posts/lama.md", "Draf lama yang cukup panjang untuk dikenali sebagai berkas yang dipindah.\n")
	write(t, r, "posts/hapus.md", "Hapus.\n")
	git("add", "-A")
	staged, err := r.Staged()
	if err != nil || len(staged) != 2 {
		t.Fatalf("before the first commit every file is staged: %+v %v", staged, err)
	}
	git("commit", "-q", "-m", "awal")

	git("mv", "posts/lama.md", "posts/baru dengan spasi.md")
	git("rm", "-q", "posts/hapus.md")
	write(t, r, "skrip.sh", "#!/bin/sh\n")
	git("add", "skrip.sh")
	git("update-index", "--chmod=+x", "skrip.sh")
	if err := os.Symlink("posts/baru dengan spasi.md", filepath.Join(r.Root, "tautan.md")); err != nil {
		t.Fatal(err)
	}
	git("add", "tautan.md")
	write(t, r, "unstaged.md", "Belum di-add.\n")

	staged, err = r.Staged()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range staged {
		got = append(got, s.Path)
		if len(s.Blob) < 40 {
			t.Errorf("%s: short object ID %q", s.Path, s.Blob)
		}
	}
	if strings.Join(got, "|") != "posts/baru dengan spasi.md|skrip.sh" {
		t.Errorf("staged = %q (rename target and executable kept; deleted, symlink, unstaged left out)", got)
	}
}

func TestReadBlobsManyAndLarge(t *testing.T) {
	r, git := newRepo(t)
	want := map[string]string{}
	for i := 0; i < 5; i++ {
		name := fmt.Sprintf("d/%d.md", i)
		want[name] = fmt.Sprintf("Draf %d\n%s", i, strings.Repeat("isi ", 5000*i))
		write(t, r, name, want[name])
	}
	git("add", "-A")
	staged, err := r.Staged()
	if err != nil || len(staged) != 5 {
		t.Fatalf("staged = %+v %v", staged, err)
	}
	// Ask for the blobs over and over: more than a pipe buffer each way
	// (1700 IDs are over 64 KiB of input), so writing and reading must
	// overlap.
	var ids []string
	for len(ids) < 1700 {
		for _, s := range staged {
			ids = append(ids, s.Blob)
		}
	}
	blobs, err := r.ReadBlobs(ids, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range staged {
		if string(blobs[s.Blob]) != want[s.Path] {
			t.Errorf("%s: got %d bytes, want %d", s.Path, len(blobs[s.Blob]), len(want[s.Path]))
		}
	}
	// Over the limit, an object comes back cut to limit+1 bytes, and an
	// object read after a cut one (here "Draf 0\n", 7 bytes, last) is still
	// read whole.
	var reversed []string
	for i := len(staged) - 1; i >= 0; i-- {
		reversed = append(reversed, staged[i].Blob)
	}
	cut, err := r.ReadBlobs(reversed, 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range staged {
		w := want[s.Path]
		if len(w) > 11 {
			w = w[:11]
		}
		if string(cut[s.Blob]) != w {
			t.Errorf("%s with limit 10: got %q, want %q", s.Path, cut[s.Blob], w)
		}
	}
	if string(cut[staged[0].Blob]) != want["d/0.md"] {
		t.Errorf("the small object after the cut ones = %q, want it whole", cut[staged[0].Blob])
	}
	if _, err := r.ReadBlobs([]string{"0123456789012345678901234567890123456789"}, 1<<20); err == nil {
		t.Error("a missing object should be an error")
	}
}

func TestChangedSinceErrors(t *testing.T) {
	r, git := newRepo(t)
	if _, _, err := r.ChangedSince("main"); err == nil || !strings.Contains(err.Error(), "unknown revision") {
		t.Errorf("no commit yet: %v", err)
	}
	write(t, r, "a.md", "A\n")
	git("add", "-A")
	git("commit", "-q", "-m", "a")
	git("checkout", "-q", "--orphan", "lain")
	git("commit", "-q", "-m", "b")
	_, _, err := r.ChangedSince("main")
	if err == nil || !strings.Contains(err.Error(), "no common history") {
		t.Errorf("unrelated histories: %v", err)
	}
	var se *ShallowError
	if errors.As(err, &se) {
		t.Errorf("not a shallow clone: %v", err)
	}
	if _, _, err := r.ChangedSince("-p"); err == nil {
		t.Error("an option is not a revision")
	}
}

func TestHooksDir(t *testing.T) {
	r, git := newRepo(t)
	dir, err := r.HooksDir()
	if err != nil || dir != filepath.Join(r.Root, ".git", "hooks") {
		t.Errorf("default hooks dir = %q %v", dir, err)
	}
	abs := filepath.Join(t.TempDir(), "hooks")
	git("config", "core.hooksPath", abs)
	if dir, err := r.HooksDir(); err != nil || dir != abs {
		t.Errorf("core.hooksPath = %q %v", dir, err)
	}
	git("config", "core.hooksPath", "githooks")
	sub := filepath.Join(r.Root, "posts")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	r2, err := Open(sub)
	if err != nil || r2.Root != r.Root {
		t.Fatalf("open from a subfolder: %v %v", r2, err)
	}
	if dir, err := r2.HooksDir(); err != nil || dir != filepath.Join(r.Root, "githooks") {
		t.Errorf("relative core.hooksPath from a subfolder = %q %v", dir, err)
	}
}

func TestOpenOutsideARepository(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	_, err := Open(dir)
	var nr *NotRepoError
	if !errors.As(err, &nr) || !strings.Contains(err.Error(), "not inside a git working tree") {
		t.Errorf("err = %v", err)
	}
}

func TestHooksPathSettingAndCommonDir(t *testing.T) {
	r, git := newRepo(t)
	if scope, origin := r.HooksPathSetting(); scope != "" || origin != "" {
		t.Errorf("unset: %q %q", scope, origin)
	}
	git("config", "--global", "core.hooksPath", "~/hooks")
	if scope, origin := r.HooksPathSetting(); scope != "global" || !strings.HasSuffix(origin, ".gitconfig") {
		t.Errorf("global: %q %q", scope, origin)
	}
	git("config", "core.hooksPath", ".githooks")
	if scope, origin := r.HooksPathSetting(); scope != "local" || origin != "file:.git/config" {
		t.Errorf("local: %q %q", scope, origin)
	}
	if dir, err := r.CommonDir(); err != nil || dir != filepath.Join(r.Root, ".git") {
		t.Errorf("CommonDir = %q %v", dir, err)
	}
}

// TestSubtitleQueries: the queries that let a changed subtitle file
// re-lint the drafts naming it: changed names with deletions and renames,
// a search of the index or the working tree, and index blobs.
func TestSubtitleQueries(t *testing.T) {
	r, git := newRepo(t)
	write(t, r, "media/intro.srt", "1\n00:00:00,000 --> 00:00:01,000\nHalo\n")
	write(t, r, "media/lama.vtt", "WEBVTT\n")
	write(t, r, "media/hapus.SRT", "1\n")
	write(t, r, "posts/a.md", "---\nsubtitles: ../media/intro.srt\n---\nIsi\n")
	write(t, r, "posts/B.MD", "---\nsubtitles: ../media/lama.vtt\n---\nIsi\n")
	write(t, r, "posts/gambar.png", "intro.srt\x00\x01binary")
	git("add", "-A")
	git("commit", "-q", "-m", "awal")
	base := strings.TrimSpace(git("rev-parse", "HEAD"))

	write(t, r, "media/intro.srt", "1\n00:00:00,500 --> 00:00:01,000\nHalo\n")
	git("mv", "media/lama.vtt", "media/baru.vtt")
	git("rm", "-q", "media/hapus.SRT")
	git("add", "media/intro.srt")
	write(t, r, "media/untracked.srt", "1\n")
	write(t, r, "posts/c.txt", "---\nsubtitles: ../media/untracked.srt\n---\nIsi\n")
	specs := []string{":(icase)*.srt", ":(icase)*.vtt"}

	staged, err := r.StagedNames(specs...)
	if want := "media/baru.vtt media/hapus.SRT media/intro.srt media/lama.vtt"; err != nil || strings.Join(staged, " ") != want {
		t.Errorf("StagedNames = %q, %v; want %q", staged, err, want)
	}
	changed, err := r.NamesChangedSince(base, specs...)
	if want := "media/baru.vtt media/hapus.SRT media/intro.srt media/lama.vtt media/untracked.srt"; err != nil || strings.Join(changed, " ") != want {
		t.Errorf("NamesChangedSince = %q, %v; want %q", changed, err, want)
	}

	drafts := []string{":(icase)*.md", ":(icase)*.txt"}
	got, err := r.GrepFiles([]string{"intro.srt", "untracked.srt"}, true, drafts...)
	if err != nil || strings.Join(got, " ") != "posts/a.md" {
		t.Errorf("GrepFiles in the index = %q, %v; want posts/a.md (c.txt is untracked, the image is not a draft)", got, err)
	}
	got, err = r.GrepFiles([]string{"intro.srt", "untracked.srt"}, false, drafts...)
	if err != nil || strings.Join(got, " ") != "posts/a.md posts/c.txt" {
		t.Errorf("GrepFiles in the working tree = %q, %v", got, err)
	}
	if got, err := r.GrepFiles([]string{"tidak-ada.srt"}, true, drafts...); err != nil || len(got) != 0 {
		t.Errorf("GrepFiles with no match = %q, %v", got, err)
	}

	blobs, err := r.IndexBlobs([]string{"posts/a.md", "posts/c.txt", "posts/*.md"})
	if err != nil || len(blobs) != 1 || blobs["posts/a.md"] == "" {
		t.Fatalf("IndexBlobs = %v, %v; want posts/a.md only (c.txt is not staged, * is literal)", blobs, err)
	}
	data, err := r.ReadBlobs([]string{blobs["posts/a.md"]}, 1<<20)
	if err != nil || !strings.Contains(string(data[blobs["posts/a.md"]]), "intro.srt") {
		t.Errorf("ReadBlobs = %q, %v", data, err)
	}
}
