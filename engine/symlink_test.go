package engine

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// lintNoted lints paths and returns the base names linted and the notes.
func lintNoted(t *testing.T, opts Options, paths ...string) (names, notes []string) {
	t.Helper()
	opts.Note = func(msg string) { notes = append(notes, msg) }
	for _, r := range run(t, opts, paths...) {
		names = append(names, filepath.Base(r.Path))
	}
	sort.Strings(names)
	return names, notes
}

// TestWalkSkipsLinksOutOfTheTree: a walk lints the tree it was given. A
// symlink that leads out of it (out of the git repository, or out of the
// folder walked outside git) is skipped with a note, so a folder cannot
// pull /etc/passwd or a key file into a report; links inside still work,
// and link loops stay harmless.
func TestWalkSkipsLinksOutOfTheTree(t *testing.T) {
	top := t.TempDir()
	posts := filepath.Join(top, "posts")
	write(t, top, "outside/secret.md", []byte("API_KEY=hunter2\n"))
	write(t, posts, "a.md", []byte("Cetak KTP-el kini bisa hari Sabtu.\n"))
	write(t, posts, "sub/real.md", []byte("Pasar murah hari ini di alun-alun.\n"))
	links := map[string]string{
		"leak.md":   filepath.Join(top, "outside", "secret.md"),
		"rel.md":    "../outside/secret.md",
		"inside.md": "sub/real.md",
		"loop.md":   "loop.md",
		"dir":       posts,
	}
	if _, err := os.Stat("/etc/passwd"); err == nil {
		links["passwd.md"] = "/etc/passwd"
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(posts, name)); err != nil {
			t.Skip("no symlinks here:", err)
		}
	}
	names, notes := lintNoted(t, Options{}, posts)
	if got := strings.Join(names, " "); got != "a.md inside.md real.md" {
		t.Errorf("linted %s, want a.md inside.md real.md", got)
	}
	want := []string{
		filepath.ToSlash(posts) + "/leak.md: not linted: a symbolic link to a file outside the folder " + filepath.ToSlash(posts),
		filepath.ToSlash(posts) + "/rel.md: not linted: a symbolic link to a file outside the folder " + filepath.ToSlash(posts),
	}
	if _, ok := links["passwd.md"]; ok {
		want = append(want[:1], append([]string{filepath.ToSlash(posts) + "/passwd.md: not linted: a symbolic link to a file outside the folder " + filepath.ToSlash(posts)}, want[1:]...)...)
	}
	if strings.Join(notes, "\n") != strings.Join(want, "\n") {
		t.Errorf("notes:\n%s\nwant:\n%s", strings.Join(notes, "\n"), strings.Join(want, "\n"))
	}
	// A file named on the command line is linted as named.
	if names, notes := lintNoted(t, Options{}, filepath.Join(posts, "leak.md")); len(names) != 1 || len(notes) != 0 {
		t.Errorf("a named link: %v %v", names, notes)
	}

	// In a git repository the tree is the repository.
	if err := os.Mkdir(filepath.Join(top, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	names, notes = lintNoted(t, Options{}, posts)
	if got := strings.Join(names, " "); !strings.Contains(got, "leak.md") || !strings.Contains(got, "rel.md") || strings.Contains(got, "passwd") {
		t.Errorf("in a repository, linted %s", got)
	}
	if _, ok := links["passwd.md"]; ok {
		if len(notes) != 1 || notes[0] != filepath.ToSlash(posts)+"/passwd.md: not linted: a symbolic link to a file outside the git repository" {
			t.Errorf("notes in a repository: %q", notes)
		}
	}
}
