package rules

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/lazyre"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// FillerPhrase notes bureaucratic filler, redundancy and hidden verbs, with
// the plainer replacement: "dalam rangka" → "untuk", "melakukan
// pemeriksaan" → "memeriksa", "in order to" → "to", "conduct an analysis" →
// "analyze". Phrases inside quotation marks are someone's words and are
// left alone.
type FillerPhrase struct{}

func init() { register("filler-phrase", func() Rule { return &FillerPhrase{} }) }

// Doc documents the rule.
func (*FillerPhrase) Doc() lint.Doc {
	return lint.Doc{
		ID:        "filler-phrase",
		Category:  lint.CategoryClarity,
		Severity:  lint.Info,
		Summary:   i18n.English("bureaucratic filler and hidden verbs, with the plainer replacement"),
		Rationale: i18n.English("The US Federal Plain Language Guidelines ask for simple words and for verbs instead of nouns made from them (\"analyze\", not \"conduct an analysis\"). Indonesian style guides on kalimat efektif ask for the same economy: \"dalam rangka\", \"adalah merupakan\", \"agar supaya\" and \"melakukan pemeriksaan\" add words but no meaning. Lists: words/<lang>/filler-phrases.txt (\"phrase => replacement\"), extendable with [words.<lang>] filler-phrases = [\"phrase => replacement\"]; hidden verbs are also found by pattern."),
		Source:    "US Federal Plain Language Guidelines, \"Use simple words and phrases\" and \"Avoid hidden verbs\"; Indonesian guides to effective, economical sentences (Sastranesia, 2019, and iTekno)",
		Bad:       i18n.English("In order to improve services, the office will conduct an inspection of all branches."),
		Good:      i18n.English("To improve services, the office will inspect all branches."),
		Fixable:   true,
	}
}

// hiddenVerbRes are the hidden-verb patterns of content-rules.md §2: a
// light verb and an article or nothing, then a noun made from a verb.
var hiddenVerbRes = map[string]*lazyre.Regexp{
	i18n.ID: lazyre.New(`(?i)\b(?:melakukan|melaksanakan|mengadakan|memberikan) ((?:pe|peng|pem|pen|peny)\w+an)\b`),
	i18n.EN: lazyre.New(`(?i)\b(?:conduct(?:s|ed|ing)?|carr(?:y|ies|ied|ying) out|mak(?:e|es|ing)|made|perform(?:s|ed|ing)?|undert(?:ake|akes|aking|ook)|provid(?:e|es|ed|ing)) (?:an?|the) (\w+(?:tion|sion|ment|ance|ence|al))\b`),
}

// hiddenVerbNeedles are literals every match of a hidden-verb pattern
// holds, compared without ASCII case: a post that lacks one from each
// group skips the pattern, whose search is among the slowest of a post.
// Every Indonesian verb of the pattern ends in "an" and every noun starts
// with "pe"; an English match has a verb stem, then a space, an article
// and a space. A letter that folds to a character outside ASCII (k to the
// Kelvin sign) is listed in both forms, so the check never misses a match
// of the case-insensitive pattern (TestHiddenVerbNeedles).
var hiddenVerbNeedles = map[string][][]string{
	i18n.ID: {{"an pe"}},
	i18n.EN: {
		{"conduct", "carr", "mak", "ma\u212a", "made", "perform", "undert", "provid"},
		{" a ", " an ", " the "},
	},
}

// hiddenVerbGroups are hiddenVerbNeedles' groups as needle sets.
var hiddenVerbGroups = func() map[string][]*foldNeedleSet {
	m := map[string][]*foldNeedleSet{}
	for lang, groups := range hiddenVerbNeedles {
		for _, g := range groups {
			m[lang] = append(m[lang], newFoldNeedleSet(g))
		}
	}
	return m
}()

// mayHideVerb reports whether text holds a needle of each group of lang.
func mayHideVerb(text, lang string) bool {
	for _, group := range hiddenVerbGroups[lang] {
		if !group.in(text) {
			return false
		}
	}
	return true
}

// foldNeedleSet is a set of needles in lower case that containsFoldASCII
// would look for one at a time. Several needles start with the same byte,
// or with a byte as frequent as a space, so a search per needle ran
// strings.IndexByte from nearly every candidate position over and over;
// one pass over the text, with a table of first bytes, finds them all.
type foldNeedleSet struct {
	needles []string
	first   [256]bool // the needles' first bytes, in both ASCII cases
	anchor  int       // of a set of one needle: where its rarest byte is
}

