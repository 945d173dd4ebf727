package rules

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/lazyre"
	"github.com/postlint/postlint/internal/strindex"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
	"golang.org/x/text/unicode/norm"
)

// Acronym reports government acronyms and short forms that the post does
// not explain, in one finding per post: the span is the first of them, the
// message lists them all, and the finding is a note for up to two distinct
// ones and a warning for more, or when the post holds a chain of three or
// more short forms in a row ("Asdep Humas Kemensetneg"), which the same
// finding names. One finding per post, because a sentence with ten
// acronyms is one problem to fix, not eleven.
//
// Candidates are the listed government short forms (government-acronyms,
// matched with their case), ALL-CAPS words of 2–7 letters, and, in
// Indonesian posts, capitalised words that follow the short-form patterns
// Kemen-, Dis-, Pemprov/Pemkab/Pemkot, Setda/Setneg/Setkab, Bapp-,
// Kabag/Kabid/Kadis/Kasi/Kasubbag and Perda/Perbup/Perwal/Pergub/Perpres/
// Permen (not at the start of a sentence, where any word is capitalised).
// Skipped: the allowlist of acronyms most readers know (KTP, BPJS, UMKM,
// RSUD, QR, …, with a tail too: "MRT-J"), hashtags, mentions and links,
// Roman numerals, words with digits (COVID-19), ALL-CAPS in a sentence
// written in capitals, and words in capitals that are not acronyms at all:
// ordinary words of either language written for emphasis (common-words
// lists, also under Indonesian affixes: "LOLOS", "DIBUKA", "WOW", "AMIN",
// "AAMIIN"), a fact-check label ("[HOAKS]", "FALSE:"), fake bold or italic
// letters ("𝗡𝗘𝗪", reported by fake-formatting), a person's initials
// before an age or after "berinisial"/"initials" ("DN (32)") and a quoted
// keyword readers are asked to type ('Komen "UDUK"').
//
// An acronym is explained when it stands in brackets after its full name
// ("Kementerian Sekretariat Negara (Kemensetneg)"), is followed by its full
// name in brackets ("Disdukcapil (Dinas …)"), when the post contains its
// listed full name, or when the initials of a run of capitalised words
// spell it ("Badan Penanggulangan Bencana Daerah … BPBD").
type Acronym struct {
	MaxUndefined int `toml:"max_undefined"`
	ChainMin     int `toml:"chain_min"`
	MaxLetters   int `toml:"max_letters"`
}

func init() {
	register("acronym", func() Rule { return &Acronym{MaxUndefined: 2, ChainMin: 3, MaxLetters: 7} })
}

// Doc documents the rule.
func (*Acronym) Doc() lint.Doc {
	return lint.Doc{
		ID:        "acronym",
		Category:  lint.CategoryClarity,
		Severity:  lint.Warning,
		Summary:   i18n.English("government acronyms the post does not explain, and chains of short forms"),
		Rationale: i18n.English("The US Federal Plain Language Guidelines: define an abbreviation the first time you use it and use no more than two or three in a text. The Ministry of Trade's own social-media handbook blames a tweet's lack of engagement on the short form UPTD and other technical terms. Office short forms such as Disdukcapil, Asdep or Kemensetneg mean nothing to most readers; well-known ones (KTP, BPJS, UMKM, RSUD, QR) are allowed, and words in capitals that are ordinary words (LOLOS, GRATIS, WOW, AMIN), fact-check labels ([HOAKS]), fake bold letters and a person's initials (DN (32)) are not acronyms. The post gets one finding that lists its unexplained acronyms: a note for up to max_undefined, a warning above that or with a chain of short forms. Lists: words/id/government-acronyms.txt (with full names), acronym-chain-words.txt, acronym-lookalikes.txt and words/<lang>/acronym-allowlist.txt and common-words.txt, extendable with [words.<lang>] acronym-allowlist = [...]."),
		Source:    "US Federal Plain Language Guidelines, \"Minimize abbreviations\" (define a short form the first time, and use few); The Ministry of Trade's social-media handbook (Kementerian Perdagangan), on a ministry tweet whose unexplained short forms such as UPTD won no engagement",
		Bad:       i18n.English("Asdep Humas Kemensetneg received the Facebook team to discuss SPBE."),
		Good:      i18n.English("The public relations office of the Ministry of State Secretariat (Kemensetneg) met the Facebook team to discuss e-government."),
		Options: []lint.OptionDoc{
			{Name: "max_undefined", Help: i18n.English("distinct unexplained acronyms allowed before a warning")},
			{Name: "chain_min", Help: i18n.English("short forms in a row that make a chain (0: off)")},
			{Name: "max_letters", Help: i18n.English("longest ALL-CAPS word taken for an acronym")},
		},
	}
}

