package command

import (
	"fmt"
	"strings"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/roff"
)

// ManOptions are what the man command needs.
type ManOptions struct {
	// Render returns the page's roff from the command line's
	// declaration: name, synopsis, description, commands and flags.
	Render func() (string, error)
	// Locale is the language of the sections Man adds.
	Locale string
}

// manSection is a section the declaration does not hold, in English; the
// help's catalogue (i18n/help) translates each text.
type manSection struct {
	title   string
	entries [][2]string // term, text
	text    string
}

func manSections() []manSection {
	return []manSection{
		{title: "EXIT STATUS", entries: [][2]string{
			{"0", "no finding at or above --fail-on"},
			{"1", "at least one finding at or above --fail-on"},
			{"2", "usage, config or I/O error; the message on standard error names the file and line"},
			{"3", "internal error: postlint itself crashed, which is a bug; please report it"},
		}},
		{title: "ENVIRONMENT", entries: [][2]string{
			{"LANG, LC_ALL, LC_MESSAGES", "an Indonesian setting (id_ID.UTF-8) gives messages and help in Indonesian, unless --locale or the config's locale says otherwise"},
			{"NO_COLOR", "any value turns colours off"},
		}},
		{title: "FILES", entries: [][2]string{
			{".postlint.toml", "the configuration, found from the current folder up to the repository root; postlint init writes one with every setting commented"},
		}},
		{title: "SEE ALSO", text: "postlint rules lists the rules and postlint explain RULE explains one; postlint COMMAND --help shows a command's flags."},
	}
}

// ManTexts returns the English texts of the sections Man adds, for the
// catalogue's tests.
func ManTexts() []string {
	var out []string
	for _, s := range manSections() {
		out = append(out, s.title)
		for _, e := range s.entries {
			out = append(out, e[1])
		}
		if s.text != "" {
			out = append(out, s.text)
		}
	}
	return out
}

// Man prints postlint's manual page: the rendered declaration, then the
// sections a man page is expected to have (exit status, environment,
// files, see also).
func Man(o ManOptions, env Env) error {
	page, err := o.Render()
	if err != nil {
		return err
	}
	cat, err := i18n.HelpCatalog(o.Locale)
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString(strings.TrimRight(page, "\n"))
	b.WriteString("\n")
	for _, s := range manSections() {
		fmt.Fprintf(&b, ".SH %s\n", roff.Escape(cat.T(s.title)))
		for _, e := range s.entries {
			fmt.Fprintf(&b, ".TP\n.B %s\n%s\n", roff.Escape(e[0]), roff.Escape(cat.T(e[1])))
		}
		if s.text != "" {
			fmt.Fprintf(&b, "%s\n", roff.Escape(cat.T(s.text)))
		}
	}
	_, err = fmt.Fprint(env.Stdout, b.String())
	return err
}
