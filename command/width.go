package command

import (
	"io"
	"os"
	"strconv"
	"strings"

	"golang.org/x/term"
)

// defaultWidth is the width of the text report when the output is not a
// terminal or its width is unknown.
const defaultWidth = 80

// termWidth returns the width, in columns, the text report fits on w: on
// a terminal, COLUMNS when it holds a positive number, else the
// terminal's size; elsewhere (a pipe, a file, CI logs) 80, so that what a
// run writes does not depend on the window it ran in.
func termWidth(w io.Writer, env Env) int {
	if env.IsTerminal == nil || !env.IsTerminal(w) {
		return defaultWidth
	}
	if env.Getenv != nil {
		if n, err := strconv.Atoi(strings.TrimSpace(env.Getenv("COLUMNS"))); err == nil && n > 0 {
			return n
		}
	}
	if f, ok := w.(*os.File); ok {
		if n, _, err := term.GetSize(int(f.Fd())); err == nil && n > 0 {
			return n
		}
	}
	return defaultWidth
}
