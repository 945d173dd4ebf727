package prose

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/corpus"
)

// refSplitter is the sentence splitter as it was written before its
// ASCII fast paths: every ASCII byte judged on its own, the open sentence
// updated after each, and runes decoded one by one after terminators and
// in hashtag lines. It shares the parts that did not change.
type refSplitter struct{ sentenceSplitter }

func sentencesByByte(text string) []Span {
	if len(text) == 0 {
		return nil
	}
	s := refSplitter{sentenceSplitter{text: text, start: -1}}
	s.cur = classifyLineByRune(text, 0)
	s.run()
	return s.out
}

func (s *refSplitter) run() {
	text := s.text
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII fast path for ordinary characters and spaces.
			switch cl := asciiClass[c]; {
			case cl&(clBlank|clTerm) == 0:
				if s.start < 0 {
					s.start = i
				}
				i++
				s.end = i
				continue
			case cl&clBlank != 0 && cl&clBreak == 0:
				i++
				continue
			}
		}
		if bl := lineBreakLen(text, i); bl > 0 {
			next := classifyLineByRune(text, i+bl)
			if s.start >= 0 && s.breakEnds(next) {
				s.emit()
			}
			s.cur = next
			i += bl
			continue
		}
		r, w := decode(text, i)
		if isBlank(r) {
			i += w
			continue
		}
		if s.start < 0 {
			s.start = i
		}
		if isTerminator(r) {
			i = s.terminator(i)
			continue
		}
		i += w
		s.end = i
	}
	s.emit()
}

func (s *refSplitter) terminator(i int) int {
	text := s.text
	j := i
	periods, kind, closed := 0, runPeriod, false
loop:
	for j < len(text) {
		r, w := decode(text, j)
		switch {
		case r == '.':
			periods++
		case r == 0x2026:
			if kind != runBang {
				kind = runEllipsis
			}
		case isTerminator(r):
			kind = runBang
		case isCloser(r):
			closed = true
		default:
			break loop
		}
		j += w
	}
	if periods > 1 && kind == runPeriod {
		kind = runEllipsis
	}
	s.end = j
	if !s.ends(i, j, kind, closed) {
		return j
	}
	// Emoji after the terminator on the same line close the sentence too.
	k := j
	for k < len(text) && lineBreakLen(text, k) == 0 {
		r, w := decode(text, k)
		if isBlank(r) {
			k += w
			continue
		}
		if !isEmojiLike(r) {
			break
		}
		k = scanSymbol(text, k, r, w)
		s.end = k
	}
	s.emit()
	return s.end
}

func (s *refSplitter) ends(i, j int, kind runKind, closed bool) bool {
	text := s.text
	if j < len(text) && lineBreakLen(text, j) == 0 {
		if r, _ := decode(text, j); !isBlank(r) && !isEmojiLike(r) {
			return false // 08.00, setneg.go.id, "Ayo!Datang"
		}
	}
	// Find the first significant rune after the run.
	k, cur := j, s.cur
	next := caseOther
	for k < len(text) {
		if bl := lineBreakLen(text, k); bl > 0 {
			nl := classifyLineByRune(text, k+bl)
			if nl.blank || nl.list || nl.hashtag || cur.hashtag || cur.list && !nl.indented {
				return true
			}
			cur = nl
			k += bl
			continue
		}
		r, w := decode(text, k)
		if isBlank(r) || isEmojiLike(r) || isOpener(r) {
			k += w
			continue
		}
		switch {
		case unicode.IsLower(r):
			next = caseLower
		case unicode.IsLetter(r):
			next = caseUpper
		}
		break
	}
	if k >= len(text) {
		return true
	}
	switch kind {
	case runBang:
		return !closed || next != caseLower
	case runEllipsis:
		return next == caseUpper
	}
	switch s.abbrevBeforeByRune(i) {
	case abbrTitle:
		return false
	case abbrFinal:
		return next == caseUpper
	}
	return !closed || next != caseLower
}

func classifyLineByRune(text string, ls int) lineInfo {
	i := ls
	for i < len(text) && lineBreakLen(text, i) == 0 {
		r, w := decode(text, i)
		if !isBlank(r) {
			break
		}
		i += w
	}
	if i >= len(text) || lineBreakLen(text, i) > 0 {
		return lineInfo{blank: true}
	}
	return lineInfo{
		indented: i > ls,
		list:     isListStart(text, i),
		hashtag:  isHashtagLineByRune(text, i),
	}
}

