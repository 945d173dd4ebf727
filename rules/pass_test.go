package rules

import (
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// TestPassResetStartsEmpty checks that a reset pass reports only its own
// rule's findings although it reuses the previous rule's memory.
func TestPassResetStartsEmpty(t *testing.T) {
	post := draft.Parse("a.md", draft.FormatMarkdown, []byte("Satu dua tiga. One two three."), draft.Options{})[0]
	an := NewAnalysis(post.Text, nil, nil)
	first := lint.Doc{ID: "first", Severity: lint.Warning}
	second := lint.Doc{ID: "second", Severity: lint.Info}
	p := NewSharedDocPass(post, nil, "text", "", an, &first)
	p.Report(Report{Start: 0, End: 4, Message: i18n.English("one")})
	p.Report(Report{Start: 5, End: 8, Message: i18n.English("two")})
	if got := len(p.Findings()); got != 2 {
		t.Fatalf("first rule: %d findings, want 2", got)
	}
	p.Reset(post, nil, "text", "", an, &second)
	if got := len(p.Findings()); got != 0 {
		t.Fatalf("after Reset: %d findings, want 0", got)
	}
	p.Report(Report{Start: 9, End: 14, Message: i18n.English("three")})
	fs := p.Findings()
	if len(fs) != 1 || fs[0].Rule != "second" || fs[0].Severity != lint.Info || fs[0].Start != 9 {
		t.Fatalf("second rule: got %+v", fs)
	}
}
