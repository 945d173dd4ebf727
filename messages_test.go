package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/postlint/postlint/i18n"
)

// messageDirs hold the code that prints labels through the message
// catalogue.
var messageDirs = []string{"report", "command", "config", "tools/ruledocs"}

// catalogueCalls maps each Catalog method to the positions of its
// arguments that are English texts.
var catalogueCalls = map[string][]int{"T": {0}, "Tf": {0}, "Plural": {1, 2}, "Count": {1, 2}}

// messageTexts returns every English text the code passes to the message
// catalogue as a string literal, with where it is.
func messageTexts(t *testing.T) map[string]string {
	t.Helper()
	fset := token.NewFileSet()
	texts := map[string]string{}
	for _, dir := range messageDirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				args, ok := catalogueCalls[sel.Sel.Name]
				// i18n.T(en, id) pairs a text with its translation
				// in place; the catalogue's T takes one argument.
				if !ok || sel.Sel.Name == "T" && len(call.Args) != 1 {
					return true
				}
				if x, ok := sel.X.(*ast.Ident); ok && (x.Name == "fmt" || x.Name == "i18n") {
					return true
				}
				for _, i := range args {
					if i >= len(call.Args) {
						continue
					}
					lit, ok := call.Args[i].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						continue
					}
					s, err := strconv.Unquote(lit.Value)
					if err != nil {
						t.Fatal(err)
					}
					texts[s] = fset.Position(lit.Pos()).String()
				}
				return true
			})
		}
	}
	return texts
}

// placeholders are the parts of a text the code fills in.
var placeholders = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]|\{\w+\}`)

// TestMessageCatalogueCoversTheLabels keeps i18n/messages/id.toml in step
// with the code: every label the reports and commands print has its
// Indonesian text, with the same placeholders in the same order, and the
// catalogue holds no text the code no longer prints.
func TestMessageCatalogueCoversTheLabels(t *testing.T) {
	cat, err := i18n.MessageCatalog(i18n.ID)
	if err != nil {
		t.Fatal(err)
	}
	texts := messageTexts(t)
	if len(texts) < 100 {
		t.Fatalf("found only %d texts passed to the catalogue: is the scan still looking at the right calls?", len(texts))
	}
	for en, where := range texts {
		if !cat.Has(en) {
			t.Errorf("%s: i18n/messages/id.toml lacks a translation of %q", where, en)
			continue
		}
		if want, got := placeholders.FindAllString(en, -1), placeholders.FindAllString(cat.T(en), -1); !slices.Equal(want, got) {
			t.Errorf("i18n/messages/id.toml: %q has placeholders %q, its translation %q", en, want, got)
		}
	}
	for _, en := range cat.Texts() {
		if _, ok := texts[en]; !ok {
			t.Errorf("i18n/messages/id.toml translates %q, which the code no longer prints", en)
		}
	}
}
