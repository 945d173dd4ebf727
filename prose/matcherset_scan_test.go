package prose

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// scanPartReference is scanPart as it was before tokens were ruled out by
// bit tests ahead of slicing their forms (prefixStarts): the oracle of
// TestScanPartSameAsReference.
func (s *MatcherSet) scanPartReference(part *setPart, toks []Token, fs *matchScratch, cands []setCand) []setCand {
	m := part.all
	for ti := range toks {
		first := len(cands)
		tok, ok := fs.tok(ti)
		if !ok {
			continue
		}
		if h := fs.hashes[ti]; m.lits.Present.MayHold(h) {
			if part.words.Present.MayHold(h) {
				cands = s.tryWords(part, part.words.get(h), tok, ti, cands)
			}
			if part.rest.Present.MayHold(h) {
				cands = s.try(part, part.rest.get(h), toks, fs, tok, ti, first, cands)
			}
			if ti+1 < len(toks) {
				if ps := part.pairs.get(pairKey(h, fs.hashes[ti+1])); len(ps) > 0 {
					cands = s.try(part, ps, toks, fs, tok, ti, first, cands)
				}
			}
		}
		for _, l := range m.prefixLens {
			if l > len(tok) {
				break
			}
			if m.prefixSig.mayHold(tok[:l]) {
				cands = s.try(part, m.prefixes.get(TokenHash(tok[:l])), toks, fs, tok, ti, first, cands)
			}
		}
		if toks[ti].Kind == Number {
			if ti+1 < len(toks) {
				if h := fs.hashes[ti+1]; part.numNext.Present.MayHold(h) {
					cands = s.try(part, part.numNext.get(h), toks, fs, tok, ti, first, cands)
				}
			}
			cands = s.try(part, part.numRest, toks, fs, tok, ti, first, cands)
		}
	}
	return cands
}

// checkScanSameAsReference compares the candidates of every part of the
// set of groups (on views) in both forms of text's tokens, and of the
// tokens with one lying outside text, with scanPartReference's.
func checkScanSameAsReference(t *testing.T, groups [][]string, views []int, text string) {
	t.Helper()
	set, _ := NewMatcherSetViews(groups, views)
	toks := Tokens(text)
	for _, ts := range [][]Token{toks, append(slices.Clone(toks), Token{Start: len(text), End: len(text) + 1, Kind: Number})} {
		var p FoldedPair
		p.Fold(text, ts, collapseSecond)
		forms := []*Folded{&p.Plain, &p.Second}
		for pi := range set.parts {
			part := &set.parts[pi]
			fs := &forms[part.view].fs
			got := set.scanPart(part, ts, fs, nil)
			want := set.scanPartReference(part, ts, fs, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("groups %q (views %v) on %q, part %d: candidates %v, reference %v", groups, views, text, pi, got, want)
			}
		}
	}
}

// scanGroups are lists with first prefixes of several lengths, some not
// ASCII, numbers, wildcards, pairs and one-word phrases.
var scanGroups = [][]string{
	{"sebarkan !", "tag <n> teman", "pada hari * tanggal", "sebar-", "guna"},
	{"sebarkan", "sebarkan !", "hari", "tag <n>", "s-", "ka-"},
	{"a * b", "a", "a b", "é-", "kafé"},
	{"x-", "<n> x", "xx", "<n> , x", "1-"},
	{"“hoaks”", "don't", "kafé", "q- k"},
	{"pada", "pada hari", "hari senin", "\u00ad- a"},
	{"amin", "ketik amin", "kontol", "sebar", "aa-", "ſ-"},
}

func TestScanPartSameAsReference(t *testing.T) {
	texts := append(slices.Clone(foldPairTexts()[:600]),
		"Pengguna: SEBARKAAN!! tag 3 teman pada hari Senin tanggal 5, sebarluaskan guna",
		"Ketik AAAMIIIN ya, qontol, xxx 1 x, ketik amin 10.000 x",
		strings.Repeat("sebar a b x 3 x pada hari ", 20), "seee grup kee grup kafé é ſ ſegar")
	r := rand.New(rand.NewPCG(3, 5))
	for round := range 8 {
		views := make([]int, len(scanGroups))
		for g := range views {
			views[g] = r.IntN(2)
		}
		if round == 0 {
			views = nil
		}
		for _, text := range texts {
			checkScanSameAsReference(t, scanGroups, views, text)
		}
	}
}

func FuzzScanPartSameAsReference(f *testing.F) {
	f.Add("sebarkan !|tag <n> teman|sebar-;s-|guna|sebarkan;é-|\u00ad- a", "Pengguna: SEBARKAN!! tag 3 teman, sebarluaskan guna", uint8(5))
	f.Add("x-|<n> x;<n>;xx|1-", "xx 1 x 2,5 xyz", uint8(2))
	f.Add("“hoaks”|don't;*;kafé|ka-", "Ini “HOAKS” don’t Kafe\u0301", uint8(0))
	f.Fuzz(func(t *testing.T, groupsText, text string, viewBits uint8) {
		groups := fuzzGroups(groupsText)
		views := make([]int, len(groups))
		for i := range views {
			views[i] = int(viewBits >> i & 1)
		}
		checkScanSameAsReference(t, groups, views, text)
	})
}

func TestPrefixStarts(t *testing.T) {
	for _, tc := range []struct {
		prefixes []string
		form     string
		want     bool
	}{
		{nil, "sebar", false},
		{[]string{"se"}, "sebar", true},
		{[]string{"se"}, "kesebar", false},
		{[]string{"se", "k"}, "kesebar", true},
		{[]string{"se"}, "", false},
		{[]string{"é"}, "élan", true},
		{[]string{"é"}, "e", false},
		// An empty prefix starts every form, the empty one too.
		{[]string{""}, "", true},
		{[]string{"", "se"}, "x", true},
	} {
		var p prefixStarts
		for _, pre := range tc.prefixes {
			p.add(pre)
		}
		folded := []byte("##" + tc.form)
		if got := p.mayStart(folded, 2, int32(len(folded))); got != tc.want {
			t.Errorf("prefixes %q, form %q: mayStart = %v, want %v", tc.prefixes, tc.form, got, tc.want)
		}
	}
}
