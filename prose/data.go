package prose

import "github.com/postlint/postlint/internal/strindex"

//go:generate go test -run ^TestGeneratedDataTables$ -args -write-tables

// abbrClass says how a period after an abbreviation behaves.
type abbrClass uint8

const (
	abbrNone  abbrClass = iota // not an abbreviation: an ordinary period
	abbrTitle                  // never ends a sentence (Dr., Jl., No., initials)
	abbrFinal                  // ends a sentence before an upper-case word (dll., etc.)
)

// abbrevTable is data/abbreviations.txt: the abbreviations as written
// ("Dr.", "S.Sos.") and in their ALL-CAPS spelling ("DR.", "S.SOS."),
// each with its class.
type abbrevTable struct {
	exact, upper abbrevIndex
}

// abbrevIndex finds an abbreviation's class.
type abbrevIndex struct {
	keys    strindex.Index
	classes []abbrClass // by position in keys
}

// class returns the class of abbreviation word, ok false if it is not one.
func (ix *abbrevIndex) class(word string) (c abbrClass, ok bool) {
	if i := ix.keys.Find(word); i >= 0 {
		return ix.classes[i], true
	}
	return abbrNone, false
}

// abbreviations returns the abbreviations as go generate indexed them
// (data_table.go), read in place: parsed into two maps on first use, they
// cost a start on one draft a tenth of a millisecond and a few pages.
func abbreviations() abbrevTable {
	return abbrevTable{
		exact: abbrevIndex{keys: strindex.FromSlots(abbrevExactKeys, abbrevExactSlots), classes: abbrevExactClasses},
		upper: abbrevIndex{keys: strindex.FromSlots(abbrevUpperKeys, abbrevUpperSlots), classes: abbrevUpperClasses},
	}
}

// stopwordTable is the function words of data/stopwords-id.txt and
// stopwords-en.txt.
type stopwordTable struct {
	id, en strindex.Index
}

// stopwords returns the stopword lists as go generate indexed them
// (data_table.go), read in place.
func stopwords() stopwordTable {
	return stopwordTable{
		id: strindex.FromSlots(stopwordsIDKeys, stopwordsIDSlots),
		en: strindex.FromSlots(stopwordsENKeys, stopwordsENSlots),
	}
}
