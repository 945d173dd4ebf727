package platform

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/postlint/postlint/internal/alias"
)

//go:generate go test -run ^TestGeneratedAliasTables$ -args -write-tables

// builtinSpecs are the platforms postlint knows, in the order the
// documentation lists them, with their titles and default limits, without
// their aliases.
func builtinSpecs() []Spec {
	return []Spec{
		{Name: "facebook", Title: "Facebook", Limit: 63206, Unit: UTF16, Fold: 125, HashtagAdvised: 3, LinksClickable: true},
		{Name: "instagram", Title: "Instagram", Limit: 2200, Unit: UTF16, Fold: 125, HashtagCap: 5, MentionCap: 20, LinksClickable: false},
		{Name: "x", Title: "X", Limit: 280, PremiumLimit: 25000, Unit: Weighted, HashtagAdvised: 2, MentionCap: 50, LinkCap: 10, AltLimit: 1000, LinksClickable: true, Forbidden: "\uFFFE\uFEFF\uFFFF"},
		{Name: "linkedin", Title: "LinkedIn", Limit: 3000, Unit: UTF16, Fold: 140, HashtagAdvised: 5, LinksClickable: true},
		{Name: "tiktok", Title: "TikTok", Limit: 2200, PhotoLimit: 4000, Unit: UTF16, Fold: 100, HashtagCap: 5, LinksClickable: false},
		{Name: "threads", Title: "Threads", Limit: 500, Unit: CharactersEmojiBytes, HashtagCap: 1, LinkCap: 5, LinksClickable: true},
		{Name: "youtube", Title: "YouTube", Limit: 5000, Unit: UTF8, Fold: 100, HashtagCap: 60, LinksClickable: true, Forbidden: "<>"},
		{Name: "whatsapp", Title: "WhatsApp", Limit: 4096, MediaLimit: 1024, Unit: Characters, LinksClickable: true},
	}
}

// builtin is the platform table: every platform postlint knows, with its
// title, its aliases and its default limits (SPEC §2, platforms.md §1).
// It is built once and only read; Defaults hands out copies. The aliases
// of platforms and media types are data/aliases.toml as go generate
// compiled it (aliases_table.go): parsed on every start, the file cost a
// one-draft run a hundredth of its time, most of it in building maps.
var builtin = sync.OnceValue(func() table {
	t := table{specs: builtinSpecs(), aliases: platformAliases, media: mediaAliases}
	for i := range t.specs {
		t.specs[i].Aliases = t.aliases.Of(t.specs[i].Name)
	}
	return t
})

// table is the built-in platforms with their alias table, and the media
// types' aliases.
type table struct {
	specs   []Spec
	aliases alias.Table
	media   alias.Table
}

// Defaults returns the built-in table by name. Each call returns a fresh
// copy the caller may change.
func Defaults() map[string]Spec {
	specs := builtin().specs
	out := make(map[string]Spec, len(specs))
	for _, s := range specs {
		s.Aliases = slices.Clone(s.Aliases)
		out[s.Name] = s
	}
	return out
}

// Names lists the platforms in the order the documentation gives them.
func Names() []string { return builtin().aliases.Names() }

// Title is a platform's name as people write it ("LinkedIn", "X").
func Title(name string) string {
	for _, s := range builtin().specs {
		if s.Name == name {
			return s.Title
		}
	}
	if name == "" {
		return ""
	}
	return strings.ToUpper(name[:1]) + name[1:]
}

// Canonical returns the name of the platform s stands for, written as its
// name or an alias, whatever its case and the spaces around it. ok is
// false for an unknown platform.
func Canonical(s string) (name string, ok bool) { return builtin().aliases.Canonical(s) }

// Suggest returns the platform name or alias closest to an unknown one,
// for a "did you mean", or "".
func Suggest(s string) string { return builtin().aliases.Suggest(s) }

// Aliases returns every alias of every platform: spelling (lower case) →
// platform name.
func Aliases() map[string]string { return builtin().aliases.Aliases() }

// ParseName is Canonical for user input: an unknown platform is an error
// with a "did you mean", or the list of platforms when nothing is close.
func ParseName(s string) (string, error) {
	name, ok := Canonical(s)
	if !ok {
		msg := fmt.Sprintf("unknown platform %q", s)
		if c := Suggest(s); c != "" {
			msg += fmt.Sprintf("; did you mean %q?", c)
		} else {
			msg += " (use " + strings.Join(Names(), ", ") + ")"
		}
		return "", errors.New(msg)
	}
	return name, nil
}
