package rules

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/strindex"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
	"github.com/postlint/postlint/twittertext"
)

// HookTitleChain reports posts whose visible first characters are spent on
// honorifics, degrees and institution names: two or more title tokens
// (Dr., H., S.Sos., M.Si.) before the fold, or a run of at least 60
// characters of capitalised names and titles before the first verb. The
// first verb is approximated as the first lower-case word that is not part
// of a name ("dan", "of", "didampingi … "); a dateline at the start is
// skipped. A run that no verb ends, that holds no title or office word, or
// that capitalises a heading word is a Title Case heading, not a chain
// (namesOfficials).
type HookTitleChain struct {
	MinTitles int `toml:"min_titles"`
	NameRun   int `toml:"name_run"`
}

func init() {
	register("hook-title-chain", func() Rule { return &HookTitleChain{MinTitles: 2, NameRun: 60} })
}

// Doc documents the rule.
func (*HookTitleChain) Doc() lint.Doc {
	return lint.Doc{
		ID:          "hook-title-chain",
		Category:    lint.CategoryHook,
		Severity:    lint.Warning,
		PerPlatform: true,
		Summary:     i18n.English("honorifics, degrees and institution names fill the visible first characters"),
		Rationale:   i18n.English("The feed shows only the first 100–140 characters before \"See more\". Government captions often spend them on \"Dr. Drs. H. … , S.Sos., M.Si.\" and the full name of the office, so the reader sees who attended but not what happened. Titles and full institution names can come later, or not at all. A run of capitalised words counts as names only when a lower-case word (the verb) ends it, it holds a title or an office word (\"Kepala\", \"Dinas\", \"Minister\") and it capitalises no heading word (\"Tetap\", \"Buka\", \"For\"): a Title Case heading such as \"Pelayanan Administrasi Kependudukan Hari Sabtu\" is not a chain of names. Officials joined by \"didampingi\", \"bersama\" or \"accompanied by\" belong to the chain. Lists: words/<lang>/title-tokens.txt, office-words.txt, heading-words.txt and name-companions.txt, extendable with [words.<lang>] title-tokens = [...]."),
		Source:      "Title-heavy news posts of a regency communications office (Diskominfo Fakfak); Facebook IQ, \"Capturing Attention in Feed: The Science Behind Effective Video Creative\" (2016)",
		Bad:         i18n.English("The Minister of State Secretariat, Prof. Dr. Pratikno, M.Soc.Sc., together with the Deputy … attended …"),
		Good:        i18n.English("ID cards are now printed in one hour at every district office, the Mayor announced on Monday."),
		Options: []lint.OptionDoc{
			{Name: "min_titles", Help: i18n.English("title tokens in the visible prefix that make a finding (0: off)")},
			{Name: "name_run", Help: i18n.English("characters of names and titles before the first verb that make a finding (0: off)")},
		},
	}
}

// Validate checks the options.
func (r *HookTitleChain) Validate() error {
	if r.MinTitles < 0 || r.NameRun < 0 {
		return fmt.Errorf("min_titles and name_run must not be negative")
	}
	return nil
}

