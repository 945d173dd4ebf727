package platform

import (
	_ "embed"
	"testing"

	"github.com/postlint/postlint/internal/alias"
	"github.com/postlint/postlint/internal/gentable"
)

// aliasData maps each platform and each media type to the other
// spellings writers use for it.
//
//go:embed data/aliases.toml
var aliasData string

// writeTables makes TestGeneratedAliasTables write aliases_table.go (go
// generate).
var writeTables = gentable.Flag()

// aliasFields are the keys of the alias file, with their values.
func aliasFields() map[string][]string {
	specs := builtinSpecs()
	names := make([]string, len(specs))
	for i, s := range specs {
		names[i] = s.Name
	}
	return map[string][]string{"platform": names, "media": MediaNames()}
}

// TestGeneratedAliasTables renders aliases_table.go from data/aliases.toml
// and fails when the committed file is not what it renders: run go
// generate ./platform after changing the file.
func TestGeneratedAliasTables(t *testing.T) {
	tables, err := alias.Parse(aliasData, aliasFields())
	if err != nil {
		t.Fatal(err)
	}
	f := gentable.NewFile("platform", "go test -run ^TestGeneratedAliasTables$ -args -write-tables")
	f.Printf("\nimport \"github.com/postlint/postlint/internal/alias\"\n")
	f.Printf("\n// platformAliases are the [platform] table of data/aliases.toml.\n")
	f.Printf("var platformAliases = %s\n", tables["platform"].Literal())
	f.Printf("\n// mediaAliases are the [media] table of data/aliases.toml.\n")
	f.Printf("var mediaAliases = %s\n", tables["media"].Literal())
	src, err := f.Source()
	if err != nil {
		t.Fatal(err)
	}
	if err := gentable.Sync("aliases_table.go", src, *writeTables); err != nil {
		t.Fatalf("%v: run go generate ./platform", err)
	}
}
