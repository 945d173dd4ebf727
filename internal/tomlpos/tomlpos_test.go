package tomlpos

import (
	"strings"
	"testing"
)

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

// TestLineFindsEveryKindOfKey covers the keys config errors point at:
// dotted keys (and the tables they define), quoted keys, keys inside inline
// tables, entries of arrays of tables named as the decoder names them
// (without an index), and text in strings that only looks like a key.
func TestLineFindsEveryKindOfKey(t *testing.T) {
	src := `rules.acronym.severity = "bad"
platform.x.premium = "yes"
"words"."id".cta = ["a = b", "[not.a.table]"]
note = """
fake = 1
[fake.table]
"""
literal = '''
other = 2
'''
list = [
  "x = 1", # comment = 3
  { inner = 1 },
]

[[custom]]
id = "a"
[[custom]]
id = "b"
bogus = 1

[[overrides]]
files = ["a/**"]
rules = { hook-fold = { severity = "bad" }, acronym = { severity = "off", bogus = 2 } }

[[overrides]]
files = ["b/**"]
rules = {
  caption-length = { warn_over = 1 },
}
[overrides.rules.wall-of-text]
severity = "info"
"quoted.key" = 1

[table]
inline = [{ a = 1 }, { b = 2 },
  { c = 3 }]
`
	idx := New(src, 1)
	tests := []struct {
		key  []string
		want int
	}{
		{[]string{"rules", "acronym", "severity"}, 1},
		{[]string{"rules", "acronym"}, 1},
		{[]string{"rules"}, 1},
		{[]string{"platform", "x"}, 2},
		{[]string{"platform", "x", "premium"}, 2},
		{[]string{"words", "id", "cta"}, 3},
		{[]string{"note"}, 4},
		{[]string{"fake"}, 0},
		{[]string{"literal"}, 8},
		{[]string{"other"}, 0},
		{[]string{"list"}, 11},
		{[]string{"list", "1", "inner"}, 13},
		{[]string{"list", "inner"}, 13},
		{[]string{"custom"}, 16},
		{[]string{"custom", "1"}, 18},
		{[]string{"custom", "bogus"}, 20},
		{[]string{"custom", "id"}, 17},
		{[]string{"custom", "nothing"}, 16},
		{[]string{"overrides", "0", "rules", "hook-fold", "severity"}, 24},
		{[]string{"overrides", "rules", "acronym", "bogus"}, 24},
		{[]string{"overrides", "1", "rules", "caption-length", "warn_over"}, 29},
		{[]string{"overrides", "rules", "caption-length", "warn_over"}, 29},
		{[]string{"overrides", "1", "rules", "wall-of-text", "severity"}, 32},
		{[]string{"overrides", "rules", "wall-of-text"}, 31},
		{[]string{"overrides", "1", "rules", "wall-of-text", "quoted.key"}, 33},
		{[]string{"table", "inline", "2", "c"}, 37},
		{[]string{"table", "inline", "b"}, 36},
	}
	for _, tt := range tests {
		if got := idx.Line(tt.key...); got != tt.want {
			t.Errorf("Line(%q) = %d, want %d", tt.key, got, tt.want)
		}
	}
}

func TestSplitKey(t *testing.T) {
	for in, want := range map[string]string{
		"custom.min":                 "custom|min",
		`rules."hook-fold".severity`: "rules|hook-fold|severity",
		`words."a.b".'c d'`:          "words|a.b|c d",
		"":                           "",
	} {
		if got := strings.Join(SplitKey(in), "|"); got != want {
			t.Errorf("SplitKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzNew checks that the scanner ends and never panics, whatever the
// input.
func FuzzNew(f *testing.F) {
	for _, s := range []string{"a = 1", "[[a]]\nb = {c = [1, {d = 2}]}", "x = \"\"\"\n", "[a.\"b", "{ = ,", "a = [{", "'''", "a.b.c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		idx := New(src, 1)
		idx.Line("a", "b", "c")
		SplitKey(src)
	})
}

func TestHas(t *testing.T) {
	idx := New("[[custom]]\nid = \"a\"\n[[custom]]\nid = \"b\"\nmin = 1\n[platform.x]\n", 1)
	for _, tt := range []struct {
		key  []string
		want bool
	}{
		{[]string{"custom", "min"}, true},
		{[]string{"custom", "1", "min"}, true},
		{[]string{"custom", "0", "min"}, false},
		{[]string{"platform", "x"}, true},
		{[]string{"platform", "x", "limit"}, false},
		{nil, false},
	} {
		if got := idx.Has(tt.key...); got != tt.want {
			t.Errorf("Has(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}
