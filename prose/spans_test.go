package prose

import "testing"

func TestSpanRelations(t *testing.T) {
	s := Span{Start: 2, End: 5}
	for _, tt := range []struct {
		name string
		got  bool
		want bool
	}{
		{"covers start", s.Covers(2), true},
		{"covers last byte", s.Covers(4), true},
		{"end is outside", s.Covers(5), false},
		{"before", s.Covers(1), false},
		{"overlaps inside", s.Overlaps(Span{3, 4}), true},
		{"overlaps across start", s.Overlaps(Span{0, 3}), true},
		{"touching is no overlap", s.Overlaps(Span{5, 8}), false},
		{"touching before is no overlap", s.Overlaps(Span{0, 2}), false},
		{"in itself", s.In(s), true},
		{"in a larger span", s.In(Span{0, 9}), true},
		{"not in a shorter span", s.In(Span{2, 4}), false},
	} {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

func TestSpansQueries(t *testing.T) {
	ss := Spans{{0, 2}, {4, 7}, {10, 11}}
	naiveCovering := func(off int) int {
		for i, s := range ss {
			if s.Covers(off) {
				return i
			}
		}
		return -1
	}
	for off := -1; off <= 12; off++ {
		if got, want := ss.Covering(off), naiveCovering(off); got != want {
			t.Errorf("Covering(%d) = %d, want %d", off, got, want)
		}
	}
	for start := -1; start <= 12; start++ {
		for end := start; end <= 13; end++ {
			overlap, hold := false, false
			for _, s := range ss {
				if s.Overlaps(Span{start, end}) {
					overlap = true
				}
				if (Span{start, end}).In(s) {
					hold = true
				}
			}
			if got := ss.Overlapping(start, end); got != overlap {
				t.Errorf("Overlapping(%d, %d) = %v, want %v", start, end, got, overlap)
			}
			if got := ss.Holding(start, end); got != hold {
				t.Errorf("Holding(%d, %d) = %v, want %v", start, end, got, hold)
			}
		}
	}
	var empty Spans
	if empty.Covering(0) != -1 || empty.Overlapping(0, 1) || empty.Holding(0, 0) {
		t.Error("an empty set holds nothing")
	}
}
