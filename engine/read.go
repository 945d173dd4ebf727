package engine

import (
	"fmt"
	"io"
	"os"

	"github.com/postlint/postlint/i18n"
)

// readError is a draft that is not read, with the message its draft-error
// finding gives.
type readError struct {
	msg, suggestion i18n.Text
}

func (e *readError) Error() string { return e.msg.EN }

var errNotRegular = &readError{
	msg: i18n.T("not a regular file (a device, FIFO or socket): not linted",
		"bukan berkas biasa (perangkat, FIFO, atau soket): tidak diperiksa"),
}

func tooLarge(limit int64) error {
	size := formatSize(limit)
	return &readError{
		msg: i18n.Sprintf("the draft is larger than max_draft_size (%s): not linted",
			"draf lebih besar dari max_draft_size (%s): tidak diperiksa", size),
		suggestion: i18n.T("split the draft, or raise max_draft_size in .postlint.toml",
			"pecah draf ini, atau naikkan max_draft_size di .postlint.toml"),
	}
}

// formatSize writes a byte count the way a config would set it.
func formatSize(n int64) string {
	for _, u := range []struct {
		size int64
		name string
	}{{1 << 30, "GiB"}, {1 << 20, "MiB"}, {1 << 10, "KiB"}} {
		if n >= u.size && n%u.size == 0 {
			return fmt.Sprintf("%d %s", n/u.size, u.name)
		}
	}
	return fmt.Sprintf("%d bytes", n)
}

// readCapped reads r to its end, or fails once it gives more than limit
// bytes; it never holds more than limit+1 bytes.
func readCapped(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(limit)
	}
	return data, nil
}

// readFileCapped reads a regular file of at most limit bytes. Anything
// else (a device such as /dev/zero, a FIFO, a socket) is refused before it
// is opened, since opening a FIFO blocks until a writer comes.
func readFileCapped(path string, limit int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, &os.PathError{Op: "read", Path: path, Err: fmt.Errorf("is a directory")}
	}
	if !st.Mode().IsRegular() {
		return nil, errNotRegular
	}
	if st.Size() > limit {
		return nil, tooLarge(limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The file may have been replaced since Stat; check what was opened.
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return nil, errNotRegular
	}
	return readCapped(f, limit)
}
