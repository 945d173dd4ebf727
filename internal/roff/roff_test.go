package roff

import "testing"

func TestEscape(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain text", "plain text"},
		{"--fail-on", `\-\-fail\-on`},
		{`C:\path`, `C:\epath`},
		{".postlint.toml", `\&.postlint.toml`},
		{"'quoted'", `\&'quoted'`},
		{"a .dot inside", "a .dot inside"},
		{"", ""},
	} {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInline(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"--fail-on", `\-\-fail\-on`},
		{`C:\path`, `C:\epath`},
		{".postlint.toml", ".postlint.toml"},
		{"'quoted'", "'quoted'"},
		{"", ""},
	} {
		if got := Inline(tt.in); got != tt.want {
			t.Errorf("Inline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLines(t *testing.T) {
	in := "first line\n.second starts with a dot\n'third with a quote\n--flag"
	want := "first line\n\\&.second starts with a dot\n\\&'third with a quote\n\\-\\-flag"
	if got := Lines(in); got != want {
		t.Errorf("Lines(%q) = %q, want %q", in, got, want)
	}
}
