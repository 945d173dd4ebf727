package i18n

import (
	"embed"
	"fmt"
	"sync"
)

// The labels postlint's reports and commands print (severity words,
// "suggestion", summary lines, the HTML report's words, the explain
// page's headings …) are written in English where they are used, as
// calls of the Catalog methods T, Tf, Plural and Count with the English
// text; messages/<locale>.toml translates each of them.
//
//go:embed messages/*.toml
var messageFiles embed.FS

// messagesID is the Indonesian catalogue, read once on first use and
// never changed.
var messagesID = sync.OnceValues(func() (Catalog, error) { return readCatalog(messageFiles, "messages", ID) })

// MessageCatalog reads the labels' catalogue for a locale: English and
// unknown locales need none.
func MessageCatalog(locale string) (Catalog, error) {
	if locale != ID {
		return Catalog{}, nil
	}
	return messagesID()
}

// Messages is MessageCatalog for code that prints: the catalogue is
// embedded and a test reads it, so a broken one cannot ship; should it
// fail anyway, the labels stay in English.
func Messages(locale string) Catalog {
	c, err := MessageCatalog(locale)
	if err != nil {
		return Catalog{}
	}
	return c
}

// Tf translates a format and fills it in like fmt.Sprintf.
func (c Catalog) Tf(format string, args ...any) string {
	return fmt.Sprintf(c.T(format), args...)
}

// Plural translates the English form for n: one when n is 1, else many.
// Each form has its own entry in a catalogue, so a language without
// plurals gives both the same translation.
func (c Catalog) Plural(n int, one, many string) string {
	if n == 1 {
		return c.T(one)
	}
	return c.T(many)
}

// Count is Plural filled in with n: Count(3, "%d file", "%d files") is
// "3 files".
func (c Catalog) Count(n int, one, many string) string {
	return fmt.Sprintf(c.Plural(n, one, many), n)
}
