package cliapp

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/postlint/postlint/internal/fuzzy"
	"github.com/urfave/cli/v2"
)

// Line is a command line taken apart with the declared flags, before
// urfave/cli parses it. urfave/cli stops reading flags at the first
// argument that is not one; postlint accepts them anywhere, so Parse
// finds the command, then moves every flag (with its value) in front of
// the arguments.
type Line struct {
	// Command is the command's name: the one typed, or the app's
	// default command when none was.
	Command string
	// Typed reports whether the command was named on the line.
	Typed bool
	// Args are the arguments that are not flags, in their order.
	Args []string
	// Help and Version report --help/-h and, unless a command was
	// typed, --version/-v.
	Help    bool
	Version bool
	// flags are the flags in their order, those given before the
	// command first.
	flags []flagArg
}

// flagArg is one flag on the line: its main name and the arguments it
// spans (the flag, and its value unless given as --flag=value).
type flagArg struct {
	name string
	args []string
}

// Flags returns the flag arguments in their order, each flag followed by
// its value when it takes one.
func (l Line) Flags() []string {
	var out []string
	for _, f := range l.flags {
		out = append(out, f.args...)
	}
	return out
}

// flagTable maps every name and alias of some flags (without dashes) to
// its flag.
type flagTable map[string]cli.Flag

func newFlagTable(flags ...[]cli.Flag) flagTable {
	t := flagTable{}
	for _, list := range flags {
		t.add(list)
	}
	return t
}

// add maps the names of flags the table lacks.
func (t flagTable) add(flags []cli.Flag) {
	for _, f := range flags {
		for _, name := range flagNames(f) {
			if _, ok := t[name]; !ok {
				t[name] = f
			}
		}
	}
}

// flagNames returns f.Names(). urfave/cli derives a flag's names anew on
// each call, with a regexp run on every name (it cuts a name written the
// old way, "config, c", at the comma), and the command line is read with
// every flag of every command; so the names of the flag types declared
// here are read from their fields, which Names returns unchanged when no
// name holds a comma or a space.
func flagNames(f cli.Flag) []string {
	name, aliases, ok := nameFields(f)
	if !ok || strings.ContainsAny(name, ", ") {
		return f.Names()
	}
	for _, a := range aliases {
		if strings.ContainsAny(a, ", ") {
			return f.Names()
		}
	}
	return append([]string{name}, aliases...)
}

// primaryName returns f.Names()[0], as flagNames does.
func primaryName(f cli.Flag) string {
	if name, _, ok := nameFields(f); ok && !strings.ContainsAny(name, ", ") {
		return name
	}
	return f.Names()[0]
}

// nameFields returns the name and aliases a flag was declared with, for
// the flag types postlint declares.
func nameFields(f cli.Flag) (name string, aliases []string, ok bool) {
	switch f := f.(type) {
	case *cli.StringFlag:
		return f.Name, f.Aliases, true
	case *cli.BoolFlag:
		return f.Name, f.Aliases, true
	case *cli.StringSliceFlag:
		return f.Name, f.Aliases, true
	case *cli.IntFlag:
		return f.Name, f.Aliases, true
	}
	return "", nil, false
}

// takesValue reports whether the flag reads the next argument as its
// value. An unknown flag does not: urfave/cli reports it.
func (t flagTable) takesValue(name string) bool {
	f, ok := t[name]
	if !ok {
		return false
	}
	v, ok := f.(interface{ TakesValue() bool })
	return ok && v.TakesValue()
}

// primary returns the flag's main name, or name for an unknown flag.
func (t flagTable) primary(name string) string {
	if f, ok := t[name]; ok {
		return primaryName(f)
	}
	return name
}

// isFlag reports whether an argument is a flag: "-" alone is standard
// input, a path.
func isFlag(arg string) bool { return len(arg) > 1 && arg[0] == '-' }

// flagName returns a flag argument's name without dashes, and whether
// it carries its value (--format=json).
func flagName(arg string) (string, bool) {
	name := strings.TrimPrefix(strings.TrimPrefix(arg, "-"), "-")
	name, _, hasValue := strings.Cut(name, "=")
	return name, hasValue
}

