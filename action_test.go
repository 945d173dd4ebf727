package main

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/sariftest"
	"go.yaml.in/yaml/v3"
)

// action.yml is the GitHub Action. GitHub cannot run here, so these tests
// check its shape (every input and step output it names exists) and run
// its shell steps with bash the way the runner would, with each env value
// evaluated from the inputs.

type actionFile struct {
	Name        string `yaml:"name"`
	Author      string `yaml:"author"`
	Description string `yaml:"description"`
	Branding    struct {
		Icon  string `yaml:"icon"`
		Color string `yaml:"color"`
	} `yaml:"branding"`
	Inputs  map[string]actionInput `yaml:"inputs"`
	Outputs map[string]struct {
		Description string `yaml:"description"`
		Value       string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

type actionInput struct {
	Description string  `yaml:"description"`
	Required    bool    `yaml:"required"`
	Default     *string `yaml:"default"`
}

type actionStep struct {
	Name  string            `yaml:"name"`
	ID    string            `yaml:"id"`
	If    string            `yaml:"if"`
	Uses  string            `yaml:"uses"`
	Shell string            `yaml:"shell"`
	Run   string            `yaml:"run"`
	Env   map[string]string `yaml:"env"`
	With  map[string]string `yaml:"with"`
}

func readAction(t *testing.T) (actionFile, string) {
	t.Helper()
	raw, err := os.ReadFile("action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var a actionFile
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	dec.KnownFields(true) // a misspelt key is an error, as on GitHub
	if err := dec.Decode(&a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	return a, string(raw)
}

func (a actionFile) step(t *testing.T, id string) actionStep {
	t.Helper()
	for _, s := range a.Runs.Steps {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("action.yml has no step with id %q", id)
	return actionStep{}
}

var (
	inputRef      = regexp.MustCompile(`\binputs\.([A-Za-z0-9_-]+)`)
	stepOutputRef = regexp.MustCompile(`\bsteps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)`)
	outputWrite   = regexp.MustCompile(`echo "([A-Za-z0-9_-]+)=[^"]*" >> "\$GITHUB_OUTPUT"`)
	// oneExpression is an env value that is a single expression.
	oneExpression = regexp.MustCompile(`^\$\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}$`)
	pinnedAction  = regexp.MustCompile(`^[\w.-]+/[\w./-]+@v\d+$`)
)

func TestActionShape(t *testing.T) {
	a, raw := readAction(t)
	if a.Name == "" || a.Description == "" {
		t.Error("action.yml needs a name and a description")
	}
	// The colours GitHub's metadata syntax accepts.
	if c := a.Branding.Color; c != "" && !slices.Contains([]string{"white", "black", "yellow", "blue", "green", "orange", "red", "purple", "gray-dark"}, c) {
		t.Errorf("branding color %q is not one GitHub accepts", c)
	}
	if a.Runs.Using != "composite" {
		t.Fatalf("runs.using = %q, want composite", a.Runs.Using)
	}
	for name, in := range a.Inputs {
		if in.Description == "" {
			t.Errorf("input %s has no description", name)
		}
		if !in.Required && in.Default == nil {
			t.Errorf("optional input %s has no default", name)
		}
	}

	// Every input the steps name exists, and every input is used.
	used := map[string]bool{}
	for _, m := range inputRef.FindAllStringSubmatch(raw, -1) {
		used[m[1]] = true
		if _, ok := a.Inputs[m[1]]; !ok {
			t.Errorf("action.yml refers to inputs.%s, which it does not declare", m[1])
		}
	}
	for name := range a.Inputs {
		if !used[name] {
			t.Errorf("input %s is declared but never used", name)
		}
	}

	// Every step output named is written by that step.
	written := map[string][]string{}
	ids := map[string]bool{}
	for _, s := range a.Runs.Steps {
		if s.ID != "" {
			if ids[s.ID] {
				t.Errorf("two steps have the id %q", s.ID)
			}
			ids[s.ID] = true
		}
		for _, m := range outputWrite.FindAllStringSubmatch(s.Run, -1) {
			written[s.ID] = append(written[s.ID], m[1])
		}
	}
	for _, m := range stepOutputRef.FindAllStringSubmatch(raw, -1) {
		if !slices.Contains(written[m[1]], m[2]) {
			t.Errorf("action.yml refers to steps.%s.outputs.%s, which no step writes", m[1], m[2])
		}
	}
	for name, out := range a.Outputs {
		if out.Description == "" || !stepOutputRef.MatchString(out.Value) {
			t.Errorf("output %s needs a description and a step output as its value", name)
		}
	}

	for _, s := range a.Runs.Steps {
		switch {
		case s.Run != "" && s.Uses != "":
			t.Errorf("step %q has both run and uses", s.Name)
		case s.Run != "":
			// A composite action's run step must name its shell.
			if s.Shell != "bash" {
				t.Errorf("step %q: shell is %q, want bash", s.Name, s.Shell)
			}
			// Inputs are passed through env, never pasted into the
			// script, where a quote in an input would become code.
			if strings.Contains(s.Run, "${{") {
				t.Errorf("step %q: an expression inside run; pass it through env", s.Name)
			}
			for k, v := range s.Env {
				if !oneExpression.MatchString(v) {
					t.Errorf("step %q: env %s = %q is not one expression", s.Name, k, v)
				}
			}
		case s.Uses != "":
			if !pinnedAction.MatchString(s.Uses) {
				t.Errorf("step %q uses %q: name a major version (@v6)", s.Name, s.Uses)
			}
		default:
			t.Errorf("step %q has neither run nor uses", s.Name)
		}
	}
}

// actionRun runs the action's shell steps as the runner would, in a
// folder holding posts/ (a copy of examples/posts).
type actionRun struct {
	t       *testing.T
	a       actionFile
	inputs  map[string]string
	outputs map[string]map[string]string // step id → output → value
	github  map[string]string            // the github context
	temp    string                       // RUNNER_TEMP
	work    string                       // the workspace
}

func newActionRun(t *testing.T, a actionFile, inputs map[string]string) *actionRun {
	src, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	r := &actionRun{t: t, a: a, inputs: map[string]string{}, outputs: map[string]map[string]string{},
		github: map[string]string{"action_path": src, "action_ref": "v1.2.3"},
		temp:   t.TempDir(), work: t.TempDir()}
	for name, in := range a.Inputs {
		if in.Default != nil {
			r.inputs[name] = *in.Default
		}
	}
	for k, v := range inputs {
		if _, ok := a.Inputs[k]; !ok {
			t.Fatalf("no input %q", k)
		}
		r.inputs[k] = v
	}
	copyDir(t, filepath.Join("examples", "posts"), filepath.Join(r.work, "posts"))
	return r
}

// eval evaluates one env expression.
func (r *actionRun) eval(expr string) string {
	m := oneExpression.FindStringSubmatch(expr)
	if m == nil {
		r.t.Fatalf("cannot evaluate %q", expr)
	}
	parts := strings.Split(m[1], ".")
	switch {
	case len(parts) == 2 && parts[0] == "inputs":
		return r.inputs[parts[1]]
	case len(parts) == 2 && parts[0] == "github":
		if v, ok := r.github[parts[1]]; ok {
			return v
		}
	case len(parts) == 4 && parts[0] == "steps" && parts[2] == "outputs":
		return r.outputs[parts[1]][parts[3]]
	}
	r.t.Fatalf("cannot evaluate %q", expr)
	return ""
}

// run runs the step with the given id and returns its output and exit code.
func (r *actionRun) run(id string) (string, int) {
	t := r.t
	s := r.a.step(t, id)
	outFile := filepath.Join(t.TempDir(), "github_output")
	cmd := exec.Command("bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c", s.Run)
	cmd.Dir = r.work
	cmd.Env = append(os.Environ(), "RUNNER_TEMP="+r.temp, "GITHUB_OUTPUT="+outFile,
		"GITHUB_PATH="+filepath.Join(r.temp, "github_path"), "NO_COLOR=1", "LANG=C", "LC_ALL=")
	for k, v := range s.Env {
		cmd.Env = append(cmd.Env, k+"="+r.eval(v))
	}
	out, err := cmd.CombinedOutput()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("step %s: %v", id, err)
	}
	r.outputs[id] = map[string]string{}
	if f, err := os.Open(outFile); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), "="); ok {
				r.outputs[id][k] = v
			}
		}
		_ = f.Close()
	}
	return string(out), code
}

