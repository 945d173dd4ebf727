package rules

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// PassiveVoice reports passive sentences when they make up too much of a
// post: over 10% of the sentences in English (as a warning), over 50% in
// Indonesian (as info only: the di- passive is the ordinary way to report
// government action in Indonesian). Each passive sentence is reported at
// its passive verb.
//
// English: a form of "be", at most two adverbs, then a past participle
// (-ed, or a listed irregular one), unless it is a listed adjective
// ("excited", "pleased", "located"). Indonesian passive morphology, with
// every list as data:
//   - di- verbs: a word of more than four letters starting with "di" that
//     is not a listed non-passive word (diskusi, digital, direktur, diri,
//     dinas, …), not a capitalised name inside the sentence, not an
//     office's short form (Disdik, Dinkes: "Dis"/"Din" and a consonant,
//     capitalised) and not directly after "untuk";
//   - ter- in its passive, accidental sense, from a list (tertangkap,
//     terpilih, terdampak), since ter- is also the superlative (terbesar)
//     and many ter- words are not verbs (tersebut, terhadap);
//   - ke-…-an adversatives, from a list (kebanjiran, kehilangan,
//     kecurian): ke-…-an also makes nouns (kebakaran, kesehatan).
//
// Active me- verbs (menerima, melaksanakan) and "merupakan" are never
// passive. When the language is undecided both detectors run with the
// Indonesian threshold. Posts of two sentences are judged: most captions
// are that short, and one passive sentence in two is half the post.
type PassiveVoice struct {
	ShareEN      float64 `toml:"share_en"`
	ShareID      float64 `toml:"share_id"`
	MinSentences int     `toml:"min_sentences"`
}

func init() {
	register("passive-voice", func() Rule { return &PassiveVoice{ShareEN: 0.10, ShareID: 0.50, MinSentences: 2} })
}

// Doc documents the rule.
func (*PassiveVoice) Doc() lint.Doc {
	return lint.Doc{
		ID:        "passive-voice",
		Category:  lint.CategoryClarity,
		Severity:  lint.Info,
		Summary:   i18n.English("too many passive sentences: over 10% in English (warning), over 50% in Indonesian (info)"),
		Rationale: i18n.English("Active sentences say who does what, which is what readers of a public-service post need: \"The city closes the road\" rather than \"The road is closed\". Yoast flags English texts with over 10% passive sentences. In Indonesian the di- passive is the normal way to report what an office did, so only a post that is mostly passive gets a note. Indonesian passives are di- verbs (not diri, dinas, diskusi, digital, direktur or an office's short form such as Disdik), ter- in its passive sense (tertangkap, terpilih) and ke-…-an adversatives (kebanjiran, kehilangan); me- verbs and \"merupakan\" are active. Posts of two sentences or more are judged. Lists: words/en/be-forms.txt, irregular-participles.txt, passive-adverbs.txt, passive-exceptions.txt, words/id/passive-exceptions.txt and passive-affixed.txt."),
		Source:    "Yoast SEO's passive-voice assessment and its Indonesian passive detector (the approach only); US Federal Plain Language Guidelines (use the active voice)",
		Bad:       i18n.English("The road was closed on Monday. Detours have been prepared. Residents are advised to use Jl. Darmo."),
		Good:      i18n.English("We closed the road on Monday. Use Jl. Darmo instead: we have signposted the detour."),
		Options: []lint.OptionDoc{
			{Name: "share_en", Help: i18n.English("share of passive sentences (0–1) above which an English post gets warnings")},
			{Name: "share_id", Help: i18n.English("share of passive sentences (0–1) above which an Indonesian post gets notes")},
			{Name: "min_sentences", Help: i18n.English("sentences a post needs before the share is judged")},
		},
	}
}

// Validate checks the options.
func (r *PassiveVoice) Validate() error {
	if r.ShareEN < 0 || r.ShareEN > 1 || r.ShareID < 0 || r.ShareID > 1 {
		return fmt.Errorf("share_en and share_id must be between 0 and 1")
	}
	return nil
}

