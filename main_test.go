package main

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/postlint/postlint/command"
	"github.com/rogpeppe/go-internal/testscript"
	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"postlint": main})
}

// TestScripts runs the binary end to end: flags, exit codes, stdin, every
// output format, config errors (testdata/script/*.txtar).
func TestScripts(t *testing.T) {
	examples, err := filepath.Abs("examples")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("EXAMPLES", examples)
			env.Setenv("NO_COLOR", "")
			env.Setenv("LANG", "C")
			// git in the scripts sees only the configuration they write:
			// no system or user files, no repository above the work folder.
			env.Setenv("HOME", env.WorkDir)
			env.Setenv("GIT_CONFIG_NOSYSTEM", "1")
			env.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(env.WorkDir))
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// exitcode N cmd args... runs cmd and checks its exact exit code,
			// which `! exec` cannot (it accepts any failure).
			"exitcode": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) < 2 {
					ts.Fatalf("usage: exitcode N command [args...]")
				}
				want, err := strconv.Atoi(args[0])
				if err != nil {
					ts.Fatalf("exitcode: %v", err)
				}
				err = ts.Exec(args[1], args[2:]...)
				got := 0
				var ee *exec.ExitError
				if errors.As(err, &ee) {
					got = ee.ExitCode()
				} else if err != nil {
					ts.Fatalf("exitcode: %v", err)
				}
				if got != want {
					ts.Fatalf("exit code %d, want %d", got, want)
				}
			},
			// mkxlsx [-password P] OUT SRC writes a workbook from a text
			// description (see writeWorkbook), as scripts cannot hold one.
			"mkxlsx": func(ts *testscript.TestScript, neg bool, args []string) {
				password := ""
				if len(args) > 2 && args[0] == "-password" {
					password, args = args[1], args[2:]
				}
				if neg || len(args) != 2 {
					ts.Fatalf("usage: mkxlsx [-password P] OUT SRC")
				}
				if err := writeWorkbook(ts.MkAbs(args[0]), ts.ReadFile(args[1]), password); err != nil {
					ts.Fatalf("mkxlsx: %v", err)
				}
			},
		},
	})
}

// writeWorkbook writes an .xlsx from a description: "sheet NAME" starts a
// sheet (the first line may leave it out: Sheet1), "merge A2:A4" merges a
// range, and any other line is the next row, cells separated by " | ". A
// cell "date:2026-05-04" is a date cell shown as 04/05/2026, "time:09:00"
// a time cell shown as 09:00; the rest is text.
func writeWorkbook(out, desc, password string) error {
	f := excelize.NewFile()
	defer f.Close()
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 14, CustomNumFmt: ptr("dd/mm/yyyy")})
	if err != nil {
		return err
	}
	timeStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("hh:mm")})
	if err != nil {
		return err
	}
	sheet, row := "Sheet1", 0
	for i, line := range strings.Split(strings.TrimRight(desc, "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "sheet "):
			name := strings.TrimPrefix(line, "sheet ")
			if i == 0 {
				err = f.SetSheetName(sheet, name)
			} else {
				_, err = f.NewSheet(name)
			}
			sheet, row = name, 0
		case strings.HasPrefix(line, "merge "):
			from, to, _ := strings.Cut(strings.TrimPrefix(line, "merge "), ":")
			err = f.MergeCell(sheet, from, to)
		default:
			row++
			for j, v := range strings.Split(line, " | ") {
				cell, _ := excelize.CoordinatesToCellName(j+1, row)
				switch {
				case v == "":
				case strings.HasPrefix(v, "date:"):
					var d time.Time
					if d, err = time.Parse("2006-01-02", strings.TrimPrefix(v, "date:")); err == nil {
						err = f.SetCellValue(sheet, cell, d)
					}
					if err == nil {
						err = f.SetCellStyle(sheet, cell, cell, dateStyle)
					}
				case strings.HasPrefix(v, "time:"):
					var t time.Time
					if t, err = time.Parse("15:04", strings.TrimPrefix(v, "time:")); err == nil {
						err = f.SetCellValue(sheet, cell, float64(t.Hour()*60+t.Minute())/(24*60))
					}
					if err == nil {
						err = f.SetCellStyle(sheet, cell, cell, timeStyle)
					}
				default:
					err = f.SetCellValue(sheet, cell, strings.ReplaceAll(v, `\n`, "\n"))
				}
				if err != nil {
					return err
				}
			}
		}
		if err != nil {
			return err
		}
	}
	return f.SaveAs(out, excelize.Options{Password: password})
}

func ptr(s string) *string { return &s }

var elapsed = regexp.MustCompile(`\b\d+ ms\b`)

// runGolden runs postlint in-process and compares its output with a golden
// file; go test -run TestGolden -update rewrites them.
func runGolden(t *testing.T, name string, wantCode int, args ...string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	env := command.Env{
		Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr,
		Getenv:     func(string) string { return "" },
		IsTerminal: func(io.Writer) bool { return false },
	}
	code := run(append([]string{"postlint"}, args...), env)
	if code != wantCode {
		t.Fatalf("exit code %d, want %d; stderr:\n%s", code, wantCode, stderr.String())
	}
	got := elapsed.ReplaceAllString(stdout.String(), "0 ms")
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestGolden -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test -run TestGolden -update rewrites it):\n%s", path, diffLines(string(want), got))
	}
}

// diffLines shows the first lines that differ.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var out strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 10; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			out.WriteString("line " + strconv.Itoa(i+1) + ":\n  want: " + wl + "\n  got:  " + gl + "\n")
			shown++
		}
	}
	return out.String()
}

// TestGolden lints the bundled examples with the built-in defaults, the way
// the README tells a new user to.
func TestGolden(t *testing.T) {
	t.Run("text", func(t *testing.T) { runGolden(t, "examples.txt", 1, "--no-config", "examples") })
	t.Run("text-id", func(t *testing.T) { runGolden(t, "examples-id.txt", 1, "--no-config", "--locale", "id", "examples") })
	t.Run("json", func(t *testing.T) { runGolden(t, "examples.json", 1, "--no-config", "--format", "json", "examples") })
	t.Run("rules", func(t *testing.T) { runGolden(t, "rules.txt", 0, "rules") })
}

// TestJobsDoNotChangeOutput checks byte-identical reports whatever the
// number of workers.
func TestJobsDoNotChangeOutput(t *testing.T) {
	out := func(jobs string) string {
		var stdout bytes.Buffer
		env := command.Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: io.Discard, Getenv: func(string) string { return "" }}
		run([]string{"postlint", "--no-config", "--jobs", jobs, "--format", "json", "examples"}, env)
		return stdout.String()
	}
	one := out("1")
	for _, jobs := range []string{"2", "8"} {
		if got := out(jobs); got != one {
			t.Errorf("--jobs %s output differs from --jobs 1", jobs)
		}
	}
}
