package report

import (
	"io"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// BenchmarkTextLongLine prints 10,000 findings on a 1 MB draft written on
// one line: each excerpt should cost its own window, not the line.
func BenchmarkTextLongLine(b *testing.B) {
	text := strings.Repeat("Sebarkan sebelum dihapus!! Café 🎉 warga\tantre. ", 1<<20/52)
	post := draft.Parse("long.txt", draft.FormatText, []byte(text), draft.Options{})[0]
	var fs []lint.Finding
	for i := 0; i < 10_000; i++ {
		at := i * (len(post.Text) / 10_000)
		for at > 0 && !strings.HasPrefix(post.Text[at:], "Sebarkan") {
			at--
		}
		fs = append(fs, lint.Finding{Path: "long.txt", Post: 1, Rule: "share-pressure", Severity: lint.Warning,
			Start: at, End: at + 8, Range: post.Range(at, at+8), Message: i18n.T("share pressure", "desakan membagikan")})
	}
	res := lint.PostResult{Path: "long.txt", Index: 1, Post: post, Findings: fs}
	b.ResetTimer()
	for b.Loop() {
		f := newText(Options{W: io.Discard})
		if err := f.Post(res); err != nil {
			b.Fatal(err)
		}
		if err := f.Finish(lint.Summary{}); err != nil {
			b.Fatal(err)
		}
	}
}
