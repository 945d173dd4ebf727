package draft

import (
	"github.com/postlint/postlint/internal/alias"
	"github.com/postlint/postlint/platform"
)

//go:generate go test -run ^TestGeneratedAliasTables$ -args -write-tables

// valueTable returns the alias table of a front-matter key other than
// platform and media (whose aliases are the platform package's,
// platform.Canonical and platform.ParseMedia): data/aliases.toml as go
// generate compiled it (aliases_table.go). ok is false for a key without
// aliases.
func valueTable(field string) (t alias.Table, ok bool) {
	switch field {
	case "lang":
		return langAliases, true
	case "account":
		return accountAliases, true
	}
	return alias.Table{}, false
}

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
	vt, known := valueTable(field)
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
	vt, _ := valueTable(field)
	return vt.Suggest(s)
}