// commonBytes are the bytes most frequent in Indonesian and English posts,
// most frequent first: a needle is best searched for by a byte late in
// this list or not in it.
const commonBytes = " aenitrsokmludgphbyc"

// newFoldNeedleSet returns the set of needles; none may be empty.
func newFoldNeedleSet(needles []string) *foldNeedleSet {
	s := &foldNeedleSet{needles: needles}
	if len(needles) == 1 {
		// "an pe" starts with the commonest letter of Indonesian; its "p"
		// is rarer, and strings.IndexByte skips more text between them.
		rank := func(c byte) int {
			if i := strings.IndexByte(commonBytes, c); i >= 0 {
				return i
			}
			return len(commonBytes)
		}
		for i := range needles[0] {
			if rank(needles[0][i]) > rank(needles[0][s.anchor]) {
				s.anchor = i
			}
		}
	}
	for _, n := range needles {
		c := n[0]
		s.first[c] = true
		if c >= 'a' && c <= 'z' {
			s.first[c-'a'+'A'] = true
		}
	}
	return s
}

// in reports whether text holds one of the needles, comparing ASCII
// letters without case: whether containsFoldASCII(text, n) for some n.
func (s *foldNeedleSet) in(text string) bool {
	if len(s.needles) == 1 {
		return containsFoldASCIIAt(text, s.needles[0], s.anchor)
	}
	for i := 0; i < len(text); i++ {
		if !s.first[text[i]] {
			continue
		}
		for _, n := range s.needles {
			if startsFoldASCII(text[i:], n) {
				return true
			}
		}
	}
	return false
}

// containsFoldASCIIAt is containsFoldASCII(s, needle) for a non-empty
// needle, found by the byte at needle[anchor] in either case.
func containsFoldASCIIAt(s, needle string, anchor int) bool {
	if len(needle) > len(s) {
		return false
	}
	room := s[anchor : len(s)-len(needle)+anchor+1] // where the anchor byte may be
	c := needle[anchor]
	if c >= 'a' && c <= 'z' && foundFoldASCIIAt(s, room, c-'a'+'A', needle) {
		return true
	}
	return foundFoldASCIIAt(s, room, c, needle)
}

// foundFoldASCIIAt reports whether needle starts in s as far before one of
// the bytes c of room as room starts after s: room is s[anchor:] cut short.
func foundFoldASCIIAt(s, room string, c byte, needle string) bool {
	for from := 0; ; {
		i := strings.IndexByte(room[from:], c)
		if i < 0 {
			return false
		}
		from += i
		if startsFoldASCII(s[from:], needle) {
			return true
		}
		from++
	}
}

// startsFoldASCII reports whether s starts with needle, comparing ASCII
// letters without case as containsFoldASCII does (needle in lower case;
// other bytes compare exactly).
func startsFoldASCII(s, needle string) bool {
	if len(s) < len(needle) {
		return false
	}
	for j := 0; j < len(needle); j++ {
		if lowerASCII(s[j]) != needle[j] {
			return false
		}
	}
	return true
}

