package rules

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/strindex"
	"github.com/postlint/postlint/prose"
)

// Normalised matching for the trust rules. content-rules.md §2 matches the
// TBS lists with repeated letters collapsed ("SEBARKAAAN", "aamiiin"), and
// TBS-07 matches the user's blocklist through simple leetspeak as well
// ("b4ngs4t"). The lexicon compiles each list a second time with its entries
// normalised (once, on first use), and each post gets a normalised token
// view (once, cached in its Analysis). The lists matched on posts are
// compiled into one automaton per mode, so that a post's view is scanned
// once for all of them (TestNormMatchSameAsListsAlone); in normElongation
// mode, the mode of every list but the block lists, that automaton is the
// word lists' (automaton.go), and the view is folded with the word lists'
// tokens (foldPost), so that a post is folded and scanned once for both.

// normMode selects how text and entries are normalised.
type normMode uint8

const (
	// normElongation folds case and collapses every run of a repeated
	// letter to one letter, on both sides: "bangsaaat" and "bangsat" both
	// become "bangsat", "anjiing" and "anjing" both "anjing".
	normElongation normMode = iota
	// normLeet also reads digits inside words as letters (4→a, 1→i, 0→o,
	// 3→e, 5→s, 7→t) and '@' between letters as 'a', and respells as
	// normRespell does. Only for the user's blocklist: elsewhere "COVID-19"
	// must stay as written.
	normLeet
	// normRespell is normElongation plus the common respellings of abuse
	// ("q" for "k": "goblog"/"goblok" is handled by the list's forms, "qontol"
	// here), for the blocklist with leetspeak off.
	normRespell
	normModes
)

// blockLists are compiled in normLeet and normRespell modes too, with the
// affixed and respelled forms of their entries (blockForms).
var blockLists = []string{"blocklist"}

// trustLexicon is the part of a Lexicon the trust rules use: the
// normalised matchers, made per list on first use: a run on one draft
// reads a few dozen of the lists, and making them all up front was a tenth
// of its start-up memory.
type trustLexicon struct {
	lex *Lexicon // whose lists these are
	// norm holds each list's normalised lists in normElongation mode, by
	// list number; their ids in the lexicon's automaton are from
	// lex.auto.second+number×len(trustLangs).
	norm []normSlot
	// blockNums are the numbers of the lexicon's block lists, in order;
	// blockNorm[mode][i] holds the normalised lists of the i-th in
	// normLeet and normRespell modes, with automaton ids from
	// i×len(trustLangs).
	blockNums []listID
	blockNorm [normModes][]normSlot
	common    [normModes]*commonSet // for the block lists' forms
	// autos hold the block lists in normLeet and normRespell modes that
	// posts have been matched against, compiled together (the lists in
	// normElongation mode are in the lexicon's automaton).
	autos [normModes]hotAutomaton
}

// normSlot holds a list's normalised lists in one mode, by language as in
// trustLangs (nil where the list has no entries in that language).
type normSlot struct {
	once   sync.Once
	byLang [2]*normList
}

// commonSet is the Indonesian common-words list normalised in one mode,
// made once: indexed at build time (builtinCommonForms) unless the config
// adds words to the list (commonWords).
type commonSet struct {
	once  sync.Once
	list  *compiledList
	mode  normMode
	words strindex.Index
}

// commonForms is an index of the common words normalised in one mode, as
// words_table.go holds it.
type commonForms struct {
	keys  []string
	slots []int32
}

func (c *commonSet) get() *strindex.Index {
	c.once.Do(func() {
		if c.list != nil && c.list.prebuilt() != nil {
			f := &builtinCommonForms[c.mode]
			c.words = strindex.FromSlots(f.keys, f.slots)
			return
		}
		if c.list != nil {
			c.words = strindex.New(commonWords(c.list.list(), c.mode))
		}
	})
	return &c.words
}

