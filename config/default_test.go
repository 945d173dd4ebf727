package config

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestLoadDefaultIsTheFile checks that LoadDefault, which builds the
// built-in configuration without decoding the embedded file, returns
// what Parse makes of that file: every field, nil and empty told apart,
// the keys left undecoded, and the line of every key and table the file
// could name.
func TestLoadDefaultIsTheFile(t *testing.T) {
	parsed, err := Parse("(built-in defaults)", defaultTOML)
	if err != nil {
		t.Fatal(err)
	}
	parsed.Path = ""
	got, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(parsed, got, cmpopts.IgnoreUnexported(Config{}, RuleSettings{})); d != "" {
		t.Errorf("LoadDefault differs from the parsed file (-parsed +LoadDefault):\n%s", d)
	}
	if a, b := parsed.md.Undecoded(), got.md.Undecoded(); len(a) != 0 || len(b) != 0 {
		t.Errorf("undecoded keys: parsed %v, LoadDefault %v", a, b)
	}
	keys := [][]string{{"rules"}, {"words"}, {"custom"}, {"overrides"}, {"calendar"}, {"platform"}, {"platform", "instagram"}}
	for _, k := range tomlKeys(fileShape{}) {
		keys = append(keys, []string{k})
	}
	for _, k := range keys {
		if a, b := parsed.Line(k...), got.Line(k...); a != b {
			t.Errorf("Line(%s) = %d, want %d", strings.Join(k, "."), b, a)
		}
	}
	if got.Line("platforms") == 0 {
		t.Error("LoadDefault does not know the lines of the file's keys")
	}
	if err := got.CheckUnknownKeys(); err != nil {
		t.Error(err)
	}
	// Each call gets its own values to change.
	got.Platforms[0] = "x"
	got.Include = append(got.Include, "a")
	again, _ := LoadDefault()
	if !slices.Equal(again.Platforms, parsed.Platforms) || len(again.Include) != 0 {
		t.Errorf("a second LoadDefault sees the first one's changes: %v %v", again.Platforms, again.Include)
	}
}