// containsFoldASCII reports whether s contains needle, comparing ASCII
// letters without case (needle in lower case). In a long s, candidates are
// found with strings.IndexByte, once for each case of the needle's first
// byte, so the bytes between them are skipped in bulk rather than compared
// one by one.
func containsFoldASCII(s, needle string) bool {
	if len(needle) == 0 {
		return true
	}
	if len(needle) > len(s) {
		return false
	}
	if len(s) <= 2*len(needle)+16 {
		// Too short for the skipping to pay: compare at every offset.
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
	first, other := needle[0], needle[0]
	if first >= 'a' && first <= 'z' {
		other = first - 'a' + 'A'
	}
	room := s[:len(s)-len(needle)+1] // where a match may start
	next := func(c byte, from int) int {
		if i := strings.IndexByte(room[from:], c); i >= 0 {
			return from + i
		}
		return len(room)
	}
	lo, up := next(first, 0), len(room)
	if other != first {
		up = next(other, 0)
	}
	for {
		i := min(lo, up)
		if i >= len(room) {
			return false
		}
		j := 1
		for j < len(needle) && lowerASCII(s[i+j]) == needle[j] {
			j++
		}
		if j == len(needle) {
			return true
		}
		if i == lo {
			lo = next(first, i+1)
		} else {
			up = next(other, i+1)
		}
	}
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

type fillerHit struct {
	start, end int
	lang       string
	suggestion string
	hidden     bool   // found by the hidden-verb pattern
	skipped    string // leading punctuation of the list entry left out of the span
}

// The word lists read here, resolved once (wordList).
var (
	listFillerPhrases        = wordList("filler-phrases")
	listHiddenVerbExceptions = wordList("hidden-verb-exceptions")
)

// fillerAdviceCache turns each suggestion of the filler-phrases lists into
// advice once per lexicon, not once per finding, and only the suggestions
// findings need: building the advice of all the lists' entries up front
// cost a one-draft run more than its findings did.
type fillerAdviceCache struct {
	m sync.Map // suggestion → i18n.Text
}

// get returns fillerSuggestion(s), made once; a nil cache makes it anew.
func (c *fillerAdviceCache) get(s string) i18n.Text {
	if c == nil {
		return fillerSuggestion(s)
	}
	if v, ok := c.m.Load(s); ok {
		return v.(i18n.Text)
	}
	v, _ := c.m.LoadOrStore(s, fillerSuggestion(s))
	return v.(i18n.Text)
}

// fillerAdvice returns the lexicon's advice cache, nil without a lexicon.
func fillerAdvice(l *Lexicon) *fillerAdviceCache {
	if l == nil {
		return nil
	}
	return l.derived(derivedFillerAdvice, func() any { return &fillerAdviceCache{} }).(*fillerAdviceCache)
}

// Check matches the lists and the hidden-verb patterns.
func (*FillerPhrase) Check(p *Pass) {
	a := p.Text
	var hits []fillerHit
	for _, m := range a.Match(listFillerPhrases) {
		start := m.Start
		// A leading comma is context (", di mana"), not part of the phrase.
		toks := a.Tokens()
		for k := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= m.Start }); k < len(toks) && toks[k].Start < m.End; k++ {
			if toks[k].Kind != prose.Punct {
				start = toks[k].Start
				break
			}
		}
		if a.InQuotes(m.Start, m.End) {
			continue
		}
		hits = append(hits, fillerHit{start: start, end: m.End, lang: m.Entry.Lang, suggestion: m.Entry.Suggestion, skipped: a.Text[m.Start:start]})
	}
	listed := len(hits)
	exceptions := listSet(a, listHiddenVerbExceptions, bothLangs)
	for _, lang := range p.Langs() {
		if !mayHideVerb(a.Text, lang) {
			continue
		}
		for _, loc := range hiddenVerbRes[lang].FindAllStringSubmatchIndex(a.Text, -1) {
			start, end := loc[0], loc[1]
			noun := strings.ToLower(a.Text[loc[2]:loc[3]])
			if exceptions.Has(noun) || lang == i18n.EN && strings.HasSuffix(noun, "al") && len(noun) < 7 {
				continue
			}
			if overlapsHit(hits[:listed], start, end) || a.InQuotes(start, end) {
				continue
			}
			hits = append(hits, fillerHit{start: start, end: end, lang: lang, hidden: true})
		}
	}
	slices.SortStableFunc(hits, func(x, y fillerHit) int { return cmp.Compare(x.start, y.start) })
	for _, h := range hits {
		phrase := a.Text[h.start:h.end]
		if h.hidden {
			example := i18n.T(`"melakukan pemeriksaan" → "memeriksa"`, `"melakukan pemeriksaan" → "memeriksa"`)
			if h.lang == i18n.EN {
				example = i18n.T(`"conduct an analysis" → "analyze"`, `"conduct an analysis" → "analyze"`)
			}
			p.Report(Report{
				Start: h.start, End: h.end,
				Message:    i18n.Sprintf("hidden verb %q: the action is buried in a noun", "kata kerja tersembunyi %q: tindakannya terkubur dalam kata benda", phrase),
				Suggestion: i18n.Sprintf("use the verb itself (%s)", "pakai kata kerjanya langsung (%s)", example),
			})
			continue
		}
		r := Report{
			Start: h.start, End: h.end,
			Message:    i18n.Sprintf("wordy phrase %q", "frasa bertele-tele %q", phrase),
			Suggestion: fillerAdvice(a.lexicon).get(h.suggestion),
		}
		if rep, ok := fillerReplacement(h.suggestion, h.skipped, phrase); ok {
			r.Fix = &Fix{Start: h.start, End: h.end, Text: rep}
		}
		p.Report(r)
	}
}

