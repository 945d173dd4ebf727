package twittertext

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// conformanceDir holds twitter-text's conformance files, unmodified (see
// its NOTICE). To refresh them, copy newer upstream files over them.
const conformanceDir = "testdata/conformance"

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
	raw, err := os.ReadFile(filepath.Join(conformanceDir, name))
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
