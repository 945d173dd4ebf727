//go:build !unix

package engine

import "os"

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
	return readCapped(f, limit)
}

// readRegularInto is readRegular: only the unix reader reuses memory.
func readRegularInto(_ []byte, path string, limit int64) ([]byte, error) {
	return readRegular(path, limit)
}
