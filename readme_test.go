package main

import (
	"os"
	"strings"
	"testing"

	"github.com/postlint/postlint/report"
	"github.com/postlint/postlint/rules"
)

// TestReadmeListsEveryRuleAndFormat keeps the README's rule table and
// format list in step with the code.
func TestReadmeListsEveryRuleAndFormat(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	for _, r := range rules.All() {
		d := r.Doc()
		row := "| `" + d.ID + "` | " + d.Category + " | " + d.Severity.String() + " |"
		if !strings.Contains(readme, row) {
			t.Errorf("README rule table lacks the row starting %q", row)
		}
	}
	for _, name := range report.Names() {
		if !strings.Contains(readme, "`"+name+"`") {
			t.Errorf("README does not mention the %q format", name)
		}
	}
}
