package cliapp

import (
	"cmp"
	"slices"
	"strings"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/roff"
	"github.com/urfave/cli/v2"
)

// Man returns the app's manual page (section 1, user commands) in roff,
// from its declaration: name, synopsis, description, flags, and each
// command with its usage line, description and flags. Section headers
// are in the locale; run Localize first for the rest.
//
// The page is written here rather than by urfave/cli's ToMan, which goes
// through Markdown and a Markdown library whose start-up every run paid
// (about 7% of a run on one draft): release builds use the
// urfave_cli_no_docs tag, which leaves that code out.
func Man(app *cli.App, locale string) (string, error) {
	cat, err := i18n.HelpCatalog(locale)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString(".nh\n.TH " + roff.Escape(app.Name) + " 1\n")
	b.WriteString(".SH " + cat.T("NAME") + "\n")
	b.WriteString(roff.Escape(app.Name))
	if app.Usage != "" {
		b.WriteString(` \- ` + roff.Escape(app.Usage))
	}
	b.WriteString("\n.SH " + cat.T("SYNOPSIS") + "\n.nf\n")
	for _, line := range strings.Split(strings.Trim(app.UsageText, "\n"), "\n") {
		b.WriteString(synopsisLine(line, app.Name) + "\n")
	}
	b.WriteString(".fi\n")
	if app.Description != "" {
		b.WriteString(".SH " + cat.T("DESCRIPTION") + "\n" + roff.Lines(app.Description) + "\n")
	}
	if flags := app.VisibleFlags(); len(flags) > 0 {
		b.WriteString(".SH " + cat.T("FLAGS") + "\n")
		writeManFlags(&b, flags)
	}
	if commands := app.VisibleCommands(); len(commands) > 0 {
		b.WriteString(".SH " + cat.T("COMMANDS") + "\n")
		for _, c := range commands {
			b.WriteString(".SS " + roff.Escape(strings.Join(c.Names(), ", ")) + "\n")
			if c.Usage != "" {
				b.WriteString(roff.Escape(c.Usage) + "\n")
			}
			b.WriteString(".PP\n" + commandSynopsis(app.Name, c, cat) + "\n")
			if c.Description != "" {
				b.WriteString(".PP\n" + roff.Lines(c.Description) + "\n")
			}
			writeManFlags(&b, c.VisibleFlags())
		}
	}
	return b.String(), nil
}

// synopsisLine sets a usage line with the program's name in bold.
func synopsisLine(line, name string) string {
	if rest, ok := strings.CutPrefix(line, name); ok {
		return `\fB` + roff.Escape(name) + `\fR` + roff.Escape(rest)
	}
	return roff.Escape(line)
}

// commandSynopsis is a command's usage line: its own, or the program and
// command names, [flags] and its arguments.
func commandSynopsis(appName string, c *cli.Command, cat i18n.Catalog) string {
	if c.UsageText != "" {
		lines := strings.Split(strings.Trim(c.UsageText, "\n"), "\n")
		for i, l := range lines {
			lines[i] = synopsisLine(l, appName)
		}
		return strings.Join(lines, "\n.br\n")
	}
	s := `\fB` + roff.Escape(appName+" "+c.Name) + `\fR`
	if len(c.VisibleFlags()) > 0 {
		s += " " + roff.Escape(cat.T("[flags]"))
	}
	if c.ArgsUsage != "" {
		s += " " + roff.Escape(c.ArgsUsage)
	}
	return s
}

// writeManFlags writes one tagged paragraph per flag, sorted by name: the
// flag's names in bold and its value's placeholder (the word the usage
// text quotes in backticks) in italics, then the usage text and the
// default value, as the help shows them.
func writeManFlags(b *strings.Builder, flags []cli.Flag) {
	flags = slices.Clone(flags)
	slices.SortStableFunc(flags, func(x, y cli.Flag) int { return cmp.Compare(primaryName(x), primaryName(y)) })
	for _, f := range flags {
		usage, def := "", ""
		if d, ok := f.(cli.DocGenerationFlag); ok {
			usage = d.GetUsage()
			if d.TakesValue() {
				def = cmp.Or(d.GetDefaultText(), d.GetValue())
			}
		}
		placeholder, text := placeholderOf(usage)
		if def != "" {
			text += " (default: " + roff.Inline(def) + ")"
		}
		var term []string
		for _, name := range flagNames(f) {
			dash := "--"
			if len(name) == 1 {
				dash = "-"
			}
			term = append(term, `\fB`+roff.Escape(dash+name)+`\fR`)
		}
		line := strings.Join(term, ", ")
		if v, ok := f.(interface{ TakesValue() bool }); ok && v.TakesValue() {
			if placeholder == "" {
				placeholder = "value"
			}
			line += ` \fI` + roff.Escape(placeholder) + `\fR`
		}
		b.WriteString(".TP\n" + line + "\n" + text + "\n")
	}
}

// placeholderOf finds the placeholder urfave/cli's help shows for a flag's
// value, the first word in backticks, and returns it with the usage text
// in roff, the placeholder set in italics. Text without backticks has no
// placeholder.
func placeholderOf(usage string) (placeholder, text string) {
	before, rest, ok := strings.Cut(usage, "`")
	if !ok {
		return "", roff.Escape(usage)
	}
	name, after, ok := strings.Cut(rest, "`")
	if !ok {
		return "", roff.Escape(usage)
	}
	return name, roff.Escape(before) + `\fI` + roff.Escape(name) + `\fR` + roff.Inline(after)
}