// isHashtagLineByRune is isHashtagLine as it was written before tags
// were passed over byte by byte: every rune decoded and judged alike.
func isHashtagLineByRune(text string, i int) bool {
	tags := 0
	for i < len(text) && lineBreakLen(text, i) == 0 {
		r, w := decode(text, i)
		if isBlank(r) {
			i += w
			continue
		}
		tag := r == '#' || r == '@'
		if !tag && !isEmojiLike(r) {
			return false
		}
		j := i + w
		for j < len(text) && lineBreakLen(text, j) == 0 {
			r2, w2 := decode(text, j)
			if isBlank(r2) {
				break
			}
			if !tag && !isEmojiLike(r2) && !emojiExtender(r2) && !isRegionalIndicator(r2) {
				return false
			}
			j += w2
		}
		if tag {
			if j == i+w {
				return false
			}
			tags++
		}
		i = j
	}
	return tags > 0
}

func checkSentences(t *testing.T, text string) {
	t.Helper()
	for i := range len(text) {
		if got, want := isHashtagLine(text, i), isHashtagLineByRune(text, i); got != want {
			t.Fatalf("isHashtagLine(%q, %d) = %v, want %v", text, i, got, want)
		}
	}
	s := sentenceSplitter{text: text}
	for i := range len(text) {
		if text[i] != '.' {
			continue
		}
		if got, want := s.abbrevBefore(i), s.abbrevBeforeByRune(i); got != want {
			t.Fatalf("abbrevBefore(%q, %d) = %v, want %v", text, i, got, want)
		}
	}
	if got, want := AppendSentences(nil, text), sentencesByByte(text); !slices.Equal(got, want) {
		t.Fatalf("Sentences(%q) = %v, want %v", text, got, want)
	}
}

// randomSentenceText strings together pieces that reach every branch of
// the splitter: terminators, closers, openers, line breaks of each kind,
// list markers, hashtags, abbreviations, emoji and invalid UTF-8.
func randomSentenceText(r *rand.Rand) string {
	pieces := []string{
		"a", "Kami", "datang", " ", "  ", "\t", ".", "..", "...", "!", "?", "?!", "…", "‼",
		"\"", "'", ")", "(", "”", "“", "»", "\n", "\r\n", "\r", "\n\n", "\v", "\u2028", "\u0085",
		"- ", "* ", "1. ", "2) ", "a) ", "• ", "#HUTRI80", "@kemensetneg", "🎉", "🇮🇩", "👨‍👩‍👧",
		"Dr.", "Jl.", "No.", "dll.", "U.S.", "S.Sos.", "B.", "I.", "08.00", "x.id", "\u200b",
		"é", "Ä", "\xff", "\xe2\x80", "ß", "日本", "Ayo", "wow", "ok",
		"Bpk.H.", "Prof.Dr.", "3a.", "9.", "09.", "z.", "Z.", "0.", "Ç.", "x\u0301.", "AB.", "Rp5", "_.", "`.", "{.", "@.", "A:B.", "A/B.", "A[B.", "A`B.", "A{B.", "A@B.",
	}
	var b strings.Builder
	for range 1 + r.IntN(40) {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

func TestSentencesSameAsByByte(t *testing.T) {
	texts := append([]string{"", " ", "a", "a.", "\n", "Wow... keren!"}, fuzzSeeds...)
	r := rand.New(rand.NewPCG(8, 9))
	for i := range 300 {
		_, content := corpus.Post(r, i)
		texts = append(texts, content)
	}
	for range 20000 {
		texts = append(texts, randomSentenceText(r))
	}
	for _, text := range texts {
		checkSentences(t, text)
	}
}

func FuzzSentencesSameAsByByte(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(checkSentences)
}

// abbrevBeforeByRune is abbrevBefore as it was before ASCII bytes were
// judged without decoding in its backward scan: the oracle of
// checkSentences, and the one refSplitter asks.
func (s *sentenceSplitter) abbrevBeforeByRune(p int) abbrClass {
	text := s.text
	k := p
	for k > 0 && p-k <= maxAbbrevLen {
		r, w := utf8.DecodeLastRuneInString(text[:k])
		if r != '.' && !isWordCont(r) {
			break
		}
		k -= w
	}
	if k == p || p-k > maxAbbrevLen {
		return abbrNone
	}
	word := text[k : p+1]
	t := abbreviations()
	if c, ok := t.exact.class(word); ok {
		return c
	}
	if isAllUpper(word) {
		if c, ok := t.upper.class(word); ok {
			return c
		}
	}
	if atLineStart(text, k) && isListNumber(word) {
		return abbrTitle
	}
	if isInitials(word) || isDottedDegree(word) {
		return abbrTitle
	}
	if d := lastDot(word[:len(word)-1]); d >= 0 {
		last := word[d+1:]
		if c, ok := t.exact.class(last); ok {
			return c
		}
		if isInitials(last) {
			return abbrTitle
		}
	}
	return abbrNone
}