// Validate checks the options.
func (r *Acronym) Validate() error {
	if r.MaxUndefined < 0 || r.ChainMin < 0 || r.MaxLetters < 2 {
		return fmt.Errorf("max_undefined and chain_min must not be negative and max_letters must be at least 2")
	}
	return nil
}

// acronymPrefixes start the Indonesian short forms of government offices
// and regulations (Kemenkes, Diskominfo, Pemkot, Setda, Bappeda, Kadis,
// Perbup): content-rules.md READ-04.
var acronymPrefixes = []string{"Kemen", "Kemenko", "Dis", "Pemprov", "Pemkab", "Pemkot", "Setda", "Setneg", "Setkab",
	"Bapp", "Kabag", "Kabid", "Kadis", "Kasi", "Kasubbag", "Perda", "Perbup", "Perwal", "Pergub", "Perpres", "Permen"}

// acronymPrefix reports whether word (the part of a word before any
// hyphen) is such a short form: a prefix followed by nothing but
// lower-case ASCII letters. It is the pattern
// ^(?:Kemen|…|Permen)[a-z]*$ without compiling a regular expression, which
// every process paid for on its first capitalised word
// (TestAcronymPrefixIsThePattern).
func acronymPrefix(word string) bool {
	if word == "" {
		return false
	}
	for _, p := range acronymPrefixes {
		if p[0] != word[0] {
			continue // the first letter rules out most prefixes before a comparison
		}
		if rest, ok := strings.CutPrefix(word, p); ok && onlyLowerASCII(rest) {
			return true
		}
	}
	return false
}

// onlyLowerASCII reports whether s holds only the letters a to z.
func onlyLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// romanNumeral reports whether w is a Roman numeral up to XXXIX (Bab IV,
// Kabinet Jilid II), or empty: the pattern ^X{0,3}(?:IX|IV|V?I{0,3})$
// scanned by hand (TestRomanNumeralIsThePattern), since most capitalised
// words of a post are checked.
func romanNumeral(w string) bool {
	i := 0
	for i < len(w) && i < 3 && w[i] == 'X' {
		i++
	}
	rest := w[i:]
	if rest == "IX" || rest == "IV" {
		return true
	}
	rest = strings.TrimPrefix(rest, "V")
	for n := 0; n < 3 && strings.HasPrefix(rest, "I"); n++ {
		rest = rest[1:]
	}
	return rest == ""
}

// acronymKind says why a word is an acronym candidate.
type acronymKind int

const (
	acroListed    acronymKind = iota // government-acronyms
	acroCaps                         // ALL-CAPS word
	acroPrefix                       // Indonesian short-form pattern
	acroChainOnly                    // acronym-chain-words: only in chains
	acroAllowed                      // acronym-allowlist: only in chains
)

type acronymCand struct {
	start, end int
	text       string
	expansion  string
	kind       acronymKind
}

// Check finds the candidates, decides which are explained, and reports.
func (r *Acronym) Check(p *Pass) {
	a := p.Text
	// Most posts have fewer candidates than this: they stay on the stack.
	var room [8]acronymCand
	cands := r.candidates(p, room[:0])
	if _, end, ok := a.dateline(); ok {
		kept := cands[:0]
		for _, c := range cands {
			if c.start >= end {
				kept = append(kept, c)
			}
		}
		cands = kept
	}
	if len(cands) == 0 {
		return
	}
	// Most posts explain nothing and list a few acronyms: the sets stay nil
	// or small, and the post is folded only for an acronym with a listed
	// full name.
	var defined map[string]bool
	folded, foldedOK := "", false
	fold := func() string {
		if !foldedOK {
			folded, foldedOK = prose.FoldString(a.Text), true
		}
		return folded
	}
	for _, c := range cands {
		if c.kind == acroListed || c.kind == acroCaps || c.kind == acroPrefix {
			if acronymExplained(a, c, fold) {
				if defined == nil {
					defined = map[string]bool{}
				}
				defined[c.text] = true
			}
		}
	}
	var undefined []acronymCand
	var seen map[string]bool // the texts of undefined, once it is too long to scan
	for _, c := range cands {
		if c.kind == acroChainOnly || c.kind == acroAllowed || defined[c.text] {
			continue
		}
		if seen == nil && len(undefined) >= 16 {
			seen = make(map[string]bool, 2*len(undefined))
			for _, u := range undefined {
				seen[u.text] = true
			}
		}
		if seen != nil {
			if seen[c.text] {
				continue
			}
			seen[c.text] = true
		} else if slices.ContainsFunc(undefined, func(u acronymCand) bool { return u.text == c.text }) {
			continue
		}
		undefined = append(undefined, c)
	}
	var chain *acronymChain
	if r.ChainMin > 0 {
		chain = r.firstChain(a.Text, cands)
	}
	r.report(p, undefined, chain)
}

