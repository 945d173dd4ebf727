// Command postlint lints draft social-media posts before they are
// published. This file only declares the command line; the work happens in
// the command package.
package main

import (
	"fmt"
	"os"

	"github.com/postlint/postlint/command"
	"github.com/postlint/postlint/internal/cliapp"
	_ "github.com/postlint/postlint/internal/startstack" // grows the stack before other inits
	"github.com/urfave/cli/v2"
)

func main() {
	os.Exit(run(os.Args, command.OSEnv()))
}

// run executes the command line and returns the exit code.
func run(args []string, env command.Env) (exit int) {
	// A crash is a bug, exit 3, never the 2 of a usage error (Go's own
	// exit code for a panic). The workers recover theirs into findings.
	defer func() {
		if v := recover(); v != nil {
			fmt.Fprintf(env.Stderr, "postlint: internal error: %v; this is a bug in postlint, please report it\n", v)
			exit = command.ExitInternal
		}
	}()
	code := command.ExitOK
	app := newApp(env, &code)
	if err := cliapp.Run(app, args, cliapp.Hooks{Locale: helpLocale(env), Values: command.CompletionValues}); err != nil {
		fmt.Fprintf(env.Stderr, "postlint: %v\n", err)
		if code == command.ExitInternal {
			return code
		}
		return command.ExitError
	}
	return code
}

// flagsHelp tells where flags go, in --help.
const flagsHelp = "Flags go before or after the paths; -- ends them. Name a file or folder called like a command\n" +
	"as a path (./rules) to lint it."

// exitCodesHelp documents the exit codes in --help.
const exitCodesHelp = "Exit codes: 0 no finding at or above --fail-on; 1 at least one; 2 usage, config or I/O error\n" +
	"(the message names the file and line); 3 internal error, a bug in postlint: please report it."

// globalFlags are accepted by every command, before or after its name.
func globalFlags() []cli.Flag {
	return append(configFlags(), localeFlag(),
		&cli.StringFlag{Name: "color", Usage: "colour lint's text report `WHEN`: auto (on a terminal, the default), always or never"})
}

// helpLocale picks the help's language: --locale, the config's locale,
// then LANG/LC_ALL.
func helpLocale(env command.Env) func(cliapp.Line) string {
	return func(l cliapp.Line) string {
		locale, _ := l.Value("locale")
		path, _ := l.Value("config")
		return command.HelpLocale(locale, command.ConfigOptions{Path: path, NoConfig: l.Bool("no-config")}, env.Getenv)
	}
}

func configFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "config", Usage: "read settings from `FILE` instead of the nearest .postlint.toml"},
		&cli.BoolFlag{Name: "no-config", Usage: "ignore .postlint.toml files and use the built-in defaults"},
	}
}

func configOptions(c *cli.Context) command.ConfigOptions {
	return command.ConfigOptions{Path: c.String("config"), NoConfig: c.Bool("no-config")}
}

func localeFlag() cli.Flag {
	return &cli.StringFlag{Name: "locale", Usage: "messages and help in `LOCALE`: en or id (default: the config's locale, then LANG/LC_ALL)"}
}

