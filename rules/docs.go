package rules

import (
	"io/fs"
	"path"
	"slices"
	"strings"
)

// DocOf returns the documentation of a built-in rule, or a zero Doc.
func DocOf(id string) Doc {
	if r, ok := New(id); ok {
		return r.Doc()
	}
	return Doc{ID: id}
}

// UserOnlyLists are word lists with no built-in entries that users fill
// from their config ([words.<lang>] blocklist = [...]).
func UserOnlyLists() []string { return []string{"blocklist"} }

// BuiltinLists returns the names of the word lists shipped in words/, sorted,
// so the config's [words.<lang>] tables can be checked against them (the
// compiled Lexicon also holds the lists the config adds).
func BuiltinLists() []string {
	files, _ := fs.Glob(wordFiles, "words/*/*.txt") // the pattern is valid
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(path.Base(f), ".txt"))
	}
	slices.Sort(names)
	return slices.Compact(names)
}
