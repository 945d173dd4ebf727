package prose

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// builtinLists returns the phrases of the word lists the rules ship
// (rules/words), read as the rules read them: one phrase a line, "#"
// comments and "=> suggestion" tails dropped.
func builtinLists(tb testing.TB) map[string][]string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "rules", "words", "*", "*.txt"))
	if err != nil || len(files) < 100 {
		tb.Fatalf("built-in word lists: %d files, %v", len(files), err)
	}
	lists := make(map[string][]string, len(files))
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		var phrases []string
		for line := range strings.Lines(string(data)) {
			if i := strings.IndexByte(line, '#'); i >= 0 && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
				line = line[:i]
			}
			line, _, _ = strings.Cut(line, "=>")
			if line = strings.TrimSpace(line); line != "" {
				phrases = append(phrases, line)
			}
		}
		lists[filepath.Base(filepath.Dir(name))+"/"+filepath.Base(name)] = phrases
	}
	return lists
}

// refIndex is the index of a Matcher's first elements done plainly: maps
// by folded string.
type refIndex struct {
	lits, prefixes map[string][]int32
	num            []int32
}

func newRefIndex(tb testing.TB, phrases []string) refIndex {
	tb.Helper()
	x := refIndex{lits: map[string][]int32{}, prefixes: map[string][]int32{}}
	for i, p := range phrases {
		els, err := parsePhrase(p)
		if err != nil {
			tb.Fatalf("phrase %q: %v", p, err)
		}
		switch first := els[0]; first.Kind {
		case ElemLit:
			x.lits[first.Text] = append(x.lits[first.Text], int32(i))
		case ElemPrefix:
			x.prefixes[first.Text] = append(x.prefixes[first.Text], int32(i))
		case ElemNum:
			x.num = append(x.num, int32(i))
		}
	}
	return x
}

// randomPhrases returns n phrases of every shape, drawn from few words so
// that many share a first word, and from many so that some share a hash.
func randomPhrases(rng *rand.Rand, n int) []string {
	few := []string{"ayo", "Sebar", "tag", "kafé", "“hoaks”", "don't", "!", "#viral", "e-KTP", "10.000"}
	word := func() string {
		if rng.IntN(3) == 0 {
			return few[rng.IntN(len(few))]
		}
		return fmt.Sprintf("w%d", rng.IntN(20000))
	}
	phrases := make([]string, 0, n)
	for len(phrases) < n {
		var els []string
		switch rng.IntN(8) {
		case 0:
			els = append(els, "<n>")
		case 1:
			els = append(els, strings.Trim(word(), "“”!#'.")+"-")
		default:
			els = append(els, word())
		}
		for k := rng.IntN(4); k > 0; k-- {
			els = append(els, []string{word(), word(), "*", "<n>", "kata-"}[rng.IntN(5)])
		}
		if p := strings.Join(els, " "); p != "" {
			if _, err := parsePhrase(p); err == nil {
				phrases = append(phrases, p)
			}
		}
	}
	return phrases
}

// TestMatcherIndexSameAsReference checks the index of first elements
// against maps by string, over the built-in word lists and random
// phrases: for each token, the phrases the index gives whose first element
// is that token are exactly the reference's, and the index gives no phrase
// whose first element's hash differs.
func TestMatcherIndexSameAsReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	lists := builtinLists(t)
	for _, n := range []int{0, 1, 2, 5, 64, 129, 700, 5000} {
		lists[fmt.Sprintf("random/%d", n)] = randomPhrases(rng, n)
	}
	lists["bench/1200"] = benchPhrases(1200)
	for name, phrases := range lists {
		m, err := NewMatcher(phrases)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ref := newRefIndex(t, phrases)
		if m.Len() != len(phrases) {
			t.Fatalf("%s: Len = %d, want %d", name, m.Len(), len(phrases))
		}
		for p := range phrases {
			want, _ := parsePhrase(phrases[p])
			if got := m.phrase(int32(p)); !slices.Equal(got, want) {
				t.Fatalf("%s: phrase %d %q parsed as %v, want %v", name, p, phrases[p], got, want)
			}
		}
		if !slices.Equal(m.numFirst, ref.num) {
			t.Fatalf("%s: <n> first %v, want %v", name, m.numFirst, ref.num)
		}
		probes := []string{"", "x", "sebarkan", "kafé", "!", "w1"}
		for text := range ref.lits {
			probes = append(probes, text, text+"s", text[:len(text)/2])
		}
		for text := range ref.prefixes {
			probes = append(probes, text, text+"kan", text[:len(text)/2])
		}
		for i := range 5000 {
			probes = append(probes, fmt.Sprintf("v%d", i)) // many share a first word's 12-bit hash
		}
		prefixes := m.prefixes
		if prefixes == nil {
			if len(ref.prefixes) > 0 {
				t.Fatalf("%s: no prefix index for %d prefixes", name, len(ref.prefixes))
			}
			prefixes = &HashIndex{}
		}
		for _, tok := range probes {
			checkIndexed(t, name+" literals", m, m.lits, tok, ref.lits[tok])
			checkIndexed(t, name+" prefixes", m, prefixes, tok, ref.prefixes[tok])
		}
		var lens []int
		for text := range ref.prefixes {
			lens = append(lens, len(text))
		}
		slices.Sort(lens)
		if lens = slices.Compact(lens); !slices.Equal(m.prefixLens, lens) {
			t.Fatalf("%s: prefix lengths %v, want %v", name, m.prefixLens, lens)
		}
	}
}