func lintFlags() []cli.Flag {
	return append(configFlags(),
		&cli.StringSliceFlag{Name: "platform", Aliases: []string{"p"}, Usage: "check against `PLATFORM` (repeatable; overrides the posts' own)"},
		&cli.StringFlag{Name: "media", Usage: "treat every post as `MEDIA`: text, image, carousel, video, reel, story, link"},
		&cli.StringFlag{Name: "lang", Usage: "read the posts as `LANG`: id, en or auto"},
		&cli.StringSliceFlag{Name: "format", Aliases: []string{"f"}, Usage: "report `FORMAT[:PATH]` (repeatable): text, json, sarif, github, checkstyle, junit, codequality, html"},
		&cli.StringFlag{Name: "fail-on", Usage: "exit 1 on findings at or above `SEVERITY`: error, warning, info or none (default: config, else error)"},
		&cli.StringFlag{Name: "min-severity", Usage: "report only findings at or above `SEVERITY`"},
		&cli.StringSliceFlag{Name: "enable", Usage: "turn on `RULE` even if the config turns it off (repeatable)"},
		&cli.StringSliceFlag{Name: "disable", Usage: "turn off `RULE` (repeatable)"},
		&cli.StringFlag{Name: "color", Usage: "colour the text report `WHEN`: auto (on a terminal, the default), always or never (NO_COLOR also turns it off)"},
		localeFlag(),
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "lint with `N` workers", DefaultText: "one per core"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "leave out the summary line"},
		&cli.StringFlag{Name: "stdin-filename", Usage: "treat standard input (path -) as the file `NAME`"},
		&cli.BoolFlag{Name: "force-exclude", Usage: "skip files named on the command line that a folder walk would skip: " +
			"not a draft, hidden, matching the config's exclude, or outside its include (for the pre-commit framework)"},
		&cli.BoolFlag{Name: "staged", Usage: "lint what the next commit holds: the staged content of the staged drafts (git diff --cached), " +
			"read from the index, not the working copy; paths narrow the list; shown relative to the current folder"},
		&cli.BoolFlag{Name: "fix", Usage: "apply the safe fixes to the drafts (written atomically), then report what remains; not with --staged or standard input"},
		&cli.BoolFlag{Name: "dry-run", Usage: "with --fix: change nothing and print the fixes as a unified diff on standard output (reports go only to --format F:PATH files)"},
		&cli.StringFlag{Name: "changed-since", Usage: "lint only the drafts added, modified or renamed since `REV`: from the merge base of REV and HEAD " +
			"(git merge-base REV HEAD) to the working tree, staged and unstaged changes and untracked files included; paths narrow the list. " +
			"A shallow clone that lacks REV or the merge base is an error (fetch more history: git fetch --unshallow, or fetch-depth: 0)"},
	)
}

func lintAction(env command.Env, code *int) cli.ActionFunc {
	return func(c *cli.Context) error {
		n, err := command.Lint(command.LintOptions{
			Config: configOptions(c), Paths: c.Args().Slice(),
			Platforms: c.StringSlice("platform"), Media: c.String("media"), Lang: c.String("lang"),
			Formats: c.StringSlice("format"), FailOn: c.String("fail-on"), MinSeverity: c.String("min-severity"),
			Enable: c.StringSlice("enable"), Disable: c.StringSlice("disable"), Color: c.String("color"),
			Locale: c.String("locale"), Jobs: c.Int("jobs"), Quiet: c.Bool("quiet"), StdinFilename: c.String("stdin-filename"),
			Staged: c.Bool("staged"), ChangedSince: c.String("changed-since"), ForceExclude: c.Bool("force-exclude"),
			Fix: c.Bool("fix"), DryRun: c.Bool("dry-run"),
		}, env)
		*code = n
		return err
	}
}

