package cliapp

import (
	"bytes"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/urfave/cli/v2"
)

// run records what a command received from urfave/cli.
type run struct {
	command string
	args    []string
	flags   map[string]any
}

// testApp is shaped like postlint's: a default lint command whose flags
// the app repeats, commands with and without paths, global flags.
func testApp(got *run) *cli.App {
	lintFlags := func() []cli.Flag {
		return []cli.Flag{
			&cli.StringSliceFlag{Name: "format", Aliases: []string{"f"}},
			&cli.StringSliceFlag{Name: "platform", Aliases: []string{"p"}},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}},
			&cli.StringFlag{Name: "stdin-filename"},
			&cli.StringFlag{Name: "locale"},
		}
	}
	action := func(c *cli.Context) error {
		got.command = c.Command.Name
		got.args = c.Args().Slice()
		got.flags = map[string]any{}
		for _, f := range c.Command.Flags {
			name := f.Names()[0]
			if !c.IsSet(name) {
				continue
			}
			switch c.Value(name).(type) {
			case cli.StringSlice:
				got.flags[name] = c.StringSlice(name)
			default:
				got.flags[name] = c.Value(name)
			}
		}
		return nil
	}
	global := func() []cli.Flag {
		return []cli.Flag{
			&cli.StringFlag{Name: "config"},
			&cli.BoolFlag{Name: "no-config"},
			&cli.StringFlag{Name: "locale"},
			&cli.StringFlag{Name: "color"},
		}
	}
	return Prepare(&cli.App{
		Name:           "postlint",
		DefaultCommand: "lint",
		Writer:         io.Discard,
		ErrWriter:      io.Discard,
		Flags:          lintFlags(),
		Action:         action,
		Commands: []*cli.Command{
			{Name: "lint", Flags: lintFlags(), Action: action},
			{Name: "stats", Flags: []cli.Flag{
				&cli.StringSliceFlag{Name: "platform", Aliases: []string{"p"}},
				&cli.StringFlag{Name: "format", Aliases: []string{"f"}},
			}, Action: action},
			{Name: "rules", Action: action},
			{Name: "explain", Action: action},
			{Name: "init", Flags: []cli.Flag{&cli.BoolFlag{Name: "force"}}, Action: action},
			{Name: "version", Action: action},
		},
	}, global)
}

