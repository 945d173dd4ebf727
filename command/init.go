package command

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/fixer"
)

// InitOptions are the init command's flags.
type InitOptions struct {
	Path  string
	Force bool
	// Locale is the language of the file's comments (--locale): en or id;
	// empty follows LANG/LC_ALL.
	Locale string
}

// Init writes .postlint.toml. It refuses to replace an existing file
// unless forced, and then keeps the old one under the first free name of
// .postlint.toml.bak, .bak.1, .bak.2, …: a backup is never overwritten. It
// never writes through a symbolic link (the link could point anywhere),
// and it writes the new file beside the old one and renames it into
// place, so the config is never left half written.
func Init(o InitOptions, env Env) error {
	locale, err := Locale(o.Locale, nil, env.Getenv)
	if err != nil {
		return err
	}
	path := o.Path
	if path == "" {
		path = config.FileName
	}
	st, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("checking %s: %w", path, err)
	case st.Mode()&fs.ModeSymlink != 0:
		target, _ := os.Readlink(path)
		return fmt.Errorf("%s is a symbolic link to %s: init does not write through links; remove the link first", path, target)
	case !st.Mode().IsRegular():
		return fmt.Errorf("%s exists and is not a regular file", path)
	case !o.Force:
		return fmt.Errorf("%s already exists; use --force to replace it (the old file is kept as %s.bak, or .bak.1, .bak.2, … if taken)", path, path)
	default:
		bak, err := backup(path)
		if err != nil {
			return fmt.Errorf("backing up %s: %w", path, err)
		}
		fmt.Fprintf(env.Stderr, "postlint: kept the old file as %s\n", bak)
	}
	if err := fixer.WriteAtomic(path, []byte(config.Template(locale)), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	fmt.Fprintf(env.Stdout, "wrote %s\n", path)
	return nil
}

// backup copies a regular file to the first free name of path.bak,
// path.bak.1, path.bak.2, … Each name is created exclusively, so an
// existing file, or a link, is never written to.
func backup(path string) (string, error) {
	src, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer src.Close()
	if st, err := src.Stat(); err != nil || !st.Mode().IsRegular() {
		return "", fmt.Errorf("%s is not a regular file", path)
	}
	for n := 0; n < 1000; n++ {
		bak := path + ".bak"
		if n > 0 {
			bak += "." + strconv.Itoa(n)
		}
		dst, err := os.OpenFile(bak, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		_, err = io.Copy(dst, src)
		if cerr := dst.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(bak)
			return "", err
		}
		return bak, nil
	}
	return "", fmt.Errorf("%s.bak to %s.bak.999 all exist: remove old backups", path, path)
}
