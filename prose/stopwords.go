package prose

import (
	"slices"
	"strings"

	"github.com/postlint/postlint/internal/strindex"
)

// IsStopword reports whether word is one of the function words of lang
// ("id" or "en") listed in data/stopwords-<lang>.txt, the lists DetectLang
// counts. Case does not matter; other languages have no stopwords.
func IsStopword(word, lang string) bool {
	sw := stopwords()
	var table strindex.Index
	switch lang {
	case "id":
		table = sw.id
	case "en":
		table = sw.en
	default:
		return false
	}
	return table.Find(strings.ToLower(word)) >= 0
}

// Stopwords returns the function words of lang that IsStopword knows, in
// no particular order, for a caller that indexes them with words of its
// own; nil for a language without a list.
func Stopwords(lang string) []string {
	switch lang {
	case "id":
		return slices.Clone(stopwordsIDKeys)
	case "en":
		return slices.Clone(stopwordsENKeys)
	}
	return nil
}
