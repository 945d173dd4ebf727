package rules

import (
	"reflect"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
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

// TestPassResetSetsEveryField checks that Reset, which assigns the pass
// field by field, leaves no field of the pass before: a reset pass is
// what a fresh one is, but for the findings' memory.
func TestPassResetSetsEveryField(t *testing.T) {
	post := draft.Parse("a.md", draft.FormatMarkdown, []byte("Satu dua tiga."), draft.Options{})[0]
	other := draft.Parse("b.md", draft.FormatMarkdown, []byte("Empat."), draft.Options{})[0]
	spec := platform.Defaults()["x"]
	first, second := lint.Doc{ID: "first"}, lint.Doc{ID: "second"}
	for _, c := range []struct {
		name   string
		spec   *platform.Spec
		media  platform.Media
		lang   string
		an     *Analysis
		doc    *lint.Doc
		onPost *draft.Post
	}{
		{"all set", &spec, platform.MediaVideo, "id", NewAnalysis(post.Text, nil, nil), &second, post},
		{"all zero", nil, "", "", nil, nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := NewSharedDocPass(other, &spec, "text", "en", NewAnalysis(other.Text, nil, nil), &first)
			p.Report(Report{Start: 0, End: 4, Message: i18n.English("one")})
			p.Reset(c.onPost, c.spec, c.media, c.lang, c.an, c.doc)
			if len(p.findings) != 0 || cap(p.findings) == 0 {
				t.Fatalf("findings: len %d cap %d, want an empty buffer kept", len(p.findings), cap(p.findings))
			}
			if p.Post != c.onPost || p.Platform != c.spec || p.Media != c.media || p.Lang != c.lang || p.Text != c.an || p.doc != c.doc {
				t.Errorf("Reset gave %+v, want post %p, platform %p, media %q, lang %q, analysis %p, doc %p",
					p, c.onPost, c.spec, c.media, c.lang, c.an, c.doc)
			}
		})
	}
	// A field added to Pass must be set by Reset too.
	if n := reflect.TypeFor[Pass]().NumField(); n != 7 {
		t.Errorf("Pass has %d fields; Reset sets 7", n)
	}
}
