package engine

import (
	"os"
	"path/filepath"
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

// The walk's relative paths are relTo's, whatever the working directory's
// place relative to the root.
func TestRelInIsRelTo(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	e := &Engine{}
	roots := []string{wd, filepath.Dir(wd), filepath.Join(wd, "testdata"), string(filepath.Separator)}
	for _, root := range roots {
		for _, p := range []string{"", ".", "testdata", "testdata/x.md", "..", "../other/y.md", "/etc/z.md"} {
			p = filepath.FromSlash(p)
			if got, want := relIn(root, wd, p), e.relTo(root, p); got != want {
				t.Errorf("relIn(%q, wd, %q) = %q; relTo gives %q", root, p, got, want)
			}
		}
	}
}