// acronymChain is a run of short forms separated only by spaces.
type acronymChain struct {
	start, end, n int
}

// report gives the post one finding: the unexplained acronyms, listed in
// one message with the span on the first of them, and the first chain of
// short forms when there is one. One finding per post keeps the report
// readable (a sentence with ten acronyms is one problem, not eleven); its
// severity is info for up to max_undefined acronyms, warning above that or
// with a chain.
func (r *Acronym) report(p *Pass, undefined []acronymCand, chain *acronymChain) {
	if len(undefined) == 0 && chain == nil {
		return
	}
	text := p.Text.Text
	var msg i18n.Text
	sev := lint.Info
	start, end := 0, 0
	switch n := len(undefined); {
	case n == 0:
		start, end = chain.start, chain.end
	case n == 1:
		msg = i18n.Sprintf("acronym %q is not explained in the post", "singkatan %q tidak dijelaskan di unggahan ini", undefined[0].text)
	case n <= r.MaxUndefined:
		msg = i18n.Sprintf("%d acronyms are not explained in the post (%s)", "%d singkatan tidak dijelaskan di unggahan ini (%s)", n, acronymNames(undefined))
	default:
		sev = lint.Warning
		msg = i18n.Sprintf("%d unexplained acronyms (%s): more than %d loses readers",
			"%d singkatan tanpa penjelasan (%s): lebih dari %d membuat pembaca berhenti", n, acronymNames(undefined), r.MaxUndefined)
	}
	if len(undefined) > 0 {
		start, end = undefined[0].start, undefined[0].end
	}
	if chain != nil {
		sev = lint.Warning
		chainMsg := i18n.Sprintf("chain of %d short forms %q: hard to read", "rangkaian %d singkatan %q: sulit dibaca", chain.n, text[chain.start:chain.end])
		if msg.EN == "" {
			msg = chainMsg
		} else {
			msg = i18n.Sprintf("%s; %s", "%s; %s", msg, chainMsg)
		}
	}
	sugg := i18n.T("explain each at first use: the full name with the short form in brackets after it, or plain words (\"the city health office\" instead of \"Dinkes\")",
		"jelaskan masing-masing saat pertama muncul: nama lengkap dengan singkatannya dalam kurung, atau kata biasa (\"dinas kesehatan kota\" alih-alih \"Dinkes\")")
	if len(undefined) > 0 && undefined[0].expansion != "" {
		c := undefined[0]
		sugg = i18n.Sprintf("explain each at first use, e.g. \"%s (%s)\", or use plain words", "jelaskan masing-masing saat pertama muncul, misalnya \"%s (%s)\", atau pakai kata biasa", c.expansion, c.text)
	} else if len(undefined) == 0 {
		sugg = i18n.T("write it as people would say it (\"the public relations office of the Ministry of State Secretariat\")",
			"tulis seperti yang diucapkan orang (\"bagian humas Kementerian Sekretariat Negara\")")
	}
	p.Report(Report{Start: start, End: end, Severity: sev, Message: msg, Suggestion: sugg})
}

// acronymNames joins the acronyms for a message.
func acronymNames(cs []acronymCand) string {
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.text
	}
	return strings.Join(names, ", ")
}

// firstChain returns the first run of ChainMin or more candidates separated
// only by spaces, or nil.
func (r *Acronym) firstChain(text string, cands []acronymCand) *acronymChain {
	for i := 0; i < len(cands); {
		j := i + 1
		for j < len(cands) && strings.Trim(text[cands[j-1].end:cands[j].start], " \t") == "" && cands[j-1].end < cands[j].start {
			j++
		}
		if j-i >= r.ChainMin {
			return &acronymChain{start: cands[i].start, end: cands[j-1].end, n: j - i}
		}
		i = j
	}
	return nil
}

// acronymChainWords returns the phrases of acronym-chain-words in both
// languages, as a set built once per lexicon, with the shape of the
// acronym allowlist's folded entries.
func acronymChainWords(a *Analysis) *chainWords {
	build := func() any {
		c := &chainWords{set: map[string]bool{}}
		for _, e := range listSet(a, listAcronymChainWords, bothLangs).All() {
			c.set[e.Phrase] = true
			c.shape.add(e.Phrase)
			c.lowerASCII = c.lowerASCII || lowerASCIIWord(e.Phrase)
		}
		for key := range listSet(a, listAcronymAllowlist, bothLangs).All() {
			c.allowShape.add(key)
		}
		return c
	}
	if a.lexicon == nil {
		return build().(*chainWords)
	}
	return a.lexicon.derived(derivedChainWords, build).(*chainWords)
}

