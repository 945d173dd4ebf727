package engine

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/postlint/postlint/i18n"
)

// errNotRegular is a path that names a device, FIFO or socket.
var errNotRegular = errors.New("not a regular file")

// sizeError is a file over a size cap.
type sizeError struct{ limit int64 }

func (e *sizeError) Error() string { return "larger than the cap of " + formatSize(e.limit) }

// draftReadProblem turns an error from reading a draft into the message
// of its draft-error finding.
func draftReadProblem(err error) (msg, suggestion i18n.Text) {
	var se *sizeError
	switch {
	case errors.Is(err, errNotRegular):
		return i18n.T("not a regular file (a device, FIFO or socket): not linted",
			"bukan berkas biasa (perangkat, FIFO, atau soket): tidak diperiksa"), i18n.Text{}
	case errors.As(err, &se):
		size := formatSize(se.limit)
		return i18n.Sprintf("the draft is larger than max_draft_size (%s): not linted",
				"draf lebih besar dari max_draft_size (%s): tidak diperiksa", size),
			i18n.T("split the draft, or raise max_draft_size in .postlint.toml",
				"pecah draf ini, atau naikkan max_draft_size di .postlint.toml")
	}
	return i18n.Sprintf("cannot read the draft: %s", "draf tidak dapat dibaca: %s", ioReason(err)), i18n.Text{}
}

// readReason says in a few words why a draft was not read, for messages
// that name the file themselves.
func readReason(err error) string {
	var se *sizeError
	switch {
	case errors.Is(err, errNotRegular):
		return "not a regular file (a device, FIFO or socket)"
	case errors.As(err, &se):
		return "larger than max_draft_size (" + formatSize(se.limit) + ")"
	}
	return ioReason(err)
}

// ioReason shortens an os error to its reason ("no such file or
// directory") when the path is shown elsewhere.
func ioReason(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
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
		return nil, &sizeError{limit}
	}
	return data, nil
}

// readFileCapped reads a regular file of at most limit bytes. Anything
// else (a device such as /dev/zero, a FIFO, a socket) is refused before it
// is opened, since opening a FIFO blocks until a writer comes and opening
// a device may act on it.
func readFileCapped(path string, limit int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := checkOpened(path, st.IsDir(), st.Mode().IsRegular(), st.Size(), limit); err != nil {
		return nil, err
	}
	return readRegular(path, limit)
}

// isDirError is the error of reading a folder as a draft.
func isDirError(path string) error {
	return &os.PathError{Op: "read", Path: path, Err: fmt.Errorf("is a directory")}
}

// checkOpened vets a draft's file by its Stat, before it is opened, and
// again after: the file may have been replaced since the walk or the Stat
// saw it.
func checkOpened(path string, isDir, isRegular bool, size, limit int64) error {
	switch {
	case isDir:
		return isDirError(path)
	case !isRegular:
		return errNotRegular
	case size > limit:
		return &sizeError{limit}
	}
	return nil
}
