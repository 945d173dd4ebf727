package engine

import (
	"reflect"
	"slices"

	"github.com/postlint/postlint/lint"
)

// spanKey is the rule and span two findings must share to be merged: it
// picks the groups a finding may join, cheap to hash, and the rest of the
// finding is compared (sameGroup).
type spanKey struct {
	rule       string
	start, end int
}

// groupChain lists the groups of one spanKey, in the order they were
// made: the first and the last, linked by groupPlatforms' next.
type groupChain struct{ first, last int32 }

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
		// apart. Most posts target one platform, and need no map. Their
		// findings share one list of it, made once: of capacity 1, so
		// that an append to one finding's list copies it.
		var one []string
		for i := range fs {
			if p := fs[i].Platform; p != "" {
				if one == nil {
					one = []string{p}
				}
				fs[i].Platforms = one
			}
		}
		return fs
	}
	byKey := map[spanKey]groupChain{}
	// next[at] is the group after out[at] with its key, -1 for none.
	var nextBuf [64]int32
	next := nextBuf[:0]
	out := fs[:0]
	// A finding fresh from a rule names its platform in Platform alone;
	// its list is read from here, and made only for a finding that starts
	// a group: the list of one that joins a group was garbage at once.
	var one [1]string
	for _, f := range fs {
		plats := f.Platforms
		fresh := len(plats) == 0
		if fresh {
			if f.Platform == "" {
				out = append(out, f)
				next = append(next, -1)
				continue
			}
			one[0] = f.Platform
			plats = one[:]
		}
		k := spanKey{rule: f.Rule, start: f.Start, end: f.End}
		c, seen := byKey[k]
		merged := false
		for at := c.first; seen && at >= 0; at = next[at] {
			g := &out[at]
			// A rule that reports the same thing twice on one platform
			// keeps both reports, as before grouping.
			if sharesAny(g.Platforms, plats) || !sameGroup(g, &f) {
				continue
			}
			g.Platforms = append(g.Platforms, plats...)
			merged = true
			break
		}
		if merged {
			continue
		}
		// The group's own list, never one's array: plats only ever lends
		// its strings, so one stays on the stack.
		if fresh {
			f.Platforms = []string{f.Platform}
		} else {
			f.Platforms = slices.Clone(f.Platforms)
		}
		at := int32(len(out))
		out = append(out, f)
		next = append(next, -1)
		if seen {
			next[c.last] = at
			c.last = at
		} else {
			c = groupChain{first: at, last: at}
		}
		byKey[k] = c
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

// sameGroup reports whether f may join g, whose rule and span it shares:
// whether they are the same but for their platforms. The fields that
// differ most often (the per-platform messages) are compared first,
// before the full comparison.
func sameGroup(g, f *lint.Finding) bool {
	return g.Severity == f.Severity && g.Message == f.Message && g.Suggestion == f.Suggestion &&
		g.Range == f.Range && sameButPlatforms(*g, *f)
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
