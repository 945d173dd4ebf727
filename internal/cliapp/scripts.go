package cliapp

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"
)

// Fish returns the fish completion script: urfave/cli's, which knows the
// commands and flags with their descriptions, followed by the values of
// the flags and arguments that values lists (rule IDs, formats,
// platforms …), as they are when the script is written.
func Fish(app *cli.App, values func(command, flag string) []string) (string, error) {
	script, err := app.ToFishCompletion()
	if err != nil {
		return "", fmt.Errorf("fish completion: %w", err)
	}
	var b strings.Builder
	b.WriteString(script)
	b.WriteString("\n# Values of flags and arguments\n")
	add := func(cond, command string, flags []cli.Flag) {
		table := newFlagTable(flags)
		for _, f := range flags {
			names := flagNames(f)
			if !table.takesValue(names[0]) {
				continue
			}
			vals := values(command, names[0])
			if len(vals) == 0 {
				continue
			}
			fmt.Fprintf(&b, "complete -c %s -n '%s' -l %s", app.Name, cond, names[0])
			for _, alias := range names[1:] {
				fmt.Fprintf(&b, " -s %s", alias)
			}
			fmt.Fprintf(&b, " -x -a '%s'\n", strings.Join(vals, " "))
		}
		if vals := values(command, ""); len(vals) > 0 && command != app.DefaultCommand {
			fmt.Fprintf(&b, "complete -c %s -n '%s' -f -a '%s'\n", app.Name, cond, strings.Join(vals, " "))
		}
	}
	add("__fish_"+app.Name+"_no_subcommand", app.DefaultCommand, app.Flags)
	for _, c := range app.Commands {
		if !c.Hidden {
			add("__fish_seen_subcommand_from "+strings.Join(c.Names(), " "), c.Name, c.Flags)
		}
	}
	return b.String(), nil
}
