//go:build !unix

package engine

import (
	"errors"
	"io"
	"os"
	"slices"
)

// readRegular reads a file that a Stat or the walk saw as a regular file,
// at most limit bytes, checking what was opened: the file may have been
// replaced since it was seen.
func readRegular(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }()
	st, err := f.Stat()
	if err != nil {
		return nil, errNotRegular
	}
	if err := checkOpened(path, st.IsDir(), st.Mode().IsRegular(), st.Size(), limit); err != nil {
		return nil, err
	}
	buf := make([]byte, 0, readBufferSize(st.Size(), limit))
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, 512) // the file grew since Stat
		}
		// Never hold more than limit+1 bytes, whatever the file holds.
		n, err := f.Read(buf[len(buf):min(int64(cap(buf)), limit+1)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, &sizeError{limit}
		}
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
