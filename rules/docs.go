package rules

// The rules' pages in docs/rules, linked from SARIF reports, are made from
// their Doc:
//go:generate go run ../tools/ruledocs -out ../docs/rules

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