// Check finds passive sentences and reports them when their share is over
// the threshold.
func (r *PassiveVoice) Check(p *Pass) {
	a := p.Text
	sents := proseSentences(a)
	if len(sents) == 0 || len(sents) < r.MinSentences {
		return
	}
	useEN := p.Lang != i18n.ID
	useID := p.Lang != i18n.EN
	det := passiveDetectorIn(a, useEN, useID)
	type hit struct {
		s        proseSentence
		from, to int // the sentence's passives are found[from:to]
	}
	// Room on the stack for the passives of most posts, where the slices
	// grew on the heap.
	hits := make([]hit, 0, 8)
	found := make([]prose.Span, 0, 16) // every sentence's passives, one after another
	for _, s := range sents {
		off := len(found)
		if useEN {
			found = det.english(found, a.Text, s)
		}
		if useID {
			found = det.indonesian(found, a.Text, s)
		}
		if len(found) > off {
			hits = append(hits, hit{s, off, len(found)})
		}
	}
	share, sev := r.ShareID, lint.Info
	if p.Lang == i18n.EN {
		share, sev = r.ShareEN, lint.Warning
	}
	if len(hits) == 0 || float64(len(hits)) <= share*float64(len(sents)) {
		return
	}
	limit := int(share*100 + 0.5)
	for _, h := range hits {
		verbs := found[h.from:h.to]
		names := make([]string, len(verbs))
		for i, v := range verbs {
			names[i] = a.Text[v.Start:v.End]
		}
		p.Report(Report{
			Start: verbs[0].Start, End: verbs[0].End, Severity: sev,
			Message: i18n.Sprintf("passive voice: %s (%d of %d sentences are passive, over %d%%)",
				"kalimat pasif: %s (%d dari %d kalimat pasif, lebih dari %d%%)",
				quotedList(names), len(hits), len(sents), limit),
			Suggestion: i18n.T("say who does what: \"The city closes the road\" rather than \"The road is closed\"",
				"sebut pelakunya bila penting: \"Pemkot menutup jalan\" alih-alih \"Jalan ditutup\""),
		})
	}
}

// passiveDetector holds the word lists of both detectors for one post.
type passiveDetector struct {
	be, adverbs, irregular, enExceptions, idExceptions WordSet
	// idOther holds the Indonesian ter- and ke-…-an passives.
	idOther WordSet
	// govShort holds listed government short forms (Dinkes, Disdik),
	// which look like di- words at the start of a sentence.
	govShort map[string]bool
	// beShape rules most words out as forms of "be" before they are
	// folded and looked up; built once per lexicon (beFormShape).
	beShape *wordShape
}

// The word lists read here, resolved once (wordList).
var (
	listBeForms              = wordList("be-forms")
	listIrregularParticiples = wordList("irregular-participles")
	listPassiveAdverbs       = wordList("passive-adverbs")
	listPassiveAffixed       = wordList("passive-affixed")
	listPassiveExceptions    = wordList("passive-exceptions")
)

func newPassiveDetector(a *Analysis) *passiveDetector {
	d := passiveDetectorFor(a)
	return &d
}

// passiveDetectorFor is newPassiveDetector's detector as a value, which a
// caller that keeps it no longer than its call keeps on its stack: the
// rule made one on the heap per post.
func passiveDetectorFor(a *Analysis) passiveDetector {
	return passiveDetectorIn(a, true, true)
}

// passiveDetectorIn is passiveDetectorFor with the lists of the English
// detector only when en is set and those of the Indonesian one only when
// id is: a post in one language is spared the other's look-ups.
func passiveDetectorIn(a *Analysis, useEN, useID bool) passiveDetector {
	var d passiveDetector
	if useEN {
		en := []string{i18n.EN}
		d.be = listSet(a, listBeForms, en)
		d.adverbs = listSet(a, listPassiveAdverbs, en)
		d.irregular = listSet(a, listIrregularParticiples, en)
		d.enExceptions = listSet(a, listPassiveExceptions, en)
		d.beShape = beFormShape(a, d.be)
	}
	if !useID {
		return d
	}
	id := []string{i18n.ID}
	var gov map[string]bool // read only; nil holds nothing
	if a.lexicon != nil {
		gov = a.lexicon.derived(derivedGovShortForms, func() any {
			m := map[string]bool{}
			for _, e := range a.lexicon.foldedSet(listGovernmentAcronyms, id).All() {
				m[e.Phrase] = true
			}
			return m
		}).(map[string]bool)
	}
	d.govShort = gov
	d.idExceptions = listSet(a, listPassiveExceptions, id)
	d.idOther = listSet(a, listPassiveAffixed, id)
	return d
}

// beFormShape returns the shape of be, the forms of "be", built once per
// lexicon.
func beFormShape(a *Analysis, be WordSet) *wordShape {
	build := func() any {
		s := &wordShape{}
		for w := range be.All() {
			s.add(w)
		}
		return s
	}
	if a.lexicon == nil {
		return build().(*wordShape)
	}
	return a.lexicon.derived(derivedBeShape, build).(*wordShape)
}

// english appends to out the spans from a form of "be" to its participle.
func (d *passiveDetector) english(out []prose.Span, text string, s proseSentence) []prose.Span {
	// Every word is folded to be looked up, and none is kept: folded into
	// one buffer, a word with a capital letter costs no allocation.
	var buf [64]byte
	fold := func(t prose.Token) []byte { return prose.AppendFold(buf[:0], text[t.Start:t.End]) }
	ws := s.Words
	for i := 0; i < len(ws); i++ {
		if !d.beShape.mayHoldUnfolded(text[ws[i].Start:ws[i].End]) || !d.be.Has(string(fold(ws[i]))) {
			continue
		}
		j := i + 1
		for skipped := 0; j < len(ws) && skipped < 2; skipped++ {
			w := fold(ws[j])
			if !d.adverbs.Has(string(w)) && (!bytes.HasSuffix(w, []byte("ly")) || len(w) <= 4) {
				break
			}
			j++
		}
		if j < len(ws) && d.participle(fold(ws[j])) {
			out = append(out, prose.Span{Start: ws[i].Start, End: ws[j].End})
			i = j
		}
	}
	return out
}

