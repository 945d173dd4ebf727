package rules

import (
	"strings"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// HookCeremony notes a first sentence that reports a ceremony — officials
// attended, opened, held — without saying what the public gains. A benefit
// marker anywhere in the sentence (agar, sehingga, kini bisa, gratis, can,
// now, free, an amount such as "Rp10.000" or "500 paket") clears it.
//
// The shape it looks for: an official or an office, then a ceremony verb
// (menerima audiensi, memimpin rakor, membuka, meresmikan, menghadiri,
// melantik, "telah dilaksanakan"; attended, received a courtesy call), with
// the public benefit absent. "Main verb" is approximated: the ceremony verb
// must be the first verb-like word of the main clause (id: a lower-case
// me-/ber-/di-/ter- word that is not a known look-alike such as "melalui"
// or "tersebut"; en: a lower-case -ed word), where the main clause starts
// after a leading adjunct ("Dalam rangka …,", "Guna …,", "On behalf of …,")
// and a participle phrase after a comma (", didampingi …,", ", represented
// by …,") is skipped. A ceremony noun opening the sentence or its main
// clause ("Kunjungan kerja …", "Rapat evaluasi …") counts too. When the main
// clause opens with an office word ("Wali Kota", "Sekda", "The Governor"),
// the verbs of an official's day count as well (meninjau, menyerahkan,
// visited, received): "Petugas meninjau …" is work, "Wali Kota meninjau …"
// is a leader's agenda.
type HookCeremony struct{}

func init() { register("hook-ceremony", func() Rule { return &HookCeremony{} }) }

// Doc documents the rule.
func (*HookCeremony) Doc() lint.Doc {
	return lint.Doc{
		ID:        "hook-ceremony",
		Category:  lint.CategoryHook,
		Severity:  lint.Info,
		Summary:   i18n.English("the first sentence reports a ceremony with no benefit to the public"),
		Rationale: i18n.English("A common Humas mistake is treating social media as an archive of the leader's activities. Readers care about the real effect on them, not that \"the leader attended a meeting\". Lead with what changes for the public; the ceremony can follow. The rule looks for the shape of a ceremony report: an official or office, then a ceremony verb as the main verb (\"menerima audiensi\", \"memimpin rakor\", \"meresmikan\", \"menghadiri\", \"telah dilaksanakan\", \"received a courtesy call\"), after any leading \"Dalam rangka …,\" or \"On behalf of …,\" and past any \", didampingi …,\" or \", accompanied by …,\"; or a ceremony noun opening the sentence (\"Kunjungan kerja …\", \"Rapat evaluasi …\"). When the sentence opens with an office (\"Wali Kota\", \"The Governor\"), an official's agenda verb counts too (\"meninjau\", \"menyerahkan\", \"visited\"). A benefit marker in the first sentence (\"agar\", \"kini bisa\", \"gratis\", \"can\", an amount) clears it. Lists: words/<lang>/ceremony-verbs.txt, ceremony-official-verbs.txt, ceremony-nouns.txt, ceremony-adjuncts.txt, office-words.txt and benefit-markers.txt, extendable in [words.<lang>]."),
		Source:    "The practitioner Ndoro Kakung at Diskominfo Makassar, reported by iNews: post the real effect on citizens, not \"the leader attended a meeting\"",
		Bad:       i18n.English("The Mayor attended the coordination meeting on flood preparedness at City Hall."),
		Good:      i18n.English("Flood pumps in 12 districts now run 24 hours, the Mayor announced after a coordination meeting."),
	}
}

// isIDVerbShape is the Indonesian verb-prefix heuristic: me-, mem-, men-,
// meng-, meny-, ber-, di- and ter- before at least three letters, all of
// word in lower-case ASCII. That is what
//
//	^(?:me|ber|di|ter)[a-z]{3,}$
//
// matches (TestIsIDVerbShapeSameAsRegexp); a scanner, because it runs on
// the words of every post's first sentence.
func isIDVerbShape(word string) bool {
	var rest string
	switch {
	case strings.HasPrefix(word, "me"), strings.HasPrefix(word, "di"):
		rest = word[2:]
	case strings.HasPrefix(word, "ber"), strings.HasPrefix(word, "ter"):
		rest = word[3:]
	default:
		return false
	}
	if len(rest) < 3 {
		return false
	}
	for i := 0; i < len(rest); i++ {
		if !isLowerASCII(rest[i]) {
			return false
		}
	}
	return true
}

// The word lists read here, resolved once (wordList).
var (
	listBenefitMarkers        = wordList("benefit-markers")
	listCeremonyAdjuncts      = wordList("ceremony-adjuncts")
	listCeremonyNouns         = wordList("ceremony-nouns")
	listCeremonyOfficialVerbs = wordList("ceremony-official-verbs")
	listCeremonyVerbs         = wordList("ceremony-verbs")
	listOfficeWords           = wordList("office-words")
	listVerbLookalikes        = wordList("verb-lookalikes")
)

// Check looks at the first sentence.
func (*HookCeremony) Check(p *Pass) {
	a := p.Text
	sents := proseSentences(a)
	if len(sents) == 0 {
		return
	}
	first := sents[0]
	for _, m := range a.Match(listBenefitMarkers) {
		if m.Start >= first.Start && m.End <= first.End && amountOrWord(a.Text[m.Start:m.End], m.Entry) {
			return
		}
	}
	main := mainClauseStart(a, first)
	hit, ok := ceremonyNounLead(a, first, main)
	if !ok {
		hit, ok = ceremonyVerb(p, first, main, a.Match(listCeremonyVerbs))
	}
	if !ok {
		// The subject is looked at only when an official's verb stands in
		// the main clause: it takes the office words matched in both
		// languages, and most first sentences hold no such verb.
		if verbs := a.Match(listCeremonyOfficialVerbs); matchWithin(verbs, main, first.End) && officialSubject(a, first, main) {
			hit, ok = ceremonyVerb(p, first, main, verbs)
		}
	}
	if !ok {
		return
	}
	p.Report(Report{
		Start: hit.Start, End: hit.End,
		Message: i18n.Sprintf("the first sentence reports a ceremony (%q) but not what it means for the public",
			"kalimat pertama melaporkan seremoni (%q), bukan manfaatnya bagi warga", a.Text[hit.Start:hit.End]),
		Suggestion: i18n.T("lead with the result for residents (what they can now do, get or avoid, when, where), then mention the event",
			"awali dengan hasilnya bagi warga (apa yang kini bisa mereka lakukan, dapatkan, atau hindari; kapan; di mana), baru sebut acaranya"),
	})
}

// amountOrWord keeps a benefit marker unless it is a prefix entry ("rp-",
// for Rp10.000) that matched a word without digits: "RPJMD" and "RPJMN" are
// plans, not amounts.
func amountOrWord(matched string, e Entry) bool {
	if !strings.HasSuffix(e.Phrase, "-") {
		return true
	}
	return strings.ContainsAny(matched, "0123456789")
}

// mainClauseStart returns where the main clause of the sentence begins:
// after a leading adjunct that opens with a word of ceremony-adjuncts and
// ends at a comma ("Dalam rangka memperingati Hari Air Sedunia, …", "Guna
// meningkatkan pemahaman masyarakat, …", "On behalf of the Mayor, …"),
// else at the sentence start. The adjunct's verbs (memperingati,
// meningkatkan) are not the sentence's main verb.
func mainClauseStart(a *Analysis, s proseSentence) int {
	for _, m := range a.Match(listCeremonyAdjuncts) {
		if m.Start < s.Words[0].Start {
			continue
		}
		if m.Start > s.Words[0].Start {
			break
		}
		if comma := strings.IndexByte(a.Text[m.End:s.End], ','); comma >= 0 {
			return m.End + comma + 1
		}
	}
	return s.Start
}

// ceremonyNounLead finds a ceremony noun opening the sentence or its main
// clause ("Kunjungan kerja …", "Rapat evaluasi … dilaksanakan").
func ceremonyNounLead(a *Analysis, s proseSentence, main int) (LexMatch, bool) {
	lead := s.Words[0].Start
	for _, w := range s.Words {
		if w.Start >= main {
			if main > s.Start {
				lead = w.Start
			}
			break
		}
	}
	for _, m := range a.Match(listCeremonyNouns) {
		if m.Start == s.Words[0].Start || m.Start == lead {
			return m, true
		}
	}
	return LexMatch{}, false
}

// matchWithin reports whether a match lies within [start, end), as a
// match that ceremonyVerb returns does.
func matchWithin(ms []LexMatch, start, end int) bool {
	for _, m := range ms {
		if m.Start >= start && m.End <= end {
			return true
		}
	}
	return false
}

// ceremonyVerb finds a match of a ceremony-verb list in the main clause of
// the sentence that is its main verb: no verb-like word stands before it.
func ceremonyVerb(p *Pass, s proseSentence, main int, verbs []LexMatch) (LexMatch, bool) {
	for _, m := range verbs {
		if m.Start >= main && m.End <= s.End && !verbBefore(p, s, main, m.Start) {
			return m, true
		}
	}
	return LexMatch{}, false
}

// officialSubject reports a main clause that opens (after a dateline and
// "The") with an office word: "Wali Kota Magelang meninjau …", "Sekda
// Pemkab Bantul memimpin …", "The Governor of West Java visited …". Such
// a sentence reports what an official did, so the verbs of
// ceremony-official-verbs (meninjau, menyerahkan, visited, received) are
// ceremony there, while "Petugas meninjau …" is not.
func officialSubject(a *Analysis, s proseSentence, main int) bool {
	from := main
	if _, end, ok := a.dateline(); ok && end > from && end < s.End {
		from = end
	}
	var lead prose.Token
	found := false
	var buf [32]byte // a word is folded only to be compared: no string made
	for _, w := range s.Words {
		if w.Start < from {
			continue
		}
		if !found && string(prose.AppendFold(buf[:0], a.Text[w.Start:w.End])) == "the" {
			continue
		}
		lead, found = w, true
		break
	}
	if !found {
		return false
	}
	for _, m := range matchBoth(a, listOfficeWords) {
		if m.Start == lead.Start {
			return true
		}
	}
	return false
}

// verbBefore reports a verb-like word in the sentence between from and off,
// which makes the ceremony verb at off a subordinate one. A verb right after
// a comma opens a participle phrase (", didampingi Sekretaris …,", ",
// represented by the Deputy,") and is not the main verb either.
func verbBefore(p *Pass, s proseSentence, from, off int) bool {
	text := p.Text.Text
	lookalikes := listSet(p.Text, listVerbLookalikes, []string{"id"})
	passiveOK := listSet(p.Text, listPassiveExceptions, []string{"id"})
	for _, w := range s.Words {
		if w.Start < from {
			continue
		}
		if w.Start >= off {
			return false
		}
		word := text[w.Start:w.End]
		if !startsLower(word) {
			continue
		}
		lw := prose.FoldString(word)
		afterComma := byteBeforeSpaces(text, w.Start) == ','
		for _, lang := range p.Langs() {
			switch lang {
			case "id":
				if isIDVerbShape(lw) && !(afterComma && strings.HasPrefix(lw, "di")) {
					look := lookalikes.Has(lw)
					noun := passiveOK.Has(lw)
					if !look && !noun {
						return true
					}
				}
			case "en":
				// ", represented by the Deputy," is a participle phrase,
				// not the main verb.
				if strings.HasSuffix(lw, "ed") && len(lw) > 4 && !afterComma &&
					!strings.HasPrefix(strings.TrimLeft(text[w.End:], " "), "by ") {
					return true
				}
			}
		}
	}
	return false
}

// Requires declares the analysis views the rule reads.
func (*HookCeremony) Requires() []AnyView {
	return []AnyView{viewFolded, viewDateline, viewProseSentences}
}
