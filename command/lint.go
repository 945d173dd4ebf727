// Package command implements postlint's commands (lint, stats, rules,
// explain, init, install-hook, version, completion, man); main.go only
// declares the command line and calls these.
package command

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/mattn/go-isatty"
	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/engine"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/report"
	"github.com/postlint/postlint/rules"
)

// Exit codes (SPEC §4).
const (
	ExitOK       = 0
	ExitFindings = 1
	ExitError    = 2
	// ExitInternal is a crash of postlint itself (a bug), recovered so the
	// run could finish: never the same code as a usage or config error.
	ExitInternal = 3
)

// Env is what a command may touch of the outside world, so tests can run
// commands in-process.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// IsTerminal tells whether a writer is a terminal.
	IsTerminal func(io.Writer) bool
}

// OSEnv is the real process environment.
func OSEnv() Env {
	return Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		IsTerminal: func(w io.Writer) bool {
			f, ok := w.(*os.File)
			return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
		},
	}
}

// ConfigOptions choose the configuration.
type ConfigOptions struct {
	Path     string // --config
	NoConfig bool   // --no-config
}

// LoadConfig finds and reads the configuration.
func LoadConfig(o ConfigOptions) (*config.Config, error) {
	switch {
	case o.NoConfig && o.Path != "":
		return nil, &engine.UsageError{Msg: "--config and --no-config exclude each other"}
	case o.NoConfig:
		return config.LoadDefault()
	case o.Path != "":
		return config.LoadFile(o.Path)
	}
	p, err := config.Find(".")
	if err != nil {
		return nil, err
	}
	if p == "" {
		return config.LoadDefault()
	}
	if rel, err := filepath.Rel(mustGetwd(), p); err == nil && !strings.HasPrefix(rel, "..") {
		p = rel
	}
	return config.LoadFile(p)
}

func mustGetwd() string {
	wd, _ := os.Getwd()
	return wd
}

// LintOptions are the lint command's flags.
type LintOptions struct {
	Config        ConfigOptions
	Paths         []string
	Platforms     []string
	Media         string
	Lang          string
	Formats       []string
	FailOn        string
	MinSeverity   string
	Enable        []string
	Disable       []string
	Color         string
	Locale        string
	Jobs          int
	Quiet         bool
	StdinFilename string
	// ForceExclude filters named files as a walk would.
	ForceExclude bool
	// Staged lints the staged content of the staged drafts.
	Staged bool
	// ChangedSince lints only the drafts changed since the merge base of
	// this revision and HEAD.
	ChangedSince string
	// Fix applies the safe fixes and reports what remains; with DryRun
	// nothing is written and the fixes are printed as a diff (fix.go).
	Fix    bool
	DryRun bool
}

// output is one --format target.
type output struct {
	name string
	path string
}

func parseFormats(specs []string) ([]output, error) {
	if len(specs) == 0 {
		specs = []string{"text"}
	}
	var outs []output
	toStdout := 0
	for _, s := range specs {
		name, path, _ := strings.Cut(s, ":")
		if _, err := report.Lookup(name); err != nil {
			return nil, &engine.UsageError{Msg: "--format: " + err.Error()}
		}
		if path == "" || path == "-" {
			toStdout++
			path = ""
		}
		for _, prev := range outs {
			if path != "" && prev.path != "" && samePath(prev.path, path) {
				return nil, &engine.UsageError{Msg: fmt.Sprintf("--format %s: %s writes %s too; give each format its own file", s, prev.name, prev.path)}
			}
		}
		outs = append(outs, output{name: name, path: path})
	}
	if toStdout > 1 {
		return nil, &engine.UsageError{Msg: "--format: only one format can go to standard output; give the others a file (json:report.json)"}
	}
	return outs, nil
}

// showsDocs reports whether one of the reports shows the rules' docs (the
// SARIF rule table, the HTML report's rule list), so that only those runs
// read the catalogue of their translations; they are also the reports
// that name postlint's version.
func showsDocs(outs []output) bool {
	for _, o := range outs {
		if o.name == "sarif" || o.name == "html" {
			return true
		}
	}
	return false
}

// samePath reports whether two paths name the same file: equal once
// absolute and clean, or the same existing file.
func samePath(a, b string) bool {
	absA, errA := filepath.Abs(a)
	absB, errB := filepath.Abs(b)
	if errA == nil && errB == nil && absA == absB {
		return true
	}
	infoA, errA := os.Stat(a)
	infoB, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(infoA, infoB)
}

// reportFile writes a report atomically: into a temporary file in the
// same folder, renamed over the target only once the report is complete,
// so a failed run never leaves a truncated or half-written report (or
// destroys what the path held).
type reportFile struct {
	path string
	tmp  *os.File
}

