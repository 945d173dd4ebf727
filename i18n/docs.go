package i18n

import (
	"embed"
	"fmt"
	"maps"
	"slices"
	"sync"

	"github.com/BurntSushi/toml"
)

// The built-in rules document themselves in English next to their code;
// docs/<locale>.toml translates each text, per rule (two rules may say
// the same thing in English and need different words in Indonesian).
//
//go:embed docs/*.toml
var docFiles embed.FS

// DocCatalog translates the rules' documentation into one language. The
// zero DocCatalog (English) has no texts.
type DocCatalog struct {
	texts map[DocKey]string
}

// DocKey names one English text of one rule's documentation.
type DocKey struct{ Rule, EN string }

// docsID is the Indonesian catalogue, read once on first use and never
// changed.
var docsID = sync.OnceValues(func() (DocCatalog, error) { return readDocCatalog(ID) })

// RuleDocs reads the rules' documentation catalogue for a locale:
// English and unknown locales need none.
func RuleDocs(locale string) (DocCatalog, error) {
	if locale != ID {
		return DocCatalog{}, nil
	}
	return docsID()
}

func readDocCatalog(locale string) (DocCatalog, error) {
	name := "docs/" + locale + ".toml"
	data, err := docFiles.ReadFile(name)
	if err != nil {
		return DocCatalog{}, fmt.Errorf("no rule docs for locale %q: %w", locale, err)
	}
	var file struct {
		Message []map[string]string `toml:"message"`
	}
	if _, err := toml.Decode(string(data), &file); err != nil {
		return DocCatalog{}, fmt.Errorf("i18n/%s: %w", name, err)
	}
	c := DocCatalog{texts: make(map[DocKey]string, len(file.Message))}
	for i, m := range file.Message {
		k := DocKey{Rule: m["rule"], EN: m[EN]}
		tr := m[locale]
		if k.Rule == "" || k.EN == "" || tr == "" || len(m) != 3 {
			return DocCatalog{}, fmt.Errorf("i18n/%s: message %d needs exactly the keys rule, en and %s", name, i+1, locale)
		}
		if _, dup := c.texts[k]; dup {
			return DocCatalog{}, fmt.Errorf("i18n/%s: %q of %s is translated twice", name, k.EN, k.Rule)
		}
		c.texts[k] = tr
	}
	return c, nil
}

// Fill returns t with its translation from the catalogue, for a text of
// the rule; a text that already has one, or that the catalogue lacks,
// stays as it is.
func (c DocCatalog) Fill(rule string, t Text) Text {
	if t.ID == "" && t.EN != "" {
		if tr, ok := c.texts[DocKey{Rule: rule, EN: t.EN}]; ok {
			t.ID = tr
		}
	}
	return t
}

// Keys returns every text the catalogue translates.
func (c DocCatalog) Keys() []DocKey { return slices.Collect(maps.Keys(c.texts)) }

// English is a text written in English only: its translations come from
// a catalogue (the rules' docs) when it is shown.
func English(en string) Text { return Text{EN: en} }