// normList is a list compiled on normalised entries, with the first token
// of every entry so that a post holding none of them skips the matcher.
type normList struct {
	source  *compiledList
	mode    normMode
	id      int // in the mode's automaton (normLists)
	entries []Entry
	phrases []string // normalised; compiled on first use (see compiledList)
	// entryOf maps a phrase to its entry when a block list has several
	// forms per entry (nil: phrase i is entry i).
	entryOf []int32
	// common is the common-words set a block list's forms leave out (nil
	// for the other lists).
	common   *commonSet
	prepared sync.Once // phrases, entryOf, firstHashes
	once     sync.Once // matcher
	matcher  *prose.Matcher
	// firstHashes are the distinct prose.TokenHash of the phrases' first
	// tokens, for normView.mayMatch.
	firstHashes []uint16
	// anyFirst: some entry starts with "<n>" or a prefix, or the list is a
	// block list, so the list cannot be skipped by first tokens.
	anyFirst bool
}

// entry returns the entry of phrase i.
func (nl *normList) entry(i int) Entry {
	if nl.entryOf != nil {
		return nl.entries[nl.entryOf[i]]
	}
	return nl.entries[i]
}

// newTrustLexicon prepares the normalised lists of a lexicon whose lists
// and automaton are set; each is made, its entries normalised and its
// matcher compiled on first use.
func newTrustLexicon(lex *Lexicon) *trustLexicon {
	t := &trustLexicon{lex: lex, norm: make([]normSlot, len(lex.byNum))}
	for _, list := range blockLists {
		// A block list the config leaves empty matches nothing, and
		// costs no automaton.
		if id := wordList(list); len(lex.langsOf(id)) > 0 {
			t.blockNums = append(t.blockNums, id)
		}
	}
	for _, mode := range []normMode{normLeet, normRespell} {
		t.common[mode] = &commonSet{list: lex.list("common-words", i18n.ID), mode: mode}
		t.blockNorm[mode] = make([]normSlot, len(t.blockNums))
		n := len(t.blockNums) * len(trustLangs)
		t.autos[mode].init(make([]automatonList, n), n)
	}
	return t
}

// normLists returns a list's normalised lists in one mode, by language as
// in trustLangs (nil for a language the list lacks); nil when the list
// does not exist or is not normalised in that mode (only block lists are
// in normLeet and normRespell).
func (t *trustLexicon) normLists(mode normMode, list listID) []*normList {
	if list <= 0 || int(list) >= len(t.norm) {
		return nil
	}
	auto := t.auto(mode)
	slot, first := &t.norm[list], auto.second+int(list)*len(trustLangs)
	if mode != normElongation {
		i := slices.Index(t.blockNums, list)
		if i < 0 {
			return nil
		}
		slot, first = &t.blockNorm[mode][i], i*len(trustLangs)
	}
	slot.once.Do(func() {
		for k, lang := range trustLangs {
			c := t.lex.inLang(list, lang)
			if c == nil {
				continue
			}
			nl := &normList{source: c, mode: mode, id: first + k}
			if mode != normElongation {
				nl.common = t.common[mode]
				nl.anyFirst = true
			}
			slot.byLang[k] = nl
			auto.lists[nl.id] = nl
		}
	})
	return slot.byLang[:]
}

// auto returns the automaton of the lists in a mode.
func (t *trustLexicon) auto(mode normMode) *hotAutomaton {
	if mode == normElongation {
		return &t.lex.auto
	}
	return &t.autos[mode]
}

// prepare normalises the entries once: a block list gets the forms of each
// entry (blockForms), the other lists one phrase per entry and the first
// token of each.
func (nl *normList) prepare() {
	nl.prepared.Do(func() {
		nl.entries = nl.source.list()
		if nl.common != nil {
			nl.expand()
			return
		}
		norm := nl.source.prebuiltNorm(nl.mode)
		if norm == nil {
			norm = normalizeEntries(nl.entries, nl.mode)
		}
		nl.phrases, nl.firstHashes, nl.anyFirst = norm.phrases, norm.firstHashes, norm.anyFirst
	})
}

