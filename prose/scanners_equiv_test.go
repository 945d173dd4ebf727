package prose

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/postlint/postlint/internal/corpus"
)

// paragraphsByRune is Paragraphs as it was written before its ASCII fast
// path: every rune decoded and judged alike.
func paragraphsByRune(text string) []Span {
	var out []Span
	start, end := -1, -1
	for i := 0; i < len(text); {
		if bl := lineBreakLen(text, i); bl > 0 {
			if start >= 0 && classifyLine(text, i+bl).blank {
				out = append(out, Span{start, end})
				start = -1
			}
			i += bl
			continue
		}
		r, w := decode(text, i)
		if !isBlank(r) {
			if start < 0 {
				start = i
			}
			end = i + w
		}
		i += w
	}
	if start >= 0 {
		out = append(out, Span{start, end})
	}
	return out
}

// quotedSpansUnfiltered is QuotedSpans without the mayOpenQuote prefilter
// and with appendQuoted as it was before it passed over ASCII bytes
// without decoding them.
func quotedSpansUnfiltered(text string) []Span {
	var out []Span
	for _, p := range Paragraphs(text) {
		out = appendQuotedByRune(out, text, p.Start, p.End)
	}
	return out
}

func appendQuotedByRune(out []Span, text string, ps, pe int) []Span {
	noSingleCloser := false // a search for a single closing quote already failed
	for i := ps; i < pe; {
		r, w := decode(text, i)
		switch {
		case r == '"' || r == 0x201C || r == 0x201E || r == 0x00AB:
			c, cw := findDoubleCloser(text, i+w, pe, r)
			if c < 0 {
				if i+w < pe {
					out = append(out, Span{i + w, pe})
				}
				return out
			}
			if c > i+w {
				out = append(out, Span{i + w, c})
			}
			i = c + cw
		case (r == '\'' || r == 0x2018) && !noSingleCloser && singleOpens(text, i, w, ps, pe):
			c, cw := findSingleCloser(text, i+w, pe)
			if c < 0 {
				noSingleCloser = true
				i += w
				continue
			}
			out = append(out, Span{i + w, c})
			i = c + cw
		default:
			i += w
		}
	}
	return out
}

// checkScanners compares the fast scanners with their definitions on text.
func checkScanners(t *testing.T, text string) {
	t.Helper()
	if got, want := Paragraphs(text), paragraphsByRune(text); !slices.Equal(got, want) {
		t.Fatalf("Paragraphs(%q) = %v, want %v", text, got, want)
	}
	if got, want := QuotedSpans(text), quotedSpansUnfiltered(text); !slices.Equal(got, want) {
		t.Fatalf("QuotedSpans(%q) = %v, want %v", text, got, want)
	}
}

func TestScannersSameAsDefinitions(t *testing.T) {
	texts := append([]string{"\"", "'a'", "«x»", "„y“", "‘z’", "“w”", "\xe2\x80", "\xc2"}, fuzzSeeds...)
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 300 {
		_, content := corpus.Post(r, i)
		texts = append(texts, content)
	}
	for _, text := range texts {
		checkScanners(t, text)
	}
}