// TestParse checks how a command line is taken apart and handed to
// urfave/cli: flags after paths, values, "--", "-", --flag=value,
// switches that never take the next argument, unknown flags left for
// urfave/cli to report.
func TestParse(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, dir := range []string{"posts", "stat", "rules"} {
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"nothing", nil, []string{"lint"}},
		{"switch after a path", []string{"posts", "--quiet"}, []string{"lint", "--quiet", "--", "posts"}},
		{"short flag and value after a path", []string{"lint", "posts", "-f", "json"}, []string{"lint", "--format", "json", "--", "posts"}},
		{"command flag after a path", []string{"stats", "posts", "--platform", "x"}, []string{"stats", "--platform", "x", "--", "posts"}},
		{"flags on both sides", []string{"-q", "posts", "-p", "x", "a.md"}, []string{"lint", "--quiet", "--platform", "x", "--", "posts", "a.md"}},
		{"switch before a path does not take it", []string{"--quiet", "posts"}, []string{"lint", "--quiet", "--", "posts"}},
		{"= form", []string{"posts", "--format=json", "--quiet=false"}, []string{"lint", "--format=json", "--quiet=false", "--", "posts"}},
		{"short = form", []string{"posts", "-f=json"}, []string{"lint", "--format=json", "--", "posts"}},
		{"value that looks like a flag", []string{"posts", "-j", "-1"}, []string{"lint", "--jobs", "-1", "--", "posts"}},
		{"single-dash long flag", []string{"posts", "-format", "json"}, []string{"lint", "--format", "json", "--", "posts"}},
		{"-- ends the flags", []string{"posts", "--", "--quiet", "-f"}, []string{"lint", "--", "posts", "--quiet", "-f"}},
		{"-- before a command's name", []string{"--", "rules"}, []string{"lint", "--", "rules"}},
		{"- is standard input", []string{"-", "--stdin-filename", "a.md"}, []string{"lint", "--stdin-filename", "a.md", "--", "-"}},
		{"- among paths", []string{"--quiet", "-", "posts"}, []string{"lint", "--quiet", "--", "-", "posts"}},
		{"global flag before the command", []string{"--locale", "id", "rules"}, []string{"rules", "--locale", "id"}},
		{"global flag after the command", []string{"rules", "--locale=id"}, []string{"rules", "--locale=id"}},
		{"global flags around the command", []string{"--color", "never", "lint", "posts", "--config", "c.toml"}, []string{"lint", "--color", "never", "--config", "c.toml", "--", "posts"}},
		{"command's switch before its name", []string{"--force", "init"}, []string{"init", "--force"}},
		{"app's flags, then a command's", []string{"-q", "-p", "x", "--config", "c.toml", "stats", "posts"}, []string{"stats", "--quiet", "--platform", "x", "--config", "c.toml", "--", "posts"}},
		{"argument after flags", []string{"explain", "--locale", "id", "hook-fold"}, []string{"explain", "--locale", "id", "--", "hook-fold"}},
		{"unknown flag left for urfave/cli", []string{"posts", "--bogus", "a.md"}, []string{"lint", "--bogus", "--", "posts", "a.md"}},
		{"unknown flag before a command", []string{"--bogus", "rules"}, []string{"rules", "--bogus"}},
		{"a command's name wins over a folder", []string{"rules"}, []string{"rules"}},
		{"./ makes it a path", []string{"./rules"}, []string{"lint", "--", "./rules"}},
		{"existing folder near a command's name", []string{"stat"}, []string{"lint", "--", "stat"}},
		{"missing file", []string{"nope.md"}, []string{"lint", "--", "nope.md"}},
		{"missing word far from every command", []string{"drafts"}, []string{"lint", "--", "drafts"}},
		{"--version", []string{"--version"}, []string{"version"}},
		{"-v after a path", []string{"posts", "-v"}, []string{"version"}},
		{"-v after a command is the command's", []string{"rules", "-v"}, []string{"rules", "-v"}},
		{"--help", []string{"--help", "posts"}, []string{"--help"}},
		{"command --help", []string{"stats", "posts", "-h"}, []string{"stats", "--help"}},
		{"--help before a command", []string{"--help", "rules"}, []string{"rules", "--help"}},
		{"help", []string{"help"}, []string{"--help"}},
		{"help COMMAND", []string{"help", "stats"}, []string{"stats", "--help"}},
		{"help alias", []string{"h", "--locale", "id", "rules"}, []string{"rules", "--help"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Parse(testApp(&run{}), tt.args)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.args, err)
			}
			if diff := cmp.Diff(tt.want, l.Canonical()); diff != "" {
				t.Errorf("Parse(%q).Canonical() (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	t.Chdir(t.TempDir())
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"rulse"}, `unknown command "rulse"; did you mean "rules"?`},
		{[]string{"--locale", "id", "lnit", "posts"}, `unknown command "lnit"; did you mean "lint"?`},
		{[]string{"help", "rulse"}, `unknown command "rulse"; did you mean "rules"?`},
		{[]string{"help", "frobnicate"}, `unknown command "frobnicate" (see postlint --help)`},
		{[]string{"explian", "hook-fold"}, `unknown command "explian"; did you mean "explain"?`},
		{[]string{"posts", "--format"}, "flag needs an argument: --format"},
		{[]string{"--config"}, "flag needs an argument: --config"},
		{[]string{"stats", "-p"}, "flag needs an argument: -p"},
	}
	for _, tt := range tests {
		_, err := Parse(testApp(&run{}), tt.args)
		if err == nil || err.Error() != tt.want {
			t.Errorf("Parse(%q) error = %v, want %q", tt.args, err, tt.want)
		}
	}
}

