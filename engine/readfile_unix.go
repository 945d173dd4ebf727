//go:build unix

package engine

import (
	"os"
	"slices"
	"syscall"
)

// readRegular reads a file that a Stat or the walk saw as a regular file,
// at most limit bytes. It calls the system directly rather than through
// os.File, which on Linux spends four fcntl calls and an epoll_ctl on
// every file it opens only to learn that a regular file cannot be polled:
// twelve system calls per short draft that way, five this way.
// O_NONBLOCK keeps the open from waiting should the path have become a FIFO
// since it was seen; the fstat then refuses it.
func readRegular(path string, limit int64) ([]byte, error) {
	return readRegularInto(nil, path, limit)
}

// readRegularInto is readRegular reading into buf's memory when it holds
// the file (its length is ignored), and into a new buffer when not.
func readRegularInto(buf []byte, path string, limit int64) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	defer func() { _ = syscall.Close(fd) }()
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, errNotRegular
	}
	format := st.Mode & syscall.S_IFMT
	if err := checkOpened(path, format == syscall.S_IFDIR, format == syscall.S_IFREG, st.Size, limit); err != nil {
		return nil, err
	}
	if want := readBufferSize(st.Size, limit); cap(buf) < want {
		buf = make([]byte, 0, want)
	}
	buf = buf[:0]
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, 512) // the file grew since fstat
		}
		// Never hold more than limit+1 bytes, whatever the file holds.
		room := buf[len(buf):min(int64(cap(buf)), limit+1)]
		n, err := syscall.Read(fd, room)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "read", Path: path, Err: err}
		}
		if n <= 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, &sizeError{limit}
		}
		if n < len(room) && st.Size > 0 && int64(len(buf)) >= st.Size {
			// A short read of a regular file is its end: the file is
			// all read, as fstat measured it or grown since, without
			// the read that finds nothing more (one system call a file).
			// Files that report no size (/proc, /sys) are read to the
			// end: they may come a piece a read.
			return buf, nil
		}
	}
}

// readBufferSize is the buffer to read a file of the given size into: one
// byte more than the file, so that the read which finds the end needs no
// second buffer, and never more than limit+1 however large the file claims
// to be.
func readBufferSize(size, limit int64) int {
	return int(min(max(size, 0), limit) + 1)
}
