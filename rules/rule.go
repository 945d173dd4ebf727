// Package rules holds every postlint rule, one file per rule named after its
// ID (rules/hook-fold.go holds HookFold, ID "hook-fold"). A rule is a plain
// struct: its exported fields are its options, decoded from the config's
// [rules.<id>] table, and it documents itself next to its code (a lint.Doc).
// A rule sees one post through a Pass and reports lint.Findings; the
// engine runs the rules and orders their findings. A rule's Doc declares
// its context policy (lint.Context: quoted speech, debunk labels), which
// the pass applies to what it reports. The rule reads the post's text
// analysis through declared views (view.go, views.go: sentences, words,
// links, entity mask…), each computed once per post, and lists the views
// it reads in a Requires method in its file (ViewReader;
// TestRuleViewsDeclared checks the list). A rule that only reports the
// matches of a list is a ListRule, plain data declared in its file, as
// each [[custom]] rule of the config is.
package rules

import (
	"sort"

	"github.com/postlint/postlint/lint"
)

// Rule is one check.
type Rule interface {
	Doc() lint.Doc
	Check(p *Pass)
}

// Factory makes a rule with its default options.
type Factory func() Rule

var (
	registry  = map[string]Factory{}
	fileRules = map[string]bool{} // the IDs registerFile added
)

// register adds a rule under its ID; each rule file calls it from init.
// Registration is the only thing init does in this package. The ID is
// given, not read from the rule's Doc, so that loading the package builds
// no rule and no Doc (TestRegisteredIDs checks that they agree).
func register(id string, f Factory) {
	if _, dup := registry[id]; dup {
		panic("rules: duplicate rule " + id)
	}
	registry[id] = f
}

// registerFile adds a FileRule under its ID, as register does, and
// records that it is one: the engine asks IsFileRule rather than the
// rule's type, which spared a run on one draft a failed type assertion
// for every other rule, each a look-up in the type's methods and a new
// entry in the runtime's table of them (about 2% of the run's
// instructions).
func registerFile(id string, f func() FileRule) {
	register(id, func() Rule { return f() })
	fileRules[id] = true
}

// IsFileRule reports whether the built-in rule id is a FileRule.
func IsFileRule(id string) bool { return fileRules[id] }

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
