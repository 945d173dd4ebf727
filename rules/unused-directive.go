package rules

import (
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// UnusedDirective reports postlint comments that suppress nothing: a typo
// in a rule ID, or a directive left behind after the text was fixed. The
// engine raises it after applying the directives.
type UnusedDirective struct{}

func init() { register("unused-directive", func() Rule { return &UnusedDirective{} }) }

// Doc documents the rule.
func (*UnusedDirective) Doc() lint.Doc {
	return lint.Doc{
		ID:        "unused-directive",
		Category:  lint.CategoryFormat,
		Severity:  lint.Info,
		Summary:   i18n.English("a postlint-disable comment that suppresses nothing, or names an unknown rule"),
		Rationale: i18n.English("Stale directives hide future problems and misspelt ones hide nothing; both mislead the next editor."),
		Source:    "postlint's own inline directives",
		Bad:       i18n.English("<!-- postlint-disable-next-line hook-dateline -- press release format -->\nTraffic on Jl. Sudirman is open again."),
		Good:      i18n.English("<!-- postlint-disable-next-line hook-dateline -- press release format -->\nJAKARTA, Humas – Traffic on Jl. Sudirman is open again."),
	}
}

// Check does nothing: the engine finds unused directives.
func (*UnusedDirective) Check(*Pass) {}
