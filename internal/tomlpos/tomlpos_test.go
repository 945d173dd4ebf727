package tomlpos

import "testing"

func TestLine(t *testing.T) {
	src := `platforms = ["x"] # comment
lang = "auto"

[platform.x]
premium = true

[rules.caption-length]
severity = "warning"
"warn_over" = 300

[[custom]]
id = "a"
[[custom]]
id = "b"
pattern = '\bSetneg # not a comment\b'

[[overrides]]
files = ["a/**"]
rules = { hook-weak-opener = { severity = "off" } }
`
	idx := New(src, 1)
	tests := []struct {
		key  []string
		want int
	}{
		{[]string{"platforms"}, 1},
		{[]string{"lang"}, 2},
		{[]string{"platform", "x", "premium"}, 5},
		{[]string{"rules", "caption-length"}, 7},
		{[]string{"rules", "caption-length", "warn_over"}, 9},
		{[]string{"rules", "caption-length", "nope"}, 7},
		{[]string{"custom", "1", "pattern"}, 15},
		{[]string{"custom", "0", "id"}, 12},
		{[]string{"overrides", "0", "rules", "hook-weak-opener", "severity"}, 19},
		{[]string{"unknown"}, 0},
	}
	for _, tt := range tests {
		if got := idx.Line(tt.key...); got != tt.want {
			t.Errorf("Line(%v) = %d, want %d", tt.key, got, tt.want)
		}
	}
	if got := New("a = 1\n", 2).Line("a"); got != 2 {
		t.Errorf("offset line = %d, want 2", got)
	}
}
