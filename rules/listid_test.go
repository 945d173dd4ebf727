package rules

// listName returns the name of a list the lexicon numbers, "" for no
// list: what the tests print, and check listNum against.
func (l *Lexicon) listName(list listID) string {
	switch {
	case list <= 0 || int(list) >= len(l.byNum):
		return ""
	case list < firstConfigList:
		return list.String()
	}
	return l.own[list-firstConfigList]
}
