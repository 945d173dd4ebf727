package rules

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/prose"
)

// Acronym reports government acronyms and short forms that the post does
// not explain: each one is a note, more than two distinct ones a warning,
// and a chain of three or more in a row ("Asdep Humas Kemensetneg") a
// warning.
//
// Candidates are the listed government short forms (government-acronyms,
// matched with their case), ALL-CAPS words of 2–7 letters, and, in
// Indonesian posts, capitalised words that follow the short-form patterns
// Kemen-, Dis-, Pemprov/Pemkab/Pemkot, Setda/Setneg/Setkab, Bapp-,
// Kabag/Kabid/Kadis/Kasi/Kasubbag and Perda/Perbup/Perwal/Pergub/Perpres/
// Permen (not at the start of a sentence, where any word is capitalised).
// Skipped: the allowlist (KTP, BPJS, UMKM, …), hashtags, mentions and
// links, Roman numerals, words with digits (COVID-19) and ALL-CAPS in a
// sentence written in capitals.
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
	register(func() Rule { return &Acronym{MaxUndefined: 2, ChainMin: 3, MaxLetters: 7} })
}

// Doc documents the rule.
func (*Acronym) Doc() Doc {
	return Doc{
		ID:       "acronym",
		Category: CategoryClarity,
		Severity: Warning,
		Summary: i18n.T("government acronyms the post does not explain, and chains of short forms",
			"singkatan dan akronim instansi yang tidak dijelaskan, serta rangkaian singkatan"),
		Rationale: i18n.T("plainlanguage.gov: define an abbreviation the first time you use it and use no more than two or three in a text. The Ministry of Trade's own social-media handbook blames a tweet's lack of engagement on the short form UPTD and other technical terms. Office short forms such as Disdukcapil, Asdep or Kemensetneg mean nothing to most readers; well-known ones (KTP, BPJS, UMKM) are allowed. Lists: words/id/government-acronyms.txt (with full names), acronym-chain-words.txt, acronym-lookalikes.txt and words/<lang>/acronym-allowlist.txt, extendable with [words.<lang>] acronym-allowlist = [...].",
			"plainlanguage.gov: jelaskan singkatan saat pertama kali dipakai dan gunakan paling banyak dua atau tiga dalam satu teks. Buku panduan media sosial Kementerian Perdagangan sendiri menyebut cuitan yang sepi interaksi karena singkatan UPTD dan istilah teknis lain. Singkatan kantor seperti Disdukcapil, Asdep, atau Kemensetneg tidak bermakna bagi kebanyakan pembaca; singkatan yang sudah umum (KTP, BPJS, UMKM) dibiarkan. Daftar: words/id/government-acronyms.txt (dengan kepanjangannya), acronym-chain-words.txt, acronym-lookalikes.txt, dan words/<lang>/acronym-allowlist.txt, bisa ditambah lewat [words.<lang>] acronym-allowlist = [...]."),
		Source: "GSA/plainlanguage.gov _pages/guidelines/words/minimize-abbreviations.md ; https://pubhtml5.com/jgcl/ygmf/basic/151-200 (Kementerian Perdagangan, buku media sosial) ; content-rules.md READ-04, §2.13, §2.14",
		Bad: i18n.T("Asdep Humas Kemensetneg received the Facebook team to discuss SPBE.",
			"Asdep Humas Kemensetneg menerima tim Facebook untuk membahas SPBE dan PPID."),
		Good: i18n.T("The public relations office of the Ministry of State Secretariat (Kemensetneg) met the Facebook team to discuss e-government.",
			"Bagian Humas Kementerian Sekretariat Negara (Kemensetneg) menerima tim Facebook untuk membahas layanan pemerintahan digital."),
		Options: []OptionDoc{
			{Name: "max_undefined", Help: i18n.T("distinct unexplained acronyms allowed before a warning", "jumlah singkatan berbeda tanpa penjelasan yang masih dibiarkan sebelum peringatan")},
			{Name: "chain_min", Help: i18n.T("short forms in a row that make a chain (0: off)", "jumlah singkatan berurutan yang dianggap rangkaian (0: nonaktif)")},
			{Name: "max_letters", Help: i18n.T("longest ALL-CAPS word taken for an acronym", "panjang maksimum kata berhuruf kapital yang dianggap singkatan")},
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

// acronymPrefixRe is the Indonesian short-form pattern of content-rules.md
// READ-04, applied to the part of a word before any hyphen.
var acronymPrefixRe = regexp.MustCompile(`^(?:Kemen|Kemenko|Dis|Pem(?:prov|kab|kot)|Set(?:da|neg|kab)|Bapp|Ka(?:bag|bid|dis|si|subbag)|Per(?:da|bup|wal|gub|pres|men))[a-z]*$`)

// romanRe matches Roman numerals up to XXXIX (Bab IV, Kabinet Jilid II).
var romanRe = regexp.MustCompile(`^X{0,3}(?:IX|IV|V?I{0,3})$`)

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
	cands := r.candidates(p)
	if _, end, ok := leadingDateline(a.Text); ok {
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
	defined := map[string]bool{}
	folded := prose.FoldString(a.Text)
	for _, c := range cands {
		if c.kind == acroListed || c.kind == acroCaps || c.kind == acroPrefix {
			if acronymExplained(a, c, folded) {
				defined[c.text] = true
			}
		}
	}
	var undefined []acronymCand
	seen := map[string]bool{}
	for _, c := range cands {
		if c.kind == acroChainOnly || c.kind == acroAllowed || defined[c.text] || seen[c.text] {
			continue
		}
		seen[c.text] = true
		undefined = append(undefined, c)
		sugg := i18n.T("write the full name the first time, with the short form in brackets after it, or use plain words",
			"tulis nama lengkapnya saat pertama muncul, dengan singkatannya dalam kurung, atau pakai kata biasa")
		if c.expansion != "" {
			sugg = i18n.Sprintf("write it out the first time: \"%s (%s)\"", "tulis kepanjangannya saat pertama muncul: \"%s (%s)\"", c.expansion, c.text)
		}
		p.Report(Report{
			Start: c.start, End: c.end, Severity: Info,
			Message:    i18n.Sprintf("acronym %q is not explained in the post", "singkatan %q tidak dijelaskan di unggahan ini", c.text),
			Suggestion: sugg,
		})
	}
	if len(undefined) > r.MaxUndefined {
		c := undefined[r.MaxUndefined]
		names := make([]string, len(undefined))
		for i, u := range undefined {
			names[i] = u.text
		}
		p.Report(Report{
			Start: c.start, End: c.end, Severity: Warning,
			Message: i18n.Sprintf("%d unexplained acronyms (%s): more than %d loses readers",
				"%d singkatan tanpa penjelasan (%s): lebih dari %d membuat pembaca berhenti", len(undefined), strings.Join(names, ", "), r.MaxUndefined),
			Suggestion: i18n.T("explain them, or replace most with plain words (\"the city health office\" instead of \"Dinkes\")",
				"jelaskan, atau ganti sebagian besar dengan kata biasa (\"dinas kesehatan kota\" alih-alih \"Dinkes\")"),
		})
	}
	if r.ChainMin > 0 {
		r.reportChains(p, cands)
	}
}

// reportChains reports runs of candidates separated only by spaces.
func (r *Acronym) reportChains(p *Pass, cands []acronymCand) {
	text := p.Text.Text
	for i := 0; i < len(cands); {
		j := i + 1
		for j < len(cands) && strings.Trim(text[cands[j-1].end:cands[j].start], " \t") == "" && cands[j-1].end < cands[j].start {
			j++
		}
		if j-i >= r.ChainMin {
			chain := text[cands[i].start:cands[j-1].end]
			p.Report(Report{
				Start: cands[i].start, End: cands[j-1].end, Severity: Warning,
				Message: i18n.Sprintf("chain of %d short forms %q: hard to read", "rangkaian %d singkatan %q: sulit dibaca", j-i, chain),
				Suggestion: i18n.T("write it as people would say it (\"the public relations office of the Ministry of State Secretariat\")",
					"tulis seperti yang diucapkan orang (\"bagian humas Kementerian Sekretariat Negara\")"),
			})
		}
		i = j
	}
}

// candidates returns the acronym candidates in text order.
func (r *Acronym) candidates(p *Pass) []acronymCand {
	a := p.Text
	text := a.Text
	var out []acronymCand
	covered := map[int]bool{}
	allow := listSet(a, "acronym-allowlist", bothLangs)
	for _, m := range matchBoth(a, "government-acronyms") {
		got := strings.Join(strings.Fields(text[m.Start:m.End]), " ")
		if got != m.Entry.Phrase && got != strings.ToUpper(m.Entry.Phrase) || inLinkTagMention(a, m.Start) {
			continue
		}
		kind := acroListed
		if _, ok := allow[prose.FoldString(got)]; ok {
			kind = acroAllowed // a team's own allowlist wins over the built-in list
		}
		out = append(out, acronymCand{start: m.Start, end: m.End, text: got, expansion: m.Entry.Suggestion, kind: kind})
		for _, w := range a.WordsIn(prose.Span{Start: m.Start, End: m.End}) {
			covered[w.Start] = true
		}
	}
	chainOnly := map[string]bool{}
	for _, e := range listSet(a, "acronym-chain-words", bothLangs) {
		chainOnly[e.Phrase] = true
	}
	lookalikes := listSet(a, "acronym-lookalikes", bothLangs)
	det := newPassiveDetector(a)
	shouting := shoutedWords(a)
	initial := sentenceInitialWords(a)
	prefixes := p.Lang != i18n.EN
	for _, w := range a.Words() {
		if covered[w.Start] || w.Kind != prose.Word || inLinkTagMention(a, w.Start) {
			continue
		}
		word := text[w.Start:w.End]
		c := acronymCand{start: w.Start, end: w.End, text: word}
		_, allowed := allow[prose.FoldString(word)]
		base, _, _ := strings.Cut(word, "-")
		switch {
		case chainOnly[word]:
			c.kind = acroChainOnly
		case r.isCapsAcronym(word) || acronymPlural(word) && r.isCapsAcronym(word[:len(word)-1]):
			if shouting[w.Start] {
				continue
			}
			c.kind = acroCaps
			if !prose.IsUpperWord(word) {
				c.text = word[:len(word)-1] // MSMEs is the acronym MSME
				_, allowed = allow[prose.FoldString(c.text)]
			}
			if allowed {
				c.kind = acroAllowed
			}
		case allowed && startsUpper(word):
			c.kind = acroAllowed // Polri, Rp
		case prefixes && !initial[w.Start] && len(base) >= 4 && acronymPrefixRe.MatchString(base):
			low := prose.FoldString(base)
			if _, ok := lookalikes[low]; ok || det.idException(low) {
				continue
			}
			c.kind = acroPrefix
		default:
			continue
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// acronymPlural reports an English plural of an ALL-CAPS acronym ("NGOs").
func acronymPlural(w string) bool {
	return len(w) > 2 && w[len(w)-1] == 's'
}

// isCapsAcronym reports an ALL-CAPS word of 2 to MaxLetters letters, without
// digits, that is not a Roman numeral.
func (r *Acronym) isCapsAcronym(w string) bool {
	if !prose.IsUpperWord(w) || strings.ContainsAny(w, "0123456789") || romanRe.MatchString(w) {
		return false
	}
	letters, _ := prose.LetterCounts(w)
	return letters <= r.MaxLetters
}

// shoutedWords marks ALL-CAPS words written for emphasis, not as
// acronyms: those in a sentence written in capitals (three or more ALL-CAPS
// words making at least 60% of its words) and those in a run of three or
// more ALL-CAPS words ("INFO MUDIK LEBARAN 2026").
func shoutedWords(a *Analysis) map[int]bool {
	out := map[int]bool{}
	for _, s := range proseSentences(a) {
		words := s.Words
		var caps []int
		for _, w := range words {
			if prose.IsUpperWord(a.Text[w.Start:w.End]) {
				caps = append(caps, w.Start)
			}
		}
		if len(caps) >= 3 && len(caps)*10 >= len(words)*6 {
			for _, c := range caps {
				out[c] = true
			}
		}
	}
	var run []int
	flush := func() {
		if len(run) >= 3 {
			for _, c := range run {
				out[c] = true
			}
		}
		run = run[:0]
	}
	prevEnd := -1
	for _, w := range a.Words() {
		word := a.Text[w.Start:w.End]
		if w.Kind == prose.Number && prevEnd >= 0 {
			continue // "LEBARAN 2026" stays in the run
		}
		if !prose.IsUpperWord(word) || prevEnd >= 0 && strings.Trim(a.Text[prevEnd:w.Start], " \t") != "" {
			flush()
		}
		if prose.IsUpperWord(word) {
			run = append(run, w.Start)
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
func sentenceInitialWords(a *Analysis) map[int]bool {
	out := map[int]bool{}
	for _, s := range a.Sentences() {
		if w := a.WordsIn(s); len(w) > 0 {
			out[w[0].Start] = true
		}
	}
	lineStart, pos := 0, 0
	last := -1
	for _, w := range a.Words() {
		if nl := strings.LastIndexByte(a.Text[pos:w.Start], '\n'); nl >= 0 {
			lineStart = pos + nl + 1
		}
		pos = w.Start
		if lineStart != last {
			out[w.Start] = true
			last = lineStart
		}
	}
	return out
}

// acronymExplained reports whether the post explains the acronym.
func acronymExplained(a *Analysis, c acronymCand, folded string) bool {
	if c.expansion != "" && strings.Contains(folded, prose.FoldString(c.expansion)) {
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
	connectors := listSet(a, "name-connectors", bothLangs)
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
		if _, ok := connectors[prose.FoldString(word)]; ok && !startsUpper(word) {
			continue
		}
		if flush() {
			return true
		}
	}
	return flush()
}
