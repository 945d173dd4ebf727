package prose

import (
	"maps"
	"slices"
	"strings"
)

// IsStopword reports whether word is one of the function words of lang
// ("id" or "en") listed in data/stopwords-<lang>.txt, the lists DetectLang
// counts. Case does not matter; other languages have no stopwords.
func IsStopword(word, lang string) bool {
	sw := stopwords()
	var table map[string]struct{}
	switch lang {
	case "id":
		table = sw.id
	case "en":
		table = sw.en
	default:
		return false
	}
	_, ok := table[strings.ToLower(word)]
	return ok
}

// Stopwords returns the function words of lang that IsStopword knows, in
// no particular order, for a caller that indexes them with words of its
// own; nil for a language without a list.
func Stopwords(lang string) []string {
	sw := stopwords()
	switch lang {
	case "id":
		return slices.Collect(maps.Keys(sw.id))
	case "en":
		return slices.Collect(maps.Keys(sw.en))
	}
	return nil
}
