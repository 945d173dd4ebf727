package prose

import "sort"

// Covers reports whether the byte at offset off lies in the span.
func (s Span) Covers(off int) bool { return s.Start <= off && off < s.End }

// Overlaps reports whether the two spans share a byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// In reports whether the span lies within o.
func (s Span) In(o Span) bool { return o.Start <= s.Start && s.End <= o.End }

// Spans is a set of spans sorted by start that do not overlap, such as the
// merged entity spans or the quoted spans of a post: its queries are binary
// searches, so a rule that asks once per word stays linear in the post.
type Spans []Span

// Covering returns the index of the span that covers offset off, or -1.
func (ss Spans) Covering(off int) int {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
	if i < len(ss) && ss[i].Start <= off {
		return i
	}
	return -1
}

// Overlapping reports whether some span overlaps [start, end).
func (ss Spans) Overlapping(start, end int) bool {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > start })
	return i < len(ss) && ss[i].Start < end
}

// Holding reports whether one span holds all of [start, end): only the
// last span that starts at or before start can.
func (ss Spans) Holding(start, end int) bool {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Start > start }) - 1
	return i >= 0 && end <= ss[i].End
}
