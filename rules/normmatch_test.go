package rules

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// The normalised matching of the trust rules reads each list's matches
// from one scan of the post's view by the mode's automaton. The tests here
// compare it with each list matched alone on the view as first written:
// the normalised tokens laid out as a text of their own, folded and
// matched by the list's own Matcher, the spans mapped back token by token.

// refNormView is the normalised view as a text of its own.
type refNormView struct {
	text string
	toks []prose.Token
	orig []prose.Span
}

func newRefNormView(a *Analysis, mode normMode) *refNormView {
	src, toks := a.Text, a.Tokens()
	if mode == normLeet && strings.Contains(src, "@") {
		src = leetAt(src)
		toks = prose.Tokens(src)
	}
	v := &refNormView{}
	var buf []byte
	for _, t := range toks {
		if len(buf) > 0 {
			buf = append(buf, ' ')
		}
		start := len(buf)
		buf = refAppendNormalized(buf, src[t.Start:t.End], t.Kind, mode)
		v.toks = append(v.toks, prose.Token{Start: start, End: len(buf), Kind: t.Kind})
		v.orig = append(v.orig, prose.Span{Start: t.Start, End: t.End})
	}
	v.text = string(buf)
	return v
}

// refAppendNormalized is appendNormalized as first written, rune by rune.
func refAppendNormalized(dst []byte, s string, kind prose.TokenKind, mode normMode) []byte {
	start := len(dst)
	dst = prose.AppendFold(dst, s)
	if kind != prose.Word {
		return dst
	}
	folded := dst[start:]
	if mode == normLeet && hasLetter(folded) {
		for i, c := range folded {
			if l, ok := leetDigit(c); ok {
				folded[i] = l
			}
		}
	}
	if mode == normLeet || mode == normRespell {
		for i, c := range folded {
			if c == 'q' {
				folded[i] = 'k'
			}
		}
	}
	out := start
	var prev rune = -1
	for i := start; i < len(dst); {
		r, size := rune(dst[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(dst[i:])
		}
		if r != prev || !unicode.IsLetter(r) {
			out += copy(dst[out:], dst[i:i+size])
		}
		prev = r
		i += size
	}
	return dst[:out]
}

// TestAppendNormalizedSameAsRuneByRune checks appendNormalized on every
// pair of ASCII characters after a letter, doubled and tripled, and on
// the edge texts' tokens.
func TestAppendNormalizedSameAsRuneByRune(t *testing.T) {
	var words []string
	for c := 0; c < utf8.RuneSelf; c++ {
		for d := 0; d < utf8.RuneSelf; d++ {
			words = append(words, "a"+string(rune(c))+string(rune(c))+string(rune(d))+string(rune(d))+string(rune(d)))
		}
	}
	for _, text := range normEdgeTexts {
		for _, tok := range prose.Tokens(text) {
			words = append(words, text[tok.Start:tok.End])
		}
	}
	for _, w := range words {
		for mode := range normModes {
			for _, kind := range []prose.TokenKind{prose.Word, prose.Number, prose.Symbol} {
				if got, want := appendNormalized([]byte("x"), w, kind, mode), refAppendNormalized([]byte("x"), w, kind, mode); string(got) != string(want) {
					t.Fatalf("appendNormalized(%q, %v, %d) = %q, want %q", w, kind, mode, got, want)
				}
			}
		}
	}
}

func (v *refNormView) span(start, end int) (int, int) {
	i := sort.Search(len(v.toks), func(i int) bool { return v.toks[i].Start >= start })
	j := sort.Search(len(v.toks), func(j int) bool { return v.toks[j].End >= end })
	if i >= len(v.toks) || j >= len(v.toks) || j < i {
		return 0, 0
	}
	return v.orig[i].Start, v.orig[j].End
}

func (v *refNormView) mayMatch(l *normList) bool {
	l.prepare()
	if l.anyFirst {
		return true
	}
	var tokens prose.TokenSet
	for _, t := range v.toks {
		tokens.Add(prose.TokenHash(v.text[t.Start:t.End]))
	}
	for _, h := range l.firstHashes {
		if tokens.MayHold(h) {
			return true
		}
	}
	return false
}

// refNormMatcher matches each normalised list alone, with a Matcher of
// its own.
type refNormMatcher struct {
	matchers map[*normList]*prose.Matcher
}

func (r *refNormMatcher) matcher(nl *normList) *prose.Matcher {
	if m := r.matchers[nl]; m != nil {
		return m
	}
	nl.prepare()
	m, err := prose.NewMatcher(nl.phrases)
	if err != nil {
		m, _ = prose.NewMatcher(nil)
	}
	if r.matchers == nil {
		r.matchers = map[*normList]*prose.Matcher{}
	}
	r.matchers[nl] = m
	return m
}

// match is normMatch with every list matched alone.
func (r *refNormMatcher) match(a *Analysis, list string, mode normMode) []LexMatch {
	var out []LexMatch
	byLang := a.lexicon.trust.normLists(mode, a.lexicon.listNum(list))
	if len(byLang) > 0 {
		v := newRefNormView(a, mode)
		f := prose.FoldTokens(v.text, v.toks)
		for _, nl := range byLang {
			if nl == nil || !v.mayMatch(nl) {
				continue
			}
			for _, m := range r.matcher(nl).FindAllFolded(f) {
				s, e := v.span(m.Start, m.End)
				entry := nl.entry(m.Phrase)
				if shorterThanEntry(a.Text[s:e], nl.phrases[m.Phrase], entry.Phrase) {
					continue
				}
				out = append(out, LexMatch{Start: s, End: e, Entry: entry})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	kept := out[:0]
	last := -1
	for _, m := range out {
		if m.Start >= last {
			kept = append(kept, m)
			last = m.End
		}
	}
	return kept
}

// normQuery is one list asked for in one mode.
type normQuery struct {
	list string
	mode normMode
}

// normQueries returns every list in normElongation and the block lists in
// every mode.
func normQueries(lex *Lexicon) []normQuery {
	var qs []normQuery
	for _, list := range slices.Sorted(maps.Keys(listsByName(lex))) {
		for mode := range normModes {
			if mode == normElongation || contains(blockLists, list) {
				qs = append(qs, normQuery{list, mode})
			}
		}
	}
	return qs
}

// trustTestTexts returns the string literals of the trust rules' tests:
// their cases, traps and fragments, as written and as parsed drafts.
func trustTestTexts(t testing.TB) []string {
	t.Helper()
	files := []string{"trust_rules_test.go", "trust_robust_test.go", "trust_context_test.go", "normalize_test.go", "blocklist_test.go"}
	for _, r := range All() {
		if r.Doc().Category == lint.CategoryTrust {
			files = append(files, r.Doc().ID+"_test.go")
		}
	}
	var texts []string
	fset := token.NewFileSet()
	for _, name := range files {
		if _, err := os.Stat(name); err != nil {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatalf("%s: %v", fset.Position(lit.Pos()), err)
			}
			texts = append(texts, s)
			for _, post := range draft.Parse("post.md", draft.FormatMarkdown, []byte(s), draft.Options{}) {
				if post.Text != s {
					texts = append(texts, post.Text)
				}
			}
			return true
		})
	}
	return texts
}

// normEdgeTexts are texts whose tokens normalise to nothing or fold
// differently a second time.
var normEdgeTexts = []string{
	"", " ", "\u00ad", "\u00ad sebarkan", "\u00ad\u00ad SEBARKAAN sebelum dihapus", "\u200b\u00ad ketik amin",
	"e\u00ad\u0301 sebarkan", "Cafe\u0301 sebarkaaan", "\xff\xfe bangs4t", "b@ngs4t b@@ngsat @bangsat bangsat@",
	"\u017f\u0301egar", "kopi \u017f\u0301egar", "b4\u0301ngke", "SEBARKAN!!! \u00ad", "ketik \u00ad amin", "ＳＥＢＡＲＫＡＮ", "İstanbul sebarkan", "ſebarkan",
}

// normExtra adds user entries to the block list and to trust lists, with
// the matcher's syntax, so that lists holding a wildcard, a prefix or a
// leading number are compared too, and accented words that the edge texts
// spell so that folding them twice differs from folding them once (long s
// and a combining acute fold to s and the acute, which compose only on a
// second fold; a digit read as a letter can take an accent).
var normExtra = Extra{
	i18n.ID: {"blocklist": {"bangsat", "otak udang", "goblok", "anjing", "bángke"}, "chain-message": {"sebarkan * grup", "<n> grup", "sebar-"},
		"deletion-cues": {"śegar", "kopi śegar"}},
	i18n.EN: {"blocklist": {"idiot", "moron"}, "chain-urgency": {"<n> groups", "share-"}},
}

// checkNormMatch compares normMatch on text with every list matched alone,
// asking for the lists in qs in a shuffled order.
func checkNormMatch(t testing.TB, lex *Lexicon, ref *refNormMatcher, qs []normQuery, r *rand.Rand, text string) {
	t.Helper()
	qs = slices.Clone(qs)
	r.Shuffle(len(qs), func(i, j int) { qs[i], qs[j] = qs[j], qs[i] })
	a := NewAnalysis(text, lex, []string{i18n.ID, i18n.EN})
	for _, q := range qs {
		got := a.normMatch(a.lexicon.listNum(q.list), q.mode)
		want := ref.match(a, q.list, q.mode)
		if !slices.Equal(got, want) {
			t.Fatalf("normMatch(%s, %d) on %q:\n got %v\nwant %v", q.list, q.mode, text, got, want)
		}
		if again := a.normMatch(a.lexicon.listNum(q.list), q.mode); !slices.Equal(again, got) {
			t.Fatalf("normMatch(%s, %d) on %q asked again: %v, first %v", q.list, q.mode, text, again, got)
		}
	}
}

// TestNormMatchSameAsListsAlone checks normMatch against each list matched
// alone on generated posts, the bundled examples and eval posts, the trust
// rules' test inputs, random strings of trust fragments and edge cases.
// Lexicons are made afresh now and then, and each post asks for a random
// part of the lists, so that posts are matched while the automaton lacks
// lists, while it is rebuilt, and once it holds them all.
func TestNormMatchSameAsListsAlone(t *testing.T) {
	n, pieces := 2000, 2000
	if testing.Short() {
		n, pieces = 200, 200
	}
	texts := append(slices.Clone(normEdgeTexts), trustTestTexts(t)...)
	texts = append(texts, automatonTexts(t, n)...)
	rng := rand.New(rand.NewPCG(3, 4))
	for range pieces {
		var b strings.Builder
		for k := rng.IntN(30); k >= 0; k-- {
			b.WriteString(trustPieces[rng.IntN(len(trustPieces))])
			if rng.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	// The edge texts with the user's entries, twice: the automata start
	// empty and end holding every list.
	edgeLex, err := NewLexicon(normExtra)
	if err != nil {
		t.Fatal(err)
	}
	edgeRef, edgeQs := &refNormMatcher{}, normQueries(edgeLex)
	for range 2 {
		for _, text := range normEdgeTexts {
			checkNormMatch(t, edgeLex, edgeRef, edgeQs, rng, text)
		}
	}
	var lex *Lexicon
	var ref *refNormMatcher
	var qs []normQuery
	fresh := 0
	for i, text := range texts {
		if i&(i-1) == 0 { // a fresh lexicon at 0, 1, 2, 4, 8, ...
			var err error
			extra := normExtra
			if fresh%2 == 0 {
				extra = nil
			}
			if lex, err = NewLexicon(extra); err != nil {
				t.Fatal(err)
			}
			ref, qs = &refNormMatcher{}, normQueries(lex)
			fresh++
		}
		part := qs
		if rng.IntN(4) != 0 {
			rng.Shuffle(len(qs), func(i, j int) { qs[i], qs[j] = qs[j], qs[i] })
			part = qs[:rng.IntN(len(qs)+1)]
		}
		checkNormMatch(t, lex, ref, part, rng, text)
	}
	t.Logf("%d texts compared", len(texts))
}

// TestNormMatchConcurrent matches posts on one lexicon from several
// goroutines while the automata are rebuilt as lists become hot (run with
// -race).
func TestNormMatchConcurrent(t *testing.T) {
	lex, err := NewLexicon(normExtra)
	if err != nil {
		t.Fatal(err)
	}
	texts := automatonTexts(t, 50)
	qs := normQueries(lex)
	errs := make(chan error, 4)
	for w := range 4 {
		go func() {
			r := rand.New(rand.NewPCG(uint64(w), 5))
			ref := &refNormMatcher{}
			for _, text := range texts {
				a := NewAnalysis(text, lex, []string{i18n.ID, i18n.EN})
				for range 8 {
					q := qs[r.IntN(len(qs))]
					if got, want := a.normMatch(a.lexicon.listNum(q.list), q.mode), ref.match(a, q.list, q.mode); !slices.Equal(got, want) {
						errs <- fmt.Errorf("normMatch(%s, %d) on %q: %v, want %v", q.list, q.mode, text, got, want)
						return
					}
				}
			}
			errs <- nil
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}

func FuzzNormMatch(f *testing.F) {
	for _, s := range normEdgeTexts {
		f.Add(s)
	}
	f.Add(trustStress)
	lex, err := NewLexicon(normExtra)
	if err != nil {
		f.Fatal(err)
	}
	qs := normQueries(lex)
	f.Fuzz(func(t *testing.T, text string) {
		checkNormMatch(t, lex, &refNormMatcher{}, qs, rand.New(rand.NewPCG(uint64(len(text)), 9)), text)
	})
}

// TestFoldPostSameAsNewNormView checks the normalised view foldPost makes
// with the word lists' folded tokens against newNormView's, which
// normalises each token from its text: token by token, with the tokens'
// hashes and the leading empty forms.
func TestFoldPostSameAsNewNormView(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 100
	}
	texts := append(slices.Clone(normEdgeTexts), trustTestTexts(t)...)
	texts = append(texts, automatonTexts(t, n)...)
	rng := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		var b strings.Builder
		for k := rng.IntN(12); k >= 0; k-- {
			b.WriteString(normEdgeTexts[rng.IntN(len(normEdgeTexts))])
			b.WriteString(trustPieces[rng.IntN(len(trustPieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		a := NewAnalysis(text, nil, nil)
		plain := a.Folded()
		got, want := a.trust.views[normElongation], newNormView(NewAnalysis(text, nil, nil), normElongation)
		if got == nil || got.lead != want.lead || got.tokens != want.tokens || len(got.toks) != len(want.toks) {
			t.Fatalf("%q: foldPost's view %+v, newNormView's %+v", text, got, want)
		}
		ref := prose.FoldTokens(text, a.Tokens())
		for i := range want.toks {
			g, gok := got.folded.Form(i)
			w, wok := want.folded.Form(i)
			if string(g) != string(w) || gok != wok {
				t.Fatalf("%q token %d: foldPost's form %q, newNormView's %q", text, i, g, w)
			}
			g, _ = plain.Form(i)
			if w, _ = ref.Form(i); string(g) != string(w) {
				t.Fatalf("%q token %d: foldPost's folded form %q, FoldTokens' %q", text, i, g, w)
			}
		}
	}
}

// TestListsAndTrustListsShareOneScan asks a post for word lists (Match,
// matchBoth) and trust lists (normMatch) in a shuffled order, so that the
// one scan of both views serves both kinds of list while the automaton
// lacks some, is rebuilt, and holds them all, and compares each with its
// lists matched alone.
func TestListsAndTrustListsShareOneScan(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 100
	}
	texts := append(slices.Clone(normEdgeTexts), trustTestTexts(t)...)
	texts = append(texts, automatonTexts(t, n)...)
	rng := rand.New(rand.NewPCG(11, 12))
	var lex *Lexicon
	var ref *refNormMatcher
	var qs []normQuery
	var lists []string
	for i, text := range texts {
		if i&(i-1) == 0 { // a fresh lexicon at 0, 1, 2, 4, 8, ...
			extra := normExtra
			if i%3 == 0 {
				extra = nil
			}
			var err error
			if lex, err = NewLexicon(extra); err != nil {
				t.Fatal(err)
			}
			ref, qs = &refNormMatcher{}, normQueries(lex)
			lists = slices.Sorted(maps.Keys(listsByName(lex)))
		}
		langs := [][]string{{i18n.ID}, {i18n.EN}, {i18n.ID, i18n.EN}}[rng.IntN(3)]
		a := NewAnalysis(text, lex, langs)
		f := prose.FoldTokens(text, prose.Tokens(text))
		for range 24 {
			switch rng.IntN(3) {
			case 0:
				list := lists[rng.IntN(len(lists))]
				if got, want := a.Match(lex.listNum(list)), lex.findFolded(lex.listNum(list), langs, f); !slices.Equal(got, want) {
					t.Fatalf("Match(%s) %v on %q: %v, want %v", list, langs, text, got, want)
				}
			case 1:
				list := lists[rng.IntN(len(lists))]
				if got, want := matchBoth(a, lex.listNum(list)), lex.findFolded(lex.listNum(list), bothLangs, f); !slices.Equal(got, want) {
					t.Fatalf("matchBoth(%s) on %q: %v, want %v", list, text, got, want)
				}
			default:
				q := qs[rng.IntN(len(qs))]
				if got, want := a.normMatch(a.lexicon.listNum(q.list), q.mode), ref.match(a, q.list, q.mode); !slices.Equal(got, want) {
					t.Fatalf("normMatch(%s, %d) on %q: %v, want %v", q.list, q.mode, text, got, want)
				}
			}
		}
	}
}
