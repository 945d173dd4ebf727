package sariftest

import (
	"os"
	"strings"
	"testing"
)

// The validator must reject what the schema forbids, or a passing SARIF
// test would prove nothing.
func TestValidatorRejectsInvalidLogs(t *testing.T) {
	v := New(t)
	const minimal = `{"$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
 "version": "2.1.0", "runs": [{"tool": {"driver": {"name": "postlint"}}, "results": [RESULT]}]}`
	const good = `{"ruleId": "r", "level": "warning", "message": {"text": "m"},
 "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a%20b.md", "uriBaseId": "%SRCROOT%"},
  "region": {"startLine": 1, "startColumn": 1, "endColumn": 2}}}]}`
	if err := v.Validate([]byte(strings.Replace(minimal, "RESULT", good, 1))); err != nil {
		t.Fatalf("a valid log was rejected: %v", err)
	}
	if err := v.Validate([]byte(strings.Replace(minimal, "RESULT", "", 1))); err != nil {
		t.Fatalf("a valid log without results was rejected: %v", err)
	}
	bad := map[string]string{
		"wrong version":      strings.Replace(strings.Replace(minimal, "RESULT", good, 1), `"2.1.0"`, `"2.0.0"`, 1),
		"no message":         strings.Replace(minimal, "RESULT", `{"ruleId": "r"}`, 1),
		"unknown level":      strings.Replace(minimal, "RESULT", strings.Replace(good, `"warning"`, `"fatal"`, 1), 1),
		"line 0":             strings.Replace(minimal, "RESULT", strings.Replace(good, `"startLine": 1`, `"startLine": 0`, 1), 1),
		"relative helpUri":   strings.Replace(strings.Replace(minimal, "RESULT", good, 1), `"name": "postlint"`, `"name": "postlint", "rules": [{"id": "r", "helpUri": "rules/r"}]`, 1),
		"unknown run key":    strings.Replace(strings.Replace(minimal, "RESULT", good, 1), `"results"`, `"findings"`, 1),
		"bad column kind":    strings.Replace(strings.Replace(minimal, "RESULT", good, 1), `"results"`, `"columnKind": "runes", "results"`, 1),
		"not json":           `{"version": "2.1.0",`,
		"tool without name":  strings.Replace(strings.Replace(minimal, "RESULT", good, 1), `"name": "postlint"`, `"version": "1"`, 1),
		"bad rule index":     strings.Replace(minimal, "RESULT", strings.Replace(good, `"ruleId": "r"`, `"ruleId": "r", "ruleIndex": -2`, 1), 1),
		"missing runs array": `{"version": "2.1.0"}`,
	}
	for name, doc := range bad {
		if err := v.Validate([]byte(doc)); err == nil {
			t.Errorf("%s: the validator accepted an invalid log", name)
		}
	}
}

func TestCompileRefusesANonDraft04Schema(t *testing.T) {
	dir := t.TempDir()
	p := dir + "/schema.json"
	writeFile(t, p, `{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}`)
	if _, err := Compile(p); err == nil || !strings.Contains(err.Error(), "draft-04") {
		t.Fatalf("Compile accepted a 2020-12 schema: %v", err)
	}
}

// A schema that refers to another document must not be fetched.
func TestCompileFetchesNothing(t *testing.T) {
	dir := t.TempDir()
	p := dir + "/schema.json"
	writeFile(t, p, `{"$schema": "http://json-schema.org/draft-04/schema#", "$ref": "https://example.com/other.json"}`)
	_, err := Compile(p)
	if err == nil || !strings.Contains(err.Error(), "no network") {
		t.Fatalf("Compile should refuse to load a remote schema, got %v", err)
	}
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
