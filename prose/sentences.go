package prose

import (
	"unicode"
	"unicode/utf8"
)

// Sentences splits text into sentences. Each span is trimmed of surrounding
// white space and spans never overlap.
//
// A sentence ends at a run of . ! ? … (a run such as "?!" or "!!!" ends it
// once); closing quotes and brackets right after the run stay in the
// sentence, and so do emoji that follow on the same line ("Ayo datang! 🎉").
// The run must be followed by white space, an emoji or the end of the text,
// so 08.00, 2,5, Rp10.000, setneg.go.id and https://x.id/a.b never split.
//
// Whether the run ends the sentence then depends on the run and what follows:
//   - ! or ? (alone or in a run): it ends, unless a closing quote follows it
//     and the next word starts in lower case (`"Awas!" katanya`).
//   - an ellipsis (… or two or more periods): it ends only before an
//     upper-case letter, so "Wow... keren!" is one sentence and
//     "Tunggu... Besok kami datang." is two.
//   - a single period after an abbreviation from data/abbreviations.txt
//     (Dr., Wr. Wb., Jl., No., U.S.), a single-letter initial (B. J. Habibie),
//     a dotted degree (S.Sos., M.Si.) or a list number at the start of a line
//     ("1."): it does not end, even before a capital letter (Dr. Budi).
//     Abbreviations marked final in the data file (dll., etc., p.m.) end it
//     before an upper-case word.
//   - any other single period ends the sentence, also before a lower-case
//     word (posts are often written without capitals), unless a closing
//     quote follows and the next word is lower case.
//
// Whatever the run, it ends the sentence at the end of the text and when the
// next line is blank, a list item or a hashtag-only line.
//
// A line break without punctuation ends a sentence only when the next line is
// blank, starts a list item (-, *, +, •, an emoji, "1." or "1)") or is a
// hashtag line, or when the current line is itself a list item (a list item's
// indented continuation line stays with it) or a hashtag line. Otherwise the
// line is taken as wrapped and the sentence goes on. A hashtag line holds
// only hashtags, mentions and emoji, with at least one hashtag or mention;
// such lines are sentences of their own. "\r\n" and a lone "\r" count as one line
// break.
func Sentences(text string) []Span {
	if len(text) == 0 {
		return nil
	}
	// Posts average well over 32 bytes per sentence: one allocation usually.
	out := AppendSentences(make([]Span, 0, len(text)/32+1), text)
	if len(out) == 0 {
		return nil
	}
	return out
}

// AppendSentences appends the spans of Sentences(text) to dst, for callers
// that reuse a buffer from text to text.
func AppendSentences(dst []Span, text string) []Span {
	if len(text) == 0 {
		return dst
	}
	s := sentenceSplitter{text: text, start: -1, out: dst}
	s.cur = classifyLine(text, 0)
	s.run()
	return s.out
}

type sentenceSplitter struct {
	text  string
	out   []Span
	start int      // start of the open sentence, or -1
	end   int      // end of the last non-blank rune of the open sentence
	cur   lineInfo // the line being scanned
}

func (s *sentenceSplitter) emit() {
	if s.start >= 0 && s.end > s.start {
		s.out = append(s.out, Span{s.start, s.end})
	}
	s.start = -1
}

// Byte classes for the splitter's ASCII fast path.
const (
	sbOther uint8 = iota // line breaks, terminators and non-ASCII bytes
	sbPlain              // ASCII that neither ends a sentence nor is white space
	sbSpace              // ASCII white space within a line
)

var sentByte = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch cl := asciiClass[c]; {
		case cl&(clBlank|clTerm) == 0:
			t[c] = sbPlain
		case cl&clBlank != 0 && cl&clBreak == 0:
			t[c] = sbSpace
		}
	}
	return t
}()

func (s *sentenceSplitter) run() {
	text := s.text
	for i := 0; i < len(text); {
		// ASCII fast path for ordinary characters and spaces: a run of
		// ordinary bytes is passed over in one loop, so the splitter's
		// fields are written once per word rather than once per byte.
		switch sentByte[text[i]] {
		case sbPlain:
			if s.start < 0 {
				s.start = i
			}
			i++
			for i < len(text) && sentByte[text[i]] == sbPlain {
				i++
			}
			s.end = i
			continue
		case sbSpace:
			i++
			continue
		}
		if bl := lineBreakLen(text, i); bl > 0 {
			next := classifyLine(text, i+bl)
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

// breakEnds reports whether a line break before a line described by next
// ends the open sentence.
func (s *sentenceSplitter) breakEnds(next lineInfo) bool {
	return next.blank || next.list || next.hashtag || s.cur.hashtag || s.cur.list && !next.indented
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0x203D:
		return true
	}
	return false
}

// isCloser reports closing quotes and brackets that stay with the sentence
// they close.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', 0x201D, 0x2019, 0x00BB, 0x203A, 0x300D, 0x300F:
		return true
	}
	return false
}

