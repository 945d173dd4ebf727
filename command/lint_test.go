package command

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/postlint/postlint/engine"
	"github.com/postlint/postlint/lint"
)

func testEnv(stdout, stderr *bytes.Buffer) Env {
	return Env{
		Stdin: strings.NewReader(""), Stdout: stdout, Stderr: stderr,
		Getenv:     func(string) string { return "" },
		IsTerminal: func(io.Writer) bool { return false },
	}
}

func folderNames(t *testing.T, dir string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return strings.Join(names, " ")
}

// TestReportsAreWrittenAtomically: a report file appears only once it is
// complete; a refused or failed run leaves what the path held, and no
// temporary file behind.
func TestReportsAreWrittenAtomically(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("post.md", []byte("Cetak KTP-el kini bisa hari Sabtu.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("report.json", []byte("old report\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	// Refused: the second report would overwrite the draft.
	code, err := Lint(LintOptions{Config: ConfigOptions{NoConfig: true}, Paths: []string{"post.md"},
		Formats: []string{"json:report.json", "sarif:post.md"}}, testEnv(&stdout, &stderr))
	if code != ExitError || err == nil || !strings.Contains(err.Error(), "the report would overwrite post.md") {
		t.Fatalf("code %d, err %v", code, err)
	}
	if data, _ := os.ReadFile("report.json"); string(data) != "old report\n" {
		t.Errorf("a refused run changed report.json: %q", data)
	}
	if data, _ := os.ReadFile("post.md"); string(data) != "Cetak KTP-el kini bisa hari Sabtu.\n" {
		t.Errorf("a refused run changed the draft: %q", data)
	}
	if got := folderNames(t, dir); got != "post.md report.json" {
		t.Errorf("files left: %s", got)
	}
	// Failed: a missing config.
	code, _ = Lint(LintOptions{Config: ConfigOptions{Path: "nope.toml"}, Paths: []string{"post.md"},
		Formats: []string{"json:report.json"}}, testEnv(&stdout, &stderr))
	if data, _ := os.ReadFile("report.json"); code != ExitError || string(data) != "old report\n" {
		t.Errorf("a failed run: code %d, report.json %q", code, data)
	}
	// Written: the whole report replaces the old one, keeping its mode.
	code, err = Lint(LintOptions{Config: ConfigOptions{NoConfig: true}, Paths: []string{"post.md"}, FailOn: "none",
		Formats: []string{"json:report.json", "sarif:out/report.sarif"}}, testEnv(&stdout, &stderr))
	if code != ExitOK || err != nil {
		t.Fatalf("code %d, err %v", code, err)
	}
	data, _ := os.ReadFile("report.json")
	if !bytes.HasPrefix(data, []byte("{")) || !bytes.HasSuffix(data, []byte("}\n")) {
		t.Errorf("report.json: %q", data)
	}
	if info, err := os.Stat("report.json"); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("report.json mode: %v %v", info.Mode(), err)
	}
	if info, err := os.Stat(filepath.Join("out", "report.sarif")); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("out/report.sarif: %v", err)
	}
	if got := folderNames(t, dir) + " | " + folderNames(t, "out"); got != "out post.md report.json | report.sarif" {
		t.Errorf("files left: %s", got)
	}
}

// TestLintExitCodes: a crash of postlint (internal-error findings) exits 3,
// ahead of missing paths (2) and findings (1), and says it is a bug.
func TestLintExitCodes(t *testing.T) {
	missing := &engine.MissingError{Paths: []string{"nope.md"}}
	tests := []struct {
		internal, failing int
		missing           error
		want              int
	}{
		{0, 0, nil, ExitOK},
		{0, 2, nil, ExitFindings},
		{0, 2, missing, ExitError},
		{1, 0, nil, ExitInternal},
		{2, 5, missing, ExitInternal},
	}
	for _, tt := range tests {
		var stderr bytes.Buffer
		code, err := lintExit(lint.Summary{Internal: tt.internal}, tt.failing, tt.missing, &stderr)
		if code != tt.want {
			t.Errorf("%+v: exit %d, want %d", tt, code, tt.want)
		}
		if tt.internal > 0 {
			if err == nil || !strings.Contains(err.Error(), "this is a bug in postlint, please report it") {
				t.Errorf("%+v: err %v", tt, err)
			}
			if tt.missing != nil && !strings.Contains(stderr.String(), "nope.md: no such file or directory") {
				t.Errorf("missing paths not reported beside the crash: %q", stderr.String())
			}
		}
	}
}
