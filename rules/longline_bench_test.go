package rules

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/corpus"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/prose"
)

// oneLineDraft joins generated posts into one line of about size bytes:
// the shape of a caption pasted from a tool that drops line breaks.
func oneLineDraft(size int) []byte {
	r := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		name, content := corpus.Post(r, i)
		for _, p := range draft.Parse(name, draft.FormatOf(name), []byte(content), draft.Options{}) {
			b.WriteString(strings.ReplaceAll(p.Text, "\n", " "))
			b.WriteByte(' ')
		}
	}
	return []byte(b.String())
}

// BenchmarkOneLineDraft reads and lints a draft written on a single line
// with every per-post rule, mapping each finding back to its column as the
// engine does. Time should grow with the size, not with size times
// findings.
func BenchmarkOneLineDraft(b *testing.B) {
	lex, err := NewLexicon(nil)
	if err != nil {
		b.Fatal(err)
	}
	spec := platform.Defaults()["facebook"]
	inputs := []struct {
		name string
		data []byte
	}{
		{"1MB", oneLineDraft(1 << 20)},
		{"5MB", oneLineDraft(5 << 20)},
		// Thousands of capitals and hashtags on one line: each run of
		// capitals once looked at the whole line again.
		{"shouting-150KB", shoutingLine(6000)},
	}
	for _, in := range inputs {
		data := in.data
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			findings := 0
			for b.Loop() {
				findings = 0
				post := draft.Parse("long.txt", draft.FormatText, data, draft.Options{})[0]
				lang, _ := prose.DetectLang(post.Text)
				an := NewAnalysis(post.Text, lex, []string{i18n.ID, i18n.EN})
				for _, r := range All() {
					if _, ok := r.(FileRule); ok {
						continue
					}
					doc := r.Doc()
					var sp *platform.Spec
					if doc.PerPlatform {
						sp = &spec
					}
					pass := NewPass(post, sp, "image", lang, an, doc)
					r.Check(pass)
					findings += len(pass.Findings())
				}
			}
			b.ReportMetric(float64(findings), "findings")
		})
	}
}

// shoutingLine is n groups of a hashtag and words in capitals on one line.
func shoutingLine(n int) []byte {
	var b strings.Builder
	for i := range n {
		b.WriteString("#tag" + strconv.Itoa(i) + " KEREN!!! WASPADA ")
	}
	return []byte(b.String())
}