// TestActionRuns builds postlint with the action's build step and lints
// examples/posts with its lint step, then checks the outputs, the SARIF
// file the upload step would send and the final step's exit code.
func TestActionRuns(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
	a, _ := readAction(t)
	r := newActionRun(t, a, map[string]string{"paths": "posts/en-x-good.md\n  posts/", "args": "--jobs 2"})

	out, code := r.run("install")
	if code != 0 || !strings.Contains(out, "postlint v1.2.3 (") {
		t.Fatalf("the build step exited %d; it should print the version of the ref (v1.2.3):\n%s", code, out)
	}
	bin := r.outputs["install"]["path"]
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("the build step's path output %q: %v", bin, err)
	}

	out, code = r.run("lint")
	if code != 0 {
		t.Fatalf("the lint step should succeed and report postlint's exit code (exit %d):\n%s", code, out)
	}
	if got := r.outputs["lint"]["exit-code"]; got != "1" {
		t.Errorf("exit-code = %q, want 1 (examples/posts has errors on purpose):\n%s", got, out)
	}
	if !strings.Contains(out, "postlint lint --jobs 2 --format github --format sarif:postlint.sarif posts/en-x-good.md posts/\n") {
		t.Errorf("the lint step ran another command:\n%s", out)
	}
	if !regexp.MustCompile(`(?m)^::error file=posts/`).MatchString(out) {
		t.Errorf("no annotations in the log:\n%s", out)
	}
	sarif := r.outputs["lint"]["sarif-file"]
	if sarif != a.Inputs["sarif-file"].defaultValue() {
		t.Fatalf("sarif-file output = %q, want the input's default", sarif)
	}
	data, err := os.ReadFile(filepath.Join(r.work, sarif))
	if err != nil {
		t.Fatal(err)
	}
	checkOutput(t, sariftest.New(t), "action", "sarif", data)
	if up := a.step(t, "upload"); up.With["sarif_file"] != "${{ steps.lint.outputs.sarif-file }}" {
		t.Errorf("the upload step sends %q, not the lint step's sarif-file", up.With["sarif_file"])
	}

	if _, code := r.run("fail"); code != 1 {
		t.Errorf("the final step exited %d, want postlint's 1", code)
	}

	// fail-on none passes; no SARIF file, no output to upload.
	r.inputs["fail-on"], r.inputs["sarif-file"], r.inputs["format"] = "none", "", "text"
	out, code = r.run("lint")
	if code != 0 || r.outputs["lint"]["exit-code"] != "0" || r.outputs["lint"]["sarif-file"] != "" {
		t.Errorf("with fail-on none and no SARIF: exit %d, outputs %v:\n%s", code, r.outputs["lint"], out)
	}

	// A config error is exit code 2, which the final step passes on.
	r.inputs["args"] = "--no-such-flag"
	if out, _ := r.run("lint"); r.outputs["lint"]["exit-code"] != "2" {
		t.Errorf("an unknown flag: exit-code %q, want 2:\n%s", r.outputs["lint"]["exit-code"], out)
	}
	if _, code := r.run("fail"); code != 2 {
		t.Errorf("the final step exited %d, want postlint's 2", code)
	}
}

