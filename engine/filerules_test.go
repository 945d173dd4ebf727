package engine

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/lint"
)

// collector keeps every result.
type collector struct{ results []lint.PostResult }

func (c *collector) Post(r lint.PostResult) error {
	c.results = append(c.results, r)
	return nil
}

// lintTree writes files (path → content) into a fresh folder, moves there,
// and lints paths (none: ".") with cfg as .postlint.toml ("" for the
// built-in defaults). opts may adjust the engine's options.
func lintTree(t *testing.T, cfg string, files map[string]string, paths []string, opts func(*Options)) []lint.PostResult {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	c, err := config.LoadDefault()
	if cfg != "" {
		if err := os.WriteFile(config.FileName, []byte(cfg), 0o644); err != nil {
			t.Fatal(err)
		}
		c, err = config.LoadFile(config.FileName)
	}
	if err != nil {
		t.Fatal(err)
	}
	o := Options{Config: c, MinSeverity: 1, Jobs: 2}
	if opts != nil {
		opts(&o)
	}
	e, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	var col collector
	if _, err := e.Run(paths, &col); err != nil {
		t.Fatal(err)
	}
	return col.results
}

// findings renders the findings of the given rules (every rule when none
// is given) as "path:post line:col rule[platform] severity".
func findings(results []lint.PostResult, only ...string) []string {
	var out []string
	for _, r := range results {
		for _, f := range r.Findings {
			if len(only) > 0 && !contains(only, f.Rule) {
				continue
			}
			plat := ""
			if f.Platform != "" {
				plat = "[" + f.Platform + "]"
			}
			out = append(out, fmt.Sprintf("%s:%d %d:%d %s%s %s", f.Path, f.Post, f.Range.Start.Line, f.Range.Start.Column, f.Rule, plat, f.Severity))
		}
	}
	return out
}

func messages(results []lint.PostResult, rule string) []string {
	var out []string
	for _, r := range results {
		for _, f := range r.Findings {
			if f.Rule == rule {
				out = append(out, f.Message.EN)
			}
		}
	}
	return out
}

func equal(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n  got  %q\n  want %q", what, got, want)
	}
}

// TestFileRulesInTheEngine runs the calendar rules end to end: findings
// land on the right row, in order with the per-post findings, and obey the
// config, overrides and --disable.
func TestFileRulesInTheEngine(t *testing.T) {
	var b strings.Builder
	b.WriteString("tanggal,platform,naskah\n")
	for i := 1; i <= 6; i++ {
		fmt.Fprintf(&b, "2026-04-10,instagram,\"Kirab budaya sesi %d.\nMulai pukul 13.00. #HUTSleman\"\n", i)
	}
	b.WriteString("2026-04-11,instagram,\"Kirab budaya sesi 2.\n  Mulai pukul 13.00. #HUTSleman\"\n")
	cal := b.String()
	cfg := "[calendar]\ncaption = [\"naskah\"]\n"
	files := map[string]string{"kalender/april.csv": cal, "arsip/maret.csv": cal}
	only := []string{"posting-frequency", "duplicate-caption"}

	got := findings(lintTree(t, cfg, files, []string{"kalender"}, nil), only...)
	equal(t, "calendar findings", got, []string{
		"kalender/april.csv:6 12:1 posting-frequency[instagram] info",
		"kalender/april.csv:7 14:23 duplicate-caption warning",
	})

	// Severity from the config, and an override switching a rule off.
	cfg2 := cfg + "[rules.posting-frequency]\nseverity = \"warning\"\nmax_per_day = 6\n" +
		"[[overrides]]\nfiles = [\"arsip/**\"]\nrules = { duplicate-caption = { severity = \"off\" }, posting-frequency = { max_per_day = 3 } }\n"
	got = findings(lintTree(t, cfg2, files, []string{"kalender", "arsip"}, nil), only...)
	equal(t, "config and overrides", got, []string{
		"arsip/maret.csv:4 8:1 posting-frequency[instagram] warning",
		"kalender/april.csv:7 14:23 duplicate-caption warning",
	})

	got = findings(lintTree(t, cfg, files, []string{"kalender"}, func(o *Options) { o.Disable = []string{"duplicate-caption"} }), only...)
	equal(t, "--disable", got, []string{"kalender/april.csv:6 12:1 posting-frequency[instagram] info"})

	got = findings(lintTree(t, cfg, files, []string{"kalender"}, func(o *Options) { o.MinSeverity = 2 }), only...)
	equal(t, "--min-severity warning", got, []string{"kalender/april.csv:7 14:23 duplicate-caption warning"})

	// --platform replaces the calendar's own platforms.
	got = findings(lintTree(t, cfg, files, []string{"kalender"}, func(o *Options) { o.Platforms = []string{"x"} }), only...)
	equal(t, "--platform x", got, []string{"kalender/april.csv:7 14:23 duplicate-caption warning"})
}

