package twittertext

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The conformance files are read at run time from the shared test data
// folder (shared/testdata/twitter-text next to the repository, or
// $POSTLINT_TESTDATA/twitter-text), so that refreshed upstream files can
// simply be dropped in.

// testdataDir returns the twitter-text conformance directory, or skips
// (fails under CI) when it cannot be found.
func testdataDir(t testing.TB) string {
	t.Helper()
	if env := os.Getenv("POSTLINT_TESTDATA"); env != "" {
		dir := filepath.Join(env, "twitter-text")
		if isDir(dir) {
			return dir
		}
		t.Fatalf("POSTLINT_TESTDATA=%s has no twitter-text directory", env)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for dir := wd; ; {
		candidate := filepath.Join(dir, "shared", "testdata", "twitter-text")
		if isDir(candidate) {
			return candidate
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	const msg = "twitter-text conformance data not found: looked for shared/testdata/twitter-text " +
		"in every parent directory; set POSTLINT_TESTDATA to the testdata directory"
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// conformanceFile is the layout shared by validate.yml, extract.yml and
// tlds.yml: sections of cases whose expected value varies.
type conformanceFile struct {
	Tests map[string][]conformanceCase `yaml:"tests"`
}

type conformanceCase struct {
	Description string    `yaml:"description"`
	Text        string    `yaml:"text"`
	Expected    yaml.Node `yaml:"expected"`
}

func loadConformance(t *testing.T, name string) conformanceFile {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(testdataDir(t), name))
	if err != nil {
		t.Fatal(err)
	}
	var f conformanceFile
	if err := yaml.Unmarshal(raw, &f); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return f
}

func section(t *testing.T, f conformanceFile, name string) []conformanceCase {
	t.Helper()
	cases, ok := f.Tests[name]
	if !ok || len(cases) == 0 {
		t.Fatalf("section %q missing or empty", name)
	}
	return cases
}

func decodeExpected(t *testing.T, c conformanceCase, v any) {
	t.Helper()
	if err := c.Expected.Decode(v); err != nil {
		t.Fatalf("decoding expected value: %v", err)
	}
}

// codePointIndex converts a byte offset in s to a code point index, the
// unit of the conformance files' indices.
func codePointIndex(s string, byteOff int) int {
	return utf8.RuneCountInString(s[:byteOff])
}

func texts(es []Entity) []string {
	out := make([]string, 0, len(es))
	for _, e := range es {
		out = append(out, e.Text)
	}
	return out
}
