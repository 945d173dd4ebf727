package engine

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/lint"
)

func ruleIDs(rs []lint.PostResult) []string {
	var ids []string
	for _, r := range rs {
		for _, f := range r.Findings {
			ids = append(ids, f.Rule+"@"+f.Platform)
		}
	}
	return ids
}

func run(t *testing.T, opts Options, paths ...string) []lint.PostResult {
	t.Helper()
	e, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	var sink collectSink
	if _, err := e.Run(paths, &sink); err != nil {
		t.Fatal(err)
	}
	return sink.results
}

func TestPlatformsMediaAndSwitches(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.md", []byte("---\nplatform: instagram\nmedia: image\n---\nPasar murah hari ini, yuk datang! #a #b #c #d #e #f\n"))
	got := strings.Join(ruleIDs(run(t, Options{}, p)), " ")
	if got != "alt-text-missing@ hashtag-count@instagram" {
		t.Errorf("post's own platform: %s", got)
	}
	got = strings.Join(ruleIDs(run(t, Options{Platforms: []string{"x"}}, p)), " ")
	if got != "alt-text-missing@ hashtag-count@x" {
		t.Errorf("--platform x overrides: %s", got)
	}
	got = strings.Join(ruleIDs(run(t, Options{Media: "text"}, p)), " ")
	if got != "hashtag-count@instagram" {
		t.Errorf("--media text: %s", got)
	}
	got = strings.Join(ruleIDs(run(t, Options{Disable: []string{"hashtag-count"}}, p)), " ")
	if got != "alt-text-missing@" {
		t.Errorf("--disable: %s", got)
	}
}

func TestConfigSeverityOptionsAndOverrides(t *testing.T) {
	dir := t.TempDir()
	cfgPath := write(t, dir, ".postlint.toml", []byte(`platforms = ["instagram"]
[rules.hashtag-count]
severity = "info"
instagram_none = false

[rules.alt-text-missing]
severity = "off"

[[overrides]]
files = ["campaign/**"]
rules = { hashtag-count = { severity = "off" }, alt-text-missing = { severity = "error" } }
`))
	cfg, err := config.LoadFile(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	write(t, dir, "posts/a.md", []byte("---\nmedia: image\n---\nPasar murah, yuk datang! #a #b #c #d #e #f\n"))
	write(t, dir, "posts/none.md", []byte("Tanpa tagar sama sekali. Yuk datang!\n"))
	write(t, dir, "campaign/b.md", []byte("---\nmedia: image\n---\nPasar murah, yuk datang! #a #b #c #d #e #f\n"))
	results := run(t, Options{Config: cfg}, filepath.Join(dir, "posts"), filepath.Join(dir, "campaign"))
	var lines []string
	for _, r := range results {
		for _, f := range r.Findings {
			lines = append(lines, filepath.Base(r.Path)+" "+f.Rule+" "+f.Severity.String())
		}
	}
	want := "b.md alt-text-missing error|a.md hashtag-count info"
	if strings.Join(lines, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(lines, "|"), want)
	}
}

func TestFrontMatterDisableAndPostOptions(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.md", []byte("---\nplatform: instagram\nmedia: image\npostlint:\n  disable: [alt-text-missing]\n  hashtag-count: {severity: info}\n---\nPasar murah, yuk datang! #a #b #c #d #e #f\n"))
	rs := run(t, Options{}, p)
	if len(rs) != 1 || len(rs[0].Findings) != 1 || rs[0].Findings[0].Rule != "hashtag-count" || rs[0].Findings[0].Severity.String() != "info" {
		t.Errorf("findings = %+v", rs[0].Findings)
	}
	bad := write(t, dir, "b.md", []byte("---\npostlint:\n  caption-length: {warn_ovr: 3}\n---\nIsi.\n"))
	rs = run(t, Options{}, bad)
	if len(rs[0].Findings) == 0 || rs[0].Findings[0].Rule != "front-matter" || !strings.Contains(rs[0].Findings[0].Message.EN, `unknown option "warn_ovr"`) {
		t.Errorf("bad per-post option: %+v", rs[0].Findings)
	}
}

func TestNewRejectsBadOptions(t *testing.T) {
	for _, opts := range []Options{
		{Platforms: []string{"myspace"}},
		{Media: "fotto"},
		{Lang: "jv"},
		{Enable: []string{"no-such-rule"}},
	} {
		if _, err := New(opts); err == nil {
			t.Errorf("New(%+v) accepted", opts)
		}
	}
	cfg, err := config.Parse("c.toml", "[words.id]\nno-such-list = [\"x\"]\n")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(Options{Config: cfg}); err == nil || !strings.Contains(err.Error(), `c.toml:2: [words.id]: unknown word list "no-such-list"`) {
		t.Errorf("unknown word list: %v", err)
	}
}

func TestShiftSeverity(t *testing.T) {
	tests := []struct {
		got, def, configured, want lint.Severity
	}{
		{lint.Warning, lint.Warning, lint.Info, lint.Info},
		{lint.Error, lint.Warning, lint.Info, lint.Info},     // capped: the team said info
		{lint.Info, lint.Warning, lint.Info, lint.Info},      // never below info
		{lint.Warning, lint.Error, lint.Error, lint.Warning}, // a quoted chain message stays downgraded
		{lint.Error, lint.Error, lint.Warning, lint.Warning}, // default becomes the configured level
		{lint.Info, lint.Info, lint.Error, lint.Error},
		{lint.Warning, lint.Info, lint.Error, lint.Error},   // graded above the default: capped at the configured level
		{lint.Info, lint.Warning, lint.Error, lint.Warning}, // a note stays a level below
	}
	for _, tt := range tests {
		if got := shiftSeverity(tt.got, tt.def, tt.configured); got != tt.want {
			t.Errorf("shiftSeverity(%s, default %s, configured %s) = %s, want %s", tt.got, tt.def, tt.configured, got, tt.want)
		}
	}
}
