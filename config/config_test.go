package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/postlint/postlint/lint"
)

func TestDefaults(t *testing.T) {
	c, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	if c.Path != "" || c.Lang != "auto" || c.FailOn != "error" || strings.Join(c.Platforms, ",") != "facebook,instagram" {
		t.Errorf("defaults = %+v", c)
	}
	if c.Specs["x"].Limit != 280 || c.Specs["instagram"].HashtagCap != 5 {
		t.Errorf("platform defaults = %+v", c.Specs)
	}
	if err := c.CheckUnknownKeys(); err != nil {
		t.Error(err)
	}
}

func TestParseSettings(t *testing.T) {
	c, err := Parse("p.toml", `platforms = ["twitter", "IG"]
lang = "id"
locale = "id"
fail_on = "warning"
include = ["posts/**"]

[platform.x]
premium = true

[rules.caption-length]
severity = "info"
warn_over = 400

[words.id]
cta = ["pesan lewat WhatsApp"]

[[custom]]
id = "brand-name"
message = "Tulis Kemensetneg"
pattern = '\bSetneg\b'

[[overrides]]
files = ["campaigns/**"]
rules = { hook-weak-opener = { severity = "off" } }

[calendar]
caption = ["naskah"]
`)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(c.Platforms, ",") != "x,instagram" || c.Lang != "id" || c.Locale != "id" || c.FailOn != "warning" {
		t.Errorf("top level = %+v", c)
	}
	if !c.Specs["x"].Premium || c.Specs["x"].LimitFor("text") != 25000 {
		t.Errorf("x spec = %+v", c.Specs["x"])
	}
	if rs := c.Rules["caption-length"]; rs.Severity != lint.Info || !rs.SetsSeverity || rs.Line != 10 {
		t.Errorf("rule settings = %+v", rs)
	}
	var opts struct {
		WarnOver int `toml:"warn_over"`
	}
	if err := c.DecodeRule(c.Rules["caption-length"], &opts, []string{"warn_over"}); err != nil || opts.WarnOver != 400 {
		t.Errorf("DecodeRule = %v, %+v", err, opts)
	}
	if got := c.Words["id"]["cta"]; len(got) != 1 {
		t.Errorf("words = %+v", c.Words)
	}
	if len(c.Custom) != 1 || c.Custom[0].Line != 17 || c.Custom[0].Pattern != `\bSetneg\b` {
		t.Errorf("custom = %+v", c.Custom)
	}
	if len(c.Overrides) != 1 || c.Overrides[0].Rules["hook-weak-opener"].Severity != lint.Off || !c.Overrides[0].Rules["hook-weak-opener"].SetsSeverity {
		t.Errorf("overrides = %+v", c.Overrides)
	}
	if strings.Join(c.Calendar.Caption, ",") != "naskah" || len(c.Calendar.Platform) == 0 {
		t.Errorf("calendar = %+v", c.Calendar)
	}
	if err := c.CheckUnknownKeys(); err != nil {
		t.Error(err)
	}
}

