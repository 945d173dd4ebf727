package i18n

import (
	"embed"
	"fmt"
	"maps"
	"slices"

	"github.com/BurntSushi/toml"
)

// The command-line help is written in English where the command line is
// declared; help/<locale>.toml translates each of its texts.
//
//go:embed help/*.toml
var helpFiles embed.FS

// Catalog translates the English texts of the command-line help, or of
// the reports' and commands' labels, into one language. The zero Catalog
// (English) returns every text unchanged.
type Catalog struct {
	texts map[string]string
}

// HelpCatalog reads the help's catalogue for a locale: English needs none.
func HelpCatalog(locale string) (Catalog, error) {
	if locale == EN || locale == "" {
		return Catalog{}, nil
	}
	return readCatalog(helpFiles, "help", locale)
}

// readCatalog reads dir/<locale>.toml from files.
func readCatalog(files embed.FS, dir, locale string) (Catalog, error) {
	name := dir + "/" + locale + ".toml"
	data, err := files.ReadFile(name)
	if err != nil {
		return Catalog{}, fmt.Errorf("no %s texts for locale %q: %w", dir, locale, err)
	}
	// Each [[message]] has the English text (en) and its translation,
	// keyed by the locale (id = "…").
	var file struct {
		Message []map[string]string `toml:"message"`
	}
	if _, err := toml.Decode(string(data), &file); err != nil {
		return Catalog{}, fmt.Errorf("i18n/%s: %w", name, err)
	}
	c := Catalog{texts: make(map[string]string, len(file.Message))}
	for i, m := range file.Message {
		en, tr := m[EN], m[locale]
		if en == "" || tr == "" || len(m) != 2 {
			return Catalog{}, fmt.Errorf("i18n/%s: message %d needs exactly the keys en and %s", name, i+1, locale)
		}
		if _, dup := c.texts[en]; dup {
			return Catalog{}, fmt.Errorf("i18n/%s: %q is translated twice", name, en)
		}
		c.texts[en] = tr
	}
	return c, nil
}

// T translates an English text; a text the catalogue lacks (or the empty
// text) stays as it is.
func (c Catalog) T(en string) string {
	if tr, ok := c.texts[en]; ok {
		return tr
	}
	return en
}

// Has reports whether the catalogue translates a text.
func (c Catalog) Has(en string) bool {
	_, ok := c.texts[en]
	return ok
}

// Texts returns every English text the catalogue translates.
func (c Catalog) Texts() []string { return slices.Collect(maps.Keys(c.texts)) }
