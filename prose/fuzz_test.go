package prose

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are texts that exercise the tricky paths of every function.
var fuzzSeeds = []string{
	"",
	"Dr. Budi Santoso, M.Si. membuka acara pukul 08.00 WIB. Tiket Rp10.000.",
	"Assalamualaikum Wr. Wb. Bapak/Ibu yang kami hormati.",
	"Kunjungi setneg.go.id. Gratis! https://x.id/a.b?c=1",
	"Wow... keren! Ayo datang?! Tunggu… Besok.",
	"Persyaratan:\r\n- KTP\r\n1. KK\n\n📍 Gambir\n#HUTRI80 #IndonesiaMaju @kemensetneg\n",
	"Mr. Smith met the U.S. team at 3 p.m. today. It went well.",
	"kegiatan-kegiatan sehari-hari don't Jum’at e-KTP COVID-19 2,5 1.500.000",
	`Dia bilang "jangan 'sebar'" dan “hoaks” «x» 'y`,
	"🎉👨‍👩‍👧🇮🇩1️⃣#️⃣ Kafe\u0301 sebar\u00adkan\u200b",
	"a\xffb.\xfe \xe2\x82 \xc2\x85\u2028\u2029",
	"B. J. Habibie (S.Sos.) dll. Etc. e.g. I. \"Awas!\" katanya.",
}

// boundaries marks the offsets a forward rune walk stops at.
func boundaries(s string) []bool {
	b := make([]bool, len(s)+1)
	for i := 0; i < len(s); {
		b[i] = true
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	b[len(s)] = true
	return b
}

// checkCovered fails unless every non-blank rune of text lies in a span.
func checkCovered(t *testing.T, what, text string, spans []Span) {
	t.Helper()
	k := 0
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		for k < len(spans) && spans[k].End <= i {
			k++
		}
		if !isBlank(r) && (k == len(spans) || i < spans[k].Start) {
			t.Fatalf("%s: rune %q at %d of %q is in no span", what, r, i, text)
		}
		i += w
	}
}

func checkSpans(t *testing.T, what, text string, spans []Span, bounds []bool, trimmed bool) {
	t.Helper()
	prev := 0
	for _, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("%s: bad span %v after %d in %q (len %d)", what, s, prev, text, len(text))
		}
		if !bounds[s.Start] || !bounds[s.End] {
			t.Fatalf("%s: span %v not on rune boundaries in %q", what, s, text)
		}
		if trimmed {
			first, _ := utf8.DecodeRuneInString(text[s.Start:])
			last, _ := utf8.DecodeLastRuneInString(text[:s.End])
			if isBlank(first) || isBlank(last) {
				t.Fatalf("%s: span %q is not trimmed", what, text[s.Start:s.End])
			}
		}
		prev = s.End
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		bounds := boundaries(text)
		sents := Sentences(text)
		checkSpans(t, "Sentences", text, sents, bounds, true)
		checkCovered(t, "Sentences", text, sents)
		paras := Paragraphs(text)
		checkSpans(t, "Paragraphs", text, paras, bounds, true)
		checkCovered(t, "Paragraphs", text, paras)
		checkSpans(t, "QuotedSpans", text, QuotedSpans(text), bounds, false)
		// Every sentence lies inside one paragraph: a blank line always ends
		// a sentence.
		pi := 0
		for _, s := range sents {
			for pi < len(paras) && paras[pi].End < s.End {
				pi++
			}
			if pi == len(paras) || s.Start < paras[pi].Start {
				t.Fatalf("sentence %q crosses a paragraph boundary", text[s.Start:s.End])
			}
		}
		// Non-blank text yields at least one sentence.
		if strings.TrimFunc(text, isBlank) != "" && len(sents) == 0 {
			t.Fatalf("no sentences in %q", text)
		}
	})
}

