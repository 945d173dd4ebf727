package cliapp

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"
)

// Complete prints, one a line, the candidates for the word being typed.
// words are the command line after the program name, up to and
// including that word (empty when the cursor follows a space), the way
// the scripts of `postlint completion` pass them before urfave/cli's
// --generate-bash-completion. Candidates are commands, flags, and what
// values(command, flag) lists for a flag's value or, with flag "", for
// the command's first argument; when there are none the shell completes
// file names.
func Complete(app *cli.App, words []string, values func(command, flag string) []string) error {
	cur := ""
	if n := len(words); n > 0 {
		words, cur = words[:n-1], words[n-1]
	}
	for _, c := range completions(app, words, cur, values) {
		if _, err := fmt.Fprintln(app.Writer, c); err != nil {
			return err
		}
	}
	return nil
}

func completions(app *cli.App, words []string, cur string, values func(command, flag string) []string) []string {
	var cmd *cli.Command
	table := newFlagTable(app.Flags)
	pending := ""   // a flag waiting for its value
	positional := 0 // arguments after the command
	dashes := false // after "--"
	for _, w := range words {
		switch {
		case pending != "" && w == "=":
			// bash splits --format=json at "=": the value follows.
		case pending != "":
			pending = ""
		case dashes:
			positional++
		case w == "--":
			dashes = true
		case isFlag(w):
			if name, hasValue := flagName(w); !hasValue && table.takesValue(name) {
				pending = table.primary(name)
			}
		case cmd == nil && positional == 0 && app.Command(w) != nil:
			cmd = app.Command(w)
			table = newFlagTable(cmd.Flags)
		default:
			positional++
		}
	}
	name := app.DefaultCommand
	flags := app.Flags
	if cmd != nil {
		name, flags = cmd.Name, cmd.Flags
	}
	switch {
	case pending != "":
		return withPrefix(values(name, pending), cur, "")
	case !dashes && isFlag(cur) && strings.Contains(cur, "="):
		flag, partial, _ := strings.Cut(cur, "=")
		n, _ := flagName(flag)
		if !table.takesValue(n) {
			return nil
		}
		return withPrefix(values(name, table.primary(n)), partial, flag+"=")
	case !dashes && strings.HasPrefix(cur, "-"):
		return withPrefix(flagSpellings(flags), cur, "")
	case cmd == nil && positional == 0 && !dashes:
		return withPrefix(commandList(app), cur, "")
	case cmd != nil && cmd.Name == helpCommandName:
		return withPrefix(commandList(app), cur, "")
	case positional == 0:
		return withPrefix(values(name, ""), cur, "")
	}
	return nil
}

// withPrefix keeps the candidates that start with typed, each written
// after lead.
func withPrefix(candidates []string, typed, lead string) []string {
	var out []string
	for _, c := range candidates {
		if strings.HasPrefix(c, typed) {
			out = append(out, lead+c)
		}
	}
	return out
}

// flagSpellings lists the visible flags as typed: --name, -n.
func flagSpellings(flags []cli.Flag) []string {
	var out []string
	for _, f := range flags {
		if v, ok := f.(cli.VisibleFlag); ok && !v.IsVisible() {
			continue
		}
		for _, n := range flagNames(f) {
			if len(n) == 1 {
				out = append(out, "-"+n)
			} else {
				out = append(out, "--"+n)
			}
		}
	}
	return out
}

// commandList lists the visible commands' names.
func commandList(app *cli.App) []string {
	var out []string
	for _, c := range app.Commands {
		if !c.Hidden {
			out = append(out, c.Name)
		}
	}
	return out
}
