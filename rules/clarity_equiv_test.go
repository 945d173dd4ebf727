package rules

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/prose"
	"github.com/rivo/uniseg"
)

// clarityViewTexts are the texts the clarity views are compared on: the
// differential corpus plus posts full of links, tags, mentions and dotted
// abbreviations, which the prose words leave out.
func clarityViewTexts(t testing.TB) []string {
	texts := automatonTexts(t, 400)
	return append(texts,
		"",
		"#Tag @user https://x.id",
		"Drs. H. Ahmad, S.Sos., M.Si. membuka acara. Info: https://bit.ly/abc dan #HUTRI80 @pemkot.sby.\nLihat www.example.go.id!",
		"Dr. Jane Doe, Ph.D., visited @cityhall today. Read more at example.com/x #Flood #Ready. U.S.A. e.g. i.e.",
		"a.b.c.d e.f @a.b.c #x.y https://a.b/c.d. M.Sc S.Si Ir.Budi",
	)
}

// naiveProseSentences is the definition computeProseSentences keeps: each
// sentence with its words outside links, hashtags and mentions, less the
// words glued by a period to the word before, when any word is left.
func naiveProseSentences(a *Analysis) []proseSentence {
	var out []proseSentence
	for _, s := range a.Sentences() {
		var words []prose.Token
		for _, w := range a.WordsIn(s) {
			if inLinkTagMention(a, w.Start) || dottedContinuation(a.Text, w.Start) {
				continue
			}
			words = append(words, w)
		}
		if len(words) > 0 {
			out = append(out, proseSentence{Span: s, Words: words})
		}
	}
	return out
}

func TestProseSentencesSameAsNaive(t *testing.T) {
	for _, text := range clarityViewTexts(t) {
		a := NewAnalysis(text, nil, []string{i18n.ID})
		got, want := computeProseSentences(a), naiveProseSentences(a)
		if !slices.EqualFunc(got, want, func(g, w proseSentence) bool {
			return g.Span == w.Span && slices.Equal(g.Words, w.Words) && cap(g.Words) == len(g.Words)
		}) {
			t.Fatalf("prose sentences of %q:\n got %v\nwant %v", text, got, want)
		}
	}
}

func FuzzProseSentences(f *testing.F) {
	f.Add("Drs. H. Ahmad, S.Sos., M.Si. membuka acara di https://x.id #Tag @a.b")
	f.Add("One. Two #three @four five.six")
	f.Fuzz(func(t *testing.T, text string) {
		a := NewAnalysis(text, nil, []string{i18n.EN})
		got, want := computeProseSentences(a), naiveProseSentences(a)
		if !slices.EqualFunc(got, want, func(g, w proseSentence) bool {
			return g.Span == w.Span && slices.Equal(g.Words, w.Words) && cap(g.Words) == len(g.Words)
		}) {
			t.Fatalf("prose sentences of %q:\n got %v\nwant %v", text, got, want)
		}
	})
}

// containsFoldASCIIByByte is the definition containsFoldASCII keeps: every
// offset compared, ASCII letters of s lowered.
func containsFoldASCIIByByte(s, needle string) bool {
	for i := 0; i+len(needle) <= len(s); i++ {
		j := 0
		for j < len(needle) && lowerASCII(s[i+j]) == needle[j] {
			j++
		}
		if j == len(needle) {
			return true
		}
	}
	return false
}

// foldNeedles are the needles the rules search with containsFoldASCII.
func foldNeedles() []string {
	var out []string
	for _, groups := range hiddenVerbNeedles {
		for _, g := range groups {
			out = append(out, g...)
		}
	}
	out = append(out, friendNeedles...)
	return append(out, likeIfStarts...)
}

func TestContainsFoldASCIISameAsByByte(t *testing.T) {
	needles := append(foldNeedles(), "", "a", "zz", "é")
	texts := append(clarityViewTexts(t), "MAKE", "Mak", "mA\u212a", "xxmakxx", "AN PE an pE", " THE ", "ma", "m")
	for _, s := range texts {
		for _, n := range needles {
			if got, want := containsFoldASCII(s, n), containsFoldASCIIByByte(s, n); got != want {
				t.Fatalf("containsFoldASCII(%q, %q) = %v, want %v", s, n, got, want)
			}
		}
	}
}