func FuzzWords(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		bounds := boundaries(text)
		words, toks := Words(text), Tokens(text)
		for _, list := range [][]Token{words, toks} {
			spans := make([]Span, len(list))
			for i, tk := range list {
				spans[i] = Span{tk.Start, tk.End}
				if tk.Kind > Symbol {
					t.Fatalf("bad kind %d", tk.Kind)
				}
			}
			checkSpans(t, "Tokens", text, spans, bounds, true)
		}
		tokSpans := make([]Span, len(toks))
		for i, tk := range toks {
			tokSpans[i] = Span{tk.Start, tk.End}
		}
		checkCovered(t, "Tokens", text, tokSpans)
		// Words is exactly Tokens without punctuation and symbols.
		k := 0
		for _, tk := range toks {
			if tk.Kind != Word && tk.Kind != Number {
				continue
			}
			if k >= len(words) || words[k] != tk {
				t.Fatalf("Words and Tokens disagree at token %v in %q", tk, text)
			}
			k++
		}
		if k != len(words) {
			t.Fatalf("Words has %d tokens, Tokens has %d words", len(words), k)
		}
		for _, tk := range words {
			w := text[tk.Start:tk.End]
			if strings.ContainsAny(w, "#@/ \t\n\r") {
				t.Fatalf("word %q spans an entity character or space", w)
			}
			if n := Syllables(w, "id") + Syllables(w, "en"); n < 0 {
				t.Fatalf("negative syllables for %q", w)
			}
			IsUpperWord(w)
		}
		for _, tk := range toks {
			if tk.Kind == Punct && utf8.RuneCountInString(text[tk.Start:tk.End]) != 1 {
				t.Fatalf("punct token %q is not one rune", text[tk.Start:tk.End])
			}
		}
		if lang, ok := DetectLang(text); ok != (lang != "") || lang != "" && lang != "id" && lang != "en" {
			t.Fatalf("DetectLang = %q, %v", lang, ok)
		}
		l, u := LetterCounts(text)
		if u > l || l < 0 {
			t.Fatalf("LetterCounts = %d, %d", l, u)
		}
		if got := FoldString(FoldString(text)); got != FoldString(text) && utf8.ValidString(text) {
			t.Fatalf("FoldString is not idempotent on %q: %q then %q", text, FoldString(text), got)
		}
	})
}

func FuzzMatcher(f *testing.F) {
	f.Add("sebarkan !|tag <n> teman|pada hari * tanggal|sebar-|guna", "Pengguna: SEBARKAN!! tag 3 teman pada hari Senin tanggal 5, sebarluaskan guna")
	f.Add("“hoaks”|don't|kafé", "Ini “HOAKS” don’t Kafe\u0301")
	f.Add("a * b|a|a b", "a x y b a b a")
	f.Add("x-|<n> x", "xx 1 x 2,5 xyz")
	f.Fuzz(func(t *testing.T, phrases, text string) {
		list := strings.Split(phrases, "|")
		if len(list) > 16 {
			list = list[:16]
		}
		m, err := NewMatcher(list)
		if err != nil {
			return
		}
		got := m.FindAll(text)
		bounds := boundaries(text)
		spans := make([]Span, len(got))
		for i, mt := range got {
			spans[i] = Span{mt.Start, mt.End}
			if mt.Phrase < 0 || mt.Phrase >= m.Len() {
				t.Fatalf("phrase index %d out of range", mt.Phrase)
			}
		}
		checkSpans(t, "FindAll", text, spans, bounds, true)
		want := refFindAll(list, text)
		if len(want) != len(got) {
			t.Fatalf("phrases %q text %q: got %v, reference %v", list, text, got, want)
		}
		for i := range want {
			if want[i] != got[i] {
				t.Fatalf("phrases %q text %q: got %v, reference %v", list, text, got, want)
			}
		}
		if toks := Tokens(text); len(m.FindAllTokens(text, toks)) != len(got) {
			t.Fatalf("FindAllTokens disagrees with FindAll")
		}
	})
}