// TestRun checks what the commands receive once urfave/cli has parsed
// the canonical line.
func TestRun(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.Mkdir("posts", 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want run
	}{
		{[]string{"posts", "--quiet", "-f", "json", "a.md"}, run{"lint", []string{"posts", "a.md"}, map[string]any{"quiet": true, "format": []string{"json"}}}},
		{[]string{"--locale", "id", "rules"}, run{"rules", []string{}, map[string]any{"locale": "id"}}},
		{[]string{"rules", "--locale", "id"}, run{"rules", []string{}, map[string]any{"locale": "id"}}},
		{[]string{"--color", "never", "lint", "posts"}, run{"lint", []string{"posts"}, map[string]any{"color": "never"}}},
		{[]string{"-p", "x", "stats", "posts", "--platform", "instagram"}, run{"stats", []string{"posts"}, map[string]any{"platform": []string{"x", "instagram"}}}},
		{[]string{"-", "--stdin-filename=a.md"}, run{"lint", []string{"-"}, map[string]any{"stdin-filename": "a.md"}}},
		{[]string{"--", "rules", "-q"}, run{"lint", []string{"rules", "-q"}, map[string]any{}}},
		{[]string{"--config", "c.toml", "init", "--force"}, run{"init", []string{}, map[string]any{"config": "c.toml", "force": true}}},
		{[]string{"-v"}, run{"version", []string{}, map[string]any{}}},
	}
	for _, tt := range tests {
		var got run
		app := testApp(&got)
		if err := Run(app, append([]string{"postlint"}, tt.args...), Hooks{}); err != nil {
			t.Errorf("Run(%q): %v", tt.args, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(run{})); diff != "" {
			t.Errorf("Run(%q) (-want +got):\n%s", tt.args, diff)
		}
	}
}

// TestRunUsageErrors: one line naming the command's help, never a help
// page.
func TestRunUsageErrors(t *testing.T) {
	t.Chdir(t.TempDir())
	var out bytes.Buffer
	app := testApp(&run{})
	app.Writer = &out
	err := Run(app, []string{"postlint", "stats", "posts", "--bogus"}, Hooks{})
	if err == nil || err.Error() != "flag provided but not defined: -bogus (see postlint stats --help)" {
		t.Errorf("error = %v", err)
	}
	if out.Len() > 0 {
		t.Errorf("printed %q", out.String())
	}
	err = Run(app, []string{"postlint", "posts", "--qiet"}, Hooks{})
	if err == nil || err.Error() != "flag provided but not defined: -qiet; did you mean --quiet? (see postlint lint --help)" {
		t.Errorf("error = %v", err)
	}
}

// TestRunKeepsAppFlags: Run hands urfave/cli an app without its own
// flags, and the command's flags wrapped, when no help is shown; the app
// and the command have theirs back after, and the help lists them as a
// fresh app's does.
func TestRunKeepsAppFlags(t *testing.T) {
	t.Chdir(t.TempDir())
	hooks := Hooks{Locale: func(Line) string { return "en" }}
	help := func(app *cli.App) string {
		var out bytes.Buffer
		app.Writer = &out
		if err := Run(app, []string{"postlint", "--help"}, hooks); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	var got run
	app := testApp(&got)
	flags := slices.Clone(app.Flags)
	lintFlags := slices.Clone(app.Command("lint").Flags)
	for _, args := range [][]string{{"-q", "a.md"}, {"rules"}, {"-v"}, {"lint", "-j", "2", "--format=json"}} {
		if err := Run(app, append([]string{"postlint"}, args...), hooks); err != nil {
			t.Fatalf("Run(%q): %v", args, err)
		}
		if !slices.Equal(app.Flags, flags) {
			t.Fatalf("after Run(%q) the app's flags are %v, want %v", args, app.Flags, flags)
		}
		if got := app.Command("lint").Flags; !slices.Equal(got, lintFlags) {
			t.Fatalf("after Run(%q) lint's flags are %v, want %v", args, got, lintFlags)
		}
		if args[0] == "-q" && (got.command != "lint" || got.flags["quiet"] != true) {
			t.Errorf("Run(%q) ran %s with %v, want lint with quiet", args, got.command, got.flags)
		}
	}
	if a, b := help(app), help(testApp(&run{})); a != b || !strings.Contains(a, "--quiet") {
		t.Errorf("help after runs:\n%s\nwant:\n%s", a, b)
	}
}

func TestLineValue(t *testing.T) {
	t.Chdir(t.TempDir())
	l, err := Parse(testApp(&run{}), []string{"--locale", "en", "rules", "--locale=id", "--no-config", "--config", "c.toml"})
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := l.Value("locale"); v != "id" || !ok {
		t.Errorf("locale = %q, %v; want the last one, id", v, ok)
	}
	if v, _ := l.Value("config"); v != "c.toml" {
		t.Errorf("config = %q", v)
	}
	if !l.Bool("no-config") {
		t.Error("no-config is off")
	}
	if _, ok := l.Value("color"); ok {
		t.Error("color given")
	}
	l, _ = Parse(testApp(&run{}), []string{"rules", "--no-config=false"})
	if l.Bool("no-config") {
		t.Error("--no-config=false is on")
	}
}

// TestComplete checks the candidates for the word under the cursor (the
// last word).
func TestComplete(t *testing.T) {
	values := func(command, flag string) []string {
		switch {
		case flag == "format" && command == "lint":
			return []string{"text", "json", "sarif"}
		case flag == "format":
			return []string{"text", "json"}
		case flag == "platform":
			return []string{"x", "instagram"}
		case command == "explain" && flag == "":
			return []string{"hook-fold", "hook-dateline", "acronym"}
		}
		return nil
	}
	tests := []struct {
		words []string
		want  []string
	}{
		{nil, []string{"lint", "stats", "rules", "explain", "init", "version", "help"}},
		{[]string{""}, []string{"lint", "stats", "rules", "explain", "init", "version", "help"}},
		{[]string{"r"}, []string{"rules"}},
		{[]string{"po"}, nil}, // a path: the shell completes file names
		{[]string{"--q"}, []string{"--quiet"}},
		{[]string{"-"}, []string{"--format", "-f", "--platform", "-p", "--quiet", "-q", "--jobs", "-j", "--stdin-filename", "--locale", "--version", "-v", "--help", "-h"}},
		{[]string{"stats", "--"}, []string{"--platform", "--format", "--config", "--no-config", "--locale", "--color", "--help"}},
		{[]string{"--format", ""}, []string{"text", "json", "sarif"}},
		{[]string{"posts", "-f", "s"}, []string{"sarif"}},
		{[]string{"stats", "posts", "--format", ""}, []string{"text", "json"}},
		{[]string{"--format=j"}, []string{"--format=json"}},
		{[]string{"--format", "=", "j"}, []string{"json"}}, // bash splits words at "="
		{[]string{"--quiet=t"}, nil},
		{[]string{"stats", "-p", "in"}, []string{"instagram"}},
		{[]string{"--quiet", ""}, []string{"lint", "stats", "rules", "explain", "init", "version", "help"}},
		{[]string{"--platform", "x", "r"}, []string{"rules"}},
		{[]string{"explain", "hook-"}, []string{"hook-fold", "hook-dateline"}},
		{[]string{"explain", "--locale", "id", ""}, []string{"hook-fold", "hook-dateline", "acronym"}},
		{[]string{"explain", "acronym", ""}, nil},
		{[]string{"help", "st"}, []string{"stats"}},
		{[]string{"posts", ""}, nil},
		{[]string{"--", "r"}, nil},
		{[]string{"--", "-"}, nil},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		app := testApp(&run{})
		app.Writer = &out
		args := append(append([]string{"postlint"}, tt.words...), "--generate-bash-completion")
		if err := Run(app, args, Hooks{Values: values}); err != nil {
			t.Errorf("Run(%q): %v", args, err)
			continue
		}
		got := strings.Fields(out.String())
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("candidates for %q (-want +got):\n%s", tt.words, diff)
		}
	}
}

func TestFishHasValues(t *testing.T) {
	app := testApp(&run{})
	app.Setup()
	script, err := Fish(app, func(command, flag string) []string {
		if flag == "platform" {
			return []string{"x", "instagram"}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"complete -c postlint -n '__fish_postlint_no_subcommand' -l platform -s p -x -a 'x instagram'",
		"complete -c postlint -n '__fish_seen_subcommand_from stats' -l platform -s p -x -a 'x instagram'",
		"complete -r -c postlint -n '__fish_postlint_no_subcommand' -a 'rules'",
	} {
		if !strings.Contains(script, want) {
			t.Errorf("fish script lacks %q:\n%s", want, script)
		}
	}
}

// TestLocalize puts the help in Indonesian from the catalogue.
func TestLocalize(t *testing.T) {
	var out bytes.Buffer
	app := testApp(&run{})
	app.Writer = &out
	app.Commands[0].Usage = "lint drafts (the default command)"
	if err := Localize(app, "id"); err != nil {
		t.Fatal(err)
	}
	if err := app.Run([]string{"postlint", "--help"}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"NAMA:", "PENGGUNAAN:", "PERINTAH:", "OPSI:", "periksa draf (perintah bawaan)", "tampilkan bantuan"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("help lacks %q:\n%s", want, out.String())
		}
	}
	if err := Localize(testApp(&run{}), "fr"); err == nil {
		t.Error("no error for a locale without a catalogue")
	}
}

func TestHelpTextsHaveNoRepeats(t *testing.T) {
	texts := HelpTexts(testApp(&run{}))
	sorted := slices.Clone(texts)
	slices.Sort(sorted)
	if len(slices.Compact(sorted)) != len(texts) {
		t.Errorf("repeats in %q", texts)
	}
	if !slices.Contains(texts, "show help") || !slices.Contains(texts, "NAME") {
		t.Errorf("HelpTexts lacks the help flag or the headers: %q", texts)
	}
}

// TestWithNames: a wrapped flag has the names of the flag it wraps and
// its interfaces.
func TestWithNames(t *testing.T) {
	flags := []cli.Flag{
		&cli.StringFlag{Name: "config"}, &cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}},
		&cli.StringSliceFlag{Name: "format", Aliases: []string{"f"}}, &cli.IntFlag{Name: "jobs", Aliases: []string{"j"}},
		&cli.Float64Flag{Name: "ratio"},
	}
	for i, w := range withNames(flags) {
		f := flags[i]
		if !slices.Equal(w.Names(), f.Names()) {
			t.Errorf("%T: names %q, want %q", f, w.Names(), f.Names())
		}
		for _, has := range []func(cli.Flag) bool{
			func(f cli.Flag) bool { _, ok := f.(cli.DocGenerationFlag); return ok },
			func(f cli.Flag) bool { _, ok := f.(cli.RequiredFlag); return ok },
			func(f cli.Flag) bool { _, ok := f.(cli.VisibleFlag); return ok },
			func(f cli.Flag) bool { _, ok := f.(cli.ActionableFlag); return ok },
			func(f cli.Flag) bool { _, ok := f.(cli.CategorizableFlag); return ok },
			func(f cli.Flag) bool { _, ok := f.(interface{ TakesValue() bool }); return ok },
		} {
			if has(w) != has(f) {
				t.Errorf("%T: the wrapper differs in an interface", f)
			}
		}
	}
}