// normTable is a list's entries normalised in one mode, as a normList
// other than a block list's holds them.
type normTable struct {
	phrases     []string // phrase i is entry i normalised
	firstHashes []uint16 // see normList
	anyFirst    bool     // see normList
}

// normalizeEntries normalises entries in one mode, one phrase per entry,
// and finds the first token of each.
func normalizeEntries(entries []Entry, mode normMode) *normTable {
	t := &normTable{phrases: make([]string, len(entries))}
	var seen prose.TokenSet // hashes are 12 bits: a bit set leaves out repeats without a map
	for i, e := range entries {
		t.phrases[i] = normalizePhrase(e.Phrase, mode)
		first, _, _ := strings.Cut(t.phrases[i], " ")
		if first == "<n>" || len(first) > 1 && strings.HasSuffix(first, "-") {
			t.anyFirst = true
			continue
		}
		if h := prose.TokenHash(first); !seen.MayHold(h) {
			seen.Add(h)
			t.firstHashes = append(t.firstHashes, h)
		}
	}
	return t
}

// inList reports whether a word or phrase is an entry of a list in either
// language, compared after folding (case, quotes, dashes).
func (l *Lexicon) inList(list listID, s string) bool {
	if l == nil || l.trust == nil {
		return false
	}
	var buf [64]byte
	key := string(prose.AppendFold(buf[:0], s))
	for _, c := range l.langsOf(list) {
		if c.foldedIndex().has(key) {
			return true
		}
	}
	return false
}

// normalizePhrase normalises a list entry element by element, keeping the
// matcher's "*", "<n>" and trailing "-" (prefix) syntax.
func normalizePhrase(p string, mode normMode) string {
	if mode == normElongation && isPlainPhrase(p) {
		return collapseASCII(p) // what the general path gives, without tokenising
	}
	return normalizePhraseTokens(p, mode)
}

// isPlainPhrase reports lower-case ASCII words separated by single spaces,
// most entries of the word lists.
func isPlainPhrase(p string) bool {
	if p == "" || p[0] == ' ' || p[len(p)-1] == ' ' {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == ' ' && p[i-1] == ' ' || c != ' ' && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}

// normalizePhraseTokens is normalizePhrase for any phrase.
func normalizePhraseTokens(p string, mode normMode) string {
	fields := strings.Fields(p)
	for i, f := range fields {
		switch {
		case f == "*" || f == "<n>":
			continue
		case len(f) > 1 && f[len(f)-1] == '-':
			if w := prose.Words(f[:len(f)-1]); len(w) == 1 && w[0].Start == 0 && w[0].End == len(f)-1 {
				fields[i] = normalizeWord(f[:len(f)-1], mode) + "-"
				continue
			}
		}
		src := f
		if mode == normLeet {
			src = leetAt(f)
		}
		toks := prose.Tokens(src)
		parts := make([]string, len(toks))
		for j, t := range toks {
			parts[j] = normalizeToken(src[t.Start:t.End], t.Kind, mode)
		}
		fields[i] = strings.Join(parts, " ")
	}
	return strings.Join(fields, " ")
}

// normalizeToken normalises one token; only words change.
func normalizeToken(s string, kind prose.TokenKind, mode normMode) string {
	return string(appendNormalized(nil, s, kind, mode))
}

// normalizeWord folds a word, reads leetspeak in normLeet mode (only in words
// that have a letter, so numbers stay numbers) and collapses repeated letters.
func normalizeWord(w string, mode normMode) string {
	return string(appendNormalized(nil, w, prose.Word, mode))
}

// appendNormalized appends the normalised form of a token to dst.
func appendNormalized(dst []byte, s string, kind prose.TokenKind, mode normMode) []byte {
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
				folded[i] = 'k' // "qontol", "goblaq"
			}
		}
	}
	return collapseRepeats(dst, start)
}