func TestFileRulesDoNotChangeWithJobs(t *testing.T) {
	files := map[string]string{}
	for i := 0; i < 12; i++ {
		files[fmt.Sprintf("k%02d.csv", i)] = "date,caption\n2026-04-01,Halo warga.\n2026-04-02,halo  WARGA.\n"
	}
	one := findings(lintTree(t, "", files, nil, func(o *Options) { o.Jobs = 1 }))
	many := findings(lintTree(t, "", files, nil, func(o *Options) { o.Jobs = 8 }))
	equal(t, "jobs 8 vs 1", many, one)
	if len(one) < 12 {
		t.Errorf("expected a duplicate in every file: %q", one)
	}
}

func TestOverridePlatforms(t *testing.T) {
	cfg := "platforms = [\"facebook\"]\n[[overrides]]\nfiles = [\"x/**\"]\nplatforms = [\"x\"]\n"
	files := map[string]string{
		"x/a.md":   "Pasar murah di alun-alun. #a #b #c #d",
		"fb/a.md":  "Pasar murah di alun-alun. #a #b #c #d",
		"x/own.md": "---\nplatform: linkedin\n---\nPasar murah di alun-alun. #a #b #c #d #e #f",
	}
	got := findings(lintTree(t, cfg, files, nil, nil), "hashtag-count")
	sort.Strings(got)
	equal(t, "platforms per override", got, []string{
		"fb/a.md:1 1:36 hashtag-count[facebook] warning",
		"x/a.md:1 1:33 hashtag-count[x] warning",
		"x/own.md:1 4:42 hashtag-count[linkedin] warning",
	})
}

// TestListedFiles checks the filter --staged and --changed-since apply to
// git's list: what a walk of the repository would lint, narrowed by paths.
func TestListedFiles(t *testing.T) {
	bad := "Pasar murah hari ini. #a #b #c #d #e #f #g"
	files := map[string]string{
		"posts/a.md": bad, "posts/arsip/b.md": bad, "README.md": bad, ".github/c.md": bad,
		"posts/.d.md": bad, "gambar.png": bad, "kalender.csv": "caption\n" + bad + "\n", "lain/e.txt": bad,
	}
	listed := []string{"posts/a.md", "posts/arsip/b.md", "README.md", ".github/c.md", "posts/.d.md", "gambar.png", "kalender.csv", "lain/e.txt", "dihapus.md"}
	paths := func(res []lint.PostResult) []string {
		var out []string
		for _, r := range res {
			out = append(out, r.Path)
		}
		return out
	}
	withList := func(o *Options) {
		wd, _ := os.Getwd()
		o.Listed = &FileList{Root: wd, Paths: listed}
		// Content comes from the reader, not the disk: a file deleted on
		// disk but listed would still be read.
		o.ReadFile = func(p string) ([]byte, error) {
			rel, _ := filepath.Rel(wd, p)
			if c, ok := files[filepath.ToSlash(rel)]; ok {
				return []byte(c), nil
			}
			return []byte("Isi dari indeks."), nil
		}
	}
	cfg := "exclude = [\"posts/arsip/**\"]\n"
	equal(t, "no paths", paths(lintTree(t, cfg, files, nil, withList)),
		[]string{"README.md", "dihapus.md", "kalender.csv", "lain/e.txt", "posts/a.md"})
	equal(t, "include", paths(lintTree(t, cfg+"include = [\"posts/**\", \"*.csv\"]\n", files, nil, withList)),
		[]string{"kalender.csv", "posts/a.md"})
	equal(t, "narrowed", paths(lintTree(t, cfg+"include = [\"posts/**\"]\n", files, []string{"lain", "README.md"}, withList)),
		[]string{"README.md", "lain/e.txt"})
	dir := t.TempDir()
	t.Chdir(dir)
	e, err := New(Options{Listed: &FileList{Root: dir, Paths: []string{"a.md"}}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.Run([]string{"tidak-ada/"}, &collector{})
	var missing *MissingError
	if !errors.As(err, &missing) || missing.Paths[0] != "tidak-ada/" {
		t.Errorf("a narrowing path that does not exist: %v", err)
	}
	if _, err := e.Run([]string{"-"}, &collector{}); err == nil || !strings.Contains(err.Error(), "standard input") {
		t.Errorf("stdin with a list: %v", err)
	}
}
