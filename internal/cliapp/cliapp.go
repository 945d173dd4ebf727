// Package cliapp is the machinery between postlint's command-line
// declaration (main.go) and urfave/cli: flags anywhere on the line,
// global flags on every command, "did you mean" for a mistyped command,
// shell completion, and the help in the user's language.
package cliapp

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/postlint/postlint/internal/fuzzy"
	"github.com/urfave/cli/v2"
)

const (
	helpFlagName       = "help"
	versionFlagName    = "version"
	helpCommandName    = "help"
	versionCommandName = "version"
	// completeFlag is urfave/cli's hidden flag asking for completion
	// candidates; the shell scripts put it last.
	completeFlag = "--generate-bash-completion"
)

// Prepare completes an app declared in main.go:
//   - every command gets the global flags it does not declare itself
//     (global returns fresh flags on each call) and --help;
//   - the app gets --help, --version (-v) and the help command, in place
//     of urfave/cli's, so that their texts can be translated;
//   - switches show no "(default: false)" in the help;
//   - a usage error is one line naming the command's --help, never a
//     help page, and nothing exits the process behind the caller's back;
//   - the app's Compiled time is set, which nothing reads: left zero,
//     urfave/cli fills it in on every run from a stat of the executable.
func Prepare(app *cli.App, global func() []cli.Flag) *cli.App {
	app.HideHelp = true
	app.HideVersion = true
	if app.Compiled.IsZero() {
		app.Compiled = time.Unix(0, 0).UTC()
	}
	app.ExitErrHandler = func(*cli.Context, error) {}
	app.OnUsageError = usageError(app.Name)
	app.Flags = append(app.Flags,
		&cli.BoolFlag{Name: versionFlagName, Aliases: []string{"v"}, Usage: "print postlint's version, as postlint version does"},
		helpFlag())
	app.Commands = append(app.Commands, &cli.Command{
		Name:      helpCommandName,
		Aliases:   []string{"h"},
		Usage:     "show the commands, or the help of one command",
		ArgsUsage: "[COMMAND]",
		// Parse turns `help [COMMAND]` into --help; this runs only
		// when the app is run without Parse.
		Action: func(c *cli.Context) error {
			if name := c.Args().First(); name != "" {
				if c.App.Command(name) == nil {
					return unknownCommand(c.App, name)
				}
				return cli.ShowCommandHelp(c.Lineage()[1], name)
			}
			return cli.ShowAppHelp(c)
		},
	})
	for _, c := range app.Commands {
		c.HideHelp = true
		c.OnUsageError = usageError(app.Name + " " + c.Name)
		for _, f := range global() {
			if !declares(c.Flags, f) {
				c.Flags = append(c.Flags, f)
			}
		}
		c.Flags = append(c.Flags, helpFlag())
		quietSwitches(c.Flags)
	}
	quietSwitches(app.Flags)
	return app
}

func helpFlag() cli.Flag {
	return &cli.BoolFlag{Name: helpFlagName, Aliases: []string{"h"}, Usage: "show help"}
}

// usageError turns a parse error into one line, with a "did you mean"
// for a misspelt flag.
func usageError(name string) cli.OnUsageErrorFunc {
	return func(c *cli.Context, err error, _ bool) error {
		typed, unknown := strings.CutPrefix(err.Error(), "flag provided but not defined: -")
		if unknown && c != nil && c.Command != nil {
			var names []string
			for _, f := range c.Command.Flags {
				if n := primaryName(f); len(n) > 1 {
					names = append(names, n)
				}
			}
			if s := fuzzy.Closest(typed, names); s != "" {
				return fmt.Errorf("%w; did you mean --%s? (see %s --help)", err, s, name)
			}
		}
		return fmt.Errorf("%w (see %s --help)", err, name)
	}
}

func declares(flags []cli.Flag, f cli.Flag) bool {
	for _, g := range flags {
		if primaryName(g) == primaryName(f) {
			return true
		}
	}
	return false
}

func quietSwitches(flags []cli.Flag) {
	for _, f := range flags {
		if b, ok := f.(*cli.BoolFlag); ok {
			b.DisableDefaultText = true
		}
	}
}

// Hooks are what Run needs from the commands.
type Hooks struct {
	// Locale picks the help's language from the parsed line.
	Locale func(Line) string
	// Values lists the completion candidates for a flag of a command,
	// or for the command's arguments when flag is "".
	Values func(command, flag string) []string
}

// Run runs the app on a command line (program name first): completion
// candidates when the line ends with urfave/cli's completion flag,
// otherwise the line is parsed (see Parse) and handed to urfave/cli in
// canonical form, with the help translated when it will be shown.
func Run(app *cli.App, args []string, h Hooks) error {
	if len(args) == 0 {
		return errors.New("no program name")
	}
	if n := len(args); n > 1 && args[n-1] == completeFlag {
		return Complete(app, args[1:n-1], h.Values)
	}
	line, err := Parse(app, args[1:])
	if err != nil {
		return err
	}
	if line.Help || showsHelpTexts(line.Command) {
		if err := Localize(app, h.Locale(line)); err != nil {
			return err
		}
	} else {
		// The canonical line names a command first, with every flag
		// after it, where the command's flags read them: the app's own
		// flags serve only the help. urfave/cli still goes over each of
		// them on every run, looking each name up through every flag's
		// names, which it derives anew with a regexp on each call; so it
		// runs this line with an app without flags. Setup, done once,
		// sees them all.
		app.Setup()
		flags := app.Flags
		app.Flags = nil
		defer func() { app.Flags = flags }()
		// Its walk over the command's flags, the same, asks for the
		// names of every flag before each unset one: it gets names
		// worked out once.
		if c := app.Command(line.Command); c != nil {
			flags := c.Flags
			c.Flags = withNames(flags)
			defer func() { c.Flags = flags }()
		}
	}
	return app.Run(append([]string{args[0]}, line.Canonical()...))
}

// withNames returns the flags, each of the types flagNames reads wrapped
// so that its Names returns the names worked out once. The wrappers keep
// every method of the flag they wrap; only a switch on a flag's concrete
// type tells them apart, which urfave/cli does for the help and the
// completion alone (Run leaves the flags unwrapped for those).
func withNames(flags []cli.Flag) []cli.Flag {
	out := make([]cli.Flag, len(flags))
	for i, f := range flags {
		names := flagNames(f)
		switch f := f.(type) {
		case *cli.StringFlag:
			out[i] = &namedString{f, names}
		case *cli.BoolFlag:
			out[i] = &namedBool{f, names}
		case *cli.StringSliceFlag:
			out[i] = &namedStringSlice{f, names}
		case *cli.IntFlag:
			out[i] = &namedInt{f, names}
		default:
			out[i] = f
		}
	}
	return out
}

type namedString struct {
	*cli.StringFlag
	names []string
}

func (f *namedString) Names() []string { return f.names }

type namedBool struct {
	*cli.BoolFlag
	names []string
}

func (f *namedBool) Names() []string { return f.names }

type namedStringSlice struct {
	*cli.StringSliceFlag
	names []string
}

func (f *namedStringSlice) Names() []string { return f.names }

type namedInt struct {
	*cli.IntFlag
	names []string
}

func (f *namedInt) Names() []string { return f.names }

// showsHelpTexts reports whether a command prints the help's texts:
// the help itself, the man page, the completion scripts' descriptions.
func showsHelpTexts(command string) bool {
	switch command {
	case helpCommandName, "man", "completion":
		return true
	}
	return false
}
