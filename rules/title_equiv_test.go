package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/prose"
)

// titleEquivTexts are the texts findTitles and its helpers are compared
// on: the differential corpus, and posts full of titles, hashtags and
// mentions in both languages, glued and dotted every way.
func titleEquivTexts(t testing.TB) []string {
	texts := automatonTexts(t, 400)
	return append(texts,
		"",
		".",
		"Drs. H. Ahmad, S.Sos., M.Si., Kepala Dinas Kominfo, Dr. Budi, M.Sc. membuka acara.",
		"Prof. Dr. Ir. H. Siti Aminah, S.E., M.M., CPA, CEH hadir di #Dr.Budi dan @dr.budi.sby M.Si.",
		"Dr Budi, SE, MM dan dr. Rina, Sp.PD, Sp.A. bersama KH. Ahmad dan K.H. Umar di @pemkot.",
		"Rev. John Smith, Ph.D., MBA, and Dr. Jane Doe, M.D., met #Mayor @cityhall.gov today.",
		"#S.Farm @M.Si #Prof.Dr @Dr. Ir.Budi S.Farm. M.Soc.Sc. D.Min. H. H.M.Si. ..Dr.. Dr..Budi",
		"@a @b.c.d #e Dr. @f Dr #g Prof. Budi @h.i S.E.",
		"İr. Édi, S.Kom., Dr.é Ｄｒ. Budi, ß. Ñame, M.\u0301",
	)
}

// TestTagMentionCursorIsTheSearch holds the cursor findTitles uses to the
// searches it replaces, at every byte of each text in order.
func TestTagMentionCursorIsTheSearch(t *testing.T) {
	for _, text := range titleEquivTexts(t) {
		a := NewAnalysis(text, nil, []string{i18n.ID})
		c := tagMentionCursor{text: text, tags: a.Hashtags(), mentions: a.Mentions()}
		for off := range len(text) + 1 {
			if got, want := c.covers(off), inEntity(a.Hashtags(), off) || inMention(a, off); got != want {
				t.Fatalf("%q at %d: cursor %v, search %v", text, off, got, want)
			}
		}
	}
}

// titleKey is the key isTitle looks a candidate up by: folded, without
// periods.
func titleKey(cand string) []byte {
	return prose.AppendFold(nil, strings.ReplaceAll(cand, ".", ""))
}

// TestTitleMayHoldIsTheLookup: the filter rules a candidate out only when
// the look-up finds nothing for it, on the listed titles in several
// spellings, long and dotted words and the candidates of the test texts.
func TestTitleMayHoldIsTheLookup(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	entries := titleEntries(lex)
	cands := []string{"", ".", "..", "...", "a", "A.", ".a", "a.", "Dr", "dR.", "D.r", ".D.r.", "Ｄｒ", "İr", "Ir.", "ǅr",
		"Doktoranda", "Professor.", "S.Sos.", "SSOS", "s.s.o.s", strings.Repeat("a", 40), strings.Repeat("A.", 20), "Kepala", "budi"}
	for _, lang := range bothLangs {
		for _, e := range lex.Entries("title-tokens", lang) {
			p := e.Phrase
			cands = append(cands, p, strings.ToUpper(p), strings.ToLower(p), strings.ReplaceAll(p, ".", ""), p+"x", "x"+p, p+"é")
		}
	}
	for _, text := range titleEquivTexts(t)[:200] {
		cands = append(cands, strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '\n' || r == ',' })...)
	}
	var nilIndex *titleIndex
	ruledOut := 0
	for _, c := range cands {
		if nilIndex.mayHold(c) {
			t.Fatalf("a nil index may hold %q", c)
		}
		if entries.mayHold(c) {
			continue
		}
		ruledOut++
		if got := entries.lookup(titleKey(c)); got != nil {
			t.Fatalf("mayHold(%q) = false, but the look-up finds %v", c, got)
		}
	}
	if ruledOut < len(cands)/2 {
		t.Errorf("the filter rules out only %d of %d candidates", ruledOut, len(cands))
	}
}

// findTitlesBefore is findTitles as it was before the cursor and the
// filter: the hashtags and mentions searched for every token, and every
// candidate compared as a string (isTitleStrings).
func findTitlesBefore(a *Analysis, entries map[string][]titleEntry) []titleToken {
	text := a.Text
	toks := a.Tokens()
	var out []titleToken
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != prose.Word || inEntity(a.Hashtags(), t.Start) || inMention(a, t.Start) {
			continue
		}
		start, end := t.Start, t.End
		j := i
		for j+1 < len(toks) && toks[j+1].Start == end && text[toks[j+1].Start:toks[j+1].End] == "." {
			end = toks[j+1].End
			j++
			if j+1 < len(toks) && toks[j+1].Kind == prose.Word && toks[j+1].Start == end {
				j++
				end = toks[j].End
				continue
			}
			break
		}
		i = j
		cand := text[start:end]
		afterComma := byteBeforeSpaces(text, start) == ','
		if isTitleStrings(cand, entries, afterComma, capitalWordFollows(text, end)) ||
			afterComma && isPostNominal(cand) ||
			afterComma && len(out) > 0 && followsTitle(text, out[len(out)-1].End, start) && isCertification(cand) {
			out = append(out, titleToken{Start: start, End: end})
		}
	}
	return out
}