// checkIndexed compares the phrases x gives for tok with want.
func checkIndexed(t *testing.T, what string, m *Matcher, x *HashIndex, tok string, want []int32) {
	t.Helper()
	h := TokenHash(tok)
	var got []int32
	for _, p := range x.get(h) {
		first := m.phrase(p)[0].Text
		if TokenHash(first) != h {
			t.Fatalf("%s: token %q gives phrase %d, whose first element %q has another hash", what, tok, p, first)
		}
		if first == tok {
			got = append(got, p)
		}
	}
	if !slices.Equal(got, want) {
		t.Fatalf("%s: token %q: index %v, reference %v", what, tok, got, want)
	}
}

// phraseText returns a text that phrase p matches, in some cases not
// quite, with wildcards and placeholders filled in.
func phraseText(rng *rand.Rand, p string) string {
	var b strings.Builder
	for f := range strings.FieldsSeq(p) {
		switch {
		case f == "*":
			for k := 1 + rng.IntN(4); k > 0; k-- {
				b.WriteString("kata ")
			}
			continue
		case f == "<n>":
			f = []string{"3", "10.000", "Rp5.000", "2,5", "tiga"}[rng.IntN(5)]
		case strings.HasSuffix(f, "-") && len(f) > 1:
			f = f[:len(f)-1] + []string{"", "kan", "-", " "}[rng.IntN(4)]
		}
		switch rng.IntN(6) {
		case 0:
			f = strings.ToUpper(f)
		case 1:
			f = strings.ToUpper(f[:1]) + f[1:]
		}
		b.WriteString(f)
		b.WriteString([]string{" ", " ", "\n", ", ", "-"}[rng.IntN(5)])
	}
	return b.String()
}

// TestMatcherBuiltinListsSameAsReference runs every built-in list, as a
// Matcher and as one MatcherSet, over texts made of its own phrases, and
// compares the matches with the plain reference matcher's.
func TestMatcherBuiltinListsSameAsReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	lists := builtinLists(t)
	names := slices.Sorted(func(yield func(string) bool) {
		for name := range lists {
			if !yield(name) {
				return
			}
		}
	})
	groups := make([][]string, 0, len(names))
	var all strings.Builder
	for _, name := range names {
		phrases := lists[name]
		groups = append(groups, phrases)
		m, err := NewMatcher(phrases)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var b strings.Builder
		for range min(len(phrases), 60) {
			b.WriteString(phraseText(rng, phrases[rng.IntN(len(phrases))]))
			b.WriteString([]string{" ", ". ", " dan ", "! "}[rng.IntN(4)])
		}
		text := b.String()
		if all.Len() < 40000 {
			all.WriteString(text)
		}
		got, want := m.FindAll(text), refFindAll(phrases, text)
		if !slices.Equal(got, want) {
			t.Fatalf("%s on %q:\nmatcher   %v\nreference %v", name, text, findTexts(text, got), findTexts(text, want))
		}
	}
	checkSetAgainstMatchers(t, groups, all.String())
}

// refElems parses a good phrase plainly: strings.Fields, and every field
// that is not "*", "<n>" or a prefix tokenised.
func refElems(p string) []Elem {
	var els []Elem
	for _, f := range strings.Fields(p) {
		switch {
		case f == "*":
			els = append(els, Elem{Kind: ElemWild})
		case f == "<n>":
			els = append(els, Elem{Kind: ElemNum})
		case len(f) > 1 && f[len(f)-1] == '-' && isOneWord(f[:len(f)-1]):
			els = append(els, Elem{Kind: ElemPrefix, Text: FoldString(f[:len(f)-1])})
		default:
			for _, t := range Tokens(f) {
				if folded := FoldString(f[t.Start:t.End]); folded != "" {
					els = append(els, Elem{Kind: ElemLit, Text: folded})
				}
			}
		}
	}
	return els
}

// TestParsePhraseSameAsReference checks the phrase parser, which splits
// fields by hand and takes a field of ASCII letters for one word without
// tokenising it, against refElems.
func TestParsePhraseSameAsReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	var phrases []string
	for _, list := range builtinLists(t) {
		phrases = append(phrases, list...)
	}
	phrases = append(phrases, randomPhrases(rng, 2000)...)
	parts := []string{"a", "Z", "kata", "KaTa", "é", "e\u0301", "1", "x1", "'", "-", "’", ".", "!", "#", "🎉", "\xff",
		" ", "  ", "\t", "\n", "\u00a0", "\u0085", "\u2003", "\u3000", "*", "<n>", "sebar-"}
	for range 5000 {
		var b strings.Builder
		for k := rng.IntN(8); k >= 0; k-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		phrases = append(phrases, b.String())
	}
	for _, p := range phrases {
		got, err := parsePhrase(p)
		if err != nil {
			continue // the errors are the reference's too: TestNewMatcherErrors
		}
		if want := refElems(p); !slices.Equal(got, want) {
			t.Fatalf("phrase %q: parsed as %v, want %v", p, got, want)
		}
	}
}
