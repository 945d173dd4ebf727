package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"

	"github.com/postlint/postlint/rules"
)

const words = "../../rules/words"

func TestListPhrases(t *testing.T) {
	tests := []struct {
		name, data string
		want       []string
	}{
		{"empty", "", nil},
		{"comments and blanks", "# a list\n\n  one  \n\t# note\ntwo # why\n", []string{"one", "two"}},
		// Only the first '#' is looked at, as in the lexicon's scanList.
		{"hash inside a word", "f#\nc# # lang\n#tag\n", []string{"f#", "c# # lang"}},
		{"suggestion", "learn more => read\nsign up=>register\n", []string{"learn more", "sign up"}},
		{"empty phrase", "=> read\n", nil},
		{"no final newline", "one\ntwo", []string{"one", "two"}},
		{"CRLF", "one\r\ntwo\r\n", []string{"one", "two"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, listPhrases(tt.data)); diff != "" {
				t.Errorf("listPhrases(%q) (-want +got):\n%s", tt.data, diff)
			}
		})
	}
}

// TestListPhrasesAsLexicon checks the parse against the lexicon's own: the
// phrases of every list file are the lexicon's entries of that list.
func TestListPhrasesAsLexicon(t *testing.T) {
	lex, err := rules.NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(words, "*", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no word lists in %s: %v", words, err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lang := filepath.Base(filepath.Dir(f))
		list := strings.TrimSuffix(filepath.Base(f), ".txt")
		var want []string
		for _, e := range lex.Entries(list, lang) {
			want = append(want, e.Phrase)
		}
		if diff := cmp.Diff(want, listPhrases(string(data))); diff != "" {
			t.Errorf("%s (-lexicon +listPhrases):\n%s", f, diff)
		}
	}
}

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

func TestRun(t *testing.T) {
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-words", words, dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	files, _ := filepath.Glob(filepath.Join(words, "*", "*.txt"))
	got, _ := filepath.Glob(filepath.Join(dir, "Postlint", "*.yml"))
	if len(got) != len(files) {
		t.Errorf("wrote %d rules for %d lists", len(got), len(files))
	}
	if !strings.HasPrefix(stdout.String(), "wrote ") {
		t.Errorf("stdout = %q", stdout.String())
	}
	cta, err := os.ReadFile(filepath.Join(dir, "Postlint", "en-cta.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(cta, []byte("\n  - \"learn more\"\n")) {
		t.Errorf("en-cta.yml lacks the phrase \"learn more\":\n%s", cta)
	}
}

func TestRunUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"no folder", nil, 2},
		{"two folders", []string{"a", "b"}, 2},
		{"bad flag", []string{"-nope", "a"}, 2},
		{"no lists", []string{"-words", "testdata-none", "out"}, 1},
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