// TestParagraphsSameOnPieces compares Paragraphs with paragraphsByRune on
// texts of words, blanks, line breaks of every kind, control characters
// and runes outside ASCII, at the edges of its printable-ASCII runs.
func TestParagraphsSameOnPieces(t *testing.T) {
	pieces := []string{"kata", "!", "~", "\x7f", " ", "  ", "\t", "\n", "\r\n", "\v", "\f", "\r", "\x00", "\x1f", "\x08",
		"\u0085", "\u00a0", "\u2028", "\u2029", "\u3000", "é", "😀", "\xff", "\xe2\x80", "- ", "#tag"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		if got, want := Paragraphs(text), paragraphsByRune(text); !slices.Equal(got, want) {
			t.Fatalf("Paragraphs(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestQuotedSpansSameOnPieces compares QuotedSpans with its definition
// (quotedSpansUnfiltered) on texts of words, blanks and quotation marks
// of every kind, straight and curly, next to runes outside ASCII and
// bytes that are not UTF-8.
func TestQuotedSpansSameOnPieces(t *testing.T) {
	pieces := []string{"kata", " ", "\n\n", "\"", "'", "“", "”", "„", "«", "»", "‘", "’", "(", "-", "—", ".", "é", "😀",
		"\xe2\x80", "\xff", "\xc2", "Jum'at", "don't"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		checkScanners(t, b.String())
	}
}

func FuzzScannersSameAsDefinitions(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(checkScanners)
}

// syllablesByRune is Syllables as it was written before its ASCII fast
// path: every rune decoded and judged alike.
func syllablesByRune(word, lang string) int {
	en := lang == "en"
	var part []byte
	total := 0
	for i := 0; i < len(word); {
		r, w := decode(word, i)
		i += w
		switch {
		case isLetter(r):
			part = append(part, baseLetter(r))
			continue
		case isApostrophe(r) || unicode.IsMark(r) || isInWordFormat(r):
			continue
		}
		if len(part) > 0 {
			total += countPartByLetter(part, en)
			part = part[:0]
		}
	}
	if len(part) > 0 {
		total += countPartByLetter(part, en)
	}
	return total
}

// countPartByLetter is countPart with the English count as it was before
// countEN judged each letter once and read words in place.
func countPartByLetter(p []byte, en bool) int {
	if en {
		return max(countENByLetter(p), 1)
	}
	return countPart(p, false)
}

func vowelENAt(p []byte, i int) bool {
	c := p[i]
	return isAEIOU(c) || c == 'y' && i > 0
}

// countENByLetter is countEN as it was: every vowel test made twice, on a
// lowered copy of the word.
func countENByLetter(p []byte) int {
	n := 0
	for i := 0; i < len(p); i++ {
		if vowelENAt(p, i) && (i == 0 || !vowelENAt(p, i-1)) {
			n++
		}
	}
	l := len(p)
	if n < 2 || l < 3 {
		return n
	}
	sibilant := func(i int) bool {
		switch p[i] {
		case 's', 'x', 'z', 'c', 'g':
			return true
		case 'h':
			return i > 0 && (p[i-1] == 's' || p[i-1] == 'c')
		}
		return false
	}
	switch {
	case p[l-1] == 'e' && !vowelENAt(p, l-2):
		if p[l-2] != 'l' || vowelENAt(p, l-3) {
			n--
		}
	case l >= 4 && p[l-1] == 's' && p[l-2] == 'e' && !vowelENAt(p, l-3):
		if !sibilant(l - 3) {
			n--
		}
	case l >= 4 && p[l-1] == 'd' && p[l-2] == 'e' && !vowelENAt(p, l-3):
		if p[l-3] != 't' && p[l-3] != 'd' {
			n--
		}
	}
	return n
}

// TestCountENSameAsByLetter compares countEN with the oracle on every
// word of up to four letters over an alphabet that reaches each ending
// rule, in both cases, and on long words.
func TestCountENSameAsByLetter(t *testing.T) {
	const letters = "aeyldstxhcbg"
	var words []string
	var grow func(w string)
	grow = func(w string) {
		words = append(words, w)
		if len(w) < 5 {
			for i := range len(letters) {
				grow(w + letters[i:i+1])
			}
		}
	}
	grow("")
	words = append(words, strings.Repeat("abecedarian", 6), "Boxes", "WISHES", "Table", "wanted", "jumpED")
	for _, w := range words {
		lower := strings.ToLower(w)
		want := countENByLetter([]byte(lower))
		for _, in := range []string{w, strings.ToUpper(w), lower} {
			if got, ok := countEN(in); !ok || got != want {
				t.Fatalf("countEN(%q) = %d, %v; want %d", in, got, ok, want)
			}
		}
		if got, _ := countEN([]byte(lower)); got != want {
			t.Fatalf("countEN([]byte(%q)) = %d, want %d", lower, got, want)
		}
	}
}

func checkSyllables(t *testing.T, text string) {
	t.Helper()
	words := []string{text}
	for _, w := range Words(text) {
		words = append(words, text[w.Start:w.End])
	}
	for _, w := range words {
		for _, lang := range []string{"id", "en"} {
			if got, want := Syllables(w, lang), syllablesByRune(w, lang); got != want {
				t.Fatalf("Syllables(%q, %s) = %d, want %d", w, lang, got, want)
			}
		}
	}
}

func TestSyllablesSameAsByRune(t *testing.T) {
	texts := append([]string{"don't Jum'at kegiatan-kegiatan e-KTP COVID-19 Kafe\u0301 naïve ALL'CAPS x1y"}, fuzzSeeds...)
	r := rand.New(rand.NewPCG(5, 6))
	for i := range 300 {
		_, content := corpus.Post(r, i)
		texts = append(texts, content)
	}
	for _, text := range texts {
		checkSyllables(t, text)
	}
}

func FuzzSyllablesSameAsByRune(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(checkSyllables)
}
