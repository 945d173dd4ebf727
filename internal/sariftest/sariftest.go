// Package sariftest checks SARIF logs against the official SARIF 2.1.0
// JSON schema, for tests. Only test files import it, so the postlint
// binary never links the schema validator.
//
// The schema is read at run time from the shared test data, found as
// $POSTLINT_TESTDATA/sarif/sarif-schema-2.1.0.json when that variable is
// set, else by walking up from the working directory (a package folder
// under test) to a folder that holds shared/testdata/sarif. When it is
// missing the test is skipped, except in CI (CI set), where it fails.
package sariftest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// SchemaFile is the schema's file name in the sarif folder.
const SchemaFile = "sarif-schema-2.1.0.json"

// draft04 is the JSON Schema dialect the SARIF schema declares.
const draft04 = "http://json-schema.org/draft-04/schema#"

// FindSchema returns the path of the SARIF schema, or "" when there is
// none to find.
func FindSchema() (string, error) {
	if dir := os.Getenv("POSTLINT_TESTDATA"); dir != "" {
		// Either the shared testdata folder or its sarif folder.
		for _, p := range []string{filepath.Join(dir, "sarif", SchemaFile), filepath.Join(dir, SchemaFile)} {
			if fileExists(p) {
				return p, nil
			}
		}
		return "", fmt.Errorf("POSTLINT_TESTDATA=%s holds no sarif/%s", dir, SchemaFile)
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, "shared", "testdata", "sarif", SchemaFile)
		if fileExists(p) {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// Validator validates SARIF logs.
type Validator struct {
	schema *jsonschema.Schema
}

// noNetwork refuses every schema the compiler would fetch: the SARIF
// schema refers only to itself, and the draft-04 meta-schema is built
// into the validator.
type noNetwork struct{}

func (noNetwork) Load(url string) (any, error) {
	return nil, fmt.Errorf("not loading %s: the tests use no network", url)
}

// New compiles the schema. It skips the test when the schema cannot be
// found, or fails it when the CI variable is set.
func New(t testing.TB) *Validator {
	t.Helper()
	return load(t, t.Skip)
}

// Optional is New for tests that check more than SARIF: without the
// schema it logs why and returns nil, so the caller skips only the
// validation (in CI it still fails the test).
func Optional(t testing.TB) *Validator {
	t.Helper()
	return load(t, func(args ...any) { t.Log(append(args, "(not validating SARIF)")...) })
}

// load compiles the schema; when it is missing it fails in CI, else calls
// missing and returns nil.
func load(t testing.TB, missing func(...any)) *Validator {
	t.Helper()
	path, err := FindSchema()
	if err != nil {
		t.Fatal(err)
	}
	if path == "" {
		const msg = "the SARIF schema (shared/testdata/sarif/" + SchemaFile + ") was not found above the working directory; set POSTLINT_TESTDATA to the shared testdata folder"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		missing(msg)
		return nil
	}
	v, err := Compile(path)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// Compile reads and compiles the schema at path as JSON Schema draft-04.
func Compile(path string) (*Validator, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if m, ok := doc.(map[string]any); !ok || m["$schema"] != draft04 {
		return nil, fmt.Errorf("%s: expected a JSON Schema draft-04 document", path)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft4)
	c.AssertFormat() // uri and uri-reference values are checked too
	c.UseLoader(noNetwork{})
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	if err := c.AddResource(abs, doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sch, err := c.Compile(abs)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if sch.DraftVersion != 4 {
		return nil, fmt.Errorf("%s: compiled as draft %d, not draft-04", path, sch.DraftVersion)
	}
	return &Validator{schema: sch}, nil
}

// Validate checks one SARIF log.
func (v *Validator) Validate(sarif []byte) error {
	if !json.Valid(sarif) {
		return errors.New("not valid JSON")
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(sarif))
	if err != nil {
		return err
	}
	return v.schema.Validate(inst)
}
