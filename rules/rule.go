// Package rules holds every postlint rule, one file per rule named after its
// ID (rules/hook-fold.go holds HookFold, ID "hook-fold"). A rule is a plain
// struct: its exported fields are its options, decoded from the config's
// [rules.<id>] table, and it documents itself next to its code.
package rules

import (
	"fmt"
	"sort"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/fixer"
	"github.com/postlint/postlint/i18n"
)

// Severity of a finding. The zero value means "off".
type Severity int

// Severities, in increasing order.
const (
	Off Severity = iota
	Info
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "off"
}

// ParseSeverity reads "error", "warning" (or "warn"), "info" and "off".
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "error":
		return Error, nil
	case "warning", "warn":
		return Warning, nil
	case "info":
		return Info, nil
	case "off":
		return Off, nil
	}
	return Off, fmt.Errorf("unknown severity %q (use error, warning, info or off)", s)
}

// Categories group rules in listings and reports.
const (
	CategoryHook          = "hook"
	CategoryLength        = "length"
	CategoryClarity       = "clarity"
	CategoryEngagement    = "engagement"
	CategoryTrust         = "trust"
	CategoryAccessibility = "accessibility"
	CategoryFormat        = "format"
)

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
	Source      string // where the advice comes from (URL or reference)
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

// Rule is one check.
type Rule interface {
	Doc() Doc
	Check(p *Pass)
}

// Factory makes a rule with its default options.
type Factory func() Rule

var registry = map[string]Factory{}

// register adds a rule; each rule file calls it from init. Registration is
// the only thing init does in this package.
func register(f Factory) {
	id := f().Doc().ID
	if _, dup := registry[id]; dup {
		panic("rules: duplicate rule " + id)
	}
	registry[id] = f
}

// IDs lists every rule ID, sorted.
func IDs() []string {
	ids := make([]string, 0, len(registry))
	for id := range registry {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// New returns a fresh rule with default options.
func New(id string) (Rule, bool) {
	f, ok := registry[id]
	if !ok {
		return nil, false
	}
	return f(), true
}

// Known reports whether id is a built-in rule.
func Known(id string) bool {
	_, ok := registry[id]
	return ok
}

// All returns fresh instances of every rule, sorted by ID.
func All() []Rule {
	out := make([]Rule, 0, len(registry))
	for _, id := range IDs() {
		out = append(out, registry[id]())
	}
	return out
}

// Finding is one problem found in a post.
type Finding struct {
	Path     string
	Post     int
	Platform string
	Rule     string
	Category string
	Severity Severity
	Range    draft.Range
	// Platforms lists every platform the finding applies to, in
	// alphabetical order, and Platform is the first of them (both empty
	// for platform-independent findings). The engine merges the identical
	// findings a per-platform rule makes for several platforms of a post
	// into one; a finding fresh from a rule has only Platform set (see
	// OnPlatforms).
	Platforms []string
	// Start and End are byte offsets in the post's text, or -1 when the
	// finding points at front matter or metadata.
	Start, End int
	Message    i18n.Text
	Suggestion i18n.Text
	// Fix is the finding's fix in the file, or nil.
	Fix *FileFix
}

// FileFix is a fix mapped to the file the post was read from.
type FileFix struct {
	// Edit replaces bytes of the file as it was linted.
	Edit fixer.Edit
	// Range is the replaced span as lines and code-point columns.
	Range draft.Range
}

// OnPlatforms returns the platforms the finding applies to: Platforms, or
// Platform alone for a finding that was not grouped, or nil.
func (f Finding) OnPlatforms() []string {
	if len(f.Platforms) > 0 {
		return f.Platforms
	}
	if f.Platform != "" {
		return []string{f.Platform}
	}
	return nil
}
