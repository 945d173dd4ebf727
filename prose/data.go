package prose

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/abbreviations.txt
var abbreviationsData string

//go:embed data/stopwords-id.txt
var stopwordsIDData string

//go:embed data/stopwords-en.txt
var stopwordsENData string

// abbrClass says how a period after an abbreviation behaves.
type abbrClass uint8

const (
	abbrNone  abbrClass = iota // not an abbreviation: an ordinary period
	abbrTitle                  // never ends a sentence (Dr., Jl., No., initials)
	abbrFinal                  // ends a sentence before an upper-case word (dll., etc.)
)

type abbrevTable struct {
	exact map[string]abbrClass // as written: "Dr.", "S.Sos."
	upper map[string]abbrClass // ALL-CAPS spelling: "DR.", "S.SOS."
}

// dataLines calls fn for each non-empty, non-comment line of an embedded file,
// split into fields.
func dataLines(data string, fn func(fields []string)) {
	for line := range strings.Lines(data) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		fn(strings.Fields(line))
	}
}

// abbreviations is parsed once, on first use, and never modified afterwards.
var abbreviations = sync.OnceValue(func() *abbrevTable {
	// Sized from the file's lines: grown entry by entry, the maps were
	// rehashed several times on every start.
	n := strings.Count(abbreviationsData, "\n")
	t := &abbrevTable{exact: make(map[string]abbrClass, n), upper: make(map[string]abbrClass, n)}
	dataLines(abbreviationsData, func(f []string) {
		c := abbrTitle
		if len(f) > 1 && f[1] == "final" {
			c = abbrFinal
		}
		t.exact[f[0]] = c
		u := strings.ToUpper(f[0])
		if prev, ok := t.upper[u]; !ok || c == abbrTitle && prev == abbrFinal {
			// Prefer "never ends" when two entries collide in upper case.
			t.upper[u] = c
		}
	})
	return t
})

type stopwordTable struct {
	id, en map[string]struct{}
}

var stopwords = sync.OnceValue(func() *stopwordTable {
	t := &stopwordTable{
		id: make(map[string]struct{}, strings.Count(stopwordsIDData, "\n")),
		en: make(map[string]struct{}, strings.Count(stopwordsENData, "\n")),
	}
	dataLines(stopwordsIDData, func(f []string) { t.id[f[0]] = struct{}{} })
	dataLines(stopwordsENData, func(f []string) { t.en[f[0]] = struct{}{} })
	return t
})
