package glob

import "testing"

func TestMatch(t *testing.T) {
	tests := []struct {
		pattern, name string
		want          bool
	}{
		{"posts/**", "posts/a.md", true},
		{"posts/**", "posts/2026/04/a.md", true},
		{"posts/**", "drafts/a.md", false},
		{"posts/archive/**", "posts/archive/old.md", true},
		{"calendar/*.csv", "calendar/april.csv", true},
		{"calendar/*.csv", "calendar/sub/april.csv", false},
		{"*.csv", "a/b/c.csv", true},
		{"**/*.md", "a.md", true},
		{"**/*.md", "x/y/a.md", true},
		{"campaigns/ramadan/**", "campaigns/ramadan/day1.md", true},
		{"./posts/*.md", "posts/a.md", true},
		{"posts/a?.md", "posts/ab.md", true},
	}
	for _, tt := range tests {
		if got := Match(tt.pattern, tt.name); got != tt.want {
			t.Errorf("Match(%q, %q) = %v, want %v", tt.pattern, tt.name, got, tt.want)
		}
	}
	if Valid("posts/[a") {
		t.Error("Valid accepted an unclosed class")
	}
	if !MatchDir("posts/archive/**", "posts/archive") {
		t.Error("MatchDir should skip the archive folder")
	}
}
