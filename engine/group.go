package engine

import (
	"reflect"
	"slices"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// groupKey holds the fields two findings must share to be merged; the
// rest of the finding is compared in full (sameButPlatforms).
type groupKey struct {
	rule       string
	start, end int
	rng        draft.Range
	severity   lint.Severity
	msg, sugg  i18n.Text
	path       string
	post       int
}

// groupPlatforms merges the findings of one post that differ only in
// their platform: a per-platform rule that says the same thing about the
// same span on Facebook, Instagram and X gives one finding listing the
// three, not three copies. Findings whose severity, message, suggestion
// or any other field differs per platform ("Instagram accepts at most 5")
// stay apart, as do platform-independent findings. Every finding with a
// platform leaves with Platforms set (sorted) and Platform its first
// entry. The order of first appearance is kept; the caller sorts.
func groupPlatforms(fs []lint.Finding) []lint.Finding {
	if onePlatform(fs) {
		// Nothing can merge: a rule's two reports on one platform stay
		// apart. Most posts target one platform, and need no map.
		for i := range fs {
			if p := fs[i].Platform; p != "" {
				fs[i].Platforms = []string{p}
			}
		}
		return fs
	}
	byKey := map[groupKey][]int{} // indices in out of the groups with that key
	out := fs[:0]
	for _, f := range fs {
		plats := f.OnPlatforms()
		if len(plats) == 0 {
			out = append(out, f)
			continue
		}
		fresh := len(f.Platforms) == 0 // OnPlatforms made plats
		k := groupKey{rule: f.Rule, start: f.Start, end: f.End, rng: f.Range, severity: f.Severity,
			msg: f.Message, sugg: f.Suggestion, path: f.Path, post: f.Post}
		merged := false
		for _, at := range byKey[k] {
			g := &out[at]
			// A rule that reports the same thing twice on one platform
			// keeps both reports, as before grouping.
			if sharesAny(g.Platforms, plats) || !sameButPlatforms(*g, f) {
				continue
			}
			g.Platforms = append(g.Platforms, plats...)
			merged = true
			break
		}
		if merged {
			continue
		}
		if !fresh {
			plats = slices.Clone(plats)
		}
		f.Platforms = plats
		byKey[k] = append(byKey[k], len(out))
		out = append(out, f)
	}
	for i := range out {
		if len(out[i].Platforms) > 0 {
			slices.Sort(out[i].Platforms)
			out[i].Platform = out[i].Platforms[0]
		}
	}
	return out
}

// onePlatform reports whether the findings name at most one platform, each
// in Platform alone, as findings fresh from the rules do.
func onePlatform(fs []lint.Finding) bool {
	one := ""
	for i := range fs {
		if len(fs[i].Platforms) > 0 {
			return false
		}
		switch p := fs[i].Platform; {
		case p == "" || p == one:
		case one == "":
			one = p
		default:
			return false
		}
	}
	return true
}

// sameButPlatforms compares two findings field by field, leaving out
// their platforms, so that a field added to Finding later keeps findings
// apart when it differs without this code having to know about it.
func sameButPlatforms(a, b lint.Finding) bool {
	a.Platform, a.Platforms = "", nil
	b.Platform, b.Platforms = "", nil
	return reflect.DeepEqual(a, b)
}

func sharesAny(a, b []string) bool {
	for _, x := range b {
		if slices.Contains(a, x) {
			return true
		}
	}
	return false
}