// isOpener reports characters skipped when looking for the first letter of
// the next sentence.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '*', '_', 0x201C, 0x2018, 0x201E, 0x00AB, 0x00BF, 0x00A1:
		return true
	}
	return false
}

type runKind uint8

const (
	runPeriod runKind = iota
	runEllipsis
	runBang
)

// terminator handles the terminator run starting at text[i] and returns where
// scanning continues.
func (s *sentenceSplitter) terminator(i int) int {
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
		// No ASCII character is emoji-like: spaces are passed over, any
		// other ASCII character ends the loop as the rune tests would.
		if c := text[k]; c < utf8.RuneSelf {
			if sentByte[c] != sbSpace {
				break
			}
			k++
			continue
		}
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

type letterCase uint8

const (
	caseOther letterCase = iota // digit, punctuation, symbol
	caseLower
	caseUpper // also caseless letters, which cannot signal a continuation
)

// ends decides whether the terminator run text[i:j] ends the sentence.
func (s *sentenceSplitter) ends(i, j int, kind runKind, closed bool) bool {
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
		if sentByte[text[k]] == sbSpace {
			k++
			continue
		}
		if bl := lineBreakLen(text, k); bl > 0 {
			nl := classifyLine(text, k+bl)
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
	switch s.abbrevBefore(i) {
	case abbrTitle:
		return false
	case abbrFinal:
		return next == caseUpper
	}
	return !closed || next != caseLower
}

// maxAbbrevLen bounds the backward scan for the word before a period, which
// keeps the splitter linear on pathological input.
const maxAbbrevLen = 32

// abbrevBefore classifies the word that ends with the period at text[p].
func (s *sentenceSplitter) abbrevBefore(p int) abbrClass {
	text := s.text
	k := p
	for k > 0 && p-k <= maxAbbrevLen {
		// An ASCII byte is judged as isWordCont judges it, without
		// decoding it: most words before a period are ASCII.
		if c := text[k-1]; c < utf8.RuneSelf {
			if c != '.' && (c|0x20)-'a' >= 26 && c-'0' >= 10 {
				break
			}
			k--
			continue
		}
		r, w := utf8.DecodeLastRuneInString(text[:k])
		if r != '.' && !isWordCont(r) {
			break
		}
		k -= w
	}
	if k == p || p-k > maxAbbrevLen {
		return abbrNone
	}
	word := text[k : p+1] // with its final period
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
	// "Bpk.H." or "Drs.H." written without spaces: judge the last part.
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

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

// atLineStart reports whether only horizontal white space precedes text[k] on
// its line.
func atLineStart(text string, k int) bool {
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(text[:k])
		if r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029 {
			return true
		}
		if !isBlank(r) {
			return false
		}
		k -= w
	}
	return true
}

// isListNumber reports "1." to "999." and single-letter markers ("a.").
func isListNumber(word string) bool {
	n := len(word) - 1 // without the period
	if n == 1 && isASCIILetter(word[0]) {
		return true
	}
	if n < 1 || n > 3 {
		return false
	}
	for i := 0; i < n; i++ {
		if word[i] < '0' || word[i] > '9' {
			return false
		}
	}
	return true
}

func isAllUpper(s string) bool {
	hasLetter := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			hasLetter = true
		}
	}
	return hasLetter
}

// isInitials reports one or more single upper-case letters, each followed by a
// period: "B.", "B.J.", "U.S.A.". A lone "I." is the English pronoun, not an
// initial.
func isInitials(word string) bool {
	if word == "I." {
		return false
	}
	n := 0
	for i := 0; i < len(word); {
		r, w := utf8.DecodeRuneInString(word[i:])
		if !unicode.IsUpper(r) || i+w >= len(word) || word[i+w] != '.' {
			return false
		}
		i += w + 1
		n++
	}
	return n > 0
}

// isDottedDegree reports chains of two or more short capitalised parts, each
// ending in a period, such as academic degrees that are not in the list
// (S.Kom., Sp.KK., M.I.Kom.).
func isDottedDegree(word string) bool {
	parts := 0
	for i := 0; i < len(word); {
		r, w := utf8.DecodeRuneInString(word[i:])
		if !unicode.IsUpper(r) {
			return false
		}
		j := i + w
		letters := 1
		for j < len(word) && word[j] != '.' {
			r2, w2 := utf8.DecodeRuneInString(word[j:])
			if !unicode.IsLetter(r2) {
				return false
			}
			letters++
			j += w2
		}
		if j >= len(word) || letters > 4 {
			return false
		}
		parts++
		i = j + 1
	}
	return parts >= 2
}

