package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/sariftest"
	"go.yaml.in/yaml/v3"
)

// The CI examples in examples/ci show commands users copy as they are,
// so TestCIExamples runs them. The convention, stated at the top of both
// files: every line of a GitHub Actions `run:` step, and of a GitLab
// `script:` (or before_script/after_script) list, that starts with
// "postlint " is run with the binary under test, from a folder where
// posts/ holds a copy of examples/posts. Those lines must be plain
// commands (no shell syntax), since the test runs them without a shell.

// ciCommand is one postlint line of an example.
type ciCommand struct {
	line string
	args []string // without the leading "postlint"
}

// shellSyntax would need a shell to mean what it says.
const shellSyntax = "|&;<>()$`\\\"'*?[]#~"

func parseCommand(t *testing.T, line string) ciCommand {
	t.Helper()
	if strings.ContainsAny(line, shellSyntax) {
		t.Fatalf("%q: keep example postlint lines plain commands, without shell syntax", line)
	}
	fields := strings.Fields(line)
	return ciCommand{line: line, args: fields[1:]}
}

// postlintLines picks the postlint commands out of a script.
func postlintLines(t *testing.T, script string) []ciCommand {
	var out []ciCommand
	for _, line := range strings.Split(script, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "postlint ") {
			out = append(out, parseCommand(t, line))
		}
	}
	return out
}

func readYAML(t *testing.T, path string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return doc
}

// githubSteps returns every step of every job.
func githubSteps(t *testing.T, doc map[string]any) []map[string]any {
	t.Helper()
	jobs, _ := doc["jobs"].(map[string]any)
	if len(jobs) == 0 {
		t.Fatal("the workflow has no jobs")
	}
	var steps []map[string]any
	for _, job := range jobs {
		list, _ := job.(map[string]any)["steps"].([]any)
		for _, s := range list {
			steps = append(steps, s.(map[string]any))
		}
	}
	return steps
}

// gitlabScripts returns every script line of every job.
func gitlabScripts(doc map[string]any) []string {
	var lines []string
	for _, v := range doc {
		job, ok := v.(map[string]any)
		if !ok {
			continue
		}
		for _, key := range []string{"before_script", "script", "after_script"} {
			list, _ := job[key].([]any)
			for _, l := range list {
				if s, ok := l.(string); ok {
					lines = append(lines, s)
				}
			}
		}
	}
	return lines
}

// outputs maps each --format name to its file ("" for standard output).
func (c ciCommand) outputs() map[string]string {
	out := map[string]string{}
	for i := 0; i < len(c.args); i++ {
		spec, ok := strings.CutPrefix(c.args[i], "--format=")
		if !ok {
			if c.args[i] != "--format" && c.args[i] != "-f" || i+1 == len(c.args) {
				continue
			}
			i++
			spec = c.args[i]
		}
		name, path, _ := strings.Cut(spec, ":")
		out[name] = path
	}
	return out
}

// copyDir copies examples/posts for the commands to lint.
func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		target := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// runExample runs one command in a fresh folder holding posts/ and returns
// that folder and the command's standard output.
func runExample(t *testing.T, c ciCommand) (dir, stdout string) {
	t.Helper()
	dir = t.TempDir()
	copyDir(t, filepath.Join("examples", "posts"), filepath.Join(dir, "posts"))
	// testscript.Main (TestMain) put the binary under test on PATH as
	// "postlint".
	cmd := exec.Command("postlint", c.args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "LANG=C", "LC_ALL=", "LC_MESSAGES=")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s: %v", c.line, err)
	}
	// examples/posts holds drafts with errors on purpose, so a CI job fails.
	if code != 1 || errOut.Len() > 0 {
		t.Fatalf("%s: exit code %d, want 1; stderr:\n%s", c.line, code, errOut.String())
	}
	return dir, out.String()
}

