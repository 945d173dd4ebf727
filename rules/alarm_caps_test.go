package rules

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/internal/corpus"
	"github.com/postlint/postlint/lint"
)

// TestCapsWordsAreTheLookUps checks that capsWords answers as the look-ups
// it memoises, asked twice in either order, on generated drafts and on
// posts in capitals longer than its memo.
func TestCapsWordsAreTheLookUps(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	r := rand.New(rand.NewPCG(9, 10))
	for i := range 500 {
		name, content := corpus.Post(r, i)
		for _, p := range draft.Parse(name, draft.FormatOf(name), []byte(content), draft.Options{}) {
			texts = append(texts, p.Text)
		}
	}
	texts = append(texts, strings.Repeat("JALAN DITUTUP TOTAL KTP BPJS Polri MALAM INI ", 60))
	for _, text := range texts {
		_, langs := benchLangs(text)
		a := NewAnalysis(text, lex, langs)
		var memo [256]uint8
		cw := capsWords{a: a, memo: memo[:min(len(a.Words()), len(memo))]}
		for round := range 2 {
			for i, w := range a.Words() {
				word := text[w.Start:w.End]
				wantAllowed := hasUpper(word) && lex.inList(listCapsAllowlist, word)
				wantOrdinary := ordinaryWord(a, word)
				if (i+round)%2 == 0 {
					if got := cw.allowed(i, word); got != wantAllowed {
						t.Fatalf("allowed(%d, %q) = %v, want %v", i, word, got, wantAllowed)
					}
				}
				if got := cw.ordinary(i, word); got != wantOrdinary {
					t.Fatalf("ordinary(%d, %q) = %v, want %v", i, word, got, wantOrdinary)
				}
				if got := cw.allowed(i, word); got != wantAllowed {
					t.Fatalf("allowed(%d, %q) = %v, want %v", i, word, got, wantAllowed)
				}
			}
		}
	}
}

// TestCapsRatioBound checks that capsRatio, which skips posts its bound
// rules out, reports what capsRatioAll reports, at several ratios, on
// generated drafts and on posts mixing capitals, acronyms, names,
// hashtags and links in varying shares.
func TestCapsRatioBound(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	var posts []*draft.Post
	r := rand.New(rand.NewPCG(13, 14))
	for i := range 500 {
		name, content := corpus.Post(r, i)
		posts = append(posts, draft.Parse(name, draft.FormatOf(name), []byte(content), draft.Options{})...)
	}
	pieces := []string{"JALAN DITUTUP", "TOTAL", "malam ini", "KTP", "BPJS", "Polri", "Jalan Merdeka", "warga", "harap",
		"#INFO", "https://a.go.id/X", "AWAS", "Hoaks:", "“DUA GARIS BIRU”", "2026", "A", "di", "sekitar", "\n", ". ", "!! "}
	for i := range 1500 {
		var b strings.Builder
		for range 1 + r.IntN(30) {
			b.WriteString(pieces[r.IntN(len(pieces))])
			b.WriteByte(' ')
		}
		posts = append(posts, &draft.Post{Path: "random.txt", Text: b.String(), Line: i})
	}
	skipped, reported := 0, 0
	for _, ratio := range []float64{0, 0.05, 0.3, 0.5, 0.9} {
		rule := &AlarmStyling{ExclamationRun: 2, Interrobang: true, CapsRun: 3, CapsRatio: ratio, CapsMinLetters: 20, AlarmWords: true}
		doc := rule.Doc()
		for _, post := range posts {
			_, langs := benchLangs(post.Text)
			run := func(all bool) []lint.Finding {
				a := NewAnalysis(post.Text, lex, langs)
				p := NewPass(post, nil, "text", "id", a, doc)
				labels := debunkLabels(a)
				inLabel := func(start, end int) bool {
					for _, l := range labels {
						if l.Start < end && start < l.End {
							return true
						}
					}
					return false
				}
				var memo [256]uint8
				cw := capsWords{a: a, memo: memo[:min(len(a.Words()), len(memo))]}
				if all {
					rule.capsRatioAll(p, inLabel, &titleLines{a: a}, &cw)
				} else {
					rule.capsRatio(p, inLabel, &titleLines{a: a}, &cw)
				}
				return p.Findings()
			}
			got, want := run(false), run(true)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("ratio %g, %q: capsRatio found %v, capsRatioAll %v", ratio, post.Text, got, want)
			}
			if len(want) > 0 {
				reported++
			}
			a := NewAnalysis(post.Text, lex, langs)
			if !rule.capsRatioMayReport(a, func(int, int) bool { return false }) {
				skipped++
			}
		}
	}
	if skipped == 0 || reported == 0 {
		t.Errorf("%d posts skipped, %d reported: the test exercises too little", skipped, reported)
	}
	if testing.Verbose() {
		t.Logf("%d posts skipped, %d reported", skipped, reported)
	}
}
