// Command eval measures postlint's content rules against the labelled dev
// data in testdata/eval: it lints every labelled post and headline with the
// built-in configuration, all rules on, and prints per rule the true
// positives, false positives, misses, precision and recall.
//
//	go run ./tools/eval [-v] [-rules a,b] [-json FILE] [-compare OLD.json] [-clickid PATH]
//
// Run it inside the repository; see testdata/eval/README.md.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/postlint/postlint/internal/evaluate"
)

// Exit codes: 2 for usage errors and malformed data, as postlint's own.
const (
	exitOK    = 0
	exitError = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Default data locations, relative to the repository root. The CLICK-ID
// dev split lives outside the repository and is never copied into it.
const (
	defaultPosts     = "testdata/eval/posts"
	defaultHeadlines = "testdata/eval/headlines-en.csv"
	defaultClickID   = "../shared/testdata/click-id/clickbait_train.csv"
)

// fixtureSet is the posts folder holding the tool's own test fixtures; a
// default run leaves it out of the figures.
const fixtureSet = "sample"

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	posts := fs.String("posts", "", "folder of labelled posts, one sub-folder per data set (default: "+defaultPosts+", without its "+fixtureSet+" folder)")
	headlines := fs.String("headlines", "", "English headline CSV title,label (default: "+defaultHeadlines+"; \"\" or none to skip)")
	clickID := fs.String("clickid", "", "CLICK-ID headline CSV, linted as Indonesian (default: "+defaultClickID+" from the repository root; none to skip)")
	ruleList := fs.String("rules", "", "score only these evaluated rules, comma-separated")
	minSev := fs.String("min-severity", "info", "count a rule as fired from this severity up: info, warning or error")
	verbose := fs.Bool("v", false, "list every false positive and miss")
	jsonOut := fs.String("json", "", "write the figures as JSON to FILE (- for standard output, instead of the tables)")
	compare := fs.String("compare", "", "print the change per rule from the figures in OLD.json")
	jobs := fs.Int("j", 0, "workers (default: one per core)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: go run ./tools/eval [flags]\n\nMeasures precision and recall per rule on testdata/eval (see testdata/eval/README.md).\n\nflags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitError
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "eval: unexpected argument %q\n", fs.Arg(0))
		return exitError
	}
	fail := func(err error) int {
		fmt.Fprintln(stderr, "eval:", strings.ReplaceAll(err.Error(), "\n", "\neval: "))
		return exitError
	}
	selected, err := evaluate.SelectRules(*ruleList)
	if err != nil {
		return fail(err)
	}
	sev, err := evaluate.ParseMinSeverity(*minSev)
	if err != nil {
		return fail(err)
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	root, rootErr := repoRoot()
	// A default path needs the repository; a path given on the command line
	// does not.
	where := func(flagName, value, def string) (string, bool, error) {
		if set[flagName] {
			if value == "" || value == "none" {
				return "", false, nil
			}
			return value, true, nil
		}
		if rootErr != nil {
			return "", false, rootErr
		}
		return display(filepath.Join(root, filepath.FromSlash(def))), false, nil
	}
	opts := evaluate.Options{Rules: selected, Jobs: *jobs, Note: func(msg string) { fmt.Fprintln(stderr, "eval:", msg) }}
	if opts.PostsDir, opts.PostsRequired, err = where("posts", *posts, defaultPosts); err != nil {
		return fail(err)
	}
	if !set["posts"] {
		opts.SkipSets = []string{fixtureSet}
	}
	for _, h := range []struct {
		flag, value, def, name, lang string
	}{
		{"headlines", *headlines, defaultHeadlines, "headlines-en", "en"},
		{"clickid", *clickID, defaultClickID, "click-id", "id"},
	} {
		path, required, err := where(h.flag, h.value, h.def)
		if err != nil {
			return fail(err)
		}
		opts.Headlines = append(opts.Headlines, evaluate.HeadlineSet{Name: h.name, Path: path, Lang: h.lang, Required: required})
	}
	var old evaluate.Figures
	if *compare != "" {
		if old, err = evaluate.ReadFigures(*compare); err != nil {
			return fail(err)
		}
	}
	items, err := evaluate.Collect(opts)
	if err != nil {
		return fail(err)
	}
	rep := evaluate.Score(items, selected, sev)
	if *jsonOut != "" {
		if err := writeJSON(*jsonOut, stdout, rep); err != nil {
			return fail(err)
		}
		if *jsonOut == "-" {
			return exitOK
		}
	}
	if *verbose && len(rep.Mistakes) > 0 {
		evaluate.WriteMistakes(stdout, rep)
		fmt.Fprintln(stdout)
	}
	evaluate.WriteTables(stdout, rep)
	if *compare != "" {
		fmt.Fprintln(stdout)
		evaluate.WriteComparison(stdout, *compare, old, rep)
	}
	return exitOK
}

func writeJSON(path string, stdout io.Writer, rep evaluate.Report) error {
	if path == "-" {
		return evaluate.WriteJSON(stdout, rep)
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("-json: %w", err)
	}
	if err := evaluate.WriteJSON(f, rep); err != nil {
		f.Close()
		return fmt.Errorf("-json: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("-json: %w", err)
	}
	return nil
}

// repoRoot finds postlint's repository root: the nearest folder up from
// the working directory whose go.mod declares postlint's module.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.HasPrefix(strings.TrimSpace(string(data)), "module github.com/postlint/postlint\n") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("run inside the postlint repository (no go.mod of github.com/postlint/postlint above the working directory), or give every path with -posts, -headlines and -clickid")
		}
		dir = parent
	}
}

// display shortens a path to one relative to the working directory when
// that is shorter.
func display(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	if rel, err := filepath.Rel(wd, p); err == nil && len(rel) < len(p) {
		return rel
	}
	return p
}