// lineInfo describes a line for the line-break rules.
type lineInfo struct {
	blank    bool // only white space
	list     bool // starts with a bullet, an emoji or a list number
	hashtag  bool // only #hashtags (and @mentions)
	indented bool // starts with white space
}

// classifyLine describes the line starting at text[ls].
func classifyLine(text string, ls int) lineInfo {
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
		hashtag:  isHashtagLine(text, i),
	}
}

// isListStart reports a list marker at text[i], the first non-blank rune of
// a line.
func isListStart(text string, i int) bool {
	r, w := decode(text, i)
	spaceAfter := i+w >= len(text) || text[i+w] == ' ' || text[i+w] == '\t'
	switch r {
	case '-', '*', '+':
		return spaceAfter
	case 0x2022, 0x00B7, 0x2023, 0x25E6, 0x25AA, 0x25AB, 0x25CF, 0x25CB, 0x25A0, 0x25A1,
		0x25BA, 0x25B6, 0x25B8, 0x27A4, 0x27A2, 0x2794, 0x2192, 0x21D2, 0x2713, 0x2714,
		0x2013, 0x2014, 0x2043, 0x2219:
		return true
	case '(':
		// "(1) " or "(a) "
		j := i + 1
		for j < len(text) && j-i <= 4 && (text[j] >= '0' && text[j] <= '9' || j == i+1 && isASCIILetter(text[j])) {
			j++
		}
		return j > i+1 && j < len(text) && text[j] == ')'
	}
	if isEmojiLike(r) {
		return true
	}
	// "1. ", "12) ", "a) ", "a. "
	j := i
	for j < len(text) && j-i < 3 && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	digits := j - i
	if digits == 0 {
		if i+1 < len(text) && isASCIILetter(text[i]) {
			j = i + 1
			if text[j] == ')' {
				return true
			}
			if text[j] == '.' && text[i] >= 'a' {
				return j+1 >= len(text) || text[j+1] == ' ' || text[j+1] == '\t'
			}
		}
		return false
	}
	if j >= len(text) {
		return false
	}
	switch text[j] {
	case ')':
		return true
	case '.':
		return j+1 >= len(text) || text[j+1] == ' ' || text[j+1] == '\t'
	}
	return false
}

// isHashtagLine reports a line made only of hashtags, mentions and emoji,
// with at least one hashtag or mention ("#HUTRI80 #IndonesiaMaju 🇮🇩",
// "@kemensetneg @setkabgoid").
func isHashtagLine(text string, i int) bool {
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
		if tag {
			// Any ASCII byte but white space continues a tag: pass over
			// them without decoding.
			for j < len(text) && text[j] < utf8.RuneSelf && asciiClass[text[j]]&clBlank == 0 {
				j++
			}
		}
		for j < len(text) && lineBreakLen(text, j) == 0 {
			r2, w2 := decode(text, j)
			if isBlank(r2) {
				break
			}
			if !tag && !isEmojiLike(r2) && !emojiExtender(r2) && !isRegionalIndicator(r2) {
				return false // an emoji glued to a word
			}
			j += w2
		}
		if tag {
			if j == i+w {
				return false // a bare "#"
			}
			tags++
		}
		i = j
	}
	return tags > 0
}

// Paragraphs returns the paragraphs of text: runs of lines separated by
// blank lines (lines with only white space), trimmed of surrounding white
// space.
func Paragraphs(text string) []Span { return AppendParagraphs(nil, text) }

// AppendParagraphs appends the spans of Paragraphs(text) to dst.
func AppendParagraphs(dst []Span, text string) []Span {
	out := dst
	start, end := -1, -1
	for i := 0; i < len(text); {
		// A run of printable ASCII other than the space (words and their
		// punctuation) holds no line break and no blank: it only moves the
		// paragraph's end, and is passed in one tight loop.
		if c := text[i]; c > ' ' && c < utf8.RuneSelf {
			if start < 0 {
				start = i
			}
			i++
			for i < len(text) && text[i] > ' ' && text[i] < utf8.RuneSelf {
				i++
			}
			end = i
			continue
		}
		// Most other bytes are ASCII too: judge them here, without
		// decoding. An ASCII byte is a line break (handled below), a blank
		// (space or tab) or neither.
		if c := text[i]; c < utf8.RuneSelf && c != '\n' && c != '\v' && c != '\f' && c != '\r' {
			if c != ' ' && c != '\t' {
				if start < 0 {
					start = i
				}
				end = i + 1
			}
			i++
			continue
		}
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