// Parse takes a command line apart (args without the program name).
// Flags before the command are read with the app's flags (or, for one
// the app lacks, any command's), the rest with the command's. "--" ends
// the flags. The first argument that is neither a flag nor a command is
// a path for the default command, unless it does not exist and is a
// near miss of a command's name: that is an unknown command.
func Parse(app *cli.App, args []string) (Line, error) {
	var l Line
	// The commands' flags join the app's only for a flag the app lacks:
	// most lines have none.
	before, joined := newFlagTable(app.Flags), false
	i := 0
	for i < len(args) {
		a := args[i]
		if a == "--" {
			break
		}
		if isFlag(a) {
			if name, _ := flagName(a); !joined && before[name] == nil {
				for _, c := range app.Commands {
					before.add(c.Flags)
				}
				joined = true
			}
			f, err := readFlag(before, args[i:])
			if err != nil {
				return l, err
			}
			l.flags = append(l.flags, f)
			i += len(f.args)
			continue
		}
		if c := app.Command(a); c != nil {
			l.Command, l.Typed = c.Name, true
			i++
			break
		}
		if err := notACommand(app, a); err != nil {
			return l, err
		}
		break
	}
	table := newFlagTable(app.Flags)
	if !l.Typed {
		l.Command = app.DefaultCommand
		// The default command, with the app's own flags (--version).
		if c := app.Command(l.Command); c != nil {
			table = newFlagTable(c.Flags, app.Flags)
		}
	} else {
		table = newFlagTable(app.Command(l.Command).Flags)
	}
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			l.Args = append(l.Args, args[i+1:]...)
			break
		}
		if !isFlag(a) {
			l.Args = append(l.Args, a)
			continue
		}
		f, err := readFlag(table, args[i:])
		if err != nil {
			return l, err
		}
		l.flags = append(l.flags, f)
		i += len(f.args) - 1
	}
	for _, f := range l.flags {
		switch {
		case f.name == helpFlagName && table[f.name] != nil:
			l.Help = true
		case f.name == versionFlagName && table[f.name] != nil && !l.Typed:
			l.Version = true
		}
	}
	if l.Command == helpCommandName && len(l.Args) > 0 {
		if app.Command(l.Args[0]) == nil {
			return l, unknownCommand(app, l.Args[0])
		}
	}
	return l, nil
}

// readFlag reads the flag at args[0], with the next argument as its
// value when it takes one and does not carry it. A known flag is spelt
// by its main name (-p x becomes --platform x): urfave/cli refuses two
// spellings of one flag on a line, which flags on both sides of the
// paths make easy to write.
func readFlag(t flagTable, args []string) (flagArg, error) {
	name, hasValue := flagName(args[0])
	f := flagArg{name: t.primary(name), args: []string{args[0]}}
	if _, known := t[name]; known {
		spelt := "--" + f.name
		if hasValue {
			_, v, _ := strings.Cut(args[0], "=")
			spelt += "=" + v
		}
		f.args[0] = spelt
	}
	if hasValue || !t.takesValue(name) {
		return f, nil
	}
	if len(args) < 2 {
		return f, fmt.Errorf("flag needs an argument: %s", args[0])
	}
	f.args = append(f.args, args[1])
	return f, nil
}

// Value returns the value of a flag's last occurrence ("true" for a
// switch given without one), and whether the flag was given.
func (l Line) Value(name string) (string, bool) {
	value, found := "", false
	for _, f := range l.flags {
		if f.name != name {
			continue
		}
		found = true
		switch _, v, hasValue := strings.Cut(f.args[0], "="); {
		case hasValue:
			value = v
		case len(f.args) == 2:
			value = f.args[1]
		default:
			value = "true"
		}
	}
	return value, found
}

// Bool reports whether a switch is on: given, and not as --flag=false.
func (l Line) Bool(name string) bool {
	v, found := l.Value(name)
	on, err := strconv.ParseBool(v)
	return found && err == nil && on
}

// Canonical returns the line as urfave/cli reads it: the command, its
// flags, then "--" and the arguments, so that no argument is taken for
// a flag or a command. --version runs the version command; --help shows
// the help of the command typed, or of the app.
func (l Line) Canonical() []string {
	switch {
	case l.Version:
		return []string{versionCommandName}
	case l.Help && !l.Typed, l.Command == helpCommandName && len(l.Args) == 0:
		return []string{"--" + helpFlagName}
	case l.Help:
		return []string{l.Command, "--" + helpFlagName}
	case l.Command == helpCommandName:
		return []string{l.Args[0], "--" + helpFlagName}
	}
	out := append([]string{l.Command}, l.Flags()...)
	if len(l.Args) > 0 {
		out = append(out, "--")
		out = append(out, l.Args...)
	}
	return out
}

// notACommand checks the first argument that is not a flag or a
// command: an existing file or folder (or "-", standard input) is a
// path; so is anything that does not look like a mistyped command.
func notACommand(app *cli.App, arg string) error {
	if arg == "-" || !isWord(arg) {
		return nil
	}
	if _, err := os.Lstat(arg); err == nil {
		return nil
	}
	// Only a near miss counts: one edit (two in a long name). A folder
	// that is not there (drafts) is reported as a missing path, not as
	// a command mistyped (stats).
	s := fuzzy.Closest(arg, commandNames(app))
	if s == "" || fuzzy.Distance(arg, s) > 1+len(s)/8 {
		return nil
	}
	return unknownCommand(app, arg)
}

func unknownCommand(app *cli.App, name string) error {
	if s := fuzzy.Closest(name, commandNames(app)); s != "" {
		return fmt.Errorf("unknown command %q; did you mean %q?", name, s)
	}
	return fmt.Errorf("unknown command %q (see %s --help)", name, app.Name)
}

// isWord reports whether arg could be a command's name: letters, digits
// and dashes; a path with a slash or an extension is never taken for a
// command.
func isWord(arg string) bool {
	for _, r := range arg {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') && (r < '0' || r > '9') && r != '-' && r != '_' {
			return false
		}
	}
	return arg != ""
}

// commandNames are the names of the app's commands, hidden ones
// included (without aliases).
func commandNames(app *cli.App) []string {
	names := make([]string, 0, len(app.Commands))
	for _, c := range app.Commands {
		names = append(names, c.Name)
	}
	return names
}