func TestFindTitlesSameAsBefore(t *testing.T) {
	for _, extra := range []Extra{nil, {i18n.ID: {"title-tokens": {"Kompol.", "S.Ag", "Dr"}}, i18n.EN: {"title-tokens": {"Rev."}}}} {
		lex, err := NewLexicon(extra)
		if err != nil {
			t.Fatal(err)
		}
		entries := titleEntryMap(lex)
		found := 0
		for _, text := range titleEquivTexts(t) {
			a := NewAnalysis(text, lex, bothLangs)
			got, want := findTitles(a), findTitlesBefore(a, entries)
			if !slices.Equal(got, want) {
				t.Fatalf("titles of %q:\n got %v\nwant %v", text, got, want)
			}
			found += len(got)
		}
		if found == 0 {
			t.Errorf("%v: no title found in the texts", extra)
		}
	}
}

// TestFindTitlesCases lists the titles of short posts in both languages,
// next to hashtags and mentions that hide them.
func TestFindTitlesCases(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"", nil},
		{"Warga antre di kantor kecamatan.", nil},
		{"Drs. H. Ahmad, S.Sos., M.Si. membuka acara.", []string{"Drs.", "H.", "S.Sos.", "M.Si."}},
		{"Dr Budi dan dr Rina", []string{"Dr", "dr"}}, // dr: a physician
		{"Budi, SE, MM hadir", []string{"SE", "MM"}},
		{"#Dr.Budi dan @dr.budi hadir, Prof. Rina juga", []string{"Prof."}},
		{"@pemkot Dr. Eri", []string{"Dr."}},
		{"Dr. Jane Doe, Ph.D., MBA, spoke", []string{"Dr.", "Ph.D.", "MBA"}},
		{"DR. JANE DOE and Rev. John", []string{"DR.", "Rev."}},
	} {
		a := NewAnalysis(tc.text, lex, bothLangs)
		var got []string
		for _, tt := range findTitles(a) {
			got = append(got, tc.text[tt.Start:tt.End])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("titles of %q = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// FuzzTitleMayHold: the filter never rules out a candidate the look-up
// finds, and isTitle answers as the string version does.
func FuzzTitleMayHold(f *testing.F) {
	for _, s := range []string{"", ".", "Dr.", "S.Sos.", "M.Si", "dr", "Ｄｒ.", "H.\u0301", "Doktoranda", "ph.d."} {
		f.Add(s)
	}
	lex, err := NewLexicon(nil)
	if err != nil {
		f.Fatal(err)
	}
	entries, want := titleEntries(lex), titleEntryMap(lex)
	f.Fuzz(func(t *testing.T, cand string) {
		if !entries.mayHold(cand) && entries.lookup(titleKey(cand)) != nil {
			t.Fatalf("mayHold(%q) = false, but the look-up finds titles", cand)
		}
		for _, afterComma := range []bool{false, true} {
			if got, w := isTitle(cand, entries, afterComma, true), isTitleStrings(cand, want, afterComma, true); got != w {
				t.Fatalf("isTitle(%q, %v) = %v, the string version %v", cand, afterComma, got, w)
			}
		}
	})
}

// TestFindTitlesUpToIsAPrefix: the titles found up to an offset are those
// of the whole scan that start before it, at every offset.
func TestFindTitlesUpToIsAPrefix(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range titleEquivTexts(t) {
		a := NewAnalysis(text, lex, bothLangs)
		all := findTitles(a)
		for end := range len(text) + 1 {
			n := 0
			for n < len(all) && all[n].Start < end {
				n++
			}
			if got := findTitlesUpTo(a, end); !slices.Equal(got, all[:n]) {
				t.Fatalf("titles of %q up to %d:\n got %v\nwant %v", text, end, got, all[:n])
			}
		}
	}
}

// TestTitleChainRunSameWithAllTitles: the name run the view finds with
// the titles up to the run's bounds and the fold is the one all the
// titles give.
func TestTitleChainRunSameWithAllTitles(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range titleEquivTexts(t) {
		a := NewAnalysis(text, lex, bothLangs)
		chain := viewTitleChain.Of(a)
		from, limit := nameRunBounds(a)
		run, byVerb := leadingNameRun(a, findTitles(a), from, limit)
		if chain.run != run || chain.byVerb != byVerb {
			t.Fatalf("run of %q: view %v %v, all titles %v %v", text, chain.run, chain.byVerb, run, byVerb)
		}
	}
}

// TestTitleFoldBound: no built-in platform folds past the titles the view
// finds.
func TestTitleFoldBound(t *testing.T) {
	// The rule reads a platform's fold only when it is set, and then
	// FoldFor is the fold whatever the media.
	for name, spec := range platform.Defaults() {
		if spec.Fold > titleFoldBound {
			t.Errorf("%s folds at %d, past titleFoldBound %d", name, spec.Fold, titleFoldBound)
		}
	}
}
