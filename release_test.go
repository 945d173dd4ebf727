package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The release files (.goreleaser.yaml, Dockerfile, action.yml) set the
// version with -ldflags "-X path.name=…", which the linker silently
// ignores when path.name does not exist. TestReleaseFilesStampTheVersion
// keeps them pointing at a package-level string variable.
func TestReleaseFilesStampTheVersion(t *testing.T) {
	stamp := regexp.MustCompile(`-X ([\w./-]+)\.(\w+)=`)
	mod := modulePath(t)
	for _, file := range []string{".goreleaser.yaml", "Dockerfile", "action.yml"} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		ms := stamp.FindAllStringSubmatch(string(data), -1)
		if len(ms) == 0 {
			t.Errorf("%s sets no version with -X", file)
		}
		for _, m := range ms {
			dir, ok := strings.CutPrefix(m[1], mod+"/")
			if !ok || !declaresStringVar(t, dir, m[2]) {
				t.Errorf("%s: -X %s.%s names no package-level string variable of this module", file, m[1], m[2])
			}
		}
	}
}

// declaresStringVar reports whether the package in dir declares a
// package-level variable name of type string, or initialised with a
// string literal.
func declaresStringVar(t *testing.T, dir, name string) bool {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(dir, e.Name()), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if n.Name != name {
						continue
					}
					if id, ok := vs.Type.(*ast.Ident); ok && id.Name == "string" {
						return true
					}
					if i < len(vs.Values) {
						if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// The Dockerfile builds with the Go release go.mod asks for.
func TestDockerfileGoVersion(t *testing.T) {
	data, err := os.ReadFile("Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	from := regexp.MustCompile(`(?m)^FROM golang:(\d+\.\d+)\S* AS build$`).FindStringSubmatch(string(data))
	gomod, err := os.ReadFile("go.mod")
	if err != nil {
		t.Fatal(err)
	}
	want := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindStringSubmatch(string(gomod))
	if from == nil || want == nil || from[1] != want[1] {
		t.Errorf("the Dockerfile builds with golang:%v, go.mod asks for go %v", from, want)
	}
}

// The release workflow runs GoReleaser on version tags with the right to
// create a release; GitHub cannot run it here.
func TestReleaseWorkflow(t *testing.T) {
	doc := readYAML(t, filepath.Join(".github", "workflows", "release.yml"))
	on, _ := doc["on"].(map[string]any)
	push, _ := on["push"].(map[string]any)
	if tags, _ := push["tags"].([]any); len(tags) != 1 || tags[0] != "v*" {
		t.Errorf("the workflow should run on pushed v* tags, not %v", on)
	}
	var release []map[string]any
	for _, s := range githubSteps(t, doc) {
		if u, _ := s["uses"].(string); strings.HasPrefix(u, "goreleaser/goreleaser-action@") {
			release = append(release, s)
		}
		if u, _ := s["uses"].(string); strings.HasPrefix(u, "actions/checkout@") {
			if with, _ := s["with"].(map[string]any); with["fetch-depth"] != 0 {
				t.Error("checkout needs fetch-depth: 0: GoReleaser reads the tags and history")
			}
		}
	}
	if len(release) != 1 {
		t.Fatalf("the workflow should run goreleaser-action once, found %d", len(release))
	}
	with, _ := release[0]["with"].(map[string]any)
	if args, _ := with["args"].(string); !strings.HasPrefix(args, "release") {
		t.Errorf("goreleaser runs %q, want release", args)
	}
	jobs, _ := doc["jobs"].(map[string]any)
	for name, j := range jobs {
		perms, _ := j.(map[string]any)["permissions"].(map[string]any)
		if perms["contents"] != "write" {
			t.Errorf("job %s needs permissions: contents: write to publish", name)
		}
	}
}

// TestReleaseBuildsLeaveOutCLIDocs: the release archives, the Dockerfile,
// the GitHub Action, the README's install commands and scripts/bench.sh
// (which measures the binary as released) build with the tag that leaves
// out urfave/cli's docs code, which postlint does not use.
func TestReleaseBuildsLeaveOutCLIDocs(t *testing.T) {
	const tag = "urfave_cli_no_docs"
	for _, file := range []string{".goreleaser.yaml", "Dockerfile", "action.yml", "scripts/bench.sh"} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), tag) {
			t.Errorf("%s does not build with -tags %s", file, tag)
		}
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"go install -tags " + tag + " ", "go build -tags " + tag + " ."} {
		if !strings.Contains(string(readme), cmd) {
			t.Errorf("README.md has no %q", cmd)
		}
	}
}
