package rules

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/internal/corpus"
)

// findBaitReference is findBait as it was before it walked the words once
// for the sentences' first words: it asks a.WordsIn for each sentence.
// It is the oracle of TestFindBaitSameAsReference.
func findBaitReference(a *Analysis) []baitHit {
	text := a.Text
	var hits []baitHit
	var lower [len("komentar")]byte
	for _, m := range a.Match(listEngagementBait) {
		hits = append(hits, baitHit{m.Start, m.End})
	}
	for _, w := range a.Words() {
		if w.End-w.Start > len("komentar") || !mayStartTrigger(text[w.Start]) {
			continue
		}
		window := text[w.Start:min(len(text), w.Start+baitWindow)]
		for _, p := range triggeredBy(&lower, text[w.Start:w.End]) {
			if !mayMatchBait(p, window) {
				continue
			}
			if end := p.matchAt(window); end >= 0 {
				hits = append(hits, baitHit{w.Start, w.Start + end})
				break
			}
		}
	}
	for _, s := range a.Sentences() {
		start := s.Start
		if w := a.WordsIn(s); len(w) > 0 {
			start = w[0].Start
		}
		if !likeIfMayStart(text[start:s.End]) {
			continue
		}
		if end := matchBaitLikeIf(text[start:s.End]); end >= 0 {
			hits = append(hits, baitHit{start, start + end})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].start != hits[j].start {
			return hits[i].start < hits[j].start
		}
		return hits[i].end > hits[j].end
	})
	out := hits[:0]
	last := -1
	for _, h := range hits {
		if h.start >= last {
			out = append(out, h)
			last = h.end
		}
	}
	return out
}

// TestFindBaitSameAsReference compares findBait with findBaitReference
// on generated drafts and on texts of bait phrases, sentence ends, quotes
// and line breaks in random order.
func TestFindBaitSameAsReference(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	r := rand.New(rand.NewPCG(13, 14))
	for i := range 500 {
		name, content := corpus.Post(r, i)
		for _, p := range draft.Parse(name, draft.FormatOf(name), []byte(content), draft.Options{}) {
			texts = append(texts, p.Text)
		}
	}
	pieces := []string{
		"Like if you agree", "like ini jika setuju", "Share if you care", "love it if", "ketik AMIN jika setuju",
		"Tag 3 teman", "bagikan ke 10 grup", "share this with your friends", ". ", "! ", "? ", "\n", "\n\n", "\"",
		"“", "”", "(", ")", "- ", "1. ", "Dr. ", "😀 ", "#tag ", "@user ", "https://x.co/a ", "kata ", "WORD ", " ",
	}
	for range 3000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	baited := 0
	for _, text := range texts {
		want := findBaitReference(NewAnalysis(text, lex, bothLangs))
		if got := findBait(NewAnalysis(text, lex, bothLangs)); !slices.Equal(got, want) {
			t.Fatalf("findBait(%q) = %v, want %v", text, got, want)
		}
		if len(want) > 0 {
			baited++
		}
	}
	if baited < len(texts)/4 {
		t.Errorf("bait in only %d of %d texts: the comparison proves little", baited, len(texts))
	}
}
