package rules

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/corpus"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
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
	posts := capsRatioTestPosts()
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
				cw := capsWords{a: a, memo: memo[:min(len(a.Words()), len(memo))], upper: upperWordIndices(nil, a)}
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
			if !rule.capsRatioMayReport(a, upperWordIndices(nil, a), func(int, int) bool { return false }) {
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

// capsRatioTestPosts are generated drafts and posts mixing capitals,
// acronyms, names, hashtags, links and debunk labels in varying shares.
func capsRatioTestPosts() []*draft.Post {
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
	return posts
}

// TestCapsRatioMayReportIsTheOnePass holds capsRatioMayReport, which sums
// the capitals first and stops once the other letters rule a report out,
// to the single pass it replaces, at several ratios, with and without the
// debunk labels.
func TestCapsRatioMayReportIsTheOnePass(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"", "KTP", "AWAS", "AWAS warga", "Hoaks: JALAN DITUTUP TOTAL", "A B C", "É À ÜBER über", "#AWAS @BPBD https://a.go.id/AWAS"}
	for _, p := range capsRatioTestPosts() {
		texts = append(texts, p.Text)
	}
	yes := 0
	for _, ratio := range []float64{0.01, 0.05, 0.3, 0.5, 0.9, 0.99} {
		rule := &AlarmStyling{CapsRatio: ratio}
		for _, text := range texts {
			_, langs := benchLangs(text)
			a := NewAnalysis(text, lex, langs)
			labels := debunkLabels(a)
			for _, inLabel := range []func(int, int) bool{
				func(int, int) bool { return false },
				func(start, end int) bool { return prose.Spans(labels).Overlapping(start, end) },
			} {
				got, want := rule.capsRatioMayReport(a, upperWordIndices(nil, a), inLabel), rule.capsRatioMayReportOnePass(a, inLabel)
				if got != want {
					t.Fatalf("ratio %g, %q: %v, the one pass %v", ratio, text, got, want)
				}
				if got {
					yes++
				}
			}
		}
	}
	if yes == 0 {
		t.Error("no post may report: the test exercises too little")
	}
}

// capsRatioMayReportOnePass is capsRatioMayReport as it was: one pass
// counting the letters of every word.
func (r *AlarmStyling) capsRatioMayReportOnePass(a *Analysis, inLabel func(int, int) bool) bool {
	maxUpper, minOther := 0, 0
	entities := spanCursor{spans: a.trustEntities().all}
	for _, w := range a.Words() {
		word := a.Text[w.Start:w.End]
		l, u := prose.LetterCounts(word)
		if l == 0 || entities.overlaps(w.Start, w.End) || inLabel(w.Start, w.End) {
			continue
		}
		switch {
		case allUpper(l, u):
			maxUpper += l
		case u == 0:
			minOther += l
		}
	}
	return maxUpper > 0 && float64(maxUpper)+1 > r.CapsRatio*float64(maxUpper+minOther)
}

// TestCapsRunsSkipToCapitals holds capsRuns, which walks from one word in
// capitals to the next outside a run, to the walk over every word it
// replaces, at several run lengths.
func TestCapsRunsSkipToCapitals(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"", "AWAS", "JALAN DITUTUP TOTAL", "JALAN\nDITUTUP TOTAL MALAM", "JALAN DITUTUP\r\nTOTAL MALAM INI",
		"warga JALAN KTP DITUTUP 2026 TOTAL. harap A TOTAL", "Hoaks: JALAN DITUTUP TOTAL", "“DUA GARIS BIRU” KTP BPJS"}
	for _, p := range capsRatioTestPosts() {
		texts = append(texts, p.Text)
	}
	runs := 0
	for _, n := range []int{1, 2, 3, 5} {
		rule := &AlarmStyling{CapsRun: n}
		doc := rule.Doc()
		for _, text := range texts {
			_, langs := benchLangs(text)
			run := func(old bool) ([]lint.Finding, int) {
				a := NewAnalysis(text, lex, langs)
				p := NewPass(&draft.Post{Path: "post.txt", Text: text}, nil, "text", "id", a, doc)
				labels := debunkLabels(a)
				inLabel := func(start, end int) bool { return prose.Spans(labels).Overlapping(start, end) }
				cw := capsWords{a: a, upper: upperWordIndices(nil, a)}
				var n int
				if old {
					n = rule.capsRunsWordByWord(p, inLabel, &titleLines{a: a}, &cw)
				} else {
					n = rule.capsRuns(p, inLabel, &titleLines{a: a}, &cw)
				}
				return p.Findings(), n
			}
			got, gotN := run(false)
			want, wantN := run(true)
			if gotN != wantN || !reflect.DeepEqual(got, want) {
				t.Fatalf("caps_run %d, %q: %d runs %v, word by word %d %v", n, text, gotN, got, wantN, want)
			}
			runs += gotN
		}
	}
	if runs == 0 {
		t.Error("no run found: the test exercises too little")
	}
}

// capsRunsWordByWord is capsRuns as it was, asking every word whether
// it is in capitals.
func (r *AlarmStyling) capsRunsWordByWord(p *Pass, inLabel func(int, int) bool, titles *titleLines, cw *capsWords) int {
	a := p.Text
	found := 0
	start, end, count := -1, -1, 0
	flush := func() {
		if count >= r.CapsRun && !titles.capsTitle(start, end) {
			found++
			p.Report(Report{
				Start: start, End: end,
				Message: i18n.Sprintf("%d words in capitals in a row (%q): capitals read as shouting",
					"%d kata kapital berturut-turut (%q): huruf kapital terbaca sebagai teriakan", count, excerpt(a.Text[start:end], 40)),
				Suggestion: sentenceCase,
			})
		}
		start, end, count = -1, -1, 0
	}
	entities := spanCursor{spans: a.trustEntities().all} // trustInEntity, for words in text order
	prevEnd := 0
	for i, w := range a.Words() {
		if count > 0 && strings.ContainsAny(a.Text[prevEnd:w.Start], "\n\r") {
			flush()
		}
		prevEnd = w.End
		word := a.Text[w.Start:w.End]
		// Cheap tests first: most words are in lower case, and most
		// start with a lower-case letter, where IsUpperWord stops.
		upperWord := word != "" && word[0]-'a' >= 26 && prose.IsUpperWord(word)
		if !upperWord && count == 0 {
			// Outside a run a word not in capitals changes nothing: it
			// either ends no run or is neutral. The lists are not asked.
			continue
		}
		neutral := w.Kind == prose.Number || isSingleCapital(word) || cw.allowed(i, word)
		switch {
		case !upperWord && !neutral:
			flush()
		case entities.overlaps(w.Start, w.End) || inLabel(w.Start, w.End):
			flush()
		case neutral || !cw.ordinary(i, word):
			// A number, an acronym or a name in capitals (BEM, FISIP,
			// UNDIP, NUSANTARA): neither part of the run nor a break in it.
		default:
			if count == 0 {
				start = w.Start
			}
			end = w.End
			count++
		}
	}
	flush()
	return found
}
