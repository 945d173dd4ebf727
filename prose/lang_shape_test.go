package prose

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/corpus"
)

// TestStopwordShapesHoldEveryStopword: the shape check in
// langDetector.add never rules out a listed word, so it only skips
// look-ups that would find nothing.
func TestStopwordShapesHoldEveryStopword(t *testing.T) {
	shapes := stopwordShapes()
	for _, keys := range [][]string{stopwordsIDKeys, stopwordsENKeys} {
		for _, k := range keys {
			if !shapes.mayHold([]byte(k)) {
				t.Errorf("stopword %q is ruled out by its shape", k)
			}
		}
	}
	for _, w := range []string{"", "jakarta", "xyzzy", "pemerintah"} {
		if shapes.mayHold([]byte(w)) {
			t.Errorf("%q passes the stopword shapes", w)
		}
	}
}

// detectLangReference is DetectLangTokens as it was before the capitals
// were counted lazily and words were checked against the stopwords'
// shapes: the oracle of TestDetectLangSameAsReference.
func detectLangReference(text string, toks []Token) (string, bool) {
	letters, upper := LetterCounts(text)
	capsLock := letters >= 8 && upper*10 >= letters*6
	sw := stopwords()
	d := langDetector{text: text}
	for _, tok := range toks {
		var buf [24]byte
		if tok.Kind != Word || tok.End-tok.Start > len(buf) || entityGlued(text, tok) {
			continue
		}
		w := text[tok.Start:tok.End]
		if !capsLock && IsUpperWord(w) {
			continue
		}
		key, ok := buf[:0], true
		for j := 0; j < len(w) && ok; j++ {
			c := w[j]
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c >= 0x80:
				if j+2 < len(w) && w[j:j+3] == "\u2019" {
					c = '\''
					j += 2
				} else {
					ok = false
				}
			}
			key = append(key, c)
		}
		switch {
		case !ok:
		case sw.id.Find(string(key)) >= 0:
			d.idHits++
		case sw.en.Find(string(key)) >= 0:
			d.enHits++
		}
	}
	return d.result()
}

func TestDetectLangSameAsReference(t *testing.T) {
	pieces := []string{
		"yang", "dan", "di", "the", "and", "of", "YANG", "THE", "Dan", "The", "it’s", "IT'S", "BPBD", "WHO", "banjir",
		"Jakarta", "flood", "warga", "SIAGA", "x.id/the", "#dan", "@the", "é", "2025", " ", " ", ". ", ", ", "\n",
	}
	rng := rand.New(rand.NewPCG(15, 16))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			b.WriteString(" ")
		}
		text := b.String()
		toks := Tokens(text)
		gl, gok := DetectLangTokens(text, toks)
		wl, wok := detectLangReference(text, toks)
		if gl != wl || gok != wok {
			t.Fatalf("DetectLangTokens(%q) = %q, %v, want %q, %v", text, gl, gok, wl, wok)
		}
	}
}

// TestDetectLangSameOnDrafts compares DetectLang and DetectLangTokens
// with detectLangReference on generated drafts, whole and cut into
// pieces, which mix capitals, entities and both languages as posts do.
func TestDetectLangSameOnDrafts(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 400 {
		_, content := corpus.Post(r, i)
		texts := []string{content, strings.ToUpper(content)}
		for range 4 {
			lo := r.IntN(len(content) + 1)
			hi := lo + r.IntN(len(content)-lo+1)
			texts = append(texts, content[lo:hi], strings.ToUpper(content[lo:hi]))
		}
		for _, text := range texts {
			checkDetectLang(t, text)
		}
	}
}

// checkDetectLang fails t when DetectLang or DetectLangTokens of text
// differs from detectLangReference.
func checkDetectLang(t *testing.T, text string) {
	t.Helper()
	wl, wok := detectLangReference(text, Tokens(text))
	if gl, gok := DetectLang(text); gl != wl || gok != wok {
		t.Fatalf("DetectLang(%q) = %q, %v, want %q, %v", text, gl, gok, wl, wok)
	}
	if gl, gok := DetectLangTokens(text, Tokens(text)); gl != wl || gok != wok {
		t.Fatalf("DetectLangTokens(%q) = %q, %v, want %q, %v", text, gl, gok, wl, wok)
	}
}

func FuzzDetectLang(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("YANG DAN THE AND WARGA BANJIR")
	f.Add("it’s THE x.id/the #dan @the")
	f.Fuzz(checkDetectLang)
}
