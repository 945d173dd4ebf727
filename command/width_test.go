package command

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
)

func TestTermWidth(t *testing.T) {
	env := func(terminal bool, columns string) Env {
		return Env{
			Getenv:     func(k string) string { return map[string]string{"COLUMNS": columns}[k] },
			IsTerminal: func(io.Writer) bool { return terminal },
		}
	}
	var buf bytes.Buffer
	for _, tt := range []struct {
		terminal bool
		columns  string
		want     int
	}{
		{true, "120", 120},
		{true, " 50 ", 50},
		{true, "", 80},     // a terminal whose size cannot be read (not a file)
		{true, "wide", 80}, // not a number
		{true, "-3", 80},   // not a width
		{false, "120", 80}, // a pipe or a file: never the window's width
		{false, "", 80},
	} {
		if got := termWidth(&buf, env(tt.terminal, tt.columns)); got != tt.want {
			t.Errorf("terminal %v, COLUMNS %q: width %d, want %d", tt.terminal, tt.columns, got, tt.want)
		}
	}
	if got := termWidth(&buf, Env{}); got != 80 {
		t.Errorf("no terminal check: %d", got)
	}
}

// TestLintFitsTheTerminal: the text report's excerpts fit the terminal
// the report goes to (COLUMNS here); a report to a pipe or a file uses 80
// columns.
func TestLintFitsTheTerminal(t *testing.T) {
	t.Chdir(t.TempDir())
	long := "Cetak KTP-el kini bisa hari Sabtu di semua kantor kecamatan se-Kabupaten Sleman, pukul 08.00–12.00 WIB, bawa KK asli dan tanda terima perekaman, #a #b #c #d #e #f #g\n"
	if err := os.WriteFile("post.md", []byte(long), 0o644); err != nil {
		t.Fatal(err)
	}
	widest := func(terminal bool) int {
		var stdout, stderr bytes.Buffer
		env := Env{
			Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr,
			Getenv:     func(k string) string { return map[string]string{"COLUMNS": "50"}[k] },
			IsTerminal: func(io.Writer) bool { return terminal },
		}
		if code, err := Lint(LintOptions{Config: ConfigOptions{NoConfig: true}, Paths: []string{"post.md"}, Color: "never", Quiet: true}, env); code != ExitFindings {
			t.Fatalf("code %d, err %v\n%s", code, err, stderr.String())
		}
		w := 0
		for _, line := range strings.Split(stdout.String(), "\n") {
			if strings.HasPrefix(line, "    ") && !strings.HasPrefix(line, "    →") {
				w = max(w, uniseg.StringWidth(line))
			}
		}
		return w
	}
	if w := widest(true); w != 50 {
		t.Errorf("on a 50-column terminal the widest excerpt is %d columns, want 50", w)
	}
	if w := widest(false); w != 80 {
		t.Errorf("to a pipe the widest excerpt is %d columns, want 80", w)
	}
}
