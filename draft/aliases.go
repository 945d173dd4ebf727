package draft

import (
	_ "embed"
	"sync"

	"github.com/postlint/postlint/internal/alias"
	"github.com/postlint/postlint/platform"
)

// aliasData maps, per front-matter key, each value postlint knows to the
// other spellings writers use for it. Front matter and calendar columns
// read this table; the aliases of platforms and media types are the
// platform package's (platform.Canonical, platform.ParseMedia).
//
//go:embed data/aliases.toml
var aliasData string

// aliasFields are the keys whose values have aliases here, with their
// names.
func aliasFields() map[string][]string {
	return map[string][]string{"lang": LangNames, "account": AccountNames}
}

// valueTables parses the embedded table once. The data is part of the
// binary and checked by the tests, so an error is a bug.
var valueTables = sync.OnceValue(func() map[string]alias.Table {
	t, err := alias.Parse(aliasData, aliasFields())
	if err != nil {
		panic("draft: " + err.Error())
	}
	return t
})

// Canonical returns the value postlint uses for s, a value of the
// front-matter key field (platform, media, lang, account) written as its
// name or an alias, whatever its case. ok is false for an unknown value.
func Canonical(field, s string) (name string, ok bool) {
	switch field {
	case "platform":
		return platform.Canonical(s)
	case "media":
		m, ok := platform.ParseMedia(s)
		return string(m), ok
	}
	vt, known := valueTables()[field]
	if !known {
		return "", false
	}
	return vt.Canonical(s)
}

// Suggest returns the value name or alias closest to an unknown value,
// for a "did you mean", or "".
func Suggest(field, s string) string {
	switch field {
	case "platform":
		return platform.Suggest(s)
	case "media":
		return platform.SuggestMedia(s)
	}
	return valueTables()[field].Suggest(s)
}
