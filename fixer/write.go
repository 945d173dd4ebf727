package fixer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrSymlink is returned for a path that is a symbolic link: a fix is
// never written through a link, which could point anywhere.
var ErrSymlink = errors.New("a symbolic link: fixes are never written through links (fix the file it points to)")

// WriteFile replaces the regular file at path with data atomically: the
// data goes to a temporary file in the same folder, which takes the old
// file's permissions and is then renamed over it, so readers see the old
// content or the new, never a part. A symbolic link, or anything else but a
// regular file, is refused and left untouched.
func WriteFile(path string, data []byte) error {
	st, err := os.Lstat(path)
	if err != nil {
		return err
	}
	if st.Mode()&fs.ModeSymlink != 0 {
		return ErrSymlink
	}
	if !st.Mode().IsRegular() {
		return fmt.Errorf("not a regular file")
	}
	return WriteAtomic(path, data, st.Mode().Perm())
}

// WriteAtomic writes data to a hidden temporary file beside path, with
// permissions perm, and renames it over path: readers see the old file or
// the new one, never a part; a link at path is replaced, not followed; a
// failed write leaves no temporary file behind.
func WriteAtomic(path string, data []byte, perm fs.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.postlint-tmp")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(perm)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
