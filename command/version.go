package command

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// version is set by release builds:
// -ldflags "-X github.com/postlint/postlint/command.version=v1.2.3".
var version = ""

// devVersion is the version of a build that knows nothing better: a
// semantic version that sorts before every release.
const devVersion = "v0.0.0-dev"

// Version returns postlint's version; see versionFrom.
func Version() string {
	info, _ := debug.ReadBuildInfo()
	return versionFrom(version, info)
}

// versionFrom picks the version in this order:
//   - stamped, the value a release build sets with -ldflags;
//   - the main module's version Go recorded: v1.2.3 for
//     `go install …@v1.2.3`, or, in a build from a git checkout, v1.2.3 at a
//     tag and a pseudo-version (v0.0.0-20260101120000-9941631abcde+dirty)
//     elsewhere;
//   - the commit Go recorded when it recorded no version:
//     v0.0.0-dev+9941631, with ".dirty" when the working tree had changes;
//   - v0.0.0-dev when there is no build information at all (-buildvcs=false
//     outside a module download, or a test binary).
func versionFrom(stamped string, info *debug.BuildInfo) string {
	if stamped != "" {
		return stamped
	}
	if info == nil {
		return devVersion
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var revision string
	var modified bool
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if revision == "" {
		return devVersion
	}
	if len(revision) > 7 {
		revision = revision[:7]
	}
	v := devVersion + "+" + revision
	if modified {
		v += ".dirty"
	}
	return v
}

// PrintVersion prints the version line.
func PrintVersion(w io.Writer) error {
	_, err := fmt.Fprintf(w, "postlint %s (%s, %s/%s)\n", Version(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return err
}
