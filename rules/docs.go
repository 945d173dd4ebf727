package rules

import "github.com/postlint/postlint/lint"

// The rules' pages in docs/rules, linked from SARIF reports, are made from
// their Doc:
//go:generate go run ../tools/ruledocs -out ../docs/rules

// DocOf returns the documentation of a built-in rule, or a Doc with only
// the ID.
func DocOf(id string) lint.Doc {
	d, _ := BuiltinDoc(id)
	return d
}

// BuiltinDoc returns the documentation of a built-in rule; ok is false,
// and the Doc holds only the ID, for any other.
func BuiltinDoc(id string) (doc lint.Doc, ok bool) {
	if r, ok := New(id); ok {
		return r.Doc(), true
	}
	return lint.Doc{ID: id}, false
}

// UserOnlyLists are word lists with no built-in entries that users fill
// from their config ([words.<lang>] blocklist = [...]).
func UserOnlyLists() []string { return []string{"blocklist"} }