// participle reports whether the folded word w is a past participle.
func (d *passiveDetector) participle(w []byte) bool {
	if d.irregular.Has(string(w)) {
		return true
	}
	if d.enExceptions.Has(string(w)) {
		return false
	}
	return bytes.HasSuffix(w, []byte("ed")) && len(w) >= 4
}

// indonesian appends to out the di-, ter- and ke-…-an passive verbs of
// the sentence.
func (d *passiveDetector) indonesian(out []prose.Span, text string, s proseSentence) []prose.Span {
	var buf [64]byte // folds the word before a di- word (see english)
	for i, tok := range s.Words {
		word := text[tok.Start:tok.End]
		if !mayFoldToPassivePrefix(word) {
			continue
		}
		w := prose.FoldString(word)
		if (i == 0 || !startsUpper(word)) && d.affixed(w) {
			out = append(out, prose.Span{Start: tok.Start, End: tok.End})
			continue
		}
		if !strings.HasPrefix(w, "di") || utf8.RuneCountInString(w) <= 4 || strings.ContainsAny(w, "0123456789") {
			continue
		}
		if i > 0 && startsUpper(word) || d.govShort[word] || officeShortForm(word) {
			continue // a name or an office: Dinda, Diskominfo, Dinkes
		}
		if i > 0 {
			if prev := s.Words[i-1]; string(prose.AppendFold(buf[:0], text[prev.Start:prev.End])) == "untuk" {
				continue
			}
		}
		if d.idException(w) {
			continue
		}
		out = append(out, prose.Span{Start: tok.Start, End: tok.End})
	}
	return out
}

// mayFoldToPassivePrefix reports whether the folded word may start with
// di-, ke- or ter-, which every passive the detector finds does: a word
// whose first byte is ASCII folds it to itself in lower case (or, with a
// combining mark after it, to a letter outside ASCII), so it must be d, k
// or t; and so must its second, when ASCII, be i after d and e after k or
// t (dan, kami, tidak are not). Other words are spared the folding, which
// made a string of each word with a capital letter.
func mayFoldToPassivePrefix(word string) bool {
	if word == "" {
		return false
	}
	c := word[0]
	if c >= utf8.RuneSelf {
		return true // the Kelvin sign folds to k
	}
	c |= 0x20
	if c != 'd' && c != 'k' && c != 't' || len(word) < 2 {
		return false
	}
	next := word[1]
	if next >= utf8.RuneSelf {
		return true // a soft hyphen or a zero-width space folds away
	}
	next |= 0x20
	return c == 'd' && next == 'i' || c != 'd' && next == 'e'
}

// affixed reports a listed ter- or ke-…-an passive, with or without a
// clitic (tertangkapnya).
func (d *passiveDetector) affixed(w string) bool {
	if !strings.HasPrefix(w, "ter") && !strings.HasPrefix(w, "ke") {
		return false
	}
	if d.idOther.Has(w) {
		return true
	}
	for _, suf := range idClitics {
		if base, ok := strings.CutSuffix(w, suf); ok {
			if d.idOther.Has(base) {
				return true
			}
		}
	}
	return false
}

// officeShortForm reports a capitalised short form of an office's name:
// "Dis" or "Din" and a consonant (Disdukcapil, Dishub, Disnaker, Dinkes,
// Dinsos). A di- passive puts a vowel there (Disiapkan, Dinilai) or "ny"
// (Dinyatakan).
func officeShortForm(word string) bool {
	if !startsUpper(word) || len(word) < 5 {
		return false
	}
	w := strings.ToLower(word)
	if len(w) < 4 || !strings.HasPrefix(w, "dis") && !strings.HasPrefix(w, "din") {
		return false
	}
	c := w[3]
	return c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiouy", rune(c))
}

// idClitics are the endings removed before looking a word up in the
// Indonesian exception list.
var idClitics = []string{"nya", "lah", "kah", "pun"}

// idException looks a word up with and without its clitics (dirinya,
// diskusinya, diskusikah).
func (d *passiveDetector) idException(w string) bool {
	if strings.HasPrefix(w, "di-") {
		return false // di-like, di-share: colloquial passives
	}
	if d.idExceptions.Has(w) {
		return true
	}
	for _, suf := range idClitics {
		if base, ok := strings.CutSuffix(w, suf); ok {
			if d.idExceptions.Has(base) {
				return true
			}
		}
	}
	return false
}

// foldTok returns a token's folded text.
func foldTok(text string, t prose.Token) string { return prose.FoldString(text[t.Start:t.End]) }

// Requires declares the analysis views the rule reads.
func (*PassiveVoice) Requires() []AnyView {
	return []AnyView{viewProseSentences}
}