// TestFlagNames checks that the names read from a flag's fields are the
// ones urfave/cli's Names returns, for every flag type and for names
// written the old way, with a comma or a space.
func TestFlagNames(t *testing.T) {
	var flags []cli.Flag
	for _, names := range [][]string{
		{"config"}, {"format", "f"}, {"platform", "p", "plat"}, {"x"},
		{"config, c"}, {"format", "f, g"}, {"a b"}, {"a,b"}, {"name\nnext, x"}, {" lead"}, {""},
	} {
		name, aliases := names[0], names[1:]
		flags = append(flags,
			&cli.StringFlag{Name: name, Aliases: aliases},
			&cli.BoolFlag{Name: name, Aliases: aliases},
			&cli.StringSliceFlag{Name: name, Aliases: aliases},
			&cli.IntFlag{Name: name, Aliases: aliases},
			&cli.Float64Flag{Name: name, Aliases: aliases}, // read through Names
		)
	}
	for _, f := range flags {
		want := f.Names()
		if got := flagNames(f); !slices.Equal(got, want) {
			t.Errorf("flagNames(%T %q) = %q, want %q", f, want, got, want)
		}
		if got := primaryName(f); got != want[0] {
			t.Errorf("primaryName(%T %q) = %q, want %q", f, want, got, want[0])
		}
	}
}

// TestPrepareSetsCompiled: a prepared app has a Compiled time, so that
// urfave/cli does not stat the executable for one, and one the app sets
// is kept.
func TestPrepareSetsCompiled(t *testing.T) {
	noFlags := func() []cli.Flag { return nil }
	if app := Prepare(&cli.App{Name: "postlint"}, noFlags); app.Compiled.IsZero() {
		t.Error("Compiled is zero after Prepare")
	}
	set := time.Date(2026, 4, 2, 9, 0, 0, 0, time.UTC)
	if app := Prepare(&cli.App{Name: "postlint", Compiled: set}, noFlags); !app.Compiled.Equal(set) {
		t.Errorf("Compiled = %v, want the app's %v", app.Compiled, set)
	}
}