// Check counts titles in the visible prefix and measures the leading run of
// names.
func (r *HookTitleChain) Check(p *Pass) {
	a := p.Text
	if p.Platform.Fold <= 0 || a.Text == "" {
		return // the whole post shows: nothing is pushed past a fold
	}
	fold := p.Platform.FoldFor(p.Media)
	chain := viewTitleChain.Of(a)
	titles, run, runLen := chain.titles, chain.run, chain.runLen
	if fold > titleFoldBound {
		titles = findTitles(a) // a configured fold past the view's titles
	}
	var shown []titleToken
	// The fold matters only to titles.
	visEnd := len(a.Text)
	if len(titles) > 0 {
		visEnd = graphemeOffset(a.Text, fold)
	}
	for _, t := range titles {
		if t.Start < visEnd {
			shown = append(shown, t)
		}
	}
	titleHit := r.MinTitles > 0 && len(shown) >= r.MinTitles
	runHit := r.NameRun > 0 && runLen >= r.NameRun && chain.byVerb && namesOfficials(a, run, titles)
	if !titleHit && !runHit {
		return
	}
	names := make([]string, len(shown))
	for i, t := range shown {
		names[i] = a.Text[t.Start:t.End]
	}
	var msg i18n.Text
	span := run
	switch {
	case titleHit && runHit:
		msg = i18n.Sprintf("%d titles (%s) and a %d-character run of names come before the first verb; the feed shows only %d characters",
			"%d gelar (%s) dan %d karakter nama muncul sebelum kata kerja pertama; linimasa hanya menampilkan %d karakter",
			len(shown), strings.Join(names, " "), runLen, fold)
		span.Start = min(span.Start, shown[0].Start)
		span.End = max(span.End, shown[len(shown)-1].End)
	case titleHit:
		msg = i18n.Sprintf("%d titles (%s) in the first %d characters the feed shows",
			"%d gelar (%s) di %d karakter pertama yang ditampilkan linimasa",
			len(shown), strings.Join(names, " "), fold)
		span = prose.Span{Start: shown[0].Start, End: shown[len(shown)-1].End}
	default:
		msg = i18n.Sprintf("the post opens with %d characters of names and titles before the first verb; the feed shows only %d characters",
			"unggahan dibuka dengan %d karakter nama dan jabatan sebelum kata kerja pertama; linimasa hanya menampilkan %d karakter",
			runLen, fold)
	}
	p.Report(Report{
		Start: span.Start, End: span.End,
		Message: msg,
		Suggestion: i18n.T("start with what happened for the public; name the official once, later, with the position only (\"Mayor Eri Cahyadi\")",
			"mulai dengan apa manfaatnya bagi warga; sebut nama pejabat sekali saja, belakangan, cukup dengan jabatannya (\"Wali Kota Eri Cahyadi\")"),
	})
}

// titleChain is what the rule finds in a post whatever the platform: the
// titles that a fold of up to titleFoldBound characters shows or that the
// leading run of names (see leadingNameRun) holds, and that run, with its
// length in characters. Titles further on are never read, and finding
// them cost most of the rule's work on a long post.
type titleChain struct {
	titles []titleToken
	run    prose.Span
	byVerb bool
	runLen int
}

// viewTitleChain is the post's titleChain, found once and read on every
// platform the post targets.
var viewTitleChain = &View[titleChain]{
	Name: "title-chain", slot: slotTitleChain,
	Requires: []AnyView{viewSentences, viewTokens, viewHashtags, viewMentions, viewDateline},
	Run: func(a *Analysis) titleChain {
		from, limit := nameRunBounds(a)
		titles := findTitlesUpTo(a, max(limit, graphemeOffset(a.Text, titleFoldBound)))
		run, byVerb := leadingNameRun(a, titles, from, limit)
		return titleChain{titles: titles, run: run, byVerb: byVerb, runLen: graphemes(a.Text[run.Start:run.End])}
	},
	cell: func(a *Analysis) *titleChain { return &a.titleChain },
}

// titleFoldBound is the largest fold of the built-in platforms
// (TestTitleFoldBound), in characters: the titles a platform with a fold
// up to it shows are in titleChain; one configured with a larger fold
// finds them all again.
const titleFoldBound = 140

// titleToken is a title found in the text.
type titleToken struct{ Start, End int }

// titleEntry is one title of the word lists, described for matching.
type titleEntry struct {
	phrase   string // as listed
	dotless  string // without periods, as listed
	dotted   bool   // listed with a period
	internal bool   // a period inside (S.Sos., K.H.): a degree or initials
}

// isPostNominal reports whether s is a degree written after a name that
// the list may lack (S.Farm., M.Soc.Sc., Sp.PD, D.Min.): S., M., D. or Sp.,
// then segments of a capital and at most four more letters, each ending
// in an optional period. That is what
//
//	^(?:[SMD]|Sp)\.(?:[A-Z][A-Za-z]{0,4}\.?)+$
//
// matches (TestIsPostNominalSameAsRegexp); a scanner, because it runs on
// title candidates and links of every post. A capital may always start a
// segment, so the letters qualify when none is more than four letters
// past the last capital.
func isPostNominal(s string) bool {
	switch {
	case strings.HasPrefix(s, "Sp."):
		s = s[len("Sp."):]
	case len(s) >= 2 && strings.IndexByte("SMD", s[0]) >= 0 && s[1] == '.':
		s = s[2:]
	default:
		return false
	}
	if s == "" {
		return false
	}
	sinceCapital := -1 // letters since the last capital; -1 before a segment starts
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isUpperASCII(c):
			sinceCapital = 0
		case isLowerASCII(c) && sinceCapital >= 0 && sinceCapital < 4:
			sinceCapital++
		case c == '.' && sinceCapital >= 0:
			sinceCapital = -1
		default:
			return false
		}
	}
	return true
}

