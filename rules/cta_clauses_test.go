package rules

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/internal/corpus"
	"github.com/postlint/postlint/prose"
)

// clauseStartsBefore is clauseStarts as a slice built in full, asking
// inLinkTagMention of every token.
func clauseStartsBefore(a *Analysis) []int {
	text := a.Text
	toks := a.Tokens()
	conds := a.Match(listConditionOpeners)
	var out []int
	for _, sent := range a.Sentences() {
		lo := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sent.Start })
		open := true
		condWords := 0
		inCond := false
		prevEnd := sent.Start
		for i := lo; i < len(toks) && toks[i].End <= sent.End; i++ {
			t := toks[i]
			if strings.ContainsRune(text[prevEnd:t.Start], '\n') {
				open = true
			}
			prevEnd = t.End
			if inLinkTagMention(a, t.Start) {
				continue
			}
			switch t.Kind {
			case prose.Punct:
				switch text[t.Start:t.End] {
				case ":", ";":
					open = true
				case ",":
					if inCond {
						open, inCond = true, false
					}
				}
				continue
			case prose.Word, prose.Number:
			default:
				continue
			}
			if condWords < 2 {
				if _, ok := matchAt(conds, t.Start); ok {
					inCond = true
				}
				condWords++
			}
			if open && t.Kind == prose.Word {
				out = append(out, t.Start)
			}
			open = false
		}
	}
	return out
}

// TestClauseStartsSameAsBefore compares clauseStarts with the version that
// built the whole slice, on 3,000 generated drafts and on texts dense with
// links, hashtags, mentions and clause marks; and checks that stopping
// early yields a prefix.
func TestClauseStartsSameAsBefore(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	r := rand.New(rand.NewPCG(7, 8))
	for i := range 3000 {
		name, content := corpus.Post(r, i)
		for _, p := range draft.Parse(name, draft.FormatOf(name), []byte(content), draft.Options{}) {
			texts = append(texts, p.Text)
		}
	}
	pieces := []string{"Jika hujan", "If you see him", ", ", ": ", "; ", ". ", "\n", "\n\n", "segera periksa", "call 112",
		"#InfoMudik", " @dinkes", " https://a.go.id/x", " bit.ly/abc", "Daftar", "kunjungi", "? ", "!! ", "“Bagikan”", "(cek)"}
	for range 2000 {
		var b strings.Builder
		for range 1 + r.IntN(20) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		_, langs := benchLangs(text)
		a := NewAnalysis(text, lex, langs)
		want := clauseStartsBefore(a)
		got := slices.Collect(clauseStarts(a))
		if !slices.Equal(got, want) {
			t.Fatalf("clauseStarts(%q) = %v, want %v", text, got, want)
		}
		if len(want) > 1 {
			var first []int
			for s := range clauseStarts(a) {
				first = append(first, s)
				if len(first) == 2 {
					break
				}
			}
			if !slices.Equal(first, want[:2]) {
				t.Fatalf("clauseStarts(%q) stopped early = %v, want %v", text, first, want[:2])
			}
		}
	}
}
