package rules

import (
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// InternalError documents the finding the engine gives when postlint
// itself crashes on a post: a panic in a rule or while reading the draft,
// recovered so the rest of the run finishes. It is registered so that
// `postlint rules` lists it and `postlint explain internal-error` says
// what it means; like draft-error, it is never switched off.
type InternalError struct{}

func init() { register("internal-error", func() Rule { return &InternalError{} }) }

// Doc documents the rule.
func (*InternalError) Doc() lint.Doc {
	return lint.Doc{
		ID:       "internal-error",
		Category: lint.CategoryFormat,
		Severity: lint.Error,
		Summary:  i18n.English("postlint itself crashed on this post: a bug in postlint, not a problem in the draft"),
		Rationale: i18n.English("A crash in a rule or while reading a draft is caught: the post gets this finding, naming the rule, and the other posts and rules are checked as usual. " +
			"The post was not fully checked, so the finding is always reported (--disable, severity = \"off\" and directives do not hide it) " +
			"and postlint exits with code 3, whatever --fail-on says, so that a crash never passes as a clean run " +
			"and is never mistaken for a usage or config error (exit code 2)."),
		Source: "postlint's exit codes: 3 means postlint itself failed",
		Bad:    i18n.English("internal error in rule hook-fold: index out of range; this is a bug in postlint, please report it"),
		Good:   i18n.English("Report the bug with the draft that causes it (or a shortened copy that still does). Until it is fixed, the other findings of the run still hold."),
	}
}

// Check does nothing: findings come from the engine when it recovers a
// crash.
func (*InternalError) Check(*Pass) {}