// titleEntries indexes the title lists by their folded, dot-less form;
// built once per lexicon, at build time for the built-in lists
// (builtinTitleTable).
func titleEntries(lex *Lexicon) *titleIndex {
	t := &builtinTitleTable
	if lex.extended("title-tokens") {
		var entries []Entry
		for _, lang := range bothLangs {
			entries = append(entries, lex.Entries("title-tokens", lang)...)
		}
		t = newTitleTable(entries)
	}
	return &titleIndex{titleTable: t, words: strindex.FromSlots(t.keys, t.slots)}
}

// titleTable is the listed titles by their folded form without periods,
// with a filter that rules most words out before the look-up: every word
// of a post is a candidate, and few are titles.
type titleTable struct {
	keys   []string // distinct, in list order
	slots  []int32  // strindex slots of keys
	starts []int32  // the titles of key i are titles[starts[i]:starts[i+1]]
	titles []titleEntry
	maxLen int // of a key, in bytes
	// shapes summarises the keys of up to 7 bytes that start and end
	// with a letter: bit l-'a' of shapes[n][f-'a'] is set when a key of
	// n bytes starts with f and ends with l.
	shapes [8][26]uint32
}

// newTitleTable indexes title entries by their folded form without
// periods; the titles of a key keep the entries' order.
func newTitleTable(entries []Entry) *titleTable {
	x := &titleTable{titles: make([]titleEntry, len(entries))}
	keyOf := make([]string, len(entries))
	for i, e := range entries {
		keyOf[i] = prose.FoldString(strings.ReplaceAll(e.Phrase, ".", ""))
	}
	first := strindex.New(keyOf) // finds the first entry of each key
	group := make([]int32, len(entries))
	for i, k := range keyOf {
		if j := first.Find(k); j < i {
			group[i] = group[j]
			continue
		}
		group[i] = int32(len(x.keys))
		x.keys = append(x.keys, k)
	}
	x.starts = make([]int32, len(x.keys)+1)
	for _, g := range group {
		x.starts[g+1]++
	}
	for g := range x.keys {
		x.starts[g+1] += x.starts[g]
	}
	next := slices.Clone(x.starts)
	for i, e := range entries {
		dl := strings.ReplaceAll(e.Phrase, ".", "")
		x.titles[next[group[i]]] = titleEntry{phrase: e.Phrase, dotless: dl, dotted: strings.Contains(e.Phrase, "."),
			internal: strings.Contains(strings.TrimSuffix(e.Phrase, "."), ".")}
		next[group[i]]++
	}
	for _, key := range x.keys {
		x.maxLen = max(x.maxLen, len(key))
		if n := len(key); n > 0 && n < len(x.shapes) && isLowerASCII(key[0]) && isLowerASCII(key[n-1]) {
			x.shapes[n][key[0]-'a'] |= 1 << (key[n-1] - 'a')
		}
	}
	ix := strindex.New(x.keys)
	x.slots = ix.Slots()
	return x
}

// titleIndex is a titleTable with its keys indexed.
type titleIndex struct {
	*titleTable
	words strindex.Index
}

// lookup returns the titles listed under key, a candidate's folded form
// without periods.
func (x *titleIndex) lookup(key []byte) []titleEntry {
	n := len(key)
	if x == nil || n > x.maxLen {
		return nil
	}
	if n > 0 && n < len(x.shapes) && isLowerASCII(key[0]) && isLowerASCII(key[n-1]) &&
		x.shapes[n][key[0]-'a']&(1<<(key[n-1]-'a')) == 0 {
		return nil
	}
	k := x.words.Find(string(key))
	if k < 0 {
		return nil
	}
	lo, hi := x.starts[k], x.starts[k+1]
	return x.titles[lo:hi:hi]
}

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// findTitles finds title tokens: word tokens glued by periods ("M.Si.",
// "Dr.") compared with the title lists of both languages.
func findTitles(a *Analysis) []titleToken { return findTitlesUpTo(a, len(a.Text)) }