// chainWords is the acronym-chain-words set, matched as written.
type chainWords struct {
	set map[string]bool
	// shape rejects most words that are not in set without hashing them.
	shape wordShape
	// allowShape is the shape of the acronym allowlist's folded entries:
	// most capitalised words of a post ("Dinas", "Jakarta") are not on
	// the list, and allowed rejects them without a look-up.
	allowShape wordShape
	// lowerASCII records an entry that lowerASCIIWord holds for: only then
	// can a word without capitals be a chain word, and need looking up.
	lowerASCII bool
}

// has reports whether word is a chain word.
func (c *chainWords) has(word string) bool {
	return c.shape.mayHold(word) && c.set[word]
}

// allowed reports whether allow, the acronym allowlist, holds word folded.
// fold is a buffer for the folded word.
func (c *chainWords) allowed(allow WordSet, fold []byte, word string) bool {
	key := prose.AppendFold(fold[:0], word)
	if len(key) > 0 && !c.allowShape.mayHoldEnds(len(key), key[0], key[len(key)-1]) {
		return false
	}
	return allow.Has(string(key))
}

// lowerASCIIWord reports whether w is ASCII without a capital letter.
// Such a word is no acronym candidate but for a chain word listed in lower
// case: every other kind needs an upper-case letter (startsUpper,
// prose.IsUpperWord, the prefixes), which ASCII has only in A to Z
// (TestLowerASCIIWordHasNoCapital). Most words of a post are such words,
// and the candidates loop skips them first.
func lowerASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

// wordBits marks words of a post by their index in Analysis.Words: the
// per-post sets of the acronym rule, where a map keyed by offset cost an
// allocation per word marked.
type wordBits []uint64

func newWordBits(n int) wordBits { return make(wordBits, (n+63)/64) }

func (b wordBits) set(i int) { b[i/64] |= 1 << (i % 64) }

// has reports whether word i is marked; a nil set marks nothing.
func (b wordBits) has(i int) bool { return i/64 < len(b) && b[i/64]&(1<<(i%64)) != 0 }

// wordIndex returns the index in words (sorted, not overlapping) of the
// first word starting at or after off.
func wordIndex(words []prose.Token, off int) int {
	return sort.Search(len(words), func(i int) bool { return words[i].Start >= off })
}

// singleSpaced reports whether s is already what
// strings.Join(strings.Fields(s), " ") makes of it: ASCII without leading,
// trailing or doubled spaces and without other white space. Other text may
// hold Unicode spaces and takes the slow path (TestCollapseSpaceAgreesWithFields).
func singleSpaced(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
}

// sentenceInitial reports whether word i begins a sentence or a line,
// computing the set (sentenceInitialWords) into *set on first use.
func sentenceInitial(a *Analysis, set *wordBits, i int) bool {
	if *set == nil {
		*set = sentenceInitialWords(a)
	}
	return set.has(i)
}

// isUpperOf reports whether s == strings.ToUpper(phrase), comparing ASCII
// byte by byte instead of making the upper-case copy
// (TestIsUpperOfIsToUpper).
func isUpperOf(s, phrase string) bool {
	if len(s) != len(phrase) {
		// ASCII keeps its length in upper case; other text is compared
		// in full.
		return !isASCII(phrase) && s == strings.ToUpper(phrase)
	}
	for i := 0; i < len(phrase); i++ {
		c := phrase[i]
		if c >= utf8.RuneSelf {
			return s == strings.ToUpper(phrase)
		}
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		if s[i] != c {
			return false
		}
	}
	return true
}

