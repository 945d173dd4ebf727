package rules

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/lazyre"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/prose"
)

// VictimIdentity reports a post about a sexual crime, or about a child in a
// legal case, that also carries an identity cue: a person's name (two or
// more capitalised words that are not an institution, a place or an
// official's name), a school, an address (RT/RW, street, village, "warga
// Cibubur"), an age in parentheses after a real name, or a photo or video.
//
// The topic needs a sexual-crime term, or a child term together with a
// legal-case term (a child in a free-lunch programme is not a case).
// Missing-person appeals are skipped unless they mention a sexual crime:
// the Dewan Pers guideline lets a missing child be identified. Initials and
// pseudonyms with an age ("AS (15)", "Bunga (15)") are the safe form.
//
// What only looks like an identity cue is left out, since the finding is an
// error: a name counts only near a word for a person in the case (korban,
// pelaku, bernama, siswi, victim: victim-roles, victim-child, victim-case)
// or right before an age, and not when all its words are ordinary words
// ("Breaking News") or it holds a religious or rally word ("Masya Allah",
// "Aksi Bela Islam": name-exclusions); an age is "(12)" right after a name
// or a person noun, never a list marker "(2)"; a school or street needs a
// name that is not a case or crime word ("SD Dicabuli", "SD Korban"),
// and in a headline written in title case, where every word is
// capitalised, a number ("SMKN 1", "RT 05"). "Dilecehkan", "pelecehan" also
// mean "insulted" and make a sexual-crime topic only with a person in the
// sentence (victim-sexual-ambiguous). A photo or video is a warning to check
// it, and only in a post that reports a case (an identity cue in the text,
// or a case verb such as ditangkap, arrested: victim-case-events), not in
// an awareness campaign.
type VictimIdentity struct {
	MediaCue           bool `toml:"media_cue"`
	SkipMissingAppeals bool `toml:"skip_missing_appeals"`
}

func init() {
	register("victim-identity", func() Rule { return &VictimIdentity{MediaCue: true, SkipMissingAppeals: true} })
}

var (
	// schoolRe finds a named or numbered school (content-rules.md TBS-08).
	schoolRe = lazyre.New(`\b(?:SDN?|SMPN?|SMAN?|SMKN?|MIN?|MTsN?|MAN?|SLB)\s?(?:Negeri\s)?\d{1,3}\b` +
		`|\b(?:SDN?|SMPN?|SMAN?|SMKN?|MI|MTsN?|MA|SLB)\s(?:Negeri\s|Swasta\s|Islam\s|IT\s)?[A-Z][\p{L}'-]+` +
		`|\b(?:Sekolah\s(?:Dasar|Menengah\s(?:Pertama|Atas|Kejuruan))|Pondok\sPesantren|Ponpes|Pesantren)\s(?:Negeri\s)?(?:\d{1,3}\b|[A-Z][\p{L}'-]+)` +
		`|\b[A-Z][\p{L}'-]+\s(?:Elementary|Primary|Middle|High|Secondary)\sSchool\b`)
	// addressRes find address cues: RT/RW numbers, "warga <Place>",
	// streets, villages. Separate patterns, so "warga RT 05" finds both.
	addressRes = []*lazyre.Regexp{
		lazyre.New(`\bR[TtWw]\.?\s?0*\d{1,3}\b`),
		lazyre.New(`\bwarga\s\p{Lu}\p{Ll}[\p{L}'-]*`),
		lazyre.New(`\b(?:Jl\.?|Jln\.?|Jalan|Gg\.|Gang|Desa|Kelurahan|Dusun|Kampung|Perumahan|Perum|Kompleks|Komplek)\s?[A-Z0-9][\p{L}\d'-]*`),
		lazyre.New(`\b\d{1,5}\s(?:[A-Z][a-z]+\s){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive)\b`),
	}
	// ageRe finds an age in parentheses: "(15)", "(15 tahun)".
	ageRe = lazyre.New(`\((\d{1,2})(?:\s?(?:tahun|th[n.]?|years?|yo|y\.o\.))?\)`)
	// initialsRe matches initials right before an age: "AS", "A.S.", "A. S.".
	initialsRe = lazyre.New(`(?:^|[\s,(])(?:[A-Z]\.?\s?){1,3}$`)
)

