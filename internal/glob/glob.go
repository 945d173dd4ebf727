// Package glob matches slash-separated paths against patterns with `*`
// (within one path element), `?`, `[...]` classes, `{a,b}` alternatives
// and `**` (any number of elements), the syntax of include, exclude and
// override lists. Matching is doublestar's; this package adds the
// .gitignore habit that a pattern without a slash matches a base name at
// any depth.
package glob

import (
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// Match reports whether name matches pattern. Both use forward slashes. A
// pattern without a slash matches the base name at any depth, as in
// .gitignore ("*.csv" matches "a/b/c.csv", "*.{md,txt}" matches
// "posts/a.txt"). A malformed pattern matches nothing (Valid finds it
// first).
func Match(pattern, name string) bool {
	pattern = strings.TrimPrefix(pattern, "./")
	name = strings.TrimPrefix(name, "./")
	if !strings.Contains(pattern, "/") {
		pattern = "**/" + pattern
	}
	pattern = strings.TrimPrefix(pattern, "/")
	ok, err := doublestar.Match(pattern, name)
	return ok && err == nil
}

// Valid reports whether pattern is well formed.
func Valid(pattern string) bool {
	return doublestar.ValidatePattern(strings.TrimPrefix(strings.TrimPrefix(pattern, "./"), "/"))
}

// MatchDir reports whether a directory pattern such as "posts/archive/**"
// excludes everything below dir, so a walk can skip it.
func MatchDir(pattern, dir string) bool {
	if strings.HasSuffix(pattern, "/**") {
		return Match(strings.TrimSuffix(pattern, "/**"), dir)
	}
	return false
}

// QuoteBraces escapes braces, which .gitignore does not treat as
// alternatives, so a .gitignore line matches as git reads it.
func QuoteBraces(pattern string) string {
	return strings.NewReplacer("{", `\{`, "}", `\}`).Replace(pattern)
}