// newApp declares the command line: every command and flag is here;
// cliapp.Prepare adds the global flags to each command, and --help,
// --version and the help command.
func newApp(env command.Env, code *int) *cli.App {
	return cliapp.Prepare(&cli.App{
		Name:                 "postlint",
		Usage:                "lint draft social-media posts before they are published",
		UsageText:            "postlint [flags] [PATH ...]\npostlint COMMAND [flags] [ARGS ...]",
		Description:          flagsHelp + "\n" + exitCodesHelp,
		DefaultCommand:       "lint",
		EnableBashCompletion: true,
		Reader:               env.Stdin,
		Writer:               env.Stdout,
		ErrWriter:            env.Stderr,
		Flags:                lintFlags(),
		Action:               lintAction(env, code),
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return fmt.Errorf("%w (see postlint --help)", err)
		},
		Commands: []*cli.Command{
			{
				Name:        "lint",
				Usage:       "lint drafts (the default command)",
				Description: exitCodesHelp,
				ArgsUsage:   "[PATH ...]",
				Flags:       lintFlags(),
				Action:      lintAction(env, code),
			},
			{
				Name:      "fix",
				Usage:     "apply the safe fixes, then report what remains (postlint --fix)",
				ArgsUsage: "[PATH ...]",
				Flags:     lintFlags(),
				Action: func(c *cli.Context) error {
					if err := c.Set("fix", "true"); err != nil {
						return err
					}
					return lintAction(env, code)(c)
				},
			},
			{
				Name:      "stats",
				Usage:     "count words, hashtags, links and length per platform",
				ArgsUsage: "[PATH ...]",
				Flags: append(configFlags(),
					&cli.StringSliceFlag{Name: "platform", Aliases: []string{"p"}, Usage: "measure for `PLATFORM` only (repeatable)"},
					&cli.StringFlag{Name: "media", Usage: "treat every post as `MEDIA`"},
					&cli.StringFlag{Name: "lang", Usage: "read the posts as `LANG`: id, en or auto"},
					&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "print `FORMAT`: text (the default) or json"},
					&cli.StringFlag{Name: "stdin-filename", Usage: "treat standard input (path -) as the file `NAME`"},
				),
				Action: func(c *cli.Context) error {
					return command.Stats(command.StatsOptions{
						Config: configOptions(c), Paths: c.Args().Slice(), Platforms: c.StringSlice("platform"),
						Media: c.String("media"), Lang: c.String("lang"), Format: c.String("format"), StdinFilename: c.String("stdin-filename"),
					}, env)
				},
			},
			{
				Name:  "rules",
				Usage: "list every rule with its category, default severity and summary",
				Flags: append(configFlags(), localeFlag(),
					&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "print `FORMAT`: text (the default) or json"}),
				Action: func(c *cli.Context) error {
					return command.Rules(command.RulesOptions{Format: c.String("format"), Locale: c.String("locale"), Config: configOptions(c)}, env)
				},
			},
			{
				Name:      "explain",
				Usage:     "explain a rule: what it checks, why, examples and options",
				ArgsUsage: "RULE",
				Flags:     append(configFlags(), localeFlag()),
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return fmt.Errorf("explain takes one rule ID (see postlint rules)")
					}
					return command.Explain(command.ExplainOptions{ID: c.Args().First(), Locale: c.String("locale"), Config: configOptions(c)}, env)
				},
			},
			{
				Name:  "init",
				Usage: "write a commented .postlint.toml with the defaults",
				Flags: []cli.Flag{&cli.BoolFlag{Name: "force", Usage: "replace an existing file (keeping a .bak copy)"}},
				Action: func(c *cli.Context) error {
					return command.Init(command.InitOptions{Path: c.String("config"), Force: c.Bool("force"), Locale: c.String("locale")}, env)
				},
			},
			{
				Name:  "install-hook",
				Usage: "install a git pre-commit hook that runs postlint --staged",
				Description: "Writes a POSIX sh pre-commit hook in the folder git runs hooks from (core.hooksPath, or the main\n" +
					"repository's hooks folder, shared by its worktrees). The hook runs `postlint --staged`, so a commit\n" +
					"with findings at or above fail_on is stopped (git commit --no-verify skips it once). A hook postlint\n" +
					"did not write is kept unless --force, which moves it to pre-commit.bak.",
				Flags: []cli.Flag{&cli.BoolFlag{Name: "force", Usage: "replace a pre-commit hook postlint did not write (keeping it as pre-commit.bak)"}},
				Action: func(c *cli.Context) error {
					if c.NArg() > 0 {
						return fmt.Errorf("install-hook takes no arguments")
					}
					return command.InstallHook(command.InstallHookOptions{Force: c.Bool("force")}, env)
				},
			},
			{
				Name:  "version",
				Usage: "print postlint's version",
				Action: func(*cli.Context) error {
					return command.PrintVersion(env.Stdout)
				},
			},
			{
				Name:      "completion",
				Usage:     "print the shell completion script for bash, zsh or fish",
				ArgsUsage: "SHELL",
				Description: "Completes commands, flags, rule IDs, formats and platforms. Load it in the current shell with\n" +
					"source <(postlint completion bash), or see the script's first lines to install it.",
				Action: func(c *cli.Context) error {
					if c.NArg() > 1 {
						return fmt.Errorf("completion takes one shell")
					}
					return command.Completion(command.CompletionOptions{Shell: c.Args().First(), Fish: func() (string, error) {
						return cliapp.Fish(c.App, command.CompletionValues)
					}}, env)
				},
			},
			{
				Name:        "man",
				Usage:       "print the manual page (roff)",
				Description: "Install it with: postlint man > /usr/local/share/man/man1/postlint.1",
				Action: func(c *cli.Context) error {
					if c.NArg() > 0 {
						return fmt.Errorf("man takes no arguments")
					}
					locale := command.HelpLocale(c.String("locale"), configOptions(c), env.Getenv)
					return command.Man(command.ManOptions{Render: func() (string, error) { return cliapp.Man(c.App, locale) }, Locale: locale}, env)
				},
			},
		},
	}, globalFlags)
}
