package engine

import (
	"testing"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/rules"
)

// Rules is what the SARIF rule table lists: the rules the config leaves
// on, custom ones included, with the severity the config gives them.
func TestRulesInForce(t *testing.T) {
	cfg, err := config.Parse("test.toml", `
[rules.hashtag-count]
severity = "error"

[rules.hook-dateline]
severity = "off"

[[custom]]
id = "brand-name"
message = "Tulis 'Kemensetneg', bukan 'Setneg'."
severity = "info"
pattern = '\bSetneg\b'
`)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := New(Options{Config: cfg, Disable: []string{"hook-fold"}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]lint.Severity{}
	var ids []string
	for _, d := range eng.Rules() {
		got[d.ID] = d.Severity
		ids = append(ids, d.ID)
	}
	for i := 1; i < len(ids); i++ {
		if ids[i-1] >= ids[i] {
			t.Fatalf("rules not sorted by ID: %v", ids)
		}
	}
	if _, ok := got["hook-dateline"]; ok {
		t.Error("a rule the config turns off is listed")
	}
	if _, ok := got["hook-fold"]; ok {
		t.Error("a rule --disable turns off is listed")
	}
	if got["hashtag-count"] != lint.Error {
		t.Errorf("hashtag-count: severity %s, want the config's error", got["hashtag-count"])
	}
	if got["brand-name"] != lint.Info {
		t.Errorf("custom rule brand-name: severity %s, want info", got["brand-name"])
	}
	if d, _ := rules.New("caption-length"); got["caption-length"] != d.Doc().Severity {
		t.Errorf("caption-length: severity %s, want its default %s", got["caption-length"], d.Doc().Severity)
	}
}
