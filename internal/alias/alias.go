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
	"strconv"
	"strings"
	"unicode/utf8"

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
	raw, ok := parseSimple(data)
	if !ok {
		if _, err := toml.Decode(data, &raw); err != nil {
			return nil, fmt.Errorf("alias table: %w", err)
		}
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

// parseSimple reads an alias table written as the built-in ones are:
// comments, [key] headers and `value = ["spelling", …]` lines, strings
// without escapes, each table and value once. Anything else, it leaves
// to the TOML decoder (ok false), which reads the same tables, so that
// errors read as before (TestParseSimpleSameAsTOML). The built-in tables
// are parsed by go generate, not at start-up (Literal).
func parseSimple(data string) (raw map[string]map[string][]string, ok bool) {
	if !utf8.ValidString(data) {
		return nil, false
	}
	raw = map[string]map[string][]string{}
	var table map[string][]string
	for rest := data; rest != ""; {
		var line string
		var newline bool
		line, rest, newline = strings.Cut(rest, "\n")
		if newline {
			line = strings.TrimSuffix(line, "\r") // CR LF
		}
		if strings.ContainsFunc(line, func(r rune) bool { return r < 0x20 && r != '\t' || r == 0x7f }) {
			return nil, false // a control character (a lone CR too) TOML refuses
		}
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
			continue
		case line[0] == '[':
			name, found := strings.CutSuffix(line[1:], "]")
			if !found || !isBareKey(name) || raw[name] != nil {
				return nil, false
			}
			table = map[string][]string{}
			raw[name] = table
			continue
		}
		key, list, found := strings.Cut(line, "=")
		key, list = strings.TrimSpace(key), strings.TrimSpace(list)
		if !found || table == nil || !isBareKey(key) || table[key] != nil {
			return nil, false
		}
		if len(list) < 2 || list[0] != '[' || list[len(list)-1] != ']' {
			return nil, false
		}
		inner := list[1 : len(list)-1]
		values := []string{}
		for inner = strings.TrimSpace(inner); inner != ""; {
			if inner[0] != '"' {
				return nil, false
			}
			end := strings.IndexAny(inner[1:], "\"\\")
			if end < 0 || inner[1+end] != '"' {
				return nil, false // no closing quote, or an escape
			}
			values = append(values, inner[1:1+end])
			inner = strings.TrimSpace(inner[2+end:])
			if inner == "" {
				break
			}
			if inner[0] != ',' {
				return nil, false
			}
			if inner = strings.TrimSpace(inner[1:]); inner == "" {
				break // a trailing comma
			}
		}
		table[key] = values
	}
	return raw, true
}

// isBareKey reports whether s is a TOML bare key of lower-case letters,
// digits, - and _.
func isBareKey(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
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