// fillerSuggestion turns a list's "=> suggestion" into advice: "(hapus)" and
// "(omit)" mean delete, "(tulis ulang: …)" and "(rewrite: …)" mean reword,
// anything else is the replacement, with " / " between alternatives.
func fillerSuggestion(s string) i18n.Text {
	s = strings.TrimSpace(s)
	low := strings.ToLower(s)
	switch {
	case s == "":
		return i18n.T("say it in fewer, plainer words", "katakan dengan kata yang lebih sedikit dan lugas")
	case low == "(hapus)" || low == "(omit)" || low == "(delete)":
		return i18n.T("delete it: the sentence says the same without it", "hapus saja: kalimatnya tetap utuh tanpa frasa ini")
	case strings.HasPrefix(low, "(tulis ulang") || strings.HasPrefix(low, "(rewrite"):
		hint := strings.TrimSuffix(s[1:], ")")
		for _, verb := range []string{"tulis ulang", "rewrite"} {
			if len(hint) >= len(verb) && strings.EqualFold(hint[:len(verb)], verb) {
				hint = hint[len(verb):]
			}
		}
		hint = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(hint), ":"))
		if hint == "" {
			return i18n.T("rewrite the sentence more directly", "tulis ulang kalimatnya dengan lebih langsung")
		}
		return i18n.Sprintf("rewrite it (%s)", "tulis ulang (%s)", hint)
	}
	alts := strings.Split(s, "/")
	for i, alt := range alts {
		alts[i] = "\"" + strings.TrimSpace(alt) + "\""
	}
	return i18n.Sprintf("write %s", "tulis %s", i18n.T(strings.Join(alts, " or "), strings.Join(alts, " atau ")))
}

// fillerReplacement returns the fix for a listed phrase: the list's
// replacement when it is exactly one ("dalam rangka => untuk"), not a
// choice ("a / b"), a deletion or a rewrite, with the phrase's capitals
// ("Dalam rangka" → "Untuk", "IN ORDER TO" → "TO"). skipped is the
// punctuation the span leaves out, which the replacement must start with.
// Only phrases of two or more words are fixed: they are set expressions
// with one sense, while a single word may be used in another sense or
// construction than the list's ("tepat guna" is not "tepat untuk",
// "facilitate access" is not "help access").
func fillerReplacement(sugg, skipped, phrase string) (string, bool) {
	if !twoFields(phrase) {
		return "", false
	}
	rep := strings.TrimSpace(sugg)
	if skipped = strings.TrimSpace(skipped); skipped != "" {
		cut, ok := strings.CutPrefix(rep, skipped)
		if !ok {
			return "", false
		}
		rep = strings.TrimSpace(cut)
	}
	if rep == "" || strings.HasPrefix(rep, "(") || strings.Contains(rep, "/") {
		return "", false
	}
	lower, upper := caseCounts(phrase)
	first, _ := utf8.DecodeRuneInString(phrase)
	switch {
	case upper > 1 && lower == 0:
		return strings.ToUpper(rep), true
	case unicode.IsUpper(first):
		r, n := utf8.DecodeRuneInString(rep)
		return string(unicode.ToUpper(r)) + rep[n:], true
	}
	return rep, true
}

// twoFields reports whether s holds two or more words as strings.Fields
// cuts it, without making the slice.
func twoFields(s string) bool {
	words, inWord := 0, false
	for _, r := range s {
		switch space := unicode.IsSpace(r); {
		case space:
			inWord = false
		case !inWord:
			if words++; words == 2 {
				return true
			}
			inWord = true
		}
	}
	return false
}

// overlapsHit reports whether the span overlaps a hit.
func overlapsHit(hits []fillerHit, start, end int) bool {
	for _, h := range hits {
		if start < h.end && h.start < end {
			return true
		}
	}
	return false
}

// Requires declares the analysis views the rule reads.
func (*FillerPhrase) Requires() []AnyView {
	return []AnyView{viewTokens, viewQuoted, viewFolded}
}
