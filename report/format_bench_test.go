package report

import (
	"fmt"
	"io"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// benchResults are 1,000 posts of 10 findings each, like a run over a
// repository of drafts: paths in folders, platforms, suggestions, a fix.
func benchResults() []lint.PostResult {
	rules := []string{"share-pressure", "hashtag-case", "platform-limit", "clickbait", "cta-missing"}
	out := make([]lint.PostResult, 1000)
	for i := range out {
		path := fmt.Sprintf("konten/2026-05/pos-%04d.md", i)
		r := lint.PostResult{Path: path, Index: 1, Platforms: []string{"facebook", "x"}}
		for j := range 10 {
			f := lint.Finding{
				Path: path, Post: 1, Rule: rules[j%len(rules)], Category: "trust", Severity: lint.Warning,
				Range: draft.Range{Start: draft.Position{Line: 4 + j, Column: 3}, End: draft.Position{Line: 4 + j, Column: 19}},
				Start: 40 * j, End: 40*j + 16,
				Message:    i18n.T("“Sebarkan!” pressures readers to share <now> & often", "“Sebarkan!” mendesak pembaca membagikan <sekarang> & sering"),
				Suggestion: i18n.T("invite readers instead", "ajak pembaca dengan sopan"),
			}
			if j%3 == 0 {
				f.Platform, f.Platforms = "facebook", []string{"facebook", "x"}
			}
			r.Findings = append(r.Findings, f)
		}
		out[i] = r
	}
	return out
}

// BenchmarkFormat writes the same 10,000 findings in each machine-readable
// format.
func BenchmarkFormat(b *testing.B) {
	results := benchResults()
	for _, name := range []string{"json", "sarif", "codequality", "checkstyle", "github"} {
		b.Run(name, func(b *testing.B) {
			factory, err := Lookup(name)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				f := factory.New(Options{W: io.Discard, Locale: "en"})
				for _, r := range results {
					if err := f.Post(r); err != nil {
						b.Fatal(err)
					}
				}
				if err := f.Finish(lint.Summary{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
