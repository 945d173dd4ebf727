//go:build linux

package engine

import (
	"encoding/binary"
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"
	"syscall"
	"unsafe"
)

// The parts of a linux_dirent64 record that getdents64 fills in.
const (
	direntReclen = unsafe.Offsetof(syscall.Dirent{}.Reclen)
	direntType   = unsafe.Offsetof(syscall.Dirent{}.Type)
	direntName   = unsafe.Offsetof(syscall.Dirent{}.Name)
)

// readFolder reads a folder's entries as os.ReadDir does, sorted by name,
// but parses the records itself: os.ReadDir allocates an fs.DirEntry and a
// name for each entry, where this allocates one string for all the names
// of a folder. buf is a reusable buffer for the records.
func readFolder(p string, buf *[]byte) ([]dirEntry, error) {
	// O_DIRECTORY, as os.ReadDir opens folders: a file is refused by open.
	f, err := os.OpenFile(p, os.O_RDONLY|syscall.O_DIRECTORY, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	raw, err := f.SyscallConn()
	if err != nil {
		return nil, err
	}
	if len(*buf) == 0 {
		*buf = make([]byte, 32<<10)
	}
	var (
		names []byte // every name, one after the other
		ends  []int  // where each name ends in names
		types []fs.FileMode
	)
	for done := false; !done; {
		n, err := readDirent(raw, *buf)
		if err != nil {
			return nil, &os.PathError{Op: "readdirent", Path: p, Err: err}
		}
		if n <= 0 {
			break
		}
		// Room for the records read, counted first: append would grow the
		// slices several times over in a large folder.
		count, size := 0, 0
		for rec := (*buf)[:n]; len(rec) > 0; {
			name, _, recSize, ok := parseDirent(rec)
			if !ok {
				break
			}
			rec = rec[recSize:]
			count, size = count+1, size+len(name)
		}
		names = slices.Grow(names, size)
		ends = slices.Grow(ends, count)
		types = slices.Grow(types, count)
		for rec := (*buf)[:n]; len(rec) > 0; {
			name, typ, size, ok := parseDirent(rec)
			if !ok {
				done = true // as os.ReadDir: a broken record ends the folder
				break
			}
			rec = rec[size:]
			if string(name) == "." || string(name) == ".." {
				continue
			}
			names = append(names, name...)
			ends = append(ends, len(names))
			types = append(types, typ)
		}
	}
	all := string(names)
	entries := make([]dirEntry, 0, len(ends))
	start := 0
	for i, end := range ends {
		d := dirEntry{name: all[start:end], typ: types[i]}
		start = end
		if d.typ == ^fs.FileMode(0) {
			typ, gone, err := lstatType(p, d.name)
			if err != nil {
				return nil, err
			}
			if gone {
				continue
			}
			d.typ = typ
		}
		entries = append(entries, d)
	}
	slices.SortFunc(entries, func(a, b dirEntry) int { return strings.Compare(a.name, b.name) })
	return entries, nil
}

// lstatType gives the type of an entry the file system gave none, as
// os.ReadDir does: by Lstat, gone when it no longer exists, with the error
// os.ReadDir gives.
func lstatType(folder, name string) (typ fs.FileMode, gone bool, err error) {
	info, err := os.Lstat(folder + "/" + name)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, true, nil
	}
	if err != nil {
		return 0, false, &os.PathError{Op: "fstatat", Path: folder, Err: errors.Unwrap(err)}
	}
	return info.Mode().Type(), false, nil
}

// readDirent is one getdents64 call, retried when interrupted.
func readDirent(raw syscall.RawConn, buf []byte) (int, error) {
	var n int
	var errno error
	err := raw.Read(func(fd uintptr) bool {
		for {
			n, errno = syscall.ReadDirent(int(fd), buf)
			if errno != syscall.EINTR {
				return true
			}
		}
	})
	if err != nil {
		return 0, err
	}
	return n, errno
}

// parseDirent reads the record at the start of rec: its name, its type
// (^0 when the file system gives none) and its size; ok is false for a
// record cut short.
func parseDirent(rec []byte) (name []byte, typ fs.FileMode, size int, ok bool) {
	if uintptr(len(rec)) < direntName {
		return nil, 0, 0, false
	}
	size = int(binary.NativeEndian.Uint16(rec[direntReclen:]))
	if size > len(rec) || uintptr(size) < direntName {
		return nil, 0, 0, false
	}
	name = rec[direntName:size]
	if i := slices.Index(name, 0); i >= 0 {
		name = name[:i]
	}
	return name, dirType(rec[direntType]), size, true
}

// dirType is the fs.FileMode type of a d_type, as os.ReadDir gives it.
func dirType(t uint8) fs.FileMode {
	switch t {
	case syscall.DT_BLK:
		return fs.ModeDevice
	case syscall.DT_CHR:
		return fs.ModeDevice | fs.ModeCharDevice
	case syscall.DT_DIR:
		return fs.ModeDir
	case syscall.DT_FIFO:
		return fs.ModeNamedPipe
	case syscall.DT_LNK:
		return fs.ModeSymlink
	case syscall.DT_REG:
		return 0
	case syscall.DT_SOCK:
		return fs.ModeSocket
	}
	return ^fs.FileMode(0)
}
