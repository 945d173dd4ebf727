package command

import (
	"sort"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/rules"
)

// allDocs returns the built-in rules' docs plus the config's custom rules,
// sorted by ID.
func allDocs(cfg *config.Config) []lint.Doc {
	var docs []lint.Doc
	for _, r := range rules.All() {
		docs = append(docs, rules.Translated(r.Doc()))
	}
	if cfg != nil {
		if custom, err := rules.NewCustomRules(cfg.Custom, cfg.Path); err == nil {
			for _, c := range custom {
				docs = append(docs, c.Doc())
			}
		}
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	return docs
}