func FuzzContainsFoldASCII(f *testing.F) {
	f.Add("Kami MELAKUKAN PEMERIKSAAN", "an pe")
	f.Add("Tag your FRIENDS", "friend")
	f.Fuzz(func(t *testing.T, s, needle string) {
		needle = strings.Map(func(r rune) rune {
			if r >= 'A' && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, needle) // needles are in lower case
		if got, want := containsFoldASCII(s, needle), containsFoldASCIIByByte(s, needle); got != want {
			t.Fatalf("containsFoldASCII(%q, %q) = %v, want %v", s, needle, got, want)
		}
	})
}

// TestTagWordKindSameAsStopwordLookup checks that the stopwords folded into
// the built-in hashtag words give every lower-case word the kinds the
// lists and prose.IsStopword give it.
func TestTagWordKindSameAsStopwordLookup(t *testing.T) {
	lists := map[string]uint8{}
	for _, lang := range bothLangs {
		for _, e := range parseList(readWordFile("words/"+lang+"/hashtag-words.txt"), lang) {
			addTagWord(lists, e.Phrase)
		}
	}
	oldKind := func(w string) uint8 {
		k := lists[w]
		if prose.IsStopword(w, i18n.ID) || prose.IsStopword(w, i18n.EN) {
			k |= tagStop
		}
		return k
	}
	tw := newTagWords(nil)
	words := append(prose.Stopwords(i18n.ID), prose.Stopwords(i18n.EN)...)
	for w := range lists {
		words = append(words, w)
	}
	for _, text := range clarityViewTexts(t) {
		for _, tok := range prose.Words(text) {
			words = append(words, strings.ToLower(text[tok.Start:tok.End]))
		}
	}
	for _, w := range words {
		for i := range w {
			for j := i + 1; j <= len(w) && j-i <= maxTagPiece; j++ {
				if got, want := tw.kind(w[i:j]), oldKind(w[i:j]); got != want {
					t.Fatalf("kind(%q) = %b, want %b", w[i:j], got, want)
				}
			}
		}
	}
}

// checkGraphemeOffset compares graphemeOffset with the cluster ends that
// segmentation alone finds, for every count of characters.
func checkGraphemeOffset(t *testing.T, s string) {
	t.Helper()
	ends := []int{0}
	state, rest, pos := -1, s, 0
	for len(rest) > 0 {
		var c string
		c, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		pos += len(c)
		ends = append(ends, pos)
	}
	for n := 0; n <= len(ends); n++ {
		want := ends[min(n, len(ends)-1)]
		if got := graphemeOffset(s, n); got != want {
			t.Fatalf("graphemeOffset(%q, %d) = %d, want %d", s, n, got, want)
		}
	}
}

func TestGraphemeOffsetSameAsSegmented(t *testing.T) {
	texts := append(clarityViewTexts(t), "a\r\nb", "\r\r\n\n", "e\u0301x", "ab\u200d👍", "🇮🇩🇮🇩a🇮🇩", "x\r", "1\ufe0f\u20e3 #\ufe0f\u20e3")
	for _, s := range texts {
		if len(s) > 400 {
			s = s[:400] // every count is tried: keep it quadratic in little
		}
		checkGraphemeOffset(t, s)
	}
}

func FuzzGraphemeOffset(f *testing.F) {
	f.Add("a\r\nb e\u0301 🇮🇩🇮🇩 👍🏽")
	f.Fuzz(checkGraphemeOffset)
}

// checkPassivePrefilter fails when mayFoldToPassivePrefix turns away a word
// whose folded form starts as a passive the detector finds may.
func checkPassivePrefilter(t *testing.T, word string) {
	t.Helper()
	w := prose.FoldString(word)
	if !mayFoldToPassivePrefix(word) && (strings.HasPrefix(w, "di") || strings.HasPrefix(w, "ke") || strings.HasPrefix(w, "ter")) {
		t.Fatalf("mayFoldToPassivePrefix(%q) = false, but it folds to %q", word, w)
	}
}

func TestPassivePrefilterKeepsPassives(t *testing.T) {
	words := []string{"Ditutup", "\u212aebakaran", "d\u0301x", "TERTANGKAP", "kebanjiran", "x", "",
		"d", "D", "dI", "Di", "kE", "TE", "d\u00adi", "k\u200be", "t\u00ader", "di\u0301", "DAN", "Kami", "tidak", "t\u0301e"}
	for _, text := range clarityViewTexts(t) {
		for _, tok := range prose.Words(text) {
			words = append(words, text[tok.Start:tok.End])
		}
	}
	for _, w := range words {
		checkPassivePrefilter(t, w)
	}
}

func FuzzPassivePrefilter(f *testing.F) {
	f.Add("Dikenal")
	f.Add("\u212aetahuan")
	f.Add("D\u00adiketahui")
	f.Fuzz(checkPassivePrefilter)
}

// entityMaskSorted is computeEntityMask's definition: the link, hashtag
// and mention spans sorted by start with sort.Slice, then merged.
func entityMaskSorted(a *Analysis) []prose.Span {
	var spans []prose.Span
	for _, u := range a.URLs() {
		spans = append(spans, prose.Span{Start: u.Start, End: u.End})
	}
	for _, h := range a.Hashtags() {
		spans = append(spans, prose.Span{Start: h.Start, End: h.End})
	}
	for _, m := range a.Mentions() {
		spans = append(spans, prose.Span{Start: m.Start, End: handleEnd(a.Text, m.End)})
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	merged := spans[:0]
	for _, s := range spans {
		if n := len(merged); n > 0 && s.Start <= merged[n-1].End {
			merged[n-1].End = max(merged[n-1].End, s.End)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

func TestEntityMaskSameAsSorted(t *testing.T) {
	texts := append(clarityViewTexts(t), "@a.b.c #x https://x.id/#y @z #w@v", "#a#b#c @d@e")
	for _, text := range texts {
		a := NewAnalysis(text, nil, []string{i18n.ID})
		if got, want := computeEntityMask(a), entityMaskSorted(a); !slices.Equal(got, want) {
			t.Fatalf("entity mask of %q = %v, want %v", text, got, want)
		}
	}
}
