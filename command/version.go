package command

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// version is set at build time with -ldflags "-X github.com/postlint/postlint/command.version=v1.2.3".
var version = ""

// Version returns postlint's version: the build-time value, else the
// module version Go recorded, else "dev".
func Version() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}

// PrintVersion prints the version line.
func PrintVersion(w io.Writer) error {
	_, err := fmt.Fprintf(w, "postlint %s (%s, %s/%s)\n", Version(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return err
}
