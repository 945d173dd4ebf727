// Package glob matches slash-separated paths against patterns with `*`
// (within one path element), `?`, `[...]` classes and `**` (any number of
// elements), the syntax of .gitignore-style include and exclude lists.
package glob

import (
	"path"
	"strings"
)

// Match reports whether name matches pattern. Both use forward slashes. A
// pattern without a slash matches the base name at any depth, as in
// .gitignore ("*.csv" matches "a/b/c.csv").
func Match(pattern, name string) bool {
	pattern = strings.TrimPrefix(pattern, "./")
	name = strings.TrimPrefix(name, "./")
	if !strings.Contains(pattern, "/") {
		return matchParts([]string{pattern}, []string{path.Base(name)})
	}
	pattern = strings.TrimPrefix(pattern, "/")
	return matchParts(strings.Split(pattern, "/"), strings.Split(name, "/"))
}

// Valid reports whether pattern is well formed.
func Valid(pattern string) bool {
	for _, p := range strings.Split(pattern, "/") {
		if p == "**" {
			continue
		}
		if _, err := path.Match(p, ""); err != nil {
			return false
		}
	}
	return true
}

func matchParts(pat, name []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			rest := pat[1:]
			if len(rest) == 0 {
				return true
			}
			for i := 0; i <= len(name); i++ {
				if matchParts(rest, name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], name[0]); !ok {
			return false
		}
		pat, name = pat[1:], name[1:]
	}
	return len(name) == 0
}

// MatchDir reports whether a directory pattern such as "posts/archive/**"
// excludes everything below dir, so a walk can skip it.
func MatchDir(pattern, dir string) bool {
	if strings.HasSuffix(pattern, "/**") {
		return Match(strings.TrimSuffix(pattern, "/**"), dir)
	}
	return false
}
