package rules

import (
	"bytes"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// The rules' pages in docs/rules, linked from SARIF reports, are made from
// their Doc:
//go:generate go run ../tools/ruledocs -out ../docs/rules

// DocOf returns the documentation of a built-in rule, or a Doc with only
// the ID.
func DocOf(id string) lint.Doc {
	d, _ := BuiltinDoc(id)
	return d
}

// BuiltinDoc returns the documentation of a built-in rule, in English
// (Translated adds the translations); ok is false, and the Doc holds only
// the ID, for any other.
func BuiltinDoc(id string) (doc lint.Doc, ok bool) {
	if r, ok := New(id); ok {
		return r.Doc(), true
	}
	return lint.Doc{ID: id}, false
}

// TranslatedBuiltinDoc is BuiltinDoc with the translations filled in.
func TranslatedBuiltinDoc(id string) (lint.Doc, bool) {
	d, ok := BuiltinDoc(id)
	if ok {
		d = Translated(d)
	}
	return d, ok
}

// Translated fills in a rule's documentation the translations of its
// texts: a rule declares them in English next to its code, and
// i18n/docs/<locale>.toml translates them. Texts the catalogue lacks, and
// texts that carry their translation already, stay as they are. The
// catalogue is read on first use, so a run that shows no translated docs
// never reads it.
func Translated(d lint.Doc) lint.Doc {
	c, err := i18n.RuleDocs(i18n.ID)
	if err != nil {
		return d // the catalogue is embedded and a test reads it
	}
	d.Summary = c.Fill(d.ID, d.Summary)
	d.Rationale = c.Fill(d.ID, d.Rationale)
	d.Bad = c.Fill(d.ID, d.Bad)
	d.Good = c.Fill(d.ID, d.Good)
	if len(d.Options) > 0 {
		d.Options = slices.Clone(d.Options)
		for i := range d.Options {
			d.Options[i].Help = c.Fill(d.ID, d.Options[i].Help)
		}
	}
	return d
}

// UserOnlyLists are word lists with no built-in entries that users fill
// from their config ([words.<lang>] blocklist = [...]).
func UserOnlyLists() []string { return slices.Clone(userOnlyLists[:]) }

// OptionDefaults returns each option's default value as TOML, keyed by
// option name: what `postlint explain` and the docs pages show beside an
// option. The defaults are the rule value's own fields.
func OptionDefaults(r Rule) map[string]string {
	out := map[string]string{}
	var buf bytes.Buffer
	if err := toml.NewEncoder(&buf).Encode(r); err != nil {
		return out
	}
	for _, line := range strings.Split(buf.String(), "\n") {
		if k, v, ok := strings.Cut(line, " = "); ok {
			out[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return out
}
