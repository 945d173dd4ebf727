// Package sariftest checks SARIF logs against the official SARIF 2.1.0
// JSON schema, for tests. Only test files import it, so the postlint
// binary never links the schema validator nor the schema.
//
// The schema is embedded from testdata/sarif-schema-2.1.0.json, an
// unmodified copy of the OASIS schema (see testdata/README.md), so the
// tests that validate SARIF run everywhere, with no file to find.
package sariftest

import (
	"bytes"
	_ "embed" // the schema
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// SchemaFile is the schema's file name in testdata.
const SchemaFile = "sarif-schema-2.1.0.json"

//go:embed testdata/sarif-schema-2.1.0.json
var schema []byte

// draft04 is the JSON Schema dialect the SARIF schema declares.
const draft04 = "http://json-schema.org/draft-04/schema#"

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

// New compiles the embedded SARIF 2.1.0 schema; it fails the test when
// the schema does not compile.
func New(t testing.TB) *Validator {
	t.Helper()
	v, err := compile(SchemaFile, schema)
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
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	return compile(abs, data)
}

// compile compiles data, the schema at location path, as JSON Schema
// draft-04.
func compile(path string, data []byte) (*Validator, error) {
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
	if err := c.AddResource(path, doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sch, err := c.Compile(path)
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
