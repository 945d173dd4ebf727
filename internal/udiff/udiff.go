// Package udiff writes unified diffs of two versions of a text file, the
// way `git diff` shows them: "--- a/path", "+++ b/path", hunks with three
// lines of context. Lines are compared whole, line ends included, so a
// changed line end shows as a changed line. The line matching is Myers'
// O(ND) algorithm in linear space, so large files with few changes diff
// quickly.
package udiff

import (
	"fmt"
	"strings"
)

// Context is the number of unchanged lines shown around each change.
const Context = 3

// Unified returns the diff that turns old into new, with the file named
// oldName and newName in the header ("a/posts/x.md", "b/posts/x.md"), or
// "" when they are equal.
func Unified(oldName, newName string, old, new []byte) string {
	if string(old) == string(new) {
		return ""
	}
	a, b := splitLines(string(old)), splitLines(string(new))
	ids := map[string]int{}
	intern := func(lines []string) []int {
		out := make([]int, len(lines))
		for i, l := range lines {
			id, ok := ids[l]
			if !ok {
				id = len(ids)
				ids[l] = id
			}
			out[i] = id
		}
		return out
	}
	d := &differ{a: intern(a), b: intern(b)}
	d.compare(0, len(a), 0, len(b))

	var out strings.Builder
	fmt.Fprintf(&out, "--- %s\n+++ %s\n", oldName, newName)
	for _, h := range hunks(changes(d.matches, len(a), len(b)), len(a)) {
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", hunkRange(h.aLo, h.aHi), hunkRange(h.bLo, h.bHi))
		i, j := h.aLo, h.bLo
		for _, c := range h.changes {
			for ; i < c.aLo; i, j = i+1, j+1 {
				writeLine(&out, ' ', a[i])
			}
			for ; i < c.aHi; i++ {
				writeLine(&out, '-', a[i])
			}
			for ; j < c.bHi; j++ {
				writeLine(&out, '+', b[j])
			}
		}
		for ; i < h.aHi; i++ {
			writeLine(&out, ' ', a[i])
		}
	}
	return out.String()
}

// splitLines cuts s after each "\n", keeping the line ends.
func splitLines(s string) []string {
	var lines []string
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			lines = append(lines, s)
			break
		}
		lines = append(lines, s[:i+1])
		s = s[i+1:]
	}
	return lines
}

func writeLine(b *strings.Builder, mark byte, line string) {
	b.WriteByte(mark)
	b.WriteString(line)
	if !strings.HasSuffix(line, "\n") {
		b.WriteString("\n\\ No newline at end of file\n")
	}
}

// hunkRange writes a hunk's line range as diff does: "3,4", "3" for one
// line, and for no lines the number of the line before them, ",0".
func hunkRange(lo, hi int) string {
	switch hi - lo {
	case 0:
		return fmt.Sprintf("%d,0", lo)
	case 1:
		return fmt.Sprintf("%d", lo+1)
	}
	return fmt.Sprintf("%d,%d", lo+1, hi-lo)
}

// change replaces lines [aLo, aHi) of the old text by [bLo, bHi) of the
// new.
type change struct{ aLo, aHi, bLo, bHi int }

// changes turns the matched line pairs into the changes between them.
func changes(matches [][2]int, n, m int) []change {
	var out []change
	i, j := 0, 0
	for _, mt := range append(matches, [2]int{n, m}) {
		if mt[0] > i || mt[1] > j {
			out = append(out, change{i, mt[0], j, mt[1]})
		}
		i, j = mt[0]+1, mt[1]+1
	}
	return out
}

type hunk struct {
	aLo, aHi, bLo, bHi int
	changes            []change
}

// hunks groups changes at most 2×Context lines apart, each with Context
// lines around it; n is the length of the old text.
func hunks(cs []change, n int) []hunk {
	var out []hunk
	for _, c := range cs {
		if n := len(out); n > 0 && c.aLo-out[n-1].changes[len(out[n-1].changes)-1].aHi <= 2*Context {
			out[n-1].changes = append(out[n-1].changes, c)
			continue
		}
		out = append(out, hunk{changes: []change{c}})
	}
	for i := range out {
		h := &out[i]
		first, last := h.changes[0], h.changes[len(h.changes)-1]
		before := min(Context, first.aLo)
		h.aLo, h.bLo = first.aLo-before, first.bLo-before
		// The lines after the last change are the same in both texts.
		after := min(Context, n-last.aHi)
		h.aHi, h.bHi = last.aHi+after, last.bHi+after
	}
	return out
}
