package lint

import "github.com/postlint/postlint/i18n"

// Doc describes a rule for `postlint rules`, `postlint explain` and the
// SARIF rule table.
type Doc struct {
	ID       string
	Category string
	Severity Severity // default severity
	// PerPlatform rules run once for each platform a post targets and
	// their findings name the platform.
	PerPlatform bool
	Summary     i18n.Text
	Rationale   i18n.Text
	Source      string // where the advice comes from, in plain words: who advised it, which study, guide or help centre, when; "; " between several; no web addresses or files from outside the repository
	Bad         i18n.Text
	Good        i18n.Text
	Options     []OptionDoc
	// Fixable rules give some findings a fix that `postlint fix` applies.
	Fixable bool
}

// OptionDoc explains one option; its default comes from the rule's fields.
type OptionDoc struct {
	Name string // the TOML key
	Help i18n.Text
}
