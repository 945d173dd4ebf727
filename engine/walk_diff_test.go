package engine

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/postlint/postlint/config"
)

// walkTreeCase is a tree to walk: files (a trailing / makes a folder),
// symlinks by name and target, and .gitignore contents by folder.
type walkTreeCase struct {
	name    string
	files   []string
	links   map[string]string
	ignores map[string]string
}

// build writes the tree below dir.
func (c walkTreeCase) build(t *testing.T, dir string) {
	t.Helper()
	for _, f := range c.files {
		if strings.HasSuffix(f, "/") {
			if err := os.MkdirAll(filepath.Join(dir, f), 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		write(t, dir, f, []byte("x\n"))
	}
	for folder, rules := range c.ignores {
		write(t, dir, filepath.Join(folder, ".gitignore"), []byte(rules))
	}
	for name, target := range c.links {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(target, p); err != nil {
			t.Skipf("no symlinks here: %v", err)
		}
	}
}

// walkOutcome is all a walk gives: the files, the error, the notes.
type walkOutcome struct {
	files []fileRef
	err   string
	notes []string
}

func walkBoth(t *testing.T, exclude []string, dir, root string) (got, want walkOutcome) {
	t.Helper()
	run := func(walk func(e *Engine) ([]fileRef, error)) walkOutcome {
		var o walkOutcome
		e := &Engine{cfg: &config.Config{Exclude: exclude}, opts: Options{Note: func(msg string) { o.notes = append(o.notes, msg) }}}
		files, err := walk(e)
		o.files = files
		if err != nil {
			o.err = err.Error()
		}
		return o
	}
	got = run(func(e *Engine) ([]fileRef, error) { return e.walk(dir, root) })
	want = run(func(e *Engine) ([]fileRef, error) { return e.walkByWalkDir(dir, root) })
	return got, want
}

// compareWalks walks the tree below top from the working directory top's
// parent, with several spellings of the folder and several roots, and
// wants what filepath.WalkDir gave.
func compareWalks(t *testing.T, top string, excludes [][]string) {
	t.Helper()
	parent := filepath.Dir(top)
	t.Chdir(parent)
	base := filepath.Base(top)
	dirs := []string{top, base, base + "/", "./" + base, base + "//sub/..", top + "/.", "../" + filepath.Base(parent) + "/" + base, top + "/sub", base + "/sub", base + "/missing", top + "/a.md"}
	roots := []string{top, parent, filepath.Join(top, "sub"), "/nonexistent", "/"}
	for _, exclude := range excludes {
		for _, dir := range dirs {
			for _, root := range roots {
				got, want := walkBoth(t, exclude, filepath.FromSlash(dir), root)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("walk(%q, root %q, exclude %q):\ngot  %+v\nwant %+v", dir, root, exclude, got, want)
				}
			}
		}
	}
	// From inside the tree, "." and ".." are walked too.
	t.Chdir(filepath.Join(top, "sub"))
	for _, dir := range []string{".", "..", "../sub", "./"} {
		for _, root := range []string{top, filepath.Join(top, "sub")} {
			got, want := walkBoth(t, excludes[0], dir, root)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("walk(%q, root %q) from sub:\ngot  %+v\nwant %+v", dir, root, got, want)
			}
		}
	}
}

// TestWalkIsWalkDir compares the walk with the one filepath.WalkDir made on
// trees with hidden files, ignored and excluded paths, symlinks, and names
// that sort around '/'.
func TestWalkIsWalkDir(t *testing.T) {
	cases := []walkTreeCase{{
		name: "mixed",
		files: []string{
			"a.md", "a-b.md", "a.b.md", "a/x.md", "a-b/x.md", "a.b/x.md", "a0/x.md", "A/x.md", "a_/x.md",
			"sub/one.md", "sub/two.txt", "sub/deep/er/three.markdown", "sub/deep/notes.csv", "sub/deep/skip.go",
			".hidden/x.md", "sub/.hidden.md", "sub/.h/y.md", "empty/", "sub/empty/",
			"ignored/x.md", "sub/keep.md", "sub/drop.md", "sub/build/out.md", "sub/again.md",
			"excl/x.md", "sub/excl/y.md", "weird {br}/x.md", "ü/é.md", "sp ace/x.md",
		},
		links: map[string]string{
			"sub/link-in.md":   "one.md",
			"sub/link-dir":     "deep",
			"link-out.md":      "/etc/hostname",
			"dangling.md":      "nowhere.md",
			"sub/loop.md":      "loop.md",
			"link-dir.md":      "a",
			"sub/deep/up.md":   "../../a.md",
			"sub/deep/rel.txt": "../two.txt",
		},
		ignores: map[string]string{
			"":    "ignored/\n*.csv\n!keep.csv\n/sub/build\n",
			"sub": "drop.md\n# comment\n\n!again.md\nagain.md\n",
		},
	}}
	cases = append(cases, randomTrees(8)...)
	excludes := [][]string{nil, {"excl/**", "**/excl"}, {"**/*.txt", "a-b"}, {"sub"}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			top := filepath.Join(t.TempDir(), "tree")
			c.build(t, top)
			compareWalks(t, top, excludes)
		})
	}
}