func TestParseErrorsNameFileAndLine(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"syntax", "lang = \"id\"\nplatforms = [\n", "bad.toml:2"},
		{"bad lang", "\nlang = \"jawa\"", "bad.toml:2: lang must be id, en or auto"},
		{"bad locale", "locale = \"fr\"", "bad.toml:1: locale"},
		{"bad fail_on", "fail_on = \"sometimes\"", "bad.toml:1: fail_on"},
		{"unknown platform", "platforms = [\"myspace\"]", "bad.toml:1: platforms: unknown platform \"myspace\""},
		{"unknown platform table", "[platform.friendster]\nlimit = 10", "bad.toml:1: [platform.friendster]"},
		{"bad platform value", "[platform.x]\nlimit = -1", "limit must be positive"},
		{"bad unit", "[platform.x]\nunit = \"words\"", "unknown unit \"words\""},
		{"wrong type", "[platform.x]\nlimit = \"banyak\"", "bad.toml:2"}, // the value's line, not the table's
		{"bad severity", "[rules.hook-fold]\nseverity = \"loud\"", "bad.toml:2: severity of hook-fold must be"},
		{"words language", "[words.jv]\ncta = [\"x\"]", "bad.toml:1: [words.jv]"},
		{"words file missing", "[words.id]\nblocklist_file = \"nope.txt\"", "bad.toml:2: words.id.blocklist_file"},
		{"override without files", "[[overrides]]\nrules = {}", "bad.toml:1: [[overrides]] needs files"},
		{"bad glob", "exclude = [\"posts/[a\"]", "bad glob"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("bad.toml", tt.src)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestUnknownKeys(t *testing.T) {
	c, err := Parse("u.toml", "lang = \"id\"\nlnag = \"en\"\n")
	if err != nil {
		t.Fatal(err)
	}
	err = c.CheckUnknownKeys()
	if err == nil || err.Error() != `u.toml:2: unknown key "lnag"; did you mean "lang"?` {
		t.Errorf("err = %v", err)
	}
	c, err = Parse("u.toml", "[rules.caption-length]\nwarn_ovr = 3\n")
	if err != nil {
		t.Fatal(err)
	}
	var opts struct {
		WarnOver int `toml:"warn_over"`
	}
	err = c.DecodeRule(c.Rules["caption-length"], &opts, []string{"warn_over", "info_over"})
	if err == nil || err.Error() != `u.toml:2: unknown option "warn_ovr" for rule caption-length; did you mean "warn_over"?` {
		t.Errorf("err = %v", err)
	}
}

func TestFindWalksUpToTheRepositoryRoot(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "posts", "2026")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(root, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if p, err := Find(sub); err != nil || p != "" {
		t.Errorf("no config: %q, %v", p, err)
	}
	cfg := filepath.Join(root, FileName)
	if err := os.WriteFile(cfg, []byte("lang = \"id\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if p, err := Find(sub); err != nil || p != cfg {
		t.Errorf("Find = %q, %v; want %q", p, err, cfg)
	}
}

// TestEveryConfigErrorHasALine covers the places a key can hide: dotted
// keys, quoted keys, inline tables, entries of [[custom]] and
// [[overrides]] (the decoder names their keys without the entry's index),
// and values of the wrong type where a table belongs, which the decoder
// would otherwise drop without a word.
func TestEveryConfigErrorHasALine(t *testing.T) {
	twoCustom := "[[custom]]\nid = \"a\"\nmessage = \"m\"\npattern = \"a\"\n\n[[custom]]\nid = \"b\"\nmessage = \"m\"\npattern = \"b\"\n"
	tests := []struct {
		name, src, want string
	}{
		{"dotted rule severity", "lang = \"id\"\nrules.acronym.severity = \"bad\"\n",
			`bad.toml:2: severity of acronym must be error, warning, info or off, not "bad"`},
		{"dotted platform option", "lang = \"id\"\nplatform.x.premium = \"yes\"\n",
			"bad.toml:2: [platform.x]: incompatible types: TOML value has type string; destination has type boolean"},
		{"quoted dotted platform", "\n\"platform\".'x'.limit = -1\n", "bad.toml:2: [platform.x]: limit must be positive"},
		{"platform in an inline table", "\nplatform = { x = { premium = \"yes\" } }\n", "bad.toml:2: [platform.x]: incompatible types"},
		{"type in the second custom entry", twoCustom + "min = \"x\"\n",
			`bad.toml:10: custom.min: incompatible types: TOML value has type string; destination has type integer`},
		{"platform is not a table", "lang = \"id\"\nplatform = \"x\"\n",
			`bad.toml:2: platform must be a table ([platform.<name>]), not a string; did you mean "platforms"?`},
		{"platform is a list", "platform = [\"x\"]\n", `bad.toml:1: platform must be a table ([platform.<name>]), not an array; did you mean "platforms"?`},
		{"rules is not a table", "\nrules = 1\n", "bad.toml:2: rules must be a table ([rules.<name>]), not an integer"},
		{"words is not a table", "\n\nwords = \"x\"\n", "bad.toml:3: words must be a table ([words.<name>]), not a string"},
		{"words without a language", "[words]\ncta = [\"x\"]\n", `bad.toml:2: words.cta must be a table of word lists, such as [words.id] cta = ["…"], not an array`},
		{"words language is not a table", "words.id = \"x\"\n", `bad.toml:1: words.id must be a table of word lists, such as [words.id] cta = ["…"], not a string`},
		{"override rules is not a table", "[[overrides]]\nfiles = [\"a\"]\n\n[[overrides]]\nfiles = [\"b\"]\nrules = \"x\"\n",
			"bad.toml:6: [[overrides]] rules must be a table, such as rules = { hook-fold = { severity = \"off\" } }, not a string"},
		{"severity in an inline override", "[[overrides]]\nfiles = [\"a\"]\nrules = { hook-fold = { severity = \"bad\" } }\n",
			`bad.toml:3: severity of hook-fold must be error, warning, info or off, not "bad"`},
		{"override rule in a table", "[[overrides]]\nfiles = [\"a\"]\n[overrides.rules.hook-fold]\nseverity = \"bad\"\n",
			`bad.toml:4: severity of hook-fold must be error, warning, info or off, not "bad"`},
		{"bad glob in the second override", "[[overrides]]\nfiles = [\"a\"]\n[[overrides]]\nfiles = [\"b[\"]\n", `bad.toml:4: bad glob "b[" in [[overrides]]`},
		{"override platform", "[[overrides]]\nfiles = [\"a\"]\n\nplatforms = [\"myspace\"]\n", `bad.toml:4: [[overrides]] platforms: unknown platform "myspace"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("bad.toml", tt.src)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("err = %v\nwant %s", err, tt.want)
			}
		})
	}
}

// TestUnknownKeysInEntries checks keys no part of postlint reads, inside
// arrays of tables and inline tables: each names its line and the closest
// known key.
func TestUnknownKeysInEntries(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"custom", "[[custom]]\nid = \"a\"\nmessage = \"m\"\npattern = \"a\"\n[[custom]]\nid = \"b\"\nmessage = \"m\"\npatern = \"b\"\n",
			`u.toml:8: unknown key "patern" in [[custom]]; did you mean "pattern"?`},
		{"override", "[[overrides]]\nfiles = [\"a\"]\nplatfrms = [\"x\"]\n", `u.toml:3: unknown key "platfrms" in [[overrides]]; did you mean "platforms"?`},
		{"inline override entry", "overrides = [\n  { files = [\"a\"] },\n  { files = [\"b\"], fils = 1 },\n]\n", `u.toml:3: unknown key "fils" in [[overrides]]; did you mean "files"?`},
		{"calendar", "[calendar]\ncaption = [\"naskah\"]\ncaptoin = [\"x\"]\n", `u.toml:3: unknown key "captoin" in [calendar]; did you mean "caption"?`},
		{"platform", "[platform.x]\npremium = true\nlimt = 3\n", `u.toml:3: unknown key "limt" in [platform.x]; did you mean "limit"?`},
		{"dotted top level", "platform.x.premium = true\nlnag.x = 1\n", `u.toml:2: unknown key "lnag.x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse("u.toml", tt.src)
			if err != nil {
				t.Fatal(err)
			}
			err = c.CheckUnknownKeys()
			if err == nil || err.Error() != tt.want {
				t.Errorf("err = %v\nwant %s", err, tt.want)
			}
		})
	}
}

// TestUnknownOptionInOverride checks a misspelt rule option inside an
// inline [[overrides]] table: DecodeRule reports it with its line (the
// decoder names it without the entry's index).
func TestUnknownOptionInOverride(t *testing.T) {
	src := "[[overrides]]\nfiles = [\"a\"]\nrules = { caption-length = { severity = \"off\" } }\n\n" +
		"[[overrides]]\nfiles = [\"b\"]\nrules = { caption-length = { warn_ovr = 3 } }\n"
	c, err := Parse("u.toml", src)
	if err != nil {
		t.Fatal(err)
	}
	var opts struct {
		WarnOver int `toml:"warn_over"`
	}
	if err := c.DecodeRule(c.Overrides[0].Rules["caption-length"], &opts, []string{"warn_over"}); err != nil {
		t.Errorf("first override: %v", err)
	}
	err = c.DecodeRule(c.Overrides[1].Rules["caption-length"], &opts, []string{"warn_over"})
	if err == nil || err.Error() != `u.toml:7: unknown option "warn_ovr" for rule caption-length; did you mean "warn_over"?` {
		t.Errorf("err = %v", err)
	}
	if got := c.Overrides[1].Rules["caption-length"].Table(); got != "[[overrides]] rules.caption-length" {
		t.Errorf("Table() = %q", got)
	}
}

// TestFindStopsAtTheRepositoryOrHome checks where the walk up ends: at the
// repository root (a .git folder or file), else at the home folder; a
// folder outside both is the only one searched. A config above the home
// folder is read only when it is inside the repository.
func TestFindStopsAtTheRepositoryOrHome(t *testing.T) {
	top := t.TempDir()
	mk := func(parts ...string) string {
		p := filepath.Join(append([]string{top}, parts...)...)
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write := func(dir string) string {
		p := filepath.Join(dir, FileName)
		if err := os.WriteFile(p, []byte("lang = \"id\"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	above := write(top)
	home := mk("home")
	posts := mk("home", "posts", "2026")
	t.Setenv("HOME", home)
	find := func(dir string) string {
		t.Helper()
		p, err := Find(dir)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	if p := find(posts); p != "" {
		t.Errorf("read %s, above the home folder", p)
	}
	homeCfg := write(home)
	if p := find(posts); p != homeCfg {
		t.Errorf("Find = %q, want the home folder's %q", p, homeCfg)
	}

	// Outside the home folder and any repository: this folder only.
	other := mk("srv", "posts")
	if p := find(other); p != "" {
		t.Errorf("read %s from outside home and repository", p)
	}
	otherCfg := write(other)
	if p := find(other); p != otherCfg {
		t.Errorf("Find = %q, want %q", p, otherCfg)
	}

	// A repository that holds the home folder: up to its root.
	repo := mk("repo")
	mk("repo", ".git")
	repoCfg := write(repo)
	t.Setenv("HOME", mk("repo", "home"))
	if p := find(mk("repo", "home", "posts")); p != repoCfg {
		t.Errorf("Find = %q, want the repository's %q", p, repoCfg)
	}

	// A worktree or submodule has a .git file: its root ends the walk.
	t.Setenv("HOME", top)
	wt := mk("wt", "posts")
	if err := os.WriteFile(filepath.Join(top, "wt", ".git"), []byte("gitdir: ../repo/.git\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if p := find(wt); p != "" {
		t.Errorf("read %s, above the worktree's root", p)
	}
	_ = above
}

func TestFindRefusesASpecialFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(os.DevNull, filepath.Join(dir, FileName)); err != nil {
		t.Skip(err)
	}
	if _, err := Find(dir); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("err = %v", err)
	}
}

// TestRuleSeverity: config reads a table's severity itself, "warn" as
// warning, and tells a table that sets none from one that sets "off".
func TestRuleSeverity(t *testing.T) {
	c, err := Parse("p.toml", `[rules.hook-fold]
severity = "warn"

[rules.caption-length]
warn_over = 400

[rules.acronym]
severity = "off"
`)
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]struct {
		sev  lint.Severity
		sets bool
	}{"hook-fold": {lint.Warning, true}, "caption-length": {lint.Off, false}, "acronym": {lint.Off, true}} {
		if rs := c.Rules[id]; rs.Severity != want.sev || rs.SetsSeverity != want.sets {
			t.Errorf("%s: severity %v (set %v), want %v (set %v)", id, rs.Severity, rs.SetsSeverity, want.sev, want.sets)
		}
	}
}

// TestPlatformIdentityIsNotConfigurable: a [platform.<name>] table sets
// limits; the platform's name, title and aliases are the table's own.
func TestPlatformIdentityIsNotConfigurable(t *testing.T) {
	c, err := Parse("p.toml", "[platform.linkedin]\nfold = 200\ntitle = \"Linked In\"\naliases = [\"li\"]\n")
	if err != nil {
		t.Fatal(err)
	}
	if s := c.Specs["linkedin"]; s.Fold != 200 || s.Title != "LinkedIn" || strings.Join(s.Aliases, ",") != "linked in,linked-in" {
		t.Errorf("linkedin = %+v", s)
	}
	if err := c.CheckUnknownKeys(); err == nil || !strings.Contains(err.Error(), "title") {
		t.Errorf("CheckUnknownKeys = %v, want title named as unknown", err)
	}
}
