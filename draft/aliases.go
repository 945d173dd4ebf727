package draft

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/postlint/postlint/internal/fuzzy"
)

// aliasData maps, per front-matter key, each value postlint knows to the
// other spellings writers use for it. Front matter, calendar columns and
// the config's platforms all read this one table.
//
//go:embed data/aliases.toml
var aliasData string

// valueTable is the parsed alias table of one key.
type valueTable struct {
	names   []string          // the values postlint uses, in documented order
	aliases map[string]string // other spelling → value
	spelt   []string          // the aliases, sorted, for "did you mean"
}

// aliasFields are the keys whose values have aliases, with their names.
func aliasFields() map[string][]string {
	return map[string][]string{"platform": PlatformNames, "media": MediaNames, "lang": LangNames, "account": AccountNames}
}

// valueTables parses the embedded table once. The data is part of the
// binary and checked by the tests, so an error is a bug.
var valueTables = sync.OnceValue(func() map[string]valueTable {
	t, err := parseAliases(aliasData, aliasFields())
	if err != nil {
		panic("draft: " + err.Error())
	}
	return t
})

// parseAliases reads an alias table and checks it: every key and value is
// known, and no spelling stands for two values or shadows a name.
func parseAliases(data string, fields map[string][]string) (map[string]valueTable, error) {
	var raw map[string]map[string][]string
	if _, err := toml.Decode(data, &raw); err != nil {
		return nil, fmt.Errorf("alias table: %w", err)
	}
	out := map[string]valueTable{}
	for field, names := range fields {
		vt := valueTable{names: names, aliases: map[string]string{}}
		for name, spellings := range raw[field] {
			if !contains(names, name) {
				return nil, fmt.Errorf("alias table: [%s] %s is not a value of %s", field, name, field)
			}
			for _, s := range spellings {
				key := normalValue(s)
				if contains(names, key) {
					return nil, fmt.Errorf("alias table: [%s] %q is already the name of a value", field, s)
				}
				if prev, dup := vt.aliases[key]; dup {
					return nil, fmt.Errorf("alias table: [%s] %q stands for both %s and %s", field, s, prev, name)
				}
				vt.aliases[key] = name
				vt.spelt = append(vt.spelt, key)
			}
		}
		sort.Strings(vt.spelt)
		out[field] = vt
	}
	for field := range raw {
		if _, ok := fields[field]; !ok {
			return nil, fmt.Errorf("alias table: unknown key [%s]", field)
		}
	}
	return out, nil
}

// normalValue is how values are compared: lower case, outer spaces
// trimmed, inner runs of spaces as one.
func normalValue(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// Canonical returns the value postlint uses for s, a value of the
// front-matter key field (platform, media, lang, account) written as its
// name or an alias, whatever its case. ok is false for an unknown value.
func Canonical(field, s string) (name string, ok bool) {
	vt, known := valueTables()[field]
	if !known {
		return "", false
	}
	v := normalValue(s)
	if contains(vt.names, v) {
		return v, true
	}
	name, ok = vt.aliases[v]
	return name, ok
}

// Suggest returns the value name or alias closest to an unknown value,
// for a "did you mean", or "".
func Suggest(field, s string) string {
	vt := valueTables()[field]
	return fuzzy.Closest(normalValue(s), append(append([]string{}, vt.names...), vt.spelt...))
}

// AliasesOf returns the aliases of one key's values: spelling → value.
func AliasesOf(field string) map[string]string {
	out := map[string]string{}
	for k, v := range valueTables()[field].aliases {
		out[k] = v
	}
	return out
}