// randomTrees makes trees of random depth from names that sort around '/'.
func randomTrees(n int) []walkTreeCase {
	parts := []string{"a", "a-", "a.", "a0", "A", "-", ".x", "b c", "a-b", "a.b", "z", "_"}
	exts := []string{".md", ".txt", ".markdown", ".csv", ".tsv", ".go", "", ".MD"}
	var cases []walkTreeCase
	for i := range n {
		r := rand.New(rand.NewPCG(uint64(i), 7))
		c := walkTreeCase{name: fmt.Sprintf("random%d", i), links: map[string]string{}, ignores: map[string]string{}}
		c.files = append(c.files, "sub/x.md", "a.md")
		var folders []string
		for range 20 + r.IntN(60) {
			depth := r.IntN(4)
			var p []string
			for range depth {
				p = append(p, parts[r.IntN(len(parts))])
			}
			folder := strings.Join(p, "/")
			folders = append(folders, folder)
			name := parts[r.IntN(len(parts))] + exts[r.IntN(len(exts))]
			c.files = append(c.files, filepath.Join(folder, name))
		}
		// Files and folders may clash by name: keep the first one written.
		c.files = dropClashes(c.files)
		for range r.IntN(4) {
			folder := folders[r.IntN(len(folders))]
			c.links[filepath.Join(folder, fmt.Sprintf("link%d.md", r.IntN(100)))] = c.files[r.IntN(len(c.files))]
		}
		if r.IntN(2) == 0 {
			c.ignores[folders[r.IntN(len(folders))]] = parts[r.IntN(len(parts))] + "\n*.txt\n!" + parts[r.IntN(len(parts))] + ".txt\n"
		}
		cases = append(cases, c)
	}
	return cases
}

// dropClashes drops the files whose path, or a folder of it, is taken by
// an earlier file.
func dropClashes(files []string) []string {
	isFile, isDir := map[string]bool{}, map[string]bool{}
	var out []string
next:
	for _, f := range files {
		if isFile[f] || isDir[f] {
			continue
		}
		for d := filepath.Dir(f); d != "."; d = filepath.Dir(d) {
			if isFile[d] {
				continue next
			}
		}
		isFile[f] = true
		for d := filepath.Dir(f); d != "."; d = filepath.Dir(d) {
			isDir[d] = true
		}
		out = append(out, f)
	}
	return out
}

// TestWalkUnreadableFolder: a folder the walk cannot read is a draft
// problem in both walks. A path longer than the system takes cannot be
// opened, even by root; a folder without permissions is unreadable to
// others.
func TestWalkUnreadableFolder(t *testing.T) {
	top := filepath.Join(t.TempDir(), "tree")
	write(t, top, "a.md", []byte("x\n"))
	write(t, top, "sub/x.md", []byte("x\n"))
	locked := write(t, top, "locked/x.md", []byte("x\n"))
	if err := os.Chmod(filepath.Dir(locked), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(filepath.Dir(locked), 0o755) })
	deep, err := os.OpenRoot(top)
	if err != nil {
		t.Fatal(err)
	}
	defer deep.Close()
	long := strings.Repeat("d", 200)
	var p []string
	for range 25 {
		p = append(p, long)
	}
	if err := deep.MkdirAll(strings.Join(p, "/"), 0o755); err != nil {
		t.Skipf("cannot make a folder deeper than the path limit: %v", err)
	}
	compareWalks(t, top, [][]string{nil})
	got, _ := walkBoth(t, nil, top, top)
	found := false
	for _, f := range got.files {
		found = found || strings.HasSuffix(f.path, long) && f.format != ""
	}
	if !found {
		t.Errorf("no folder past the path limit reported: %+v", got.files)
	}
}

// TestWalkWithoutWorkingDir: when the working directory is gone, paths are
// joined as filepath.Join does and relative ones fall back as relIn does.
func TestWalkWithoutWorkingDir(t *testing.T) {
	top := filepath.Join(t.TempDir(), "tree")
	walkTreeCase{files: []string{"a.md", "a-b/x.md", "a/x.md", "sub/y.md", "sub/.h/z.md", "excl/w.md"}}.build(t, top)
	gone := filepath.Join(t.TempDir(), "gone")
	if err := os.Mkdir(gone, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(gone)
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Getwd(); err == nil {
		t.Skip("the working directory is still found once removed")
	}
	for _, dir := range []string{top, top + "/sub/..", top + "/a.md"} {
		for _, root := range []string{top, filepath.Dir(top), "/"} {
			got, want := walkBoth(t, []string{"excl"}, dir, root)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("walk(%q, root %q):\ngot  %+v\nwant %+v", dir, root, got, want)
			}
			if len(got.files) == 0 && dir != top+"/a.md" {
				t.Errorf("walk(%q, root %q) found nothing", dir, root)
			}
		}
	}
}
