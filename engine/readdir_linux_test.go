//go:build linux

package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
)

// readDirByOS is readFolder as os.ReadDir gives it.
func readDirByOS(p string) ([]dirEntry, error) {
	list, err := os.ReadDir(p)
	if err != nil {
		return nil, err
	}
	out := make([]dirEntry, len(list))
	for i, d := range list {
		out[i] = dirEntry{name: d.Name(), typ: d.Type()}
	}
	return out, nil
}

// TestReadFolderIsReadDir: the records parsed by hand give os.ReadDir's
// entries, types and errors, in folders of every size, one buffer shared.
func TestReadFolderIsReadDir(t *testing.T) {
	top := t.TempDir()
	mk := func(name string, n, nameLen int) string {
		dir := filepath.Join(top, name)
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for i := range n {
			base := fmt.Sprintf("%05d-", i) + strings.Repeat("x", i%nameLen)
			switch i % 5 {
			case 0:
				if err := os.Mkdir(filepath.Join(dir, base), 0o755); err != nil {
					t.Fatal(err)
				}
			case 1:
				if err := os.Symlink("nowhere", filepath.Join(dir, base)); err != nil {
					t.Fatal(err)
				}
			case 2:
				if err := syscall.Mkfifo(filepath.Join(dir, base), 0o644); err != nil {
					t.Fatal(err)
				}
			default:
				write(t, dir, base+".md", nil)
			}
		}
		return dir
	}
	write(t, top, "file.md", nil)
	dirs := []string{
		mk("empty", 0, 1), mk("one", 4, 1), mk("small", 50, 20), mk("big", 3000, 200),
		filepath.Join(top, "missing"), filepath.Join(top, "file.md"), top, "/dev", "/proc/self",
	}
	var buf []byte
	for _, dir := range dirs {
		got, err := readFolder(dir, &buf)
		want, wantErr := readDirByOS(dir)
		if fmt.Sprint(err) != fmt.Sprint(wantErr) {
			t.Errorf("readFolder(%q): error %v, os.ReadDir gives %v", dir, err, wantErr)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("readFolder(%q) = %d entries, os.ReadDir gives %d:\n%v\n%v", dir, len(got), len(want), got, want)
		}
	}
}

// TestLstatType gives entries without a type in the records the types
// os.ReadDir gives them.
func TestLstatType(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "file.md", nil)
	write(t, dir, "sub/x.md", nil)
	if err := os.Symlink("file.md", filepath.Join(dir, "link.md")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644); err != nil {
		t.Fatal(err)
	}
	want, err := readDirByOS(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range want {
		typ, gone, err := lstatType(dir, d.name)
		if typ != d.typ || gone || err != nil {
			t.Errorf("lstatType(%q) = %v, %v, %v; os.ReadDir gives %v", d.name, typ, gone, err, d.typ)
		}
	}
	if _, gone, err := lstatType(dir, "missing.md"); !gone || err != nil {
		t.Errorf("lstatType of a missing file: gone %v, err %v", gone, err)
	}
	_, gone, err := lstatType(filepath.Join(dir, "file.md"), "x")
	if want := "fstatat " + filepath.Join(dir, "file.md") + ": not a directory"; gone || err == nil || err.Error() != want {
		t.Errorf("lstatType below a file: gone %v, err %v, want %q", gone, err, want)
	}
}
