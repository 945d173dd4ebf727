// Package alias reads alias tables: for a few keys (platform, media,
// lang, account), the values postlint knows and the other spellings
// writers use for them. The packages that own the values keep their
// tables as TOML data, which go generate parses and checks here (Parse)
// and compiles into Go source (Literal); this package answers lookups.
package alias

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/postlint/postlint/internal/fuzzy"
)

// Table is the parsed alias table of one key. It holds no map: a table
// written into Go source by Literal is static data, read in place.
type Table struct {
	names  []string   // the values postlint uses, in documented order
	spelt  []string   // the aliases, sorted
	values []string   // values[i] is the value spelt[i] stands for
	of     [][]string // by position in names: its spellings, in the file's order
}

// Static is the table Literal writes: the arguments are a Table's fields
// as Parse made them, and are kept, not copied.
func Static(names, spelt, values []string, of [][]string) Table {
	return Table{names: names, spelt: spelt, values: values, of: of}
}

// Literal returns Go source for t: a call of Static with its fields, for
// a generator that compiles a parsed table into a package.
func (t Table) Literal() string {
	var b strings.Builder
	list := func(ss []string, typ string) {
		if ss == nil {
			b.WriteString("nil")
			return
		}
		b.WriteString(typ + "{")
		for i, s := range ss {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(strconv.Quote(s))
		}
		b.WriteString("}")
	}
	b.WriteString("alias.Static(\n")
	list(t.names, "[]string")
	b.WriteString(",\n")
	list(t.spelt, "[]string")
	b.WriteString(",\n")
	list(t.values, "[]string")
	b.WriteString(",\n[][]string{\n")
	for _, of := range t.of {
		list(of, "")
		b.WriteString(",\n")
	}
	b.WriteString("},\n)")
	return b.String()
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
		t := Table{names: names, of: make([][]string, len(names))}
		valueOf := map[string]string{}
		for name, spellings := range raw[field] {
			at := slices.Index(names, name)
			if at < 0 {
				return nil, fmt.Errorf("alias table: [%s] %s is not a value of %s", field, name, field)
			}
			for _, s := range spellings {
				key := Normal(s)
				if slices.Contains(names, key) {
					return nil, fmt.Errorf("alias table: [%s] %q is already the name of a value", field, s)
				}
				if prev, dup := valueOf[key]; dup {
					return nil, fmt.Errorf("alias table: [%s] %q stands for both %s and %s", field, s, prev, name)
				}
				valueOf[key] = name
				t.of[at] = append(t.of[at], key)
				t.spelt = append(t.spelt, key)
			}
		}
		sort.Strings(t.spelt)
		t.values = make([]string, len(t.spelt))
		for i, key := range t.spelt {
			t.values[i] = valueOf[key]
		}
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
	if i, found := slices.BinarySearch(t.spelt, v); found {
		return t.values[i], true
	}
	return "", false
}

// Suggest returns the value name or alias closest to an unknown value,
// for a "did you mean", or "".
func (t Table) Suggest(s string) string {
	return fuzzy.Closest(Normal(s), append(append([]string{}, t.names...), t.spelt...))
}

// Aliases returns every alias: spelling → value.
func (t Table) Aliases() map[string]string {
	out := make(map[string]string, len(t.spelt))
	for i, k := range t.spelt {
		out[k] = t.values[i]
	}
	return out
}

// Of returns the aliases of one value, in the table's order.
func (t Table) Of(name string) []string {
	if i := slices.Index(t.names, name); i >= 0 {
		return slices.Clone(t.of[i])
	}
	return nil
}