// Doc documents the rule.
func (*VictimIdentity) Doc() lint.Doc {
	return lint.Doc{
		ID:        "victim-identity",
		Category:  lint.CategoryTrust,
		Severity:  lint.Error,
		Context:   lint.TrustContext,
		Summary:   i18n.English("post about a sexual crime or a child in a legal case that identifies the person: name, school, address, age or photo"),
		Rationale: i18n.English("UU 11/2012 (SPPA) Pasal 19 requires the identity of child offenders, victims and witnesses to be kept secret in any publication, with sanctions for everyone (Pasal 97); Kode Etik Jurnalistik Pasal 5 protects victims of sexual crimes; the Dewan Pers child-friendly reporting guideline counts name, photo, parents, address and school as identity. A government account that publishes them carries the same legal risk. The rule is deliberately aggressive: a false alarm costs a review, a miss can break the law. It needs a sexual-crime term, or a child term with a legal-case term (lists victim-sexual-crime, victim-child, victim-case; disaster victims excluded). Missing-person appeals without a sexual-crime term are skipped, and initials or pseudonyms with an age (\"AS (15)\", \"Bunga (15)\") are the safe form. Only real identity cues are errors: a name near a word for the person in the case (korban, pelaku, siswi, bernama, victim: victim-roles.txt) or before an age, not a greeting, rally or newsroom label (\"Masya Allah\", \"Aksi Bela Islam\", \"Breaking News\"); an age right after a name or person noun, not a list marker \"(2)\"; a named or numbered school or street (in a title-case headline only a numbered one: \"SMKN 1\", not \"SD Korban\"). \"Dilecehkan\" counts as a sexual crime only about a person, not a religion. A photo or video is a warning to check it, in posts that report a case (victim-case-events.txt), not in awareness campaigns."),
		Source:    "Indonesia's Juvenile Criminal Justice System Law (UU 11/2012 SPPA), Article 19: the identity of a child in a case stays secret; Indonesian Journalistic Code of Ethics (Kode Etik Jurnalistik), Article 5; Indonesian Press Council (Dewan Pers), Child-Friendly Reporting Guidelines (Peraturan Dewan Pers No. 1/Peraturan-DP/II/2019)",
		Bad:       i18n.English("Police arrest a suspect in the sexual abuse of Rina Marlina, a student at SMP Negeri 3, who lives on Jalan Melati."),
		Good:      i18n.English("Police arrest a suspect in the sexual abuse of a 14-year-old girl in Bekasi. Victims can call SAPA 129."),
		Options: []lint.OptionDoc{
			{Name: "media_cue", Help: i18n.English("warn about a photo or video in a post that reports a case (a face, a uniform, a house can identify)")},
			{Name: "skip_missing_appeals", Help: i18n.English("skip missing-person appeals that mention no sexual crime")},
		},
	}
}

// identityCue is one identity cue found in the text.
type identityCue struct {
	start, end int
	kind       i18n.Text
	fix        i18n.Text
}

var (
	cueName = i18n.T("a name", "nama")
	cueSch  = i18n.T("a school", "sekolah")
	cueAddr = i18n.T("an address", "alamat")
	cueAge  = i18n.T("an age with a real name", "usia bersama nama asli")
)

// The word lists read here, resolved once (wordList).
var (
	listMissingAppeal         = wordList("missing-appeal")
	listNameExclusions        = wordList("name-exclusions")
	listNameFunctionWords     = wordList("name-function-words")
	listOfficialTitles        = wordList("official-titles")
	listVictimCase            = wordList("victim-case")
	listVictimCaseEvents      = wordList("victim-case-events")
	listVictimChild           = wordList("victim-child")
	listVictimContext         = wordList("victim-context")
	listVictimNotCrime        = wordList("victim-not-crime")
	listVictimPseudonyms      = wordList("victim-pseudonyms")
	listVictimRoles           = wordList("victim-roles")
	listVictimSexualAmbiguous = wordList("victim-sexual-ambiguous")
	listVictimSexualCrime     = wordList("victim-sexual-crime")
)