func createReport(path string) (*reportFile, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	// Hidden and not a draft, so a walk of the folder skips it.
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, err
	}
	return &reportFile{path: path, tmp: tmp}, nil
}

// commit moves the finished report into place.
func (r *reportFile) commit() error {
	mode := os.FileMode(0o644)
	if info, err := os.Stat(r.path); err == nil && info.Mode().IsRegular() {
		mode = info.Mode().Perm()
	}
	err := r.tmp.Chmod(mode)
	if cerr := r.tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(r.tmp.Name(), r.path)
	}
	if err != nil {
		os.Remove(r.tmp.Name())
	}
	return err
}

// discard removes an unfinished report.
func (r *reportFile) discard() {
	r.tmp.Close()
	os.Remove(r.tmp.Name())
}

// Locale picks the message language: flag, config, then LANG/LC_ALL.
func Locale(flag string, cfg *config.Config, getenv func(string) string) (string, error) {
	if flag != "" {
		if !i18n.Valid(flag) {
			return "", &engine.UsageError{Msg: fmt.Sprintf("--locale: unknown locale %q (use en or id)", flag)}
		}
		return flag, nil
	}
	if cfg != nil && cfg.Locale != "" {
		return cfg.Locale, nil
	}
	return i18n.FromEnv(getenv), nil
}

// Lint runs the linter and returns the exit code.
func Lint(o LintOptions, env Env) (int, error) {
	if o.Staged && inPreCommitHook(env) {
		return lintInHook(o, env)
	}
	return runLint(o, env, nil)
}

// runLint runs the linter; tally, when not nil, receives what the pre-commit
// hook's message needs.
func runLint(o LintOptions, env Env, tally *lintTally) (int, error) {
	if env.Getenv("GOGC") == "" {
		defer startGCPacer()()
	}
	cfg, err := LoadConfig(o.Config)
	if err != nil {
		return ExitError, err
	}
	locale, err := Locale(o.Locale, cfg, env.Getenv)
	if err != nil {
		return ExitError, err
	}
	failOn := cfg.FailOn
	if o.FailOn != "" {
		failOn = o.FailOn
	}
	failSev := lint.Off
	if failOn != "none" {
		if failSev, err = lint.ParseSeverity(failOn); err != nil || failSev == lint.Off {
			return ExitError, &engine.UsageError{Msg: fmt.Sprintf("--fail-on: unknown severity %q (use error, warning, info or none)", failOn)}
		}
	}
	minSev := lint.Info
	if o.MinSeverity != "" {
		if minSev, err = lint.ParseSeverity(o.MinSeverity); err != nil || minSev == lint.Off {
			return ExitError, &engine.UsageError{Msg: fmt.Sprintf("--min-severity: unknown severity %q (use error, warning or info)", o.MinSeverity)}
		}
	}
	if o.Color != "" && o.Color != "auto" && o.Color != "always" && o.Color != "never" {
		return ExitError, &engine.UsageError{Msg: fmt.Sprintf("--color: use auto, always or never, not %q", o.Color)}
	}
	outs, err := parseFormats(o.Formats)
	if err != nil {
		return ExitError, err
	}
	fix, err := fixMode(o)
	if err != nil {
		return ExitError, err
	}
	var diffs *diffWriter
	if fix == engine.FixDryRun {
		if outs, err = dryRunOutputs(o.Formats, outs); err != nil {
			return ExitError, err
		}
		diffs = newDiffWriter(env.Stdout)
	}
	keepPosts := false
	for _, out := range outs {
		if f, _ := report.Lookup(out.name); f.NeedsPosts {
			keepPosts = true
		}
	}
	maxDraft := cfg.MaxDraftSize
	if maxDraft <= 0 {
		maxDraft = config.DefaultMaxDraftSize
	}
	sel, err := selectFromGit(o, maxDraft)
	if err != nil {
		return ExitError, err
	}
	eopts := engine.Options{
		Config: cfg, Platforms: o.Platforms, Media: platform.Media(o.Media), Lang: o.Lang,
		Enable: o.Enable, Disable: o.Disable, MinSeverity: minSev, Jobs: o.Jobs,
		Stdin: env.Stdin, StdinFilename: o.StdinFilename, KeepPosts: keepPosts, ForceExclude: o.ForceExclude,
		Note: noteTo(env.Stderr), Fix: fix,
	}
	for _, out := range outs {
		if out.path != "" {
			eopts.Outputs = append(eopts.Outputs, engine.Output{Flag: "--format " + out.name + ":" + out.path, Path: out.path})
		}
	}
	if diffs != nil {
		eopts.OnFixed = diffs.fixed
	}
	if sel != nil {
		eopts.Listed, eopts.ReadFile, eopts.ReadStagedFile = sel.listed, sel.readFile, sel.readStaged
	}
	eng, err := engine.New(eopts)
	if err != nil {
		return ExitError, err
	}
	// Only the formats that list the rules read their docs and the
	// version: a text or JSON report, as a pre-commit hook's, copies no
	// doc and parses no build information.
	var docs []lint.Doc
	var version string
	builtinDoc := rules.BuiltinDoc
	if showsDocs(outs) {
		docs, version = eng.Rules(), Version()
		if locale != i18n.EN { // English docs need no catalogue
			for i := range docs {
				docs[i] = rules.Translated(docs[i])
			}
			builtinDoc = rules.TranslatedBuiltinDoc
		}
	}
	var formatters report.Multi
	var files []*reportFile
	defer func() {
		for _, f := range files {
			f.discard()
		}
	}()
	for _, out := range outs {
		fac, _ := report.Lookup(out.name)
		w := env.Stdout
		if out.path != "" {
			f, err := createReport(out.path)
			if err != nil {
				return ExitError, fmt.Errorf("--format %s: %w", out.name, err)
			}
			files = append(files, f)
			w = f.tmp
		}
		formatters = append(formatters, fac.New(report.Options{
			W: w, Locale: locale, Color: useColor(o.Color, w, env), Quiet: o.Quiet, Width: termWidth(w, env),
			Rules: docs, Builtin: builtinDoc, Version: version, Specs: cfg.Specs, FailOn: failSev,
		}))
	}
	counter := &failCounter{sink: formatters, failAt: failSev}
	sum, runErr := eng.Run(o.Paths, counter)
	var missing *engine.MissingError
	var unfixed *engine.FixError
	if runErr != nil && !errors.As(runErr, &missing) && !errors.As(runErr, &unfixed) {
		return ExitError, runErr
	}
	if missing != nil && unfixed == nil && len(missing.NoDrafts) == 0 && sum.Files == 0 {
		// Every path named is missing (a typo, most likely): the error
		// line is the whole story, not a report of no problems.
		return ExitError, missing
	}
	if diffs != nil {
		if err := diffs.flush(); err != nil {
			return ExitError, err
		}
	}
	if err := formatters.Finish(sum); err != nil {
		return ExitError, err
	}
	for len(files) > 0 {
		f := files[0]
		files = files[1:]
		if err := f.commit(); err != nil {
			return ExitError, fmt.Errorf("writing %s: %w", f.path, err)
		}
	}
	var runFailed error // missing paths, drafts that could not be fixed
	if missing != nil || unfixed != nil {
		runFailed = runErr
	}
	if tally != nil {
		*tally = lintTally{failing: counter.failing, failOn: failOn, locale: locale}
	}
	return lintExit(sum, counter.failing, runFailed, env.Stderr)
}