// findTitlesUpTo returns the titles of findTitles that start before end:
// the scan stops at the first token that starts at or after it.
func findTitlesUpTo(a *Analysis, end int) []titleToken {
	var entries *titleIndex
	if a.lexicon != nil {
		entries = a.lexicon.derived(derivedTitleEntries, func() any { return titleEntries(a.lexicon) }).(*titleIndex)
	}
	text := a.Text
	toks := a.Tokens()
	var out []titleToken
	skip := tagMentionCursor{text: text, tags: a.Hashtags(), mentions: a.Mentions()}
	for i := 0; i < len(toks) && toks[i].Start < end; i++ {
		t := toks[i]
		// Bare-domain detection takes "M.Si" and "S.Farm" for links (.si
		// and .farm are top-level domains), so only hashtags and mentions
		// are skipped here.
		if t.Kind != prose.Word || skip.covers(t.Start) {
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
		// The filter first: most words are no title, and the word after
		// one is read only for a candidate the index may hold.
		if entries.mayHold(cand) && isTitle(cand, entries, afterComma, capitalWordFollows(text, end)) ||
			afterComma && isPostNominal(cand) ||
			afterComma && len(out) > 0 && followsTitle(text, out[len(out)-1].End, start) && isCertification(cand) {
			out = append(out, titleToken{Start: start, End: end})
		}
	}
	return out
}

// tagMentionCursor answers inEntity(a.Hashtags(), off) || inMention(a,
// off) for offsets in text order, stepping through the hashtags and
// mentions instead of searching both for every token
// (TestTagMentionCursorIsTheSearch).
type tagMentionCursor struct {
	text     string
	tags     []twittertext.Entity
	mentions []twittertext.Entity
	tk       int // tags before tk end at or before the last offset asked
	mk       int // mentions before mk start at or before it
}

// covers reports whether off lies in a hashtag or a mention with its
// glued ".name" parts; off must not decrease from one call to the next.
func (c *tagMentionCursor) covers(off int) bool {
	for c.tk < len(c.tags) && c.tags[c.tk].End <= off {
		c.tk++
	}
	if c.tk < len(c.tags) && c.tags[c.tk].Start <= off {
		return true
	}
	for c.mk < len(c.mentions) && c.mentions[c.mk].Start <= off {
		c.mk++
	}
	return c.mk > 0 && off < handleEnd(c.text, c.mentions[c.mk-1].End)
}

// mayHold reports whether lookup can find titles for cand, a title
// candidate as isTitle receives it: false only when lookup returns nil
// for its folded form without periods. An ASCII candidate (nearly all)
// is measured and its end letters read in place, so the many words that
// are no title are not copied into buffers first; the others answer true
// (TestTitleMayHoldIsTheLookup).
func (x *titleIndex) mayHold(cand string) bool {
	if x == nil {
		return false
	}
	dots := 0
	for i := 0; i < len(cand); i++ {
		switch c := cand[i]; {
		case c == '.':
			dots++
		case c >= utf8.RuneSelf:
			return true
		}
	}
	n := len(cand) - dots // the key's length: folding keeps ASCII's
	if n > x.maxLen {
		return false
	}
	if n == 0 || n >= len(x.shapes) {
		return true
	}
	first, last := 0, len(cand)-1
	for cand[first] == '.' {
		first++
	}
	for cand[last] == '.' {
		last--
	}
	f, l := lowerASCII(cand[first]), lowerASCII(cand[last])
	return !isLowerASCII(f) || !isLowerASCII(l) || x.shapes[n][f-'a']&(1<<(l-'a')) != 0
}

// isTitle compares a candidate with the listed titles. The candidate is
// folded into a buffer on the stack rather than into a new string;
// findTitles asks the index's filter (mayHold) first.
func isTitle(cand string, entries *titleIndex, afterComma, capNext bool) bool {
	// The candidate without its periods (H.M.Si. → HMSi) is only compared
	// and folded, never kept: it goes into a buffer on the stack too, and
	// is made a string only where the comparison needs one.
	// Folded ASCII is lower case, so an ASCII candidate (nearly all) is
	// folded here; prose.AppendFold takes the others.
	var dots, buf [64]byte
	dotless, key := dots[:0], buf[:0]
	ascii := true
	for i := 0; i < len(cand); i++ {
		switch c := cand[i]; {
		case c == '.':
		case c >= utf8.RuneSelf:
			ascii = false
			dotless = append(dotless, c)
		default:
			dotless = append(dotless, c)
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			key = append(key, c)
		}
	}
	hasDot := len(dotless) != len(cand)
	if !ascii {
		key = prose.AppendFold(buf[:0], string(dotless))
	}
	for _, e := range entries.lookup(key) {
		switch {
		case !e.dotted:
			if string(dotless) == e.dotless {
				return true
			}
		case utf8.RuneCountInString(e.dotless) == 1:
			if cand == e.phrase {
				return true // a one-letter title (H.) only with its period
			}
		case hasDot:
			if titleStartsUpper(cand) == titleStartsUpper(e.phrase) {
				return true
			}
		case e.internal && afterComma:
			if string(dotless) == e.dotless || strings.EqualFold(string(dotless), e.dotless) && prose.IsUpperWord(string(dotless)) {
				return true // "Budi, SE, MM"
			}
		case !e.internal && capNext:
			if string(dotless) == e.dotless {
				return true // "Dr Budi"
			}
		}
	}
	return false
}

func titleStartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isCertification reports a short ALL-CAPS token such as CEH or CPA, which
// counts as a title in a list of degrees after a name.
func isCertification(s string) bool {
	if !prose.IsUpperWord(s) || strings.ContainsAny(s, "0123456789") {
		return false
	}
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 5
}

// followsTitle reports whether only a comma and spaces stand between the
// previous title and the next token.
func followsTitle(text string, prevEnd, start int) bool {
	return strings.Trim(text[prevEnd:start], ", ") == ""
}

// byteBeforeSpaces returns the last non-space byte before off, or 0.
func byteBeforeSpaces(text string, off int) byte {
	for off > 0 {
		off--
		if text[off] != ' ' && text[off] != '\t' {
			return text[off]
		}
	}
	return 0
}

// capitalWordFollows reports whether the next word after off, on the same line,
// starts with a capital letter.
func capitalWordFollows(text string, off int) bool {
	for off < len(text) && (text[off] == ' ' || text[off] == '\t') {
		off++
	}
	if off >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[off:])
	return unicode.IsUpper(r)
}

