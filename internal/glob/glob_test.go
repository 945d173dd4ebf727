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
		{"/posts/*.md", "posts/a.md", true},
		{"posts/**", "posts", true},
		{"posts/*.md", "posts/sub/a.md", false},
		{"a/**/b.md", "a/b.md", true},
		{"a/**/b.md", "a/x/y/b.md", true},
		{"posts/[ab].md", "posts/c.md", false},
		{"posts/[!c].md", "posts/a.md", true},
		{`posts/\*.md`, "posts/*.md", true},
		{`posts/\*.md`, "posts/a.md", false},
		// Alternatives.
		{"posts/*.{md,txt}", "posts/a.txt", true},
		{"posts/*.{md,txt}", "posts/a.md", true},
		{"posts/*.{md,txt}", "posts/a.csv", false},
		{"posts/*.{md,txt}", "posts/sub/a.md", false},
		{"*.{md,txt}", "x/y/a.txt", true},
		{"{posts,drafts}/**", "drafts/2026/a.md", true},
		{"{posts,drafts}/**", "archive/a.md", false},
		{"campaigns/{ramadan,lebaran}-2026/*.md", "campaigns/lebaran-2026/hari-1.md", true},
		{"posts/{a,b/c}.md", "posts/b/c.md", true},
		{`posts/\{a,b\}.md`, "posts/{a,b}.md", true},
		{`posts/\{a,b\}.md`, "posts/a.md", false},
	}
	for _, tt := range tests {
		if got := Match(tt.pattern, tt.name); got != tt.want {
			t.Errorf("Match(%q, %q) = %v, want %v", tt.pattern, tt.name, got, tt.want)
		}
	}
	if Valid("posts/[a") {
		t.Error("Valid accepted an unclosed class")
	}
	if Valid("posts/*.{md,txt") {
		t.Error("Valid accepted an unclosed brace")
	}
	for _, p := range []string{"posts/**", "*.{md,txt}", "./posts/*.md", "/posts/**/*.csv"} {
		if !Valid(p) {
			t.Errorf("Valid rejected %q", p)
		}
	}
	if got := QuoteBraces("a{b,c}.md"); !Match(got, "a{b,c}.md") || Match(got, "ab.md") {
		t.Errorf("QuoteBraces: %q", got)
	}
	if !MatchDir("posts/archive/**", "posts/archive") || !MatchDir("posts/{archive,old}/**", "posts/old") {
		t.Error("MatchDir should skip the archive folders")
	}
	if MatchDir("posts/archive/*.md", "posts/archive") {
		t.Error("MatchDir skipped a folder that may hold kept files")
	}
}