// Check finds the topic, then the identity cues.
func (r *VictimIdentity) Check(p *Pass) {
	a := p.Text
	topic, ok := victimTopic(a)
	if !ok {
		return
	}
	sexual := sexualCrime(a)
	if r.SkipMissingAppeals && !sexual && trustAnyMatch(a, listMissingAppeal) {
		return
	}
	var cues []identityCue
	for _, s := range personNames(a) {
		cues = append(cues, identityCue{s.Start, s.End, cueName,
			i18n.T("use initials or a pseudonym (\"Bunga (15)\") and leave out the names of parents and relatives",
				"pakai inisial atau nama samaran (\"Bunga (15)\") dan jangan sebut nama orang tua atau kerabat")})
	}
	for _, m := range schoolRe.FindAllStringIndex(a.Text, -1) {
		if !namedPlace(a, m[0], m[1]) {
			continue
		}
		cues = append(cues, identityCue{m[0], m[1], cueSch,
			i18n.T("leave out the school: \"a junior high school in the district\" at most", "jangan sebut sekolahnya: cukup \"sebuah SMP di kecamatan itu\"")})
	}
	for _, re := range addressRes {
		for _, m := range re.FindAllStringIndex(a.Text, -1) {
			if !namedPlace(a, m[0], m[1]) {
				continue
			}
			cues = append(cues, identityCue{m[0], m[1], cueAddr,
				i18n.T("leave out the street, RT/RW and village; the district is enough", "jangan sebut jalan, RT/RW, dan desa; cukup kecamatan")})
		}
	}
	for _, m := range ageRe.FindAllStringIndex(a.Text, -1) {
		if ageAfterPerson(a, m[0]) && !safeAge(a, m[0]) {
			cues = append(cues, identityCue{m[0], m[1], cueAge,
				i18n.T("give an age only with initials or a pseudonym (\"Bunga (15)\"), never with a real name",
					"sebut usia hanya bersama inisial atau nama samaran (\"Bunga (15)\"), jangan bersama nama asli")})
		}
	}
	kept := cues[:0]
	for _, c := range cues {
		if !trustInEntity(a, c.start, c.end) {
			kept = append(kept, c)
		}
	}
	slices.SortStableFunc(kept, func(x, y identityCue) int { return cmp.Compare(x.start, y.start) })
	spans := make([]prose.Span, len(kept))
	for i, c := range kept {
		spans[i] = prose.Span{Start: c.start, End: c.end}
	}
	// Overlapping cues ("warga RT 05") are one finding, named after the cue
	// that starts it.
	next := 0
	for _, s := range mergeSpans(spans) {
		for next < len(kept) && kept[next].start < s.Start {
			next++
		}
		c := kept[next]
		p.Report(Report{
			Start: s.Start, End: s.End,
			Message: i18n.Sprintf("%s (%q) in a post about %q: victims of sexual crimes and children in legal cases must not be identifiable",
				"%s (%q) dalam unggahan tentang %q: korban kejahatan susila dan anak yang berhadapan dengan hukum tidak boleh bisa dikenali",
				c.kind, excerpt(a.Text[s.Start:s.End], 40), topic),
			Suggestion: c.fix,
		})
	}
	if r.MediaCue && p.Media != "" && p.Media != platform.MediaText && (len(kept) > 0 || trustAnyMatch(a, listVictimCaseEvents)) {
		p.ReportMeta("media", lint.Warning,
			i18n.Sprintf("the post about %q carries a %s: victims of sexual crimes and children in legal cases must not be identifiable",
				"unggahan tentang %q memuat %s: korban kejahatan susila dan anak yang berhadapan dengan hukum tidak boleh bisa dikenali",
				topic, attachmentName(p.Media)),
			i18n.T("check that no face, name tag, uniform, house or vehicle in it can identify the person; blur them or use an illustration",
				"pastikan tidak ada wajah, papan nama, seragam, rumah, atau kendaraan yang bisa mengungkap identitas; samarkan atau pakai ilustrasi"))
	}
}

// victimTopic returns the term that makes the post sensitive: a
// sexual-crime term, or a child term (or an age under 18) with a legal-case
// term that is not about a disaster or accident.
func victimTopic(a *Analysis) (string, bool) {
	for _, m := range a.trustMatch(listVictimSexualCrime) {
		if !trustInEntity(a, m.Start, m.End) && !insultNotCrime(a, m) {
			return a.Text[m.Start:m.End], true
		}
	}
	notCrime := a.trustMatch(listVictimNotCrime)
	caseTerm := false
	for _, m := range a.trustMatch(listVictimCase) {
		if !trustInEntity(a, m.Start, m.End) && !overlapsMatch(notCrime, m.Start, m.End) {
			caseTerm = true
			break
		}
	}
	if !caseTerm {
		return "", false
	}
	for _, m := range a.trustMatch(listVictimChild) {
		if !trustInEntity(a, m.Start, m.End) {
			return a.Text[m.Start:m.End], true
		}
	}
	for _, m := range ageRe.FindAllStringSubmatchIndex(a.Text, -1) {
		if n, err := strconv.Atoi(a.Text[m[2]:m[3]]); err == nil && n < 18 && ageAfterPerson(a, m[0]) {
			return a.Text[m[0]:m[1]], true
		}
	}
	return "", false
}