// The word lists read here, resolved once (wordList).
var (
	listHeadingWords   = wordList("heading-words")
	listNameCompanions = wordList("name-companions")
	listNameConnectors = wordList("name-connectors")
)

// namesOfficials reports whether a run of capitalised words is a chain of
// names and titles rather than a Title Case heading: it holds a title token
// or an office word ("Kepala", "Dinas", "Minister", "Ministry"), and no
// word after its first is a capitalised heading word ("Tetap", "Buka",
// "For"), which a chain of names writes in lower case.
func namesOfficials(a *Analysis, run prose.Span, titles []titleToken) bool {
	offices := listSet(a, listOfficeWords, bothLangs)
	headings := listSet(a, listHeadingWords, bothLangs)
	office := false
	for _, t := range titles {
		if t.Start >= run.Start && t.End <= run.End {
			office = true
		}
	}
	for i, w := range a.WordsIn(run) {
		word := prose.FoldString(a.Text[w.Start:w.End])
		if offices.Has(word) {
			office = true
		}
		if headings.Has(word) && i > 0 && startsUpper(a.Text[w.Start:w.End]) {
			return false
		}
	}
	if !office {
		// Two-word offices ("wali kota", "duta besar").
		for _, m := range matchBoth(a, listOfficeWords) {
			if m.Start >= run.Start && m.End <= run.End {
				return true
			}
		}
	}
	return office
}