// lintExit picks the exit code of a finished run: a crash of postlint (3)
// before missing paths or failed fixes (2) before findings at or above
// --fail-on (1).
func lintExit(sum lint.Summary, failing int, failed error, stderr io.Writer) (int, error) {
	if sum.Internal > 0 {
		if failed != nil {
			fmt.Fprintf(stderr, "postlint: %v\n", failed)
		}
		return ExitInternal, fmt.Errorf("internal error (%d in all, see the internal-error findings): this is a bug in postlint, please report it", sum.Internal)
	}
	if failed != nil {
		return ExitError, failed
	}
	if failing > 0 {
		return ExitFindings, nil
	}
	return ExitOK, nil
}

// noteTo prints the engine's notes (files left out on purpose) on w.
func noteTo(w io.Writer) func(string) {
	return func(msg string) { fmt.Fprintf(w, "postlint: %s\n", msg) }
}

// failCounter counts findings at or above --fail-on on their way to the
// reports.
type failCounter struct {
	sink    lint.Sink
	failAt  lint.Severity
	failing int
}

func (c *failCounter) Post(r lint.PostResult) error {
	if c.failAt != lint.Off {
		for _, f := range r.Findings {
			if f.Severity >= c.failAt {
				c.failing++
			}
		}
	}
	return c.sink.Post(r)
}

// useColor applies --color, NO_COLOR and TERM=dumb to one output.
func useColor(flag string, w io.Writer, env Env) bool {
	switch flag {
	case "always":
		return true
	case "never":
		return false
	}
	if env.Getenv("NO_COLOR") != "" || env.Getenv("TERM") == "dumb" {
		return false
	}
	return env.IsTerminal != nil && env.IsTerminal(w)
}