// sexualCrime reports whether the post names a sexual crime, ambiguous
// terms read as the insult they can also mean (insultNotCrime).
func sexualCrime(a *Analysis) bool {
	for _, m := range a.trustMatch(listVictimSexualCrime) {
		if !trustInEntity(a, m.Start, m.End) && !insultNotCrime(a, m) {
			return true
		}
	}
	return false
}

// insultNotCrime reports a sexual-crime term that also means "insult"
// ("dilecehkan", "pelecehan": list victim-sexual-ambiguous) with no word for
// a person in its sentence: "Islam dilecehkan" is about a religion.
func insultNotCrime(a *Analysis, m LexMatch) bool {
	if !a.lexicon.inList(listVictimSexualAmbiguous, m.Entry.Phrase) {
		return false
	}
	s := trustSentenceOf(a, m.Start)
	return !trustInLists(a, s.Start, s.End, listVictimRoles, listVictimChild)
}

// ageAfterPerson reports an age in parentheses that follows a person: a
// capitalised word or a word for a person, with only spaces between
// ("Aulia (10)", "siswi (14)"). A number in brackets at the start of a line
// or after punctuation is a list marker ("(1) dengarkan anak, (2) lapor").
func ageAfterPerson(a *Analysis, at int) bool {
	words := a.Words()
	i := sort.Search(len(words), func(i int) bool { return words[i].End > at }) - 1
	if i < 0 || strings.Trim(a.Text[words[i].End:at], " ") != "" {
		return false
	}
	word := a.Text[words[i].Start:words[i].End]
	if words[i].Kind != prose.Word {
		return false
	}
	return startsUpper(word) || trustInLists(a, words[i].Start, words[i].End, listVictimRoles, listVictimChild)
}

// safeAge reports an age in parentheses that follows initials or a
// pseudonym ("AS (15)", "Bunga (15)", "sebut saja Mawar (15)").
func safeAge(a *Analysis, at int) bool {
	// Initials are a few bytes long: look at the end of the text before the
	// age only, so each check is constant time.
	before := strings.TrimRight(a.Text[max(0, at-16):at], " ")
	if initialsRe.MatchString(before) {
		return true
	}
	words := a.Words()
	if i := sort.Search(len(words), func(i int) bool { return words[i].End > at }) - 1; i >= 0 {
		prev := words[i]
		if strings.TrimSpace(a.Text[prev.End:at]) == "" && a.lexicon.inList(listVictimPseudonyms, a.Text[prev.Start:prev.End]) {
			return true
		}
	}
	s := trustSentenceOf(a, at)
	for _, m := range matchesIn(a.trustMatch(listVictimPseudonyms), s.Start, at) {
		if m.End <= at && strings.Contains(strings.TrimSpace(m.Entry.Phrase), " ") {
			return true
		}
	}
	return false
}

// personNames returns runs of two or more capitalised words that read as a
// person's name: not an institution, place, date or campaign
// (name-exclusions), not an official introduced by a title
// (official-titles), not a pseudonym, no topic word ("Stop Perundungan"),
// and not in a headline written in title case.
func personNames(a *Analysis) []prose.Span {
	var out []prose.Span
	words := a.Words()
	titles := a.trustMatch(listOfficialTitles)
	flush := func(run []prose.Token) {
		// Strip function words that start the run ("Ketika Budi Santoso").
		for len(run) > 0 && a.lexicon.inList(listNameFunctionWords, a.Text[run[0].Start:run[0].End]) {
			run = run[1:]
		}
		if len(run) < 2 {
			return
		}
		for _, w := range run {
			word := a.Text[w.Start:w.End]
			if a.lexicon.inList(listNameExclusions, word) || a.lexicon.inList(listOfficialTitles, word) || a.lexicon.inList(listVictimPseudonyms, word) ||
				a.lexicon.inList(listVictimCase, word) || a.lexicon.inList(listVictimChild, word) || a.lexicon.inList(listVictimSexualCrime, word) {
				return
			}
		}
		start, end := run[0].Start, run[len(run)-1].End
		ordinary := 0
		for _, w := range run {
			if ordinaryWord(a, a.Text[w.Start:w.End]) {
				ordinary++
			}
		}
		if ordinary == len(run) || !nearPersonRole(a, start, end) {
			return // "Breaking News"; a name far from any victim or suspect
		}
		if m, ok := lastMatchBefore(titles, start); ok && trustWordsBetween(a, m.End, start) <= 1 && !strings.ContainsAny(a.Text[m.End:start], ".!?\n") {
			return
		}
		if titleCaseSentence(a, start) || trustInEntity(a, start, end) {
			return
		}
		out = append(out, prose.Span{Start: start, End: end})
	}
	var run []prose.Token
	for _, w := range words {
		word := a.Text[w.Start:w.End]
		if isTitleWord(word) && utf8.RuneCountInString(word) >= 2 {
			if len(run) > 0 && a.Text[run[len(run)-1].End:w.Start] != " " {
				flush(run)
				run = run[:0]
			}
			run = append(run, w)
			continue
		}
		flush(run)
		run = run[:0]
	}
	flush(run)
	return out
}

