package report

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// benchResults are 1,000 posts of 10 findings each, like a run over a
// repository of drafts: paths in folders, platforms, suggestions, the
// posts themselves for the text report's excerpts.
func benchResults() []lint.PostResult {
	rules := []string{"share-pressure", "hashtag-case", "platform-limit", "clickbait", "cta-missing"}
	var text strings.Builder
	text.WriteString("---\nplatform: [facebook, x]\n---\n")
	for j := range 10 {
		fmt.Fprintf(&text, "Baris %d: Sebarkan ke semua grup sebelum dihapus, warga Sleman! 🎉 #InfoKTP\n", j)
	}
	out := make([]lint.PostResult, 1000)
	for i := range out {
		path := fmt.Sprintf("konten/2026-05/pos-%04d.md", i)
		post := draft.Parse(path, draft.FormatMarkdown, []byte(text.String()), draft.Options{})[0]
		r := lint.PostResult{Path: path, Index: 1, Platforms: []string{"facebook", "x"}, Post: post}
		for j := range 10 {
			at := strings.Index(post.Text, fmt.Sprintf("Baris %d:", j)) + 9
			f := lint.Finding{
				Path: path, Post: 1, Rule: rules[j%len(rules)], Category: "trust", Severity: lint.Warning,
				Range: post.Range(at, at+8), Start: at, End: at + 8,
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

// BenchmarkFormat writes the same 10,000 findings in the text report and
// each machine-readable format.
func BenchmarkFormat(b *testing.B) {
	results := benchResults()
	for _, name := range []string{"text", "json", "sarif", "codequality", "checkstyle", "github"} {
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