// nameConnectors returns the entries of name-connectors and
// name-companions in both languages by folded phrase, as one set (a
// name-companions entry standing for a connector that folds alike).
func nameConnectors(a *Analysis) WordSet {
	if a.lexicon == nil {
		return WordSet{}
	}
	return a.lexicon.derived(derivedNameConnectors, func() any {
		connectors, companions := listSet(a, listNameConnectors, bothLangs), listSet(a, listNameCompanions, bothLangs)
		return wordSetOf(slices.Concat(connectors.lists(), companions.lists()))
	}).(WordSet)
}

// leadingNameRun returns the run of capitalised words, titles and the
// punctuation between them that opens the post (after a dateline), up to
// the first lower-case word that is not a name connector. The run stays
// inside the first line and sentence. byVerb reports whether a lower-case
// word (the verb, as far as the rule can tell), a hashtag or a mention
// ends the run: a run that fills its line or sentence, or stops at a
// number or a symbol, is a Title Case heading ("Pelayanan Administrasi
// Kependudukan Hari Sabtu"), not names before a verb.
//
// A name companion ("didampingi", "bersama", "accompanied by") continues
// the run like a connector when a capitalised word follows: the officials
// it adds are part of the chain.
//
// from and limit are nameRunBounds(a); titles must hold those that start
// before limit.
func leadingNameRun(a *Analysis, titles []titleToken, from, limit int) (span prose.Span, byVerb bool) {
	text := a.Text
	connectors := nameConnectors(a)
	titleAt := map[int]int{}
	for _, t := range titles {
		titleAt[t.Start] = t.End
	}
	toks := a.Tokens()
	start, end := -1, -1
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Start < from {
			continue
		}
		if t.End > limit {
			break
		}
		w := text[t.Start:t.End]
		if start < 0 {
			if t.Kind != prose.Word {
				continue // leading emoji and punctuation
			}
			start = t.Start
		}
		if te, ok := titleAt[t.Start]; ok {
			end = te
			for i+1 < len(toks) && toks[i+1].Start < te {
				i++
			}
			continue
		}
		switch t.Kind {
		case prose.Word:
			if inEntity(a.Hashtags(), t.Start) || inMention(a, t.Start) {
				return nameRunSpan(start, end), true
			}
			if startsUpper(w) {
				end = t.End
				continue
			}
			if connectors.Has(prose.FoldString(w)) && nextWordCapitalised(text, toks, i, connectors) {
				continue
			}
			return nameRunSpan(start, end), true
		case prose.Punct:
			switch w {
			case ",", "(", ".", "'", "’", "&", "/", "-":
				continue
			case ")":
				end = t.End
				continue
			}
			return nameRunSpan(start, end), false
		default:
			return nameRunSpan(start, end), false
		}
	}
	return nameRunSpan(start, end), false
}

// nameRunBounds returns where the leading run of names may start, after
// a dateline, and the end of the first line and sentence from there, which
// the run stays inside.
func nameRunBounds(a *Analysis) (from, limit int) {
	text := a.Text
	if _, end, ok := a.dateline(); ok {
		from = end
	}
	limit = len(text)
	if nl := strings.IndexByte(text[from:], '\n'); nl >= 0 {
		limit = from + nl
	}
	for _, s := range a.Sentences() {
		if s.End > from {
			limit = min(limit, s.End)
			break
		}
	}
	return from, limit
}

func nameRunSpan(start, end int) prose.Span {
	if start < 0 || end < start {
		return prose.Span{}
	}
	return prose.Span{Start: start, End: end}
}

// nextWordCapitalised reports whether the next word after toks[i] that is
// not a connector ("of the City") starts with a capital letter.
func nextWordCapitalised(text string, toks []prose.Token, i int, connectors WordSet) bool {
	for j := i + 1; j < len(toks); j++ {
		switch toks[j].Kind {
		case prose.Word:
			w := text[toks[j].Start:toks[j].End]
			if connectors.Has(prose.FoldString(w)) && !startsUpper(w) {
				continue
			}
			return startsUpper(w)
		case prose.Punct:
			continue
		}
		return false
	}
	return false
}

// Requires declares the analysis views the rule reads.
func (*HookTitleChain) Requires() []AnyView {
	return []AnyView{viewTitleChain, viewWords, viewFolded}
}