// nearPersonRole reports whether a name at [start, end) stands within
// nameRoleWindow words of a word for a person in a case, in the same
// sentence: a role (victim-roles: korban, pelaku, bernama, victim), a child
// term or a case term, or is followed by an age ("Aulia Ramadhani (10)").
// A capitalised run elsewhere in the post (a greeting, an event, a place) is
// no victim's name.
func nearPersonRole(a *Analysis, start, end int) bool {
	if ageRe.MatchString(strings.TrimLeft(a.Text[end:min(len(a.Text), end+16)], " ,")) {
		return true
	}
	s := trustSentenceOf(a, start)
	for _, list := range []listID{listVictimRoles, listVictimChild, listVictimCase, listVictimSexualCrime} {
		for _, m := range matchesIn(a.trustMatch(list), s.Start, s.End) {
			if m.End > s.End || trustInEntity(a, m.Start, m.End) {
				continue
			}
			if m.End <= start && trustWordsBetween(a, m.End, start) <= nameRoleWindow ||
				m.Start >= end && trustWordsBetween(a, end, m.Start) <= nameRoleWindow {
				return true
			}
		}
	}
	return false
}

// nameRoleWindow is how many words may stand between a name and the role
// word it belongs to ("korban pencabulan, Putri Ayu": two).
const nameRoleWindow = 4

// namedPlace reports whether a school or address cue at [start, end) names
// a place. In a headline written in title case every word is capitalised,
// so only a number identifies ("SMPN 3", "RT 05"): "Siswi SMK Bandung
// Ditikam" and "Turun Ke Jalan Hanya" name nothing. Elsewhere the word after
// the school type or street must not be a case or crime term ("SD
// Dicabuli", "SD Korban", "SMP Tewas"); ordinary words stay, since schools
// and streets are named with them ("SD Harapan", "Jalan Melati").
func namedPlace(a *Analysis, start, end int) bool {
	cue := a.Text[start:end]
	hasDigit := strings.ContainsAny(cue, "0123456789")
	if titleCaseSentence(a, start) {
		return hasDigit
	}
	if hasDigit {
		return true
	}
	ws := trustWordsIn(a, prose.Span{Start: start, End: end})
	if len(ws) < 2 {
		return true
	}
	last := a.Text[ws[len(ws)-1].Start:ws[len(ws)-1].End]
	for _, list := range []listID{listVictimCase, listVictimSexualCrime, listVictimChild, listVictimContext} {
		if a.lexicon.inList(list, last) {
			return false
		}
	}
	return true
}

// titleCaseSentence reports a headline written in title case ("Polisi
// Tangkap Pelaku Pencabulan"): four or more words, most of them
// capitalised, so capitals say nothing about names.
func titleCaseSentence(a *Analysis, off int) bool {
	ws := trustWordsIn(a, trustSentenceOf(a, off))
	if len(ws) < 4 {
		return false
	}
	caps := 0
	for _, w := range ws {
		word := a.Text[w.Start:w.End]
		if isTitleWord(word) || prose.IsUpperWord(word) {
			caps++
		}
	}
	return caps*10 >= len(ws)*6
}

// attachmentName names what a post carries besides text.
func attachmentName(media platform.Media) i18n.Text {
	if media == platform.MediaLink {
		return i18n.T("link preview", "pratinjau tautan")
	}
	return mediaName(media)
}

// Requires declares the analysis views the rule reads.
func (*VictimIdentity) Requires() []AnyView {
	return []AnyView{viewTokens, viewTrustEntities}
}
