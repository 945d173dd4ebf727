package prose

import "strings"

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