// collapseRepeats collapses runs of a repeated letter in dst[start:], in
// place.
func collapseRepeats(dst []byte, start int) []byte {
	out := start
	var prev rune = -1
	for i := start; i < len(dst); {
		if c := dst[i]; c < utf8.RuneSelf {
			// ASCII, most of a post: its letters are a-z and A-Z.
			if rune(c) != prev || !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				dst[out] = c
				out++
			}
			prev = rune(c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(dst[i:])
		if r != prev || !unicode.IsLetter(r) {
			out += copy(dst[out:], dst[i:i+size])
		}
		prev = r
		i += size
	}
	return dst[:out]
}

// leetDigit maps the digits people use for letters.
func leetDigit(c byte) (byte, bool) {
	switch c {
	case '4':
		return 'a', true
	case '1':
		return 'i', true
	case '0':
		return 'o', true
	case '3':
		return 'e', true
	case '5':
		return 's', true
	case '7':
		return 't', true
	}
	return c, false
}

func hasLetter(b []byte) bool {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if unicode.IsLetter(r) {
			return true
		}
		i += size
	}
	return false
}

// leetAt returns s with every '@' between two letters or digits replaced by
// 'a' ("b@ngsat"), keeping byte offsets, so that the tokeniser, which splits
// at '@', sees one word.
func leetAt(s string) string {
	if !strings.Contains(s, "@") {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		if b[i] != '@' || i == 0 || i+1 >= len(b) {
			continue
		}
		prev, _ := utf8.DecodeLastRune(b[:i])
		next, _ := utf8.DecodeRune(b[i+1:])
		if isAlnum(prev) && isAlnum(next) {
			b[i] = 'a'
		}
	}
	return string(b)
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// blockForms returns the forms of a normalised blocklist entry that the
// blocklist matches: the entry itself; for a one-word entry its respelling
// with the final t and d swapped ("bangsat" and "bangsad", "goblog" and
// "goblot" are one insult); and for an Indonesian one-word entry the
// affixed forms of both (idAffixForms: "dungunya", "mendungukan",
// "dungu-dungu"), less the forms that are ordinary words of the language
// (the common-words list: "membabi" of "membabi buta" is no insult).
// Phrases of several words and the matcher's "*", "<n>" and "-" syntax
// match as written. English entries get no affixes.
func blockForms(entry, lang string, common *strindex.Index) []string {
	if !isPlainWord(entry) {
		return []string{entry}
	}
	roots := []string{entry}
	switch entry[len(entry)-1] {
	case 't':
		roots = append(roots, entry[:len(entry)-1]+"d")
	case 'd':
		roots = append(roots, entry[:len(entry)-1]+"t")
	}
	if lang != i18n.ID {
		return roots
	}
	out := make([]string, 0, 160*len(roots))
	seen := make(map[string]bool, 192*len(roots))
	for _, r := range roots {
		for _, f := range idAffixForms(r) {
			// Affixes can double a letter ("tolol" + "-lah"), which the
			// post's view collapses: the form must be collapsed alike.
			f = collapseASCII(f)
			if !seen[f] && (f == r || common == nil || common.Find(f) < 0) {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	return out
}

// expand fills a block list's phrases with the forms of each entry
// (blockForms).
func (nl *normList) expand() {
	common := nl.common.get()
	lang := nl.source.lang
	nl.phrases = make([]string, 0, len(nl.entries))
	nl.entryOf = make([]int32, 0, len(nl.entries))
	for i, e := range nl.entries {
		for _, f := range blockForms(normalizePhrase(e.Phrase, nl.mode), lang, common) {
			nl.phrases = append(nl.phrases, f)
			nl.entryOf = append(nl.entryOf, int32(i))
		}
	}
}

// collapseASCII collapses runs of a repeated letter in a lower-case ASCII
// form, as appendNormalized does for the post's words.
func collapseASCII(f string) string {
	for i := 1; i < len(f); i++ {
		if f[i] == f[i-1] && f[i] >= 'a' && f[i] <= 'z' {
			b := make([]byte, 0, len(f))
			for j := 0; j < len(f); j++ {
				if j == 0 || f[j] != f[j-1] || f[j] < 'a' || f[j] > 'z' {
					b = append(b, f[j])
				}
			}
			return string(b)
		}
	}
	return f
}

// commonWords returns the Indonesian common words normalised in mode.
func commonWords(entries []Entry, mode normMode) []string {
	words := make([]string, len(entries))
	for i, e := range entries {
		words[i] = normalizeWord(e.Phrase, mode)
	}
	return words
}

// normView is a post's tokens in normalised form, folded for matching,
// with matches spanning the post's text.
type normView struct {
	folded *prose.Folded
	toks   []prose.Token // the tokens normalised
	// lead is the number of leading tokens whose normalised form is empty
	// (see span).
	lead   int
	tokens prose.TokenSet // the normalised tokens
	// set is the mode's automaton when the view was first matched, and
	// scan what it found in the view (normLeet and normRespell: the view
	// in normElongation mode is scanned with the word lists' tokens, in
	// the post's postScan).
	set  *hotSet
	scan prose.SetMatches
	// The state of the fold (forms): the next token's index, and the
	// non-ASCII forms as strings to fold again. A Builder never changes
	// what it has written, so its String shares them without a copy each.
	next   int
	refold strings.Builder
}

// mayMatch reports whether a list can match in the view: some entry starts
// with a token the post holds.
func (v *normView) mayMatch(l *normList) bool {
	l.prepare()
	if l.anyFirst {
		return true
	}
	for _, h := range l.firstHashes {
		if v.tokens.MayHold(h) {
			return true
		}
	}
	return false
}

// newNormView normalises a post's tokens in one mode. Each token's
// normalised form is what the matchers compare, folded once more as
// prose.FoldTokens would fold it; the matches keep the tokens' spans in the
// post's text. The view in normElongation mode is made by foldPost, with
// the post's plain folded tokens.
func newNormView(a *Analysis, mode normMode) *normView {
	src, toks := a.Text, a.Tokens()
	if mode == normLeet && strings.Contains(src, "@") {
		src = leetAt(src) // keeps byte offsets
		toks = prose.Tokens(src)
	}
	v := &normView{toks: toks, lead: len(toks)}
	v.folded = prose.FoldTokensWith(src, toks, func(dst []byte, tok string, kind prose.TokenKind) []byte {
		start := len(dst)
		dst = appendNormalized(dst, tok, kind, mode)
		return v.form(dst, start, len(src))
	})
	return v
}

// form takes in the normalised form of the next token, dst[start:]: it
// notes it in lead and tokens, and folds it once more when it is not
// ASCII. textLen is the length of the post's text.
func (v *normView) form(dst []byte, start, textLen int) []byte {
	form := dst[start:]
	v.note(form)
	for _, c := range form {
		if c >= utf8.RuneSelf {
			// Folding is not idempotent on every text (a long s folds
			// to s, which composes with a following accent only on a
			// second fold).
			if v.refold.Cap() == 0 {
				v.refold.Grow(min(textLen, 256))
			}
			at := v.refold.Len()
			v.refold.Write(form)
			return prose.AppendFold(dst[:start], v.refold.String()[at:])
		}
	}
	return dst // ASCII, folded already
}

// note takes in the normalised form of the next token: it is the first
// non-empty one (lead) or not, and it is among the post's tokens.
func (v *normView) note(form []byte) { v.noteHashed(form, prose.TokenHash(form)) }

// noteHashed is note for a form whose TokenHash is known.
func (v *normView) noteHashed(form []byte, hash uint16) {
	if len(form) > 0 && v.lead == len(v.toks) {
		v.lead = v.next
	}
	v.next++
	v.tokens.Add(hash)
}

// postFolds are a post's tokens folded in one pass for the word lists and
// normalised for the trust lists (normElongation), kept from post to post
// in the analysis's buffers.
type postFolds struct {
	pair prose.FoldedPair
	norm normView
}

// foldPost folds the post's tokens for the word lists (the folded view)
// and, in the same pass, normalises them in normElongation mode for the
// trust lists (the post's normView in that mode, which it sets): as
// appendNormalized and newNormView make them, from the folded forms. Most
// tokens are ASCII words without a doubled letter, whose two forms are one.
func foldPost(a *Analysis) *prose.Folded {
	toks := a.Tokens()
	// The pair's memory is the analysis's, from post to post (Reset).
	p := a.buf.folds
	if p == nil {
		p = new(postFolds)
		a.buf.folds = p
	}
	p.norm = normView{}
	v := &p.norm
	v.toks, v.lead = toks, len(toks)
	textLen := len(a.Text)
	p.pair.FoldHashed(a.Text, toks, func(dst, plain []byte, hash uint16, kind prose.TokenKind) ([]byte, bool) {
		if isPlainNormal(plain, kind == prose.Word) {
			// The folded form, ASCII, is its normalised form, and
			// hash is its TokenHash.
			v.noteHashed(plain, hash)
			return dst, false
		}
		start := len(dst)
		dst = append(dst, plain...)
		if kind == prose.Word {
			dst = collapseRepeats(dst, start)
		}
		dst = v.form(dst, start, textLen)
		if string(dst[start:]) == string(plain) {
			return dst[:start], false
		}
		return dst, true
	})
	v.folded = &p.pair.Second
	a.trust.views[normElongation] = v
	return &p.pair.Plain
}

// isPlainNormal reports whether a folded form is its own normalised form:
// ASCII and, for a word, without an ASCII letter twice in a row, which
// collapseRepeats would collapse (for the other letters it decodes the
// form). One pass, as most tokens are such forms.
func isPlainNormal(f []byte, word bool) bool {
	if !word {
		return isASCII(f)
	}
	prev := byte(0) // no letter: the first byte repeats nothing
	for _, c := range f {
		if c >= utf8.RuneSelf || c == prev && ('a' <= c|0x20 && c|0x20 <= 'z') {
			return false
		}
		prev = c
	}
	return true
}

// span maps a match to the span the normalised view of the text gives it.
// The view laid the tokens out one after another, separated by a space
// once some token had a non-empty form: the leading tokens whose forms are
// empty all started at 0 with the first non-empty one, so a match starting
// among them began at the first token, and one ending before it ended at
// the first token's end.
func (v *normView) span(start, end int) (int, int) {
	if v.lead > 0 {
		if v.lead == len(v.toks) || start <= v.toks[v.lead].Start {
			start = v.toks[0].Start
		}
		if v.lead == len(v.toks) || end < v.toks[v.lead].End {
			end = v.toks[0].End
		}
	}
	return start, end
}

// trustState is the per-post cache of the trust rules, kept in Analysis.
// Their lists' matches are kept with the word lists' (matchStore).
type trustState struct {
	views    [normModes]*normView
	entities *trustEntitySpans
	label    int8 // debunk label in the first line: 0 unknown, 1 yes, 2 no
}

// trustLangs: the trust lists apply in both languages whatever the post's
// language, because hoaxes and chain messages mix them freely ("Share
// sebelum dihapus!").
var trustLangs = []string{i18n.ID, i18n.EN}

// normMatch returns the matches of a list in both languages on the
// normalised text, sorted, without overlaps (the earlier, longer match
// wins). Spans are in the original text.
func (a *Analysis) normMatch(list listID, mode normMode) []LexMatch {
	if a.lexicon == nil || a.lexicon.trust == nil {
		return nil
	}
	key := matchKey(list, mode)
	if m, ok := a.found.get(key); ok {
		return m
	}
	off := a.normFind(a.lexicon.trust, list, mode)
	a.found.all = a.found.all[:off+len(keepLeftmostLongest(a.found.all[off:]))]
	return a.found.add(key, off, a.lexicon.storeKeys())
}

// normFind appends to the post's store the matches of a list in both
// languages on the normalised view, in no particular order, and returns
// where they start. The lists the mode's automaton holds are read from the
// view's scan, the others matched alone; the list is marked hot so that
// the automaton takes it in for the next posts.
func (a *Analysis) normFind(t *trustLexicon, list listID, mode normMode) (off int) {
	byLang := t.normLists(mode, list)
	if len(byLang) == 0 || byLang[0] == nil && byLang[1] == nil {
		return len(a.found.all)
	}
	auto := t.auto(mode)
	var v *normView
	var set *hotSet
	var scan *prose.SetMatches
	if mode == normElongation {
		// The lexicon's automaton of the lists earlier posts were
		// matched against, scanned with the word lists.
		s := a.scanLists()
		_, v = a.foldedPair()
		set, scan = s.set, &s.matches
	} else {
		if v = a.trust.views[mode]; v == nil {
			v = newNormView(a, mode)
			a.trust.views[mode] = v
		}
		if v.set == nil {
			// The automaton of the lists earlier posts were matched
			// against, those of this post not marked yet: the first
			// post matches its lists alone, so that a run on one draft
			// compiles only the lists whose first tokens it holds
			// (mayMatch), as it did without one.
			v.set = auto.current()
			v.scan = v.set.set.FindAllFolded(v.folded)
		}
		set, scan = v.set, &v.scan
	}
	out := a.found.all
	off = len(out)
	for _, nl := range byLang {
		if nl == nil {
			continue
		}
		auto.markHot(nl.id)
		var ms []prose.Match
		if g := set.group[nl.id]; g >= 0 {
			// What the list's own matcher finds. mayMatch hashes the
			// forms before their second fold, so it can rule out a
			// match (TestNormMatchSameAsListsAlone has texts where it
			// does); it is asked only when there is something to keep.
			ms = scan.Group(int(g))
			if len(ms) == 0 || !v.mayMatch(nl) {
				continue
			}
		} else {
			if !v.mayMatch(nl) {
				continue
			}
			auto.matchedAlone()
			ms = nl.get().FindAllFolded(v.folded)
			if len(ms) == 0 {
				continue
			}
		}
		out = growMatches(out, len(ms))
		for _, m := range ms {
			s, e := v.span(m.Start, m.End)
			entry := nl.entry(m.Phrase)
			if shorterThanEntry(a.Text[s:e], nl.phrases[m.Phrase], entry.Phrase) {
				continue
			}
			out = append(out, LexMatch{Start: s, End: e, Entry: entry})
		}
	}
	a.found.all = out
	return off
}

// shorterThanEntry reports a one-word match whose word has fewer letters
// than the entry it matched: collapsing doubled letters made two words one
// ("of" and "off", "al" and "all"), but stretching only ever adds letters,
// so a shorter word is another word. The entry's generated forms (normalised
// phrase) are compared when they are longer than the entry itself.
func shorterThanEntry(found, phrase, entry string) bool {
	if strings.ContainsAny(phrase, " *<") || strings.HasSuffix(phrase, "-") {
		return false
	}
	// Only the folded forms' lengths count: folded into a stack buffer,
	// not into new strings.
	var buf [64]byte
	want := utf8.RuneCount(prose.AppendFold(buf[:0], entry))
	if n := utf8.RuneCountInString(phrase); n > want {
		want = n
	}
	return utf8.RuneCount(prose.AppendFold(buf[:0], found)) < want
}

// trustMatch is normMatch for the built-in trust lists (elongation collapsed).
func (a *Analysis) trustMatch(list listID) []LexMatch { return a.normMatch(list, normElongation) }

// matcherPhrases returns the normalised phrases, for the automaton.
func (nl *normList) matcherPhrases() []string {
	nl.prepare()
	return nl.phrases
}

// get compiles the normalised matcher on first use, or reads the one built
// at build time; a list that cannot be compiled (ruled out by
// TestBuiltinListsCompile) matches nothing.
func (nl *normList) get() *prose.Matcher {
	nl.prepare()
	nl.once.Do(func() {
		if nl.common == nil {
			if t := nl.source.prebuiltNormMatcher(nl.mode); t != nil {
				nl.matcher = prose.MatcherFromTables(t)
				return
			}
		}
		m, err := prose.NewMatcher(nl.phrases)
		if err != nil {
			m, _ = prose.NewMatcher(nil)
		}
		nl.matcher = m
	})
	return nl.matcher
}
