package rules

import (
	"regexp"
	"strings"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/prose"
)

// HookCeremony notes a first sentence that reports a ceremony — officials
// attended, opened, held — without saying what the public gains. A benefit
// marker anywhere in the sentence (agar, sehingga, kini bisa, gratis, can,
// now, free, an amount such as "Rp10.000" or "500 paket") clears it.
//
// "Main verb" is approximated: the ceremony verb must be the first
// verb-like word of the sentence (id: a lower-case me-/ber-/di-/ter- word
// that is not a known look-alike such as "melalui" or "tersebut"; en: a
// lower-case -ed word that does not open a participle phrase such as
// ", represented by"), or a ceremony noun must open the sentence
// ("Kunjungan kerja …", "Rapat koordinasi …").
type HookCeremony struct{}

func init() { register(func() Rule { return &HookCeremony{} }) }

// Doc documents the rule.
func (*HookCeremony) Doc() Doc {
	return Doc{
		ID:       "hook-ceremony",
		Category: CategoryHook,
		Severity: Info,
		Summary: i18n.T("the first sentence reports a ceremony with no benefit to the public",
			"kalimat pertama melaporkan seremoni tanpa manfaat bagi warga"),
		Rationale: i18n.T("A common Humas mistake is treating social media as an archive of the leader's activities. Readers care about the real effect on them, not that \"the leader attended a meeting\". Lead with what changes for the public; the ceremony can follow. Lists: words/<lang>/ceremony-verbs.txt, ceremony-nouns.txt and benefit-markers.txt, extendable in [words.<lang>].",
			"Kesalahan umum Humas adalah menjadikan media sosial arsip kegiatan pimpinan. Pembaca peduli pada dampak nyata bagi mereka, bukan bahwa \"pimpinan menghadiri rapat\". Awali dengan apa yang berubah bagi warga; seremoninya bisa menyusul. Daftar: words/<lang>/ceremony-verbs.txt, ceremony-nouns.txt, dan benefit-markers.txt, bisa ditambah di [words.<lang>]."),
		Source: "https://celebes.inews.id/amp/654931/fokus-informasi-ke-interaksi-publik-diskominfo-makassar-hadirkan-ndoro-kakung-praktisi-medsos/2 ; content-rules.md HOOK-05, §2.10",
		Bad:    i18n.T("The Mayor attended the coordination meeting on flood preparedness at City Hall.", "Wali Kota menghadiri rapat koordinasi kesiapsiagaan banjir di Balai Kota."),
		Good:   i18n.T("Flood pumps in 12 districts now run 24 hours, the Mayor announced after a coordination meeting.", "Kini 12 pompa banjir siaga 24 jam, kata Wali Kota usai rapat koordinasi kesiapsiagaan banjir."),
	}
}

// idVerbRe is the Indonesian verb-prefix heuristic: me-, mem-, men-, meng-,
// meny-, ber-, di- and ter- before at least three letters.
var idVerbRe = regexp.MustCompile(`^(?:me|ber|di|ter)[a-z]{3,}$`)

// Check looks at the first sentence.
func (*HookCeremony) Check(p *Pass) {
	a := p.Text
	sents := proseSentences(a)
	if len(sents) == 0 {
		return
	}
	first := sents[0]
	for _, m := range a.Match("benefit-markers") {
		if m.Start >= first.Start && m.End <= first.End {
			return
		}
	}
	var hit *LexMatch
	for _, m := range a.Match("ceremony-nouns") {
		if m.Start == first.Words[0].Start {
			hit = &m
			break
		}
	}
	if hit == nil {
		verbs := a.Match("ceremony-verbs")
		for i := range verbs {
			m := verbs[i]
			if m.Start >= first.Start && m.End <= first.End && !verbBefore(p, first, m.Start) {
				hit = &m
				break
			}
		}
	}
	if hit == nil {
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

// verbBefore reports a verb-like word in the sentence before off, which
// makes the ceremony verb at off a subordinate one.
func verbBefore(p *Pass, s proseSentence, off int) bool {
	text := p.Text.Text
	lookalikes := listSet(p.Text, "verb-lookalikes", []string{"id"})
	passiveOK := listSet(p.Text, "passive-exceptions", []string{"id"})
	for _, w := range s.Words {
		if w.Start >= off {
			return false
		}
		word := text[w.Start:w.End]
		if !startsLower(word) {
			continue
		}
		lw := prose.FoldString(word)
		for _, lang := range p.Langs() {
			switch lang {
			case "id":
				if idVerbRe.MatchString(lw) {
					_, look := lookalikes[lw]
					_, noun := passiveOK[lw]
					if !look && !noun {
						return true
					}
				}
			case "en":
				// ", represented by the Deputy," is a participle phrase,
				// not the main verb.
				if strings.HasSuffix(lw, "ed") && len(lw) > 4 && byteBeforeSpaces(text, w.Start) != ',' &&
					!strings.HasPrefix(strings.TrimLeft(text[w.End:], " "), "by ") {
					return true
				}
			}
		}
	}
	return false
}