// isASCII reports whether s is ASCII.
func isASCII[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// The word lists read here, resolved once (wordList).
var (
	listAcronymAllowlist   = wordList("acronym-allowlist")
	listAcronymChainWords  = wordList("acronym-chain-words")
	listAcronymLookalikes  = wordList("acronym-lookalikes")
	listGovernmentAcronyms = wordList("government-acronyms")
	listReplyVerbs         = wordList("reply-verbs")
)

// candidates appends the acronym candidates to out, which must be empty,
// and returns them in text order. The caller lends out, so a post with few
// candidates allocates none.
func (r *Acronym) candidates(p *Pass, out []acronymCand) []acronymCand {
	a := p.Text
	text := a.Text
	words := a.Words()
	var covered wordBits // words inside a listed short form
	var fold [64]byte    // folding buffer for the allowlist look-ups
	allow := listSet(a, listAcronymAllowlist, bothLangs)
	for _, m := range matchBoth(a, listGovernmentAcronyms) {
		got := text[m.Start:m.End]
		got = collapseSpace(got)
		if got != m.Entry.Phrase && !isUpperOf(got, m.Entry.Phrase) || inLinkTagMention(a, m.Start) {
			continue
		}
		kind := acroListed
		if allow.Has(string(prose.AppendFold(fold[:0], got))) {
			kind = acroAllowed // a team's own allowlist wins over the built-in list
		}
		out = append(out, acronymCand{start: m.Start, end: m.End, text: got, expansion: m.Entry.Suggestion, kind: kind})
		if covered == nil {
			covered = newWordBits(len(words))
		}
		// The words a.WordsIn(m) returns: those lying within the match.
		for i := wordIndex(words, m.Start); i < len(words) && words[i].End <= m.End; i++ {
			covered.set(i)
		}
	}
	chainOnly := acronymChainWords(a)
	lookalikes := listSet(a, listAcronymLookalikes, bothLangs)
	// The views below serve only some kinds of candidate; most posts
	// never need them.
	var (
		det      *passiveDetector
		shouting wordBits
		initial  wordBits
		mask     spanCursor // inLinkTagMention, for words in text order
		masked   bool       // mask holds the entity spans
	)
	labels := labelSpans(a)
	prefixes := p.Lang != i18n.EN
	// Without a chain word in lower case, a word lowerASCIIWord holds for
	// is no candidate, and only the others are visited.
	var capsBuf [64]int
	var capitals []int // their indices, when only they are visited
	if !chainOnly.lowerASCII {
		capitals = capitalWordIndices(capsBuf[:0], text, words)
	}
	next := 0 // capitals[next] is the next word to visit
	for i := 0; i < len(words); i++ {
		if capitals != nil {
			if next == len(capitals) {
				break
			}
			i = capitals[next]
			next++
		}
		w := words[i]
		if w.Kind != prose.Word {
			continue
		}
		word := text[w.Start:w.End]
		if lowerASCIIWord(word) && (!chainOnly.lowerASCII || !chainOnly.set[word]) {
			continue
		}
		if covered.has(i) {
			continue
		}
		if !masked {
			mask, masked = spanCursor{spans: entityMask(a)}, true
		}
		if mask.covers(w.Start) {
			continue
		}
		if styledLetters(word) || prose.Spans(labels).Overlapping(w.Start, w.End) {
			continue // fake bold is emphasis; "[HOAKS]" is a fact-check label
		}
		c := acronymCand{start: w.Start, end: w.End, text: word}
		base, _, _ := strings.Cut(word, "-")
		// allowed is asked only where the kind depends on it.
		allowed := func() bool {
			if chainOnly.allowed(allow, fold[:], word) {
				return true
			}
			// "MRT-J", "KTP-el": a known acronym with a tail.
			return base != word && chainOnly.allowed(allow, fold[:], base) && prose.IsUpperWord(base)
		}
		switch {
		case chainOnly.has(word):
			c.kind = acroChainOnly
		case r.isCapsAcronym(word) || acronymPlural(word) && r.isCapsAcronym(word[:len(word)-1]):
			if shouting == nil {
				shouting = shoutedWords(a, capitals)
			}
			if shouting.has(i) || ordinaryWord(a, word) || personInitials(a, i) || replyKeyword(a, w) {
				continue
			}
			c.kind = acroCaps
			if !prose.IsUpperWord(word) {
				c.text = word[:len(word)-1] // MSMEs is the acronym MSME
				if chainOnly.allowed(allow, fold[:], c.text) {
					c.kind = acroAllowed
				}
			} else if allowed() {
				c.kind = acroAllowed
			}
		case startsUpper(word) && allowed():
			c.kind = acroAllowed // Polri, Rp
		case prefixes && len(base) >= 4 && strings.IndexByte("KDPSB", base[0]) >= 0 && // the pattern's first letters
			acronymPrefix(base) && !sentenceInitial(a, &initial, i):
			// The pattern before the sentence starts: "Dinas" and
			// "Kepala" pass the letter test in most Indonesian posts,
			// and the set of sentence starts is made for this case only.
			if det == nil {
				det = newPassiveDetector(a)
			}
			low := prose.FoldString(base)
			if lookalikes.Has(low) || det.idException(low) {
				continue
			}
			c.kind = acroPrefix
		default:
			continue
		}
		out = append(out, c)
	}
	if !slices.IsSortedFunc(out, func(x, y acronymCand) int { return cmp.Compare(x.start, y.start) }) {
		// Sorted input is left as it is; sort.Slice keeps the order of
		// equal starts it always gave. It sorts a copy because the slice
		// it is handed escapes to the heap, and out may be the caller's
		// stack buffer; unsorted candidates are rare.
		sorted := slices.Clone(out)
		sort.Slice(sorted, func(i, j int) bool { return sorted[i].start < sorted[j].start })
		return sorted
	}
	return out
}

// ordinaryWord reports whether a word in capitals is an ordinary word of
// either language written for emphasis ("LOLOS", "UNGGUL", "WOW",
// "AAMIIN"): it is in a common-words list as written, with stretched letters
// collapsed, as an English plural, or under Indonesian affixes ("DIBUKA",
// "TERBARU"). Acronym, alarm-styling, claim-without-source and
// victim-identity share it. The forms are made in stack buffers, which the
// look-ups read without copying: a word rarely needs a string of its own.
func ordinaryWord(a *Analysis, word string) bool {
	common := commonWordLangs(a)
	var foldBuf, longBuf [64]byte
	folded := prose.AppendFold(foldBuf[:0], norm.NFKC.String(word)) // styled letters read as plain ones
	if common.langsOf(string(folded)) != 0 {
		return true
	}
	if long, ok := appendElongationASCII(longBuf[:0], folded); !ok {
		if common.langsOf(normalizeWord(string(folded), normElongation)) != 0 {
			return true
		}
	} else if len(long) < len(folded) && common.langsOf(string(long)) != 0 {
		return true // the same form as folded when no letter repeats
	}
	if n := len(folded); n >= 4 && folded[n-1] == 's' && common.langsOf(string(folded[:n-1])) != 0 {
		return true // English plurals: "DAYS", "STUDENTS"
	}
	if !mayHaveIDAffix(folded) {
		return false
	}
	for _, root := range idAffixRoots(string(folded))[1:] {
		if common.langsOf(root)&commonID != 0 {
			return true
		}
	}
	return false
}

// appendElongationASCII appends normalizeWord(w, normElongation) for a
// folded word w in ASCII, runs of a repeated letter collapsed
// (TestElongationASCIIIsNormalizeWord); ok is false for other text, which
// takes normalizeWord itself.
func appendElongationASCII(dst, w []byte) (out []byte, ok bool) {
	for _, c := range w {
		if c >= utf8.RuneSelf {
			return dst, false
		}
	}
	return collapseRepeats(append(dst, w...), len(dst)), true
}

// mayHaveIDAffix reports whether idAffixRoots can find a root in a folded
// word other than the word itself: only a word with a hyphen, with one of
// idSuffixes or starting as a prefix of unprefix or the confix ke-…-an
// does (TestMayHaveIDAffixGuardsIDAffixRoots). Most acronyms have none, and
// skip the search.
func mayHaveIDAffix(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	if bytes.IndexByte(w, '-') >= 0 {
		return true
	}
	if len(w) >= 2 && w[1] == 'e' && strings.IndexByte("tbmpk", w[0]) >= 0 || w[0] == 'd' && len(w) >= 2 && w[1] == 'i' {
		return true // di-, te-, be-, me-, pe-, ke-
	}
	last := w[len(w)-1]
	for _, suf := range idSuffixes {
		// The last byte first: most words end in none of the suffixes'.
		if len(w) >= len(suf) && last == suf[len(suf)-1] && string(w[len(w)-len(suf):]) == suf {
			return true
		}
	}
	return false
}

// Languages of a common word (commonWordLangs).
const (
	commonID uint8 = 1 << iota
	commonEN
)

// commonWordLangs returns the folded entries of common-words with the
// languages of each, once per lexicon: built at build time
// (builtinCommonWordKeys in words_table.go) unless the config adds words
// to the lists.
func commonWordLangs(a *Analysis) *commonWordIndex {
	if a.lexicon == nil {
		return &commonWordIndex{}
	}
	lex := a.lexicon
	return lex.derived(derivedCommonWords, func() any {
		if !lex.extended("common-words") {
			return &commonWordIndex{
				words: strindex.FromSlots(builtinCommonWordKeys, builtinCommonWordSlots),
				langs: builtinCommonWordLangs,
			}
		}
		keys := lex.AppendPhrases(nil, "common-words", i18n.ID)
		ids := len(keys)
		return newCommonWordIndex(lex.AppendPhrases(keys, "common-words", i18n.EN), ids)
	}).(*commonWordIndex)
}

// newCommonWordIndex indexes the common words, the Indonesian ones
// (keys[:ids]) then the English ones; it folds keys in place.
func newCommonWordIndex(keys []string, ids int) *commonWordIndex {
	c := &commonWordIndex{}
	c.langs = make([]uint8, len(keys))
	for i, k := range keys {
		keys[i] = prose.FoldString(k)
		c.langs[i] = commonEN
		if i < ids {
			c.langs[i] = commonID
		}
	}
	// A word of both lists is found at its first place, which takes
	// the languages of the others.
	c.words = strindex.New(keys)
	for i, k := range keys {
		if first := c.words.Find(k); first != i {
			c.langs[first] |= c.langs[i]
		}
	}
	return c
}

// commonWordIndex is the common-words lists of both languages.
type commonWordIndex struct {
	words strindex.Index
	langs []uint8 // commonID and commonEN, by position in words
}

// langsOf returns the languages whose common-words list a folded word is
// in, 0 for none.
func (c *commonWordIndex) langsOf(word string) uint8 {
	if i := c.words.Find(word); i >= 0 {
		return c.langs[i]
	}
	return 0
}

// personInitials reports whether word i is a person's initials: two or
// three capitals right before an age in brackets ("DN (32)") or after
// "inisial", "berinisial" or "initials". Initials hide a name; they are not
// a short form to explain.
func personInitials(a *Analysis, i int) bool {
	words := a.Words()
	w := words[i]
	if letters, _ := prose.LetterCounts(a.Text[w.Start:w.End]); letters > 3 {
		return false
	}
	if after := a.Text[w.End:min(len(a.Text), w.End+12)]; ageMayFollow(after) && ageAfterRe.MatchString(after) {
		return true
	}
	if i > 0 {
		prev := prose.FoldString(a.Text[words[i-1].Start:words[i-1].End])
		if (prev == "inisial" || prev == "berinisial" || prev == "initials") && strings.TrimSpace(a.Text[words[i-1].End:w.Start]) == "" {
			return true
		}
	}
	return false
}

// replyKeyword reports a word in capitals that is the whole of a quotation
// in a sentence asking readers to type something (reply-verbs: ketik, komen,
// type, reply): 'Komen "UDUK" kalau tim nasi uduk' gives a keyword to type,
// not an acronym to explain.
func replyKeyword(a *Analysis, w prose.Token) bool {
	q, ok := trustQuoteAround(a, w.Start, w.End)
	if !ok || len(trustWordsIn(a, q)) != 1 {
		return false
	}
	s := trustSentenceOf(a, w.Start)
	return trustInLists(a, s.Start, s.End, listReplyVerbs)
}

// ageMayFollow reports whether s opens a bracket at once or after one
// space, as every match of ageAfterRe does: most words are followed by
// none, and they skip compiling and running the pattern.
func ageMayFollow(s string) bool {
	i := strings.IndexByte(s, '(')
	return i == 0 || i == 1
}

// ageAfterRe matches an age in brackets right after a word: " (32)", " (15 tahun)".
var ageAfterRe = lazyre.New(`^\s?\(\d{1,3}(?:\s?(?:tahun|th[n.]?|years?|yo))?\)`)

// styledLetters reports a word written in Unicode's mathematical letters
// (fake bold or italic, "𝗡𝗘𝗪"): styling for emphasis, reported by
// fake-formatting, never an acronym.
func styledLetters(word string) bool {
	for _, r := range word {
		if r >= 0x1D400 && r <= 0x1D7FF {
			return true
		}
	}
	return false
}

// acronymPlural reports an English plural of an ALL-CAPS acronym ("NGOs").
func acronymPlural(w string) bool {
	return len(w) > 2 && w[len(w)-1] == 's'
}

// isCapsAcronym reports an ALL-CAPS word of 2 to MaxLetters letters, without
// digits, that is not a Roman numeral.
func (r *Acronym) isCapsAcronym(w string) bool {
	if !prose.IsUpperWord(w) || strings.ContainsAny(w, "0123456789") || romanNumeral(w) {
		return false
	}
	letters, _ := prose.LetterCounts(w)
	return letters <= r.MaxLetters
}

// shoutedWords marks ALL-CAPS words written for emphasis, not as
// acronyms: those in a sentence written in capitals (three or more ALL-CAPS
// words making at least 60% of its words) and those in a run of three or
// more ALL-CAPS words ("INFO MUDIK LEBARAN 2026"). Each word is tested for
// capitals once: the sentences' words are the post's words less some, in
// text order, and are found by walking the post's words.
//
// Both ways need three words in capitals, so a post with fewer (most that
// have an acronym at all) marks none, and its sentences and runs are not
// walked; the empty set it returns is not nil, which callers read as not
// yet computed.
//
// mayBeUpper, unless nil, lists the indices of the only words that may be
// in capitals, in order (capitalWordIndices): the others are not tested.
func shoutedWords(a *Analysis, mayBeUpper []int) wordBits {
	words := a.Words()
	var upperBuf [8]uint64 // the words in capitals: most posts have fewer than 512 words
	var upper wordBits
	if n := (len(words) + 63) / 64; n <= len(upperBuf) {
		upper = upperBuf[:n]
	} else {
		upper = newWordBits(len(words))
	}
	var uppersBuf [32]int
	uppers := uppersBuf[:0] // the indices of the words in capitals
	n := len(words)
	if mayBeUpper != nil {
		n = len(mayBeUpper)
	}
	for j := range n {
		i := j
		if mayBeUpper != nil {
			i = mayBeUpper[j]
		}
		w := words[i]
		if w.Start < w.End && a.Text[w.Start]-'a' < 26 {
			continue // IsUpperWord stops at a lower-case letter: most words start with one
		}
		if prose.IsUpperWord(a.Text[w.Start:w.End]) {
			upper.set(i)
			uppers = append(uppers, i)
		}
	}
	if len(uppers) < 3 {
		return wordBits{}
	}
	out := newWordBits(len(words))
	var capsBuf [16]int
	caps := capsBuf[:0] // word indices
	k := 0
	for _, s := range proseSentences(a) {
		// A sentence's words lie within it, so it holds no more words in
		// capitals than start there: most hold fewer than three, and
		// their words are not walked.
		first := sort.Search(len(uppers), func(j int) bool { return words[uppers[j]].Start >= s.Start })
		if first+3 > len(uppers) || words[uppers[first+2]].Start >= s.End {
			continue
		}
		caps = caps[:0]
		for _, w := range s.Words {
			if k >= len(words) || words[k].Start > w.Start {
				k = 0 // not the post's words in order; stay correct anyway
			}
			for k < len(words) && words[k].Start < w.Start {
				k++
			}
			if upper.has(k) {
				caps = append(caps, k)
			}
		}
		if len(caps) >= 3 && len(caps)*10 >= len(s.Words)*6 {
			for _, c := range caps {
				out.set(c)
			}
		}
	}
	run := caps[:0] // word indices
	flush := func() {
		if len(run) >= 3 {
			for _, k := range run {
				out.set(k)
			}
		}
		run = run[:0]
	}
	prevEnd := -1
	for i, w := range words {
		if w.Kind == prose.Number && prevEnd >= 0 {
			continue // "LEBARAN 2026" stays in the run
		}
		up := upper.has(i)
		if !up || prevEnd >= 0 && strings.Trim(a.Text[prevEnd:w.Start], " \t") != "" {
			flush()
		}
		if up {
			run = append(run, i)
			prevEnd = w.End
		} else {
			prevEnd = -1
		}
	}
	flush()
	return out
}

// sentenceInitialWords marks the first word of every sentence and line,
// where capitals say nothing about acronyms.
func sentenceInitialWords(a *Analysis) wordBits {
	words := a.Words()
	out := newWordBits(len(words))
	for _, s := range a.Sentences() {
		// The first of a.WordsIn(s), if any.
		if i := wordIndex(words, s.Start); i < len(words) && words[i].End <= s.End {
			out.set(i)
		}
	}
	lineStart, pos := 0, 0
	last := -1
	for i, w := range words {
		if nl := strings.LastIndexByte(a.Text[pos:w.Start], '\n'); nl >= 0 {
			lineStart = pos + nl + 1
		}
		pos = w.Start
		if lineStart != last {
			out.set(i)
			last = lineStart
		}
	}
	return out
}

// acronymExplained reports whether the post explains the acronym.
// folded returns the post's text folded (prose.FoldString).
func acronymExplained(a *Analysis, c acronymCand, folded func() string) bool {
	if c.expansion != "" && strings.Contains(folded(), prose.FoldString(c.expansion)) {
		return true
	}
	text := a.Text
	toks := a.Tokens()
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= c.start })
	j := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= c.end })
	tokText := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return text[toks[k].Start:toks[k].End]
	}
	// "Full Name (ACR)"
	if tokText(i-1) == "(" && tokText(j) == ")" && i >= 2 && toks[i-2].Kind == prose.Word {
		return true
	}
	// "ACR (Full Name …)"
	if tokText(j) == "(" {
		words := 0
		for k := j + 1; k < len(toks) && tokText(k) != ")"; k++ {
			if toks[k].Kind == prose.Word {
				if words == 0 && !startsUpper(tokText(k)) {
					break
				}
				words++
			}
		}
		if words >= 2 {
			return true
		}
	}
	if c.kind == acroCaps && len(c.text) >= 3 {
		return initialsSpell(a, c.text)
	}
	return false
}

// initialsSpell reports whether a run of capitalised words in the post
// (connectors such as "dan" and "of" allowed inside) has initials that
// spell the acronym, as "Badan Penanggulangan Bencana Daerah" spells BPBD.
func initialsSpell(a *Analysis, acr string) bool {
	connectors := listSet(a, listNameConnectors, bothLangs)
	var initials []rune
	flush := func() bool {
		ok := strings.Contains(string(initials), acr)
		initials = initials[:0]
		return ok
	}
	for _, w := range a.Words() {
		word := a.Text[w.Start:w.End]
		if startsUpper(word) && !prose.IsUpperWord(word) {
			for _, r := range word {
				initials = append(initials, unicode.ToUpper(r))
				break
			}
			continue
		}
		if connectors.Has(prose.FoldString(word)) && !startsUpper(word) {
			continue
		}
		if flush() {
			return true
		}
	}
	return flush()
}

// Requires declares the analysis views the rule reads.
func (*Acronym) Requires() []AnyView {
	return []AnyView{viewSentences, viewWords, viewTokens, viewQuoted, viewFolded, viewDateline, viewEntityMask, viewProseSentences}
}