func (in actionInput) defaultValue() string {
	if in.Default == nil {
		return ""
	}
	return *in.Default
}

// TestActionExample checks examples/ci/postlint-action.yml against
// action.yml: it uses this action with inputs that exist, and grants the
// permission the SARIF upload needs.
func TestActionExample(t *testing.T) {
	a, _ := readAction(t)
	doc := readYAML(t, filepath.Join("examples", "ci", "postlint-action.yml"))
	var uses []map[string]any
	for _, s := range githubSteps(t, doc) {
		if u, _ := s["uses"].(string); strings.HasPrefix(u, modulePathRepo(t)+"@") {
			uses = append(uses, s)
		}
	}
	if len(uses) != 1 {
		t.Fatalf("the example should use %s once, found %d", modulePathRepo(t), len(uses))
	}
	with, _ := uses[0]["with"].(map[string]any)
	for k := range with {
		if _, ok := a.Inputs[k]; !ok {
			t.Errorf("the example sets input %q, which action.yml does not declare", k)
		}
	}
	if v, _ := with["upload-sarif"].(string); v != "false" {
		jobs, _ := doc["jobs"].(map[string]any)
		for name, j := range jobs {
			perms, _ := j.(map[string]any)["permissions"].(map[string]any)
			if perms["security-events"] != "write" {
				t.Errorf("job %s uploads SARIF but lacks permissions: security-events: write", name)
			}
		}
	}
}

// modulePathRepo is the GitHub repository of the module, owner/name.
func modulePathRepo(t *testing.T) string {
	t.Helper()
	repo, ok := strings.CutPrefix(modulePath(t), "github.com/")
	if !ok {
		t.Fatalf("module path %q is not on GitHub", modulePath(t))
	}
	return repo
}
