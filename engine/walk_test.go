package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// absIn must give what filepath.Abs gives: the walk's relative paths, and
// so overrides, excludes and ignores, depend on it.
func TestAbsInIsAbs(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	paths := []string{
		".", "..", "a", "a/b.md", "./a/./b.md", "a//b", "a/../../b", "../..", "../../../../../../../x",
		"/", "/a/b.md", "/a/../b", "//a", "a/", "-", "é/ñ.md", " a ", ".hidden/x.md", "a/b/..",
	}
	for _, p := range paths {
		p = filepath.FromSlash(p)
		want, wantErr := filepath.Abs(p)
		for _, dir := range []string{wd, ""} {
			got, err := absIn(dir, p)
			if got != want || (err == nil) != (wantErr == nil) {
				t.Errorf("absIn(%q, %q) = %q, %v; filepath.Abs gives %q, %v", dir, p, got, err, want, wantErr)
			}
		}
	}
}

// relToByAbs is relTo as filepath.Abs and filepath.Rel define it.
func relToByAbs(root, p string) string {
	if p == "" {
		return ""
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(rel)
}

// The walk's relative paths are those filepath.Abs and filepath.Rel give,
// whatever the working directory's place relative to the root.
func TestRelInIsRelTo(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	e := &Engine{}
	roots := []string{wd, filepath.Dir(wd), filepath.Join(wd, "testdata"), string(filepath.Separator), "", wd[:len(wd)-1], wd + "/", wd + "/./testdata",
		wd + "x", filepath.Join(wd, "testdata", "x.md"), "/nonexistent/deeper", filepath.Join(filepath.Dir(wd), "other")}
	for _, root := range roots {
		for _, p := range []string{"", ".", "testdata", "testdata/x.md", "..", "../other/y.md", "/etc/z.md",
			"..x.md", "testdata/..x/y.md", wd, wd + "x/y.md", wd + "/z.md", wd + "//a/../b.md", "./a/./b.md"} {
			p = filepath.FromSlash(p)
			want := relToByAbs(root, p)
			if got := relIn(root, wd, p); got != want {
				t.Errorf("relIn(%q, wd, %q) = %q, want %q", root, p, got, want)
			}
			if got := e.relTo(root, p); got != want {
				t.Errorf("relTo(%q, %q) = %q, want %q", root, p, got, want)
			}
		}
	}
}

// TestRelInOutsideRootAllocates nothing for a clean absolute path outside
// the root: outsideRoot answers where filepath.Rel allocated twice.
func TestRelInOutsideRootAllocates(t *testing.T) {
	if os.PathSeparator != '/' {
		t.Skip("outsideRoot answers only where the separator is '/'")
	}
	root, p := "/work/drafts/site", "/tmp/corpus/post-1.md"
	var rel string
	allocs := testing.AllocsPerRun(100, func() { rel = relIn(root, "/work", p) })
	if rel != p {
		t.Fatalf("relIn(%q, %q) = %q, want the path itself", root, p, rel)
	}
	if allocs != 0 {
		t.Errorf("relIn allocated %v times for a path outside the root, want 0", allocs)
	}
}
