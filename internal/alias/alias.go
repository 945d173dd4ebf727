// Package alias reads alias tables: for a few keys (platform, media,
// lang, account), the values postlint knows and the other spellings
// writers use for them. The packages that own the values embed their
// tables as TOML data; this package parses and checks them and answers
// lookups.
package alias

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/postlint/postlint/internal/fuzzy"
)

// Table is the parsed alias table of one key.
type Table struct {
	names   []string            // the values postlint uses, in documented order
	aliases map[string]string   // other spelling → value
	of      map[string][]string // value → its spellings, in the file's order
	spelt   []string            // the aliases, sorted, for "did you mean"
}

// Parse reads an alias table and checks it: every key and value is
// known, and no spelling stands for two values or shadows a name. fields
// maps each key the table may hold to its values, in documented order.
func Parse(data string, fields map[string][]string) (map[string]Table, error) {
	var raw map[string]map[string][]string
	if _, err := toml.Decode(data, &raw); err != nil {
		return nil, fmt.Errorf("alias table: %w", err)
	}
	out := map[string]Table{}
	for field, names := range fields {
		t := Table{names: names, aliases: map[string]string{}, of: map[string][]string{}}
		for name, spellings := range raw[field] {
			if !slices.Contains(names, name) {
				return nil, fmt.Errorf("alias table: [%s] %s is not a value of %s", field, name, field)
			}
			for _, s := range spellings {
				key := Normal(s)
				if slices.Contains(names, key) {
					return nil, fmt.Errorf("alias table: [%s] %q is already the name of a value", field, s)
				}
				if prev, dup := t.aliases[key]; dup {
					return nil, fmt.Errorf("alias table: [%s] %q stands for both %s and %s", field, s, prev, name)
				}
				t.aliases[key] = name
				t.of[name] = append(t.of[name], key)
				t.spelt = append(t.spelt, key)
			}
		}
		sort.Strings(t.spelt)
		out[field] = t
	}
	for field := range raw {
		if _, ok := fields[field]; !ok {
			return nil, fmt.Errorf("alias table: unknown key [%s]", field)
		}
	}
	return out, nil
}

// Normal is how values are compared: lower case, outer spaces trimmed,
// inner runs of spaces as one.
func Normal(s string) string {
	if isNormal(s) {
		return s // the usual lookup, already normal, costs no copies
	}
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// isNormal reports ASCII text that Normal returns unchanged: no upper
// case and no white space but single spaces between words.
func isNormal(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80, 'A' <= c && c <= 'Z', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		}
	}
	return true
}

// Names lists the values, in documented order.
func (t Table) Names() []string { return slices.Clone(t.names) }

// Canonical returns the value s stands for, written as its name or an
// alias, whatever its case. ok is false for an unknown value.
func (t Table) Canonical(s string) (name string, ok bool) {
	v := Normal(s)
	if slices.Contains(t.names, v) {
		return v, true
	}
	name, ok = t.aliases[v]
	return name, ok
}

// Suggest returns the value name or alias closest to an unknown value,
// for a "did you mean", or "".
func (t Table) Suggest(s string) string {
	return fuzzy.Closest(Normal(s), append(append([]string{}, t.names...), t.spelt...))
}

// Aliases returns every alias: spelling → value.
func (t Table) Aliases() map[string]string {
	out := make(map[string]string, len(t.aliases))
	for k, v := range t.aliases {
		out[k] = v
	}
	return out
}

// Of returns the aliases of one value, in the table's order.
func (t Table) Of(name string) []string { return slices.Clone(t.of[name]) }