// checkOutput checks one report the command wrote.
func checkOutput(t *testing.T, v *sariftest.Validator, line, format string, data []byte) {
	t.Helper()
	if len(data) == 0 {
		t.Errorf("%s: the %s report is empty", line, format)
		return
	}
	switch format {
	case "sarif":
		var doc struct {
			Runs []struct {
				Results []json.RawMessage `json:"results"`
			} `json:"runs"`
		}
		if err := json.Unmarshal(data, &doc); err != nil || len(doc.Runs) != 1 || len(doc.Runs[0].Results) == 0 {
			t.Errorf("%s: SARIF without results (%v)", line, err)
		}
		if err := v.Validate(data); err != nil {
			t.Errorf("%s: SARIF does not validate against the 2.1.0 schema: %v", line, err)
		}
	case "junit", "checkstyle":
		root := map[string]string{"junit": "testsuites", "checkstyle": "checkstyle"}[format]
		var doc struct{ XMLName xml.Name }
		if err := xml.Unmarshal(data, &doc); err != nil || doc.XMLName.Local != root {
			t.Errorf("%s: %s report is not <%s> XML: %v", line, format, root, err)
		}
		if !bytes.Contains(data, []byte("examples")) && !bytes.Contains(data, []byte("posts/")) {
			t.Errorf("%s: %s report names no draft", line, format)
		}
	case "codequality", "json":
		if !json.Valid(data) || !bytes.Contains(data, []byte(`"posts/`)) {
			t.Errorf("%s: %s report is not JSON about posts/", line, format)
		}
	case "github":
		for _, l := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
			if !strings.HasPrefix(l, "::error ") && !strings.HasPrefix(l, "::warning ") && !strings.HasPrefix(l, "::notice ") {
				t.Errorf("%s: not a workflow command: %q", line, l)
			}
		}
	case "text":
		if !bytes.Contains(data, []byte(" error ")) && !bytes.Contains(data, []byte("  error  ")) {
			t.Errorf("%s: the text report shows no error", line)
		}
	default:
		t.Errorf("%s: no check for format %q", line, format)
	}
}

// checkCommands runs the commands and checks every report they write; it
// returns where each format went: its file, or "-" for standard output.
func checkCommands(t *testing.T, v *sariftest.Validator, cmds []ciCommand) map[string]string {
	t.Helper()
	written := map[string]string{}
	for _, c := range cmds {
		dir, stdout := runExample(t, c)
		for format, path := range c.outputs() {
			if path == "" || path == "-" {
				checkOutput(t, v, c.line, format, []byte(stdout))
				written[format] = "-"
				continue
			}
			data, err := os.ReadFile(filepath.Join(dir, path))
			if err != nil {
				t.Errorf("%s: %v", c.line, err)
				continue
			}
			checkOutput(t, v, c.line, format, data)
			written[format] = path
		}
	}
	return written
}

func modulePath(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("go.mod")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(data), "\n") {
		if m, ok := strings.CutPrefix(l, "module "); ok {
			return strings.TrimSpace(m)
		}
	}
	t.Fatal("go.mod has no module line")
	return ""
}

func TestCIExamples(t *testing.T) {
	v := sariftest.New(t)
	install := "go install " + modulePath(t) + "@"

	t.Run("github-actions", func(t *testing.T) {
		doc := readYAML(t, filepath.Join("examples", "ci", "github-actions.yml"))
		var cmds []ciCommand
		var uploaded, installs []string
		for _, s := range githubSteps(t, doc) {
			if run, ok := s["run"].(string); ok {
				cmds = append(cmds, postlintLines(t, run)...)
				if strings.Contains(run, install) {
					installs = append(installs, run)
				}
			}
			if uses, _ := s["uses"].(string); strings.HasPrefix(uses, "github/codeql-action/upload-sarif@") {
				with, _ := s["with"].(map[string]any)
				f, _ := with["sarif_file"].(string)
				uploaded = append(uploaded, f)
			}
		}
		if len(cmds) == 0 || len(installs) == 0 {
			t.Fatalf("the workflow should install postlint with %q and run it (found %d postlint lines)", install, len(cmds))
		}
		written := checkCommands(t, v, cmds)
		if sarif := written["sarif"]; sarif == "" || sarif == "-" || written["github"] != "-" {
			t.Errorf("the workflow should print github annotations and write SARIF to a file: %v", written)
		}
		if len(uploaded) != 1 || uploaded[0] != written["sarif"] {
			t.Errorf("upload-sarif uploads %v, but postlint writes %q", uploaded, written["sarif"])
		}
	})

	t.Run("gitlab-ci", func(t *testing.T) {
		doc := readYAML(t, filepath.Join("examples", "ci", "gitlab-ci.yml"))
		var cmds []ciCommand
		installs := 0
		for _, s := range gitlabScripts(doc) {
			cmds = append(cmds, postlintLines(t, s)...)
			if strings.Contains(s, install) {
				installs++
			}
		}
		if len(cmds) == 0 || installs == 0 {
			t.Fatalf("the job should install postlint with %q and run it (found %d postlint lines)", install, len(cmds))
		}
		written := checkCommands(t, v, cmds)
		job, _ := doc["postlint"].(map[string]any)
		artifacts, _ := job["artifacts"].(map[string]any)
		reports, _ := artifacts["reports"].(map[string]any)
		for _, format := range []string{"junit", "codequality"} {
			if got, _ := reports[format].(string); got == "" || got == "-" || got != written[format] {
				t.Errorf("artifacts:reports:%s is %q, but postlint writes %q", format, got, written[format])
			}
		}
		if when, _ := artifacts["when"].(string); when != "always" {
			t.Errorf("artifacts:when is %q: the reports matter most when the job fails", when)
		}
	})
}
