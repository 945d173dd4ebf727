package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/rules"
)

// rule is the part of a Vale existence rule the tool writes.
type rule struct {
	Extends    string   `yaml:"extends"`
	Message    string   `yaml:"message"`
	Level      string   `yaml:"level"`
	IgnoreCase bool     `yaml:"ignorecase"`
	Tokens     []string `yaml:"tokens"`
}

// TestRuleYAML checks that each phrase comes back from the YAML as a
// regular expression matching exactly the phrase.
func TestRuleYAML(t *testing.T) {
	phrases := []string{`plain`, `two words`, `a.b`, `(sic)`, `"quoted"`, `back\slash`, `rp <n>`, `pre-`, `*`, `50% off`, `café`, `🙏 please`, `$5 [x]|{y}^`}
	var r rule
	if err := yaml.Unmarshal(ruleYAML("en", "test", phrases), &r); err != nil {
		t.Fatal(err)
	}
	want := rule{Extends: "existence", Message: "'%s' is on postlint's en/test list.", Level: "warning", IgnoreCase: true}
	if diff := cmp.Diff(want, rule{r.Extends, r.Message, r.Level, r.IgnoreCase, nil}); diff != "" {
		t.Errorf("rule fields (-want +got):\n%s", diff)
	}
	if len(r.Tokens) != len(phrases) {
		t.Fatalf("got %d tokens, want %d", len(r.Tokens), len(phrases))
	}
	for i, p := range phrases {
		re, err := regexp.Compile(`^(?:` + r.Tokens[i] + `)$`)
		if err != nil {
			t.Errorf("token %q: %v", r.Tokens[i], err)
			continue
		}
		if !re.MatchString(p) || re.MatchString(p+"x") {
			t.Errorf("token %q does not match exactly %q", r.Tokens[i], p)
		}
	}
}

// TestRun checks that every list with entries in a language gets one
// rule whose tokens are that list's phrases, in order.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	lex, err := rules.NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	var lists, phrases int
	for _, lang := range []string{i18n.EN, i18n.ID} {
		for _, list := range lex.Lists() {
			entries := lex.Entries(list, lang)
			path := filepath.Join(dir, "Postlint", lang+"-"+list+".yml")
			data, err := os.ReadFile(path)
			if len(entries) == 0 {
				if err == nil {
					t.Errorf("%s written for a list without entries", path)
				}
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			var r rule
			if err := yaml.Unmarshal(data, &r); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			var want []string
			for _, e := range entries {
				want = append(want, regexp.QuoteMeta(e.Phrase))
			}
			if diff := cmp.Diff(want, r.Tokens); diff != "" {
				t.Errorf("%s tokens (-want +got):\n%s", path, diff)
			}
			lists++
			phrases += len(entries)
		}
	}
	written, _ := filepath.Glob(filepath.Join(dir, "Postlint", "*.yml"))
	if len(written) != lists || lists == 0 {
		t.Errorf("wrote %d rules for %d lists with entries", len(written), lists)
	}
	if want := fmt.Sprintf("wrote %d rules (%d phrases) to %s\n", lists, phrases, filepath.Join(dir, "Postlint")); stdout.String() != want {
		t.Errorf("stdout = %q, want %q", stdout.String(), want)
	}
}

func TestRunUsage(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"no folder", nil, 2},
		{"two folders", []string{"a", "b"}, 2},
		{"bad flag", []string{"-nope", "a"}, 2},
		{"folder not writable", []string{filepath.Join(file, "sub")}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tt.args, &stdout, &stderr); code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, stderr.String())
			}
		})
	}
}
