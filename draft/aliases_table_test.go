package draft

import (
	_ "embed"
	"testing"

	"github.com/postlint/postlint/internal/alias"
	"github.com/postlint/postlint/internal/gentable"
)

// aliasData maps, per front-matter key, each value postlint knows to the
// other spellings writers use for it. Front matter and calendar columns
// read this table; the aliases of platforms and media types are the
// platform package's.
//
//go:embed data/aliases.toml
var aliasData string

// writeTables makes TestGeneratedAliasTables write aliases_table.go (go
// generate).
var writeTables = gentable.Flag()

// aliasFields are the keys whose values have aliases here, with their
// names.
func aliasFields() map[string][]string {
	return map[string][]string{"lang": LangNames, "account": AccountNames}
}

// TestGeneratedAliasTables renders aliases_table.go from data/aliases.toml
// and fails when the committed file is not what it renders: run go
// generate ./draft after changing the file.
func TestGeneratedAliasTables(t *testing.T) {
	tables, err := alias.Parse(aliasData, aliasFields())
	if err != nil {
		t.Fatal(err)
	}
	f := gentable.NewFile("draft", "go test -run ^TestGeneratedAliasTables$ -args -write-tables")
	f.Printf("\nimport \"github.com/postlint/postlint/internal/alias\"\n")
	f.Printf("\n// langAliases are the [lang] table of data/aliases.toml.\n")
	f.Printf("var langAliases = %s\n", tables["lang"].Literal())
	f.Printf("\n// accountAliases are the [account] table of data/aliases.toml.\n")
	f.Printf("var accountAliases = %s\n", tables["account"].Literal())
	src, err := f.Source()
	if err != nil {
		t.Fatal(err)
	}
	if err := gentable.Sync("aliases_table.go", src, *writeTables); err != nil {
		t.Fatalf("%v: run go generate ./draft", err)
	}
}
