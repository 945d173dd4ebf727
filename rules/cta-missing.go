package rules

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// CtaMissing notes a post that asks nothing of its readers: no call to
// action, no conversation prompt and no question to the audience. Facebook
// Indonesia told government PR offices that a caption should invite the
// public to act.
//
// A call to action is recognised by its shape as well as by phrase lists,
// because captions ask in many words: an imperative opening a clause, a
// link with a label, a contact instruction or a sentence that tells the
// readers what they can do (see asksReaders). Precision first: the rule is
// silent whenever the post plausibly asks something, so a heading that
// merely looks like an imperative costs a missed note, not a wrong one.
// The lists it reads: cta, invitations, prompts (anywhere in the post);
// imperative-verbs, imperative-exceptions, condition-openers (clause
// openers); link-pointers, link-citation-labels; contact-cues;
// audience-words, reader-modals; cta-negations; pasted-message-labels.
type CtaMissing struct{}

func init() { register("cta-missing", func() Rule { return &CtaMissing{} }) }

// Doc documents the rule.
func (*CtaMissing) Doc() lint.Doc {
	return lint.Doc{
		ID:        "cta-missing",
		Category:  lint.CategoryEngagement,
		Severity:  lint.Info,
		Summary:   i18n.English("no call to action, no conversation prompt and no question to the audience"),
		Rationale: i18n.English("Facebook Indonesia's advice to government PR offices: a caption should contain a call to action. A common Humas mistake is to treat social media as an archive of the leader's activities, with captions written like news releases and no invitation to the public. A post asks something of its readers when it has: a phrase from the cta, invitations or prompts lists (\"klik tautan\", \"yuk\", \"let us know\"); a sentence ending in \"?\"; an imperative opening a sentence, a line, or the clause after \":\", \";\" or a condition (\"Daftar pakai NIK di loket\", \"Datang ya!\", \"Pisahkan sampah\", \"If you see him, tell the police\"), from the imperative-verbs list or, in Indonesian, the -kan and -lah shapes; a link after a label or a pointing word (\"Read the guidelines: https://…\", \"booked at https://…\"), but not after a source label (\"Sumber:\"); a phone number or e-mail address after a contact word (\"Pengaduan: WhatsApp 0811…\"); or a sentence telling the readers what they can or should do (\"Warga bisa menyiapkan ember\", \"Anyone with footage is asked to contact …\"). Bait (\"tag 3 teman\") asks something too: engagement-bait reports it. Not counted: words in quotation marks or in a pasted message under a label such as \"Isi pesan:\" (reported text), request-like phrases that ask for nothing (\"mohon maaf\", \"don't worry\", \"Cek Fakta:\"), and calls to action turned round by a negation (\"tidak perlu datang ke kantor\"). Lists: words/<lang>/cta.txt, invitations.txt, prompts.txt, imperative-verbs.txt, imperative-exceptions.txt, condition-openers.txt, link-pointers.txt, link-citation-labels.txt, contact-cues.txt, audience-words.txt, reader-modals.txt, cta-negations.txt and pasted-message-labels.txt, each extendable in [words.<lang>], for example [words.id] cta = [\"pesan lewat WhatsApp\"]."),
		Source:    "Facebook Indonesia's advice to government PR offices, reported by PR Indonesia: a caption should contain a call to action; The practitioner Ndoro Kakung at Diskominfo Makassar, reported by iNews: invite the public instead of archiving the leader's activities",
		Bad:       i18n.English("The Mayor attended the coordination meeting on flood preparedness at City Hall."),
		Good:      i18n.English("Flood season is here. Check whether your street is on the evacuation map: learn more at bpbd.example.go.id"),
	}
}

// Check looks for any kind of invitation.
func (*CtaMissing) Check(p *Pass) {
	a := p.Text
	if len(a.Words()) == 0 {
		return
	}
	if asksReaders(a, p.Langs()) {
		return
	}
	body := a.Text[:closingTagsStart(a)]
	start, end := lastSentence(a, len(body))
	p.Report(Report{
		Start: start, End: end,
		Message: i18n.T("the post asks nothing of its readers: no call to action, no prompt, no question",
			"unggahan tidak mengajak pembaca melakukan apa pun: tanpa ajakan bertindak, ajakan berdiskusi, atau pertanyaan"),
		Suggestion: i18n.T("end with one clear next step (\"Register at …\", \"Call 112\") or an open question (\"What do you think?\")",
			"tutup dengan satu langkah yang jelas (\"Daftar di …\", \"Hubungi 112\") atau pertanyaan terbuka (\"Bagaimana pendapat Anda?\")"),
	})
}

// The word lists read here, resolved once (wordList).
var (
	listAudienceWords        = wordList("audience-words")
	listConditionOpeners     = wordList("condition-openers")
	listContactCues          = wordList("contact-cues")
	listCTA                  = wordList("cta")
	listCTANegations         = wordList("cta-negations")
	listImperativeExceptions = wordList("imperative-exceptions")
	listImperativeVerbs      = wordList("imperative-verbs")
	listInvitations          = wordList("invitations")
	listLinkCitationLabels   = wordList("link-citation-labels")
	listLinkPointers         = wordList("link-pointers")
	listPastedMessageLabels  = wordList("pasted-message-labels")
	listPrompts              = wordList("prompts")
	listReaderModals         = wordList("reader-modals")
)

// asksReaders reports whether the post, in its own voice, asks its readers
// anything: a listed call to action, invitation or prompt, a question, an
// imperative opening a clause, a link with a label or a pointing word before
// it, a contact instruction, or a sentence telling the readers what they can
// or should do. Words inside quotation marks or inside a pasted message are
// reported text and do not count; neither does a request-like phrase that
// asks for nothing ("mohon maaf", "don't worry").
func asksReaders(a *Analysis, langs []string) bool {
	s := newCtaScan(a, langs)
	for _, list := range []listID{listCTA, listInvitations, listPrompts} {
		for _, m := range a.Match(list) {
			if s.own(m.Start, m.End) && !s.negated(m.Start, m.End) {
				return true
			}
		}
	}
	return s.question() || s.imperative() || s.labelledLink() || s.contact() || s.readersTold()
}

// ctaScan holds what the call-to-action detectors share for one post.
type ctaScan struct {
	a     *Analysis
	langs []string
	// pasted are the pasted-message blocks (see pastedBlocks).
	pasted []prose.Span
	// except are the matches of imperative-exceptions, neg those of
	// cta-negations.
	except, neg []LexMatch
}

func newCtaScan(a *Analysis, langs []string) ctaScan {
	return ctaScan{a: a, langs: langs, pasted: pastedBlocks(a),
		except: a.Match(listImperativeExceptions), neg: a.Match(listCTANegations)}
}

// negated reports a call to action turned into its opposite by a negation
// right before it, or around it: "tidak perlu (lagi) datang ke kantor",
// "no longer need to visit". At most one word, and no punctuation, may
// stand between the negation and the call to action.
func (s *ctaScan) negated(start, end int) bool {
	i := sort.Search(len(s.neg), func(i int) bool { return s.neg[i].Start >= end }) - 1
	if i < 0 {
		return false
	}
	n := s.neg[i]
	if n.End > start {
		return true // the negation holds the phrase ("no longer need to")
	}
	gap := s.a.Text[n.End:start]
	if strings.IndexFunc(gap, unicode.IsPunct) >= 0 {
		return false
	}
	return len(prose.Words(gap)) <= 1
}

// own reports whether text[start:end] is the account's own wording: outside
// quotation marks and pasted messages, and not part of a request-like
// phrase that asks for nothing.
func (s *ctaScan) own(start, end int) bool {
	return !s.a.InQuotes(start, end) && !overlapsSorted(s.pasted, start, end) && !overlapsMatch(s.except, start, end)
}

// question reports a sentence that ends in a question mark outside
// quotation marks and pasted messages. Trailing emoji, closing brackets and
// quotes after the mark do not hide it ("Ada pertanyaan? 🙂").
//
// A post without a question mark has no such sentence, and its sentences
// are not read backwards one by one.
func (s *ctaScan) question() bool {
	if !hasQuestionMark(s.a.Text) {
		return false
	}
	for _, sent := range s.a.Sentences() {
		q := finalQuestionMark(s.a.Text[sent.Start:sent.End])
		if q >= 0 && s.own(sent.Start+q, sent.Start+q+1) {
			return true
		}
	}
	return false
}

// imperative reports a clause that opens with a call-to-action verb: a
// word or phrase of the imperative-verbs list, or in Indonesian a word of
// the -kan imperative shape ("Bagikan", "Pisahkan"), either with -lah
// ("Datanglah", "Laporkanlah").
func (s *ctaScan) imperative() bool {
	a := s.a
	verbs := a.Match(listImperativeVerbs)
	idShape := slices.Contains(s.langs, i18n.ID)
	for start := range clauseStarts(a) {
		if !s.own(start, start+1) {
			continue
		}
		if m, ok := matchAt(verbs, start); ok && s.own(m.Start, m.End) {
			return true
		}
		if idShape && s.kanShape(start) {
			return true
		}
	}
	return false
}

// kanShape reports an Indonesian -kan imperative (or a listed verb or -kan
// imperative with -lah) in the word at start: at least six letters ending
// in -kan and not starting like a prefixed word (me-, di-, ber-, ter-, pe-,
// ke-: "Menyampaikan", "Berdasarkan", "Kebijakan", "Pendidikan"). Nouns of
// the same shape ("Tindakan", "Pekan") are listed in
// imperative-exceptions.txt; listed -kan verbs that look prefixed
// ("Berikan", "Teruskan") are in imperative-verbs.txt.
func (s *ctaScan) kanShape(start int) bool {
	w, ok := wordAt(s.a, start)
	if !ok || !mayEndKanLah(w) {
		return false
	}
	word := prose.FoldString(w)
	if base, ok := strings.CutSuffix(word, "lah"); ok && len(base) >= 3 {
		if listSet(s.a, listImperativeVerbs, []string{i18n.ID}).Has(base) {
			return true
		}
		word = base
	}
	if !strings.HasSuffix(word, "kan") || utf8.RuneCountInString(word) < 6 {
		return false
	}
	for _, prefix := range []string{"me", "di", "ber", "ter", "pe", "ke"} {
		if strings.HasPrefix(word, prefix) {
			return listSet(s.a, listImperativeVerbs, []string{i18n.ID}).Has(word)
		}
	}
	return !listSet(s.a, listImperativeExceptions, []string{i18n.ID}).Has(word)
}

// mayEndKanLah reports whether the word may fold to one ending in -kan or
// -lah, as every word kanShape accepts does. An ASCII word folds to
// itself in lower case, so its last three letters tell; a word with
// other bytes may fold otherwise, and may. Most clause openers are spared
// the folding, which made a string of each capitalised one.
func mayEndKanLah(w string) bool {
	if !isASCII(w) {
		return true
	}
	if len(w) < 3 {
		return false
	}
	a, b, c := lowerASCII(w[len(w)-3]), lowerASCII(w[len(w)-2]), lowerASCII(w[len(w)-1])
	return a == 'k' && b == 'a' && c == 'n' || a == 'l' && b == 'a' && c == 'h'
}

// labelledLink reports a link the reader is pointed to: after a label
// ending in ":" or an arrow ("Read the full paper: https://…", "Info
// lengkap 👉 bit.ly/…"), or after a pointing word ("book at https://…",
// "selengkapnya di https://…"). A link alone on its line points nowhere in
// particular, and a label that only names a source ("Sumber:", "Source:")
// cites rather than invites.
func (s *ctaScan) labelledLink() bool {
	a := s.a
	// The word lists are looked up at the first link with words before it:
	// a post without one is spared the look-ups.
	var pointers, citations WordSet
	listsRead := false
	for _, u := range a.URLs() {
		if isPostNominal(a.Text[u.Start:u.End]) || !s.own(u.Start, u.End) {
			continue
		}
		line := lineSpanAt(a.Text, u.Start)
		// A label sits right before its link: a bounded look back keeps a
		// long line of links linear.
		from := max(line.Start, u.Start-maxLinkLabel)
		for from < u.Start && !utf8.RuneStart(a.Text[from]) {
			from++
		}
		lead := strings.TrimRight(a.Text[from:u.Start], " \t")
		words := prose.Words(lead)
		if len(words) == 0 {
			continue
		}
		if !listsRead {
			pointers = listSet(a, listLinkPointers, s.langs)
			citations = listSet(a, listLinkCitationLabels, s.langs)
			listsRead = true
		}
		last := lead[words[len(words)-1].Start:words[len(words)-1].End]
		if pointers.Has(prose.FoldString(last)) && words[len(words)-1].End == len(lead) {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(lead)
		if r != ':' && !isArrow(r) {
			continue
		}
		label := strings.TrimSpace(strings.TrimRightFunc(lead, func(r rune) bool { return r == ':' || isArrow(r) || isEmojiRune(r) || r == ' ' }))
		if !citations.Has(prose.FoldString(label)) {
			return true
		}
	}
	return false
}

// maxLinkLabel is how many bytes before a link labelledLink reads.
const maxLinkLabel = 120

// isArrow reports the arrows captions put before a link.
func isArrow(r rune) bool {
	switch r {
	case '→', '⇒', '➡', '⬇', '⤵', '👉', '👇', '🔗', 0xFE0F:
		return true
	}
	return false
}

// contact reports a contact instruction: a phone number or an e-mail
// address in a sentence where a contact word comes before it ("Pengaduan:
// WhatsApp 0811-6000-123", "contact the police on 110").
func (s *ctaScan) contact() bool {
	a := s.a
	// A number needs a digit and an address an '@': without either in
	// the post, there is nothing to look up the contact words for.
	if !hasASCIIDigit(a.Text) && strings.IndexByte(a.Text, '@') < 0 {
		return false
	}
	cues := a.Match(listContactCues)
	var hitsBuf [8][2]int
	for _, sent := range a.Sentences() {
		// The contact word must stand in the sentence, before the number:
		// a sentence without one is spared the patterns.
		if !matchStartsIn(cues, sent) {
			continue
		}
		text := a.Text[sent.Start:sent.End]
		// The scanners stop only at '+', '(', '0', '1' and '@': most
		// sentences pass through them at once.
		hits := appendPhoneNumbers(hitsBuf[:0], text)
		hits = appendEmailAddresses(hits, text)
		for _, h := range hits {
			start, end := sent.Start+h[0], sent.Start+h[1]
			if !s.own(start, end) || !phoneLike(a.Text[start:end]) && !strings.Contains(a.Text[start:end], "@") {
				continue
			}
			short := !strings.Contains(a.Text[start:end], "@") && phoneDigits(a.Text[start:end]) < 7
			// The nearest contact word before the number decides: a service
			// number (110, 123) must follow it, at most with a pointing word
			// between ("melapor ke 110", "on 110"), since elsewhere "120
			// pasien" after "layanan" is a count.
			c, ok := lastMatchBefore(cues, start)
			if ok && c.Start >= sent.Start && s.own(c.Start, c.End) &&
				(!short || len(prose.Words(a.Text[c.End:start])) <= 1) {
				return true
			}
		}
	}
	return false
}

// matchStartsIn reports a match that starts inside the span.
func matchStartsIn(ms []LexMatch, s prose.Span) bool {
	for _, m := range ms {
		if m.Start >= s.Start && m.Start < s.End {
			return true
		}
	}
	return false
}

// phoneLike keeps numbers with the digits of a phone number: seven or more,
// or a three- to six-digit service number starting with 1 (110, 112, 123,
// 14045), so that a year or an amount near "info" is not taken for one.
func phoneLike(s string) bool {
	n := phoneDigits(s)
	if n >= 7 {
		return true
	}
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
	return n >= 3 && n <= 6 && digits[0] == '1' && (n != 4 || !strings.HasPrefix(digits, "19") && !strings.HasPrefix(digits, "20"))
}

// phoneDigits counts the ASCII digits of s.
func phoneDigits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// appendPhoneNumbers appends to dst the spans of the Indonesian phone
// numbers (0812-3300-4455, +62 21 123456, (0274) 123456) and short service
// numbers (110, 112, 1500-xxx) in text: the leftmost-first matches of
//
//	(?:\+62|\(?\b0\d{1,4}\)?)[\s.-]?\d{2,5}(?:[\s.-]?\d{2,5}){0,3}\b|\b1\d{2}(?:[\s-]?\d{2,4})?\b
//
// as RE2 finds them, with \s as [\t\n\f\r ] and \b the ASCII word boundary.
// The choices are tried in the expression's order of preference, so the
// first end found is the one the expression reports.
func appendPhoneNumbers(dst [][2]int, text string) [][2]int {
	for i := 0; i < len(text); {
		end := -1
		switch text[i] {
		case '+', '(', '0':
			end = phoneNumberEnd(text, i)
		case '1':
			end = serviceNumberEnd(text, i)
		}
		if end < 0 {
			i++
			continue
		}
		dst = append(dst, [2]int{i, end})
		i = end
	}
	return dst
}

// phoneNumberEnd returns the end of the first alternative of the phone
// pattern matched at i, -1 when it does not match there.
func phoneNumberEnd(text string, i int) int {
	if strings.HasPrefix(text[i:], "+62") {
		return phoneGroupsAfterPrefix(text, i+3)
	}
	if text[i] == '(' {
		// \(? takes the parenthesis when it can; without it, \b0 cannot
		// match at a '('.
		i++
	}
	if i >= len(text) || text[i] != '0' || !asciiWordBoundary(text, i) {
		return -1
	}
	for k := digitsAt(text, i+1, 4); k >= 1; k-- {
		j := i + 1 + k
		if j < len(text) && text[j] == ')' {
			if end := phoneGroupsAfterPrefix(text, j+1); end >= 0 {
				return end
			}
		}
		if end := phoneGroupsAfterPrefix(text, j); end >= 0 {
			return end
		}
	}
	return -1
}

// phoneGroupsAfterPrefix matches [\s.-]?\d{2,5}(?:[\s.-]?\d{2,5}){0,3}\b at
// i and returns its end, -1 when it does not match.
func phoneGroupsAfterPrefix(text string, i int) int {
	if i < len(text) && isPhoneSeparator(text[i]) {
		if end := phoneGroupsEnd(text, i+1, 3); end >= 0 {
			return end
		}
	}
	return phoneGroupsEnd(text, i, 3)
}

// phoneGroupsEnd matches \d{2,5}(?:[\s.-]?\d{2,5}){0,more}\b at i and
// returns its end, -1 when it does not match. Longer groups and more of
// them are tried first, as the greedy quantifiers do.
func phoneGroupsEnd(text string, i, more int) int {
	for k := digitsAt(text, i, 5); k >= 2; k-- {
		j := i + k
		if more > 0 {
			if j < len(text) && isPhoneSeparator(text[j]) {
				if end := phoneGroupsEnd(text, j+1, more-1); end >= 0 {
					return end
				}
			}
			if end := phoneGroupsEnd(text, j, more-1); end >= 0 {
				return end
			}
		}
		if asciiWordBoundary(text, j) {
			return j
		}
	}
	return -1
}

// serviceNumberEnd matches the second alternative, \b1\d{2}(?:[\s-]?\d{2,4})?\b,
// at i and returns its end, -1 when it does not match.
func serviceNumberEnd(text string, i int) int {
	if text[i] != '1' || digitsAt(text, i+1, 2) < 2 || !asciiWordBoundary(text, i) {
		return -1
	}
	j := i + 3
	if j < len(text) && text[j] != '.' && isPhoneSeparator(text[j]) { // [\s-]
		for k := digitsAt(text, j+1, 4); k >= 2; k-- {
			if asciiWordBoundary(text, j+1+k) {
				return j + 1 + k
			}
		}
	}
	for k := digitsAt(text, j, 4); k >= 2; k-- {
		if asciiWordBoundary(text, j+k) {
			return j + k
		}
	}
	if asciiWordBoundary(text, j) {
		return j
	}
	return -1
}

// digitsAt returns how many ASCII digits, at most limit, stand at i.
func digitsAt(text string, i, limit int) int {
	n := 0
	for n < limit && i+n < len(text) && isASCIIDigit(text[i+n]) {
		n++
	}
	return n
}

// isPhoneSeparator reports the bytes of [\s.-]: RE2's \s is [\t\n\f\r ].
func isPhoneSeparator(c byte) bool {
	switch c {
	case '\t', '\n', '\f', '\r', ' ', '.', '-':
		return true
	}
	return false
}

// asciiWordBoundary reports RE2's \b at i: an ASCII word character
// ([0-9A-Za-z_]) on one side only, the ends of text counting as non-word.
func asciiWordBoundary(text string, i int) bool {
	before := i > 0 && isASCIIWordByte(text[i-1])
	after := i < len(text) && isASCIIWordByte(text[i])
	return before != after
}

// appendEmailAddresses appends to dst the spans of the e-mail addresses in
// text: the leftmost-first matches of
//
//	[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+
//
// No character class holds '@' and the domain's holds no '.', so every
// greedy run can only end where it does: the local part is the run of its
// characters before an '@' (from the end of the previous match), and the
// domain the labels after it.
func appendEmailAddresses(dst [][2]int, text string) [][2]int {
	from := 0
	for {
		at := strings.IndexByte(text[from:], '@')
		if at < 0 {
			return dst
		}
		at += from
		start := at
		for start > from {
			r, size := utf8.DecodeLastRuneInString(text[from:start])
			if !isEmailLocalRune(r) {
				break
			}
			start -= size
		}
		end := emailDomainEnd(text, at+1)
		if start == at || end < 0 {
			from = at + 1
			continue
		}
		dst = append(dst, [2]int{start, end})
		from = end
	}
}

// emailDomainEnd returns the end of [\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+ at
// i, -1 when it does not match there.
func emailDomainEnd(text string, i int) int {
	end := emailLabelEnd(text, i)
	if end < 0 {
		return -1
	}
	labels := 0
	for end < len(text) && text[end] == '.' {
		next := emailLabelEnd(text, end+1)
		if next < 0 {
			break
		}
		end = next
		labels++
	}
	if labels == 0 {
		return -1
	}
	return end
}

// emailLabelEnd returns the end of the run of [\p{L}\p{N}-] at i, -1 when
// the run is empty.
func emailLabelEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := rune(text[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[j:])
		}
		if r != '-' && !unicode.IsLetter(r) && !unicode.IsNumber(r) {
			break
		}
		j += size
	}
	if j == i {
		return -1
	}
	return j
}

// isEmailLocalRune reports the characters of [\p{L}\p{N}._%+-].
func isEmailLocalRune(r rune) bool {
	switch r {
	case '.', '_', '%', '+', '-':
		return true
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// readersTold reports a sentence whose subject is the readers and whose
// verb tells them what they may or should do: an audience word opening the
// sentence ("Warga", "Penumpang", "Anyone", "You"), then, within a few
// words, a modal of permission or request ("bisa", "dimohon", "can", "are
// asked to") followed in Indonesian by a verb.
func (s *ctaScan) readersTold() bool {
	a := s.a
	audience := a.Match(listAudienceWords)
	modals := a.Match(listReaderModals)
	for _, sent := range proseSentences(a) {
		ws := sent.Words
		i := 0
		if i < len(ws)-1 && leadingQuantifier(foldTok(a.Text, ws[i])) {
			i++
		}
		m, ok := matchAt(audience, ws[i].Start)
		if !ok || !s.own(m.Start, m.End) {
			continue
		}
		limit := min(len(ws), i+maxAudienceWords)
		for j := i + 1; j < limit; j++ {
			md, ok := matchAt(modals, ws[j].Start)
			if !ok || !s.own(md.Start, md.End) || s.negated(md.Start, md.End) {
				continue
			}
			if md.Entry.Lang == i18n.EN || verbFollows(a, ws, md.End) {
				return true
			}
		}
	}
	return false
}

// maxAudienceWords is how far into a sentence the modal may stand after the
// audience word: far enough for a short relative clause ("Warga yang merasa
// kehilangan motor bisa …"), not so far that another clause's modal counts.
const maxAudienceWords = 16

// leadingQuantifier reports words that may stand before the audience word:
// "Bagi warga …", "Seluruh peserta …", "All residents …".
func leadingQuantifier(w string) bool {
	switch w {
	case "bagi", "untuk", "seluruh", "semua", "para", "all", "the", "for":
		return true
	}
	return false
}

// verbFollows reports an Indonesian verb among the two words after off
// (skipping "tidak", "untuk", "segera"): a me-, ber- or di- word, a listed
// imperative verb or a -kan word.
func verbFollows(a *Analysis, ws []prose.Token, off int) bool {
	verbs := listSet(a, listImperativeVerbs, []string{i18n.ID})
	seen := 0
	for _, w := range ws {
		if w.Start < off {
			continue
		}
		word := foldTok(a.Text, w)
		switch word {
		case "tidak", "tak", "untuk", "segera", "langsung", "juga":
			continue
		}
		if verbs.Has(word) || isIDVerbShape(word) || strings.HasSuffix(word, "kan") {
			return true
		}
		seen++
		if seen >= 1 {
			return false
		}
	}
	return false
}

// matchAt returns the match of a sorted match list that starts at off.
func matchAt(ms []LexMatch, off int) (LexMatch, bool) {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= off })
	if i < len(ms) && ms[i].Start == off {
		return ms[i], true
	}
	return LexMatch{}, false
}

// wordAt returns the word token that starts at off.
func wordAt(a *Analysis, off int) (string, bool) {
	ws := a.Words()
	i := sort.Search(len(ws), func(i int) bool { return ws[i].Start >= off })
	if i < len(ws) && ws[i].Start == off && ws[i].Kind == prose.Word {
		return a.Text[ws[i].Start:ws[i].End], true
	}
	return "", false
}

// clauseStarts yields the offsets of the words that open a clause, in
// text order: the first word of each sentence and of each line, the first
// word after ":" or ";", and the first word after the comma that closes a
// condition or time clause opening the sentence ("Jika …, segera
// periksa"; "If you see him, call …"). Words inside links, hashtags and
// mentions are skipped. The caller stops at the first imperative it
// finds, and the rest of the post is not scanned.
func clauseStarts(a *Analysis) iter.Seq[int] {
	return func(yield func(int) bool) {
		text := a.Text
		toks := a.Tokens()
		conds := a.Match(listConditionOpeners)
		mask := spanCursor{spans: entityMask(a)} // inLinkTagMention, for tokens in text order
		last := 0
		// nl is the first line break at or after nlFrom (len(text): none),
		// so that most gaps between tokens are tested without a search.
		nlFrom, nl := 0, -1
		for _, sent := range a.Sentences() {
			lo := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sent.Start })
			open := true    // the next word opens a clause
			condWords := 0  // words seen while looking for a condition opener
			inCond := false // the sentence opened with a condition
			prevEnd := sent.Start
			for i := lo; i < len(toks) && toks[i].End <= sent.End; i++ {
				t := toks[i]
				if prevEnd < nlFrom || prevEnd > nl {
					nlFrom, nl = prevEnd, len(text)
					if k := strings.IndexByte(text[prevEnd:], '\n'); k >= 0 {
						nl = prevEnd + k
					}
				}
				if nl < t.Start { // a line break between the tokens
					open = true
				}
				prevEnd = t.End
				if t.Start < last {
					mask.k = 0 // sentences out of order: look from the first span again
				}
				last = t.Start
				if mask.covers(t.Start) {
					continue
				}
				switch t.Kind {
				case prose.Punct:
					switch text[t.Start:t.End] {
					case ":", ";":
						open = true
					case ",":
						if inCond {
							open, inCond = true, false
						}
					}
					continue
				case prose.Word, prose.Number:
				default:
					continue
				}
				if condWords < 2 {
					if _, ok := matchAt(conds, t.Start); ok {
						inCond = true
					}
					condWords++
				}
				if open && t.Kind == prose.Word && !yield(t.Start) {
					return
				}
				open = false
			}
		}
	}
}

// pastedBlocks returns the lines of pasted messages: the lines after a
// short label line (at most four words) that ends in ":" and names a
// message ("Isi pesan:", "Viral message:"), up to a blank line or the next
// line that opens with such a label ("Penjelasan: …", "Our check: …").
// Fact checks paste the hoax this way; its "SEBARKAN!!" is reported, like
// words in quotation marks.
func pastedBlocks(a *Analysis) []prose.Span {
	text := a.Text
	if strings.IndexByte(text, ':') < 0 {
		return nil // no line can be a label
	}
	var labels []LexMatch
	labelsFound := false // labels are matched once a line may be a label
	var out []prose.Span
	open := -1
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := strings.TrimSpace(text[off:end])
		if open >= 0 && (line == "" || startsWithLabel(line)) {
			out = append(out, prose.Span{Start: open, End: off})
			open = -1
		}
		if open < 0 && strings.HasSuffix(line, ":") && len(prose.Words(line)) <= 4 {
			if !labelsFound {
				labels, labelsFound = a.Match(listPastedMessageLabels), true
			}
			i := sort.Search(len(labels), func(i int) bool { return labels[i].Start >= off })
			if i < len(labels) && labels[i].End <= end {
				open = min(end+1, len(text))
			}
		}
		off = end + 1
	}
	if open >= 0 && open < len(text) {
		out = append(out, prose.Span{Start: open, End: len(text)})
	}
	return out
}

// startsWithLabel reports a line that opens with a label of at most four
// words and a colon ("Penjelasan: …").
func startsWithLabel(line string) bool {
	i := strings.IndexByte(line, ':')
	return i > 0 && len(prose.Words(line[:i])) <= 4 && !strings.Contains(line[:i], "//")
}

// finalQuestionMark returns the offset of the '?' in the closing run of
// sentence punctuation ("?", "?!", "??"), or -1 when the sentence does not
// end in a question.
func finalQuestionMark(s string) int {
	end := len(s)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if unicode.IsSpace(r) || strings.ContainsRune(`")]}'”’»`, r) || isEmojiRune(r) {
			end -= size
			continue
		}
		break
	}
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		switch r {
		case '?', '？':
			return end - size
		case '!', '.', '…':
			end -= size
			continue
		}
		return -1
	}
	return -1
}

// isEmojiRune reports runes that are part of emoji sequences: pictographs,
// variation selectors, skin tones and joiners.
func isEmojiRune(r rune) bool {
	return r >= 0x1F000 || r == 0xFE0F || r == 0x200D || unicode.Is(unicode.So, r) ||
		r >= 0x2600 && r <= 0x27BF
}

// lastSentence returns the span of the last sentence that ends at or before
// limit, or the end of the text before limit.
func lastSentence(a *Analysis, limit int) (int, int) {
	start, end := 0, limit
	for _, s := range a.Sentences() {
		if s.End > limit {
			break
		}
		start, end = s.Start, s.End
	}
	if start > end {
		start = end
	}
	return start, end
}

// unquotedMatches returns a word list's matches outside quotation marks:
// quoted words are reported speech, not the account's own invitation.
func unquotedMatches(a *Analysis, list listID) []LexMatch {
	var out []LexMatch
	for _, m := range a.Match(list) {
		if !a.InQuotes(m.Start, m.End) {
			out = append(out, m)
		}
	}
	return out
}

// Requires declares the analysis views the rule reads.
func (*CtaMissing) Requires() []AnyView {
	return []AnyView{viewSentences, viewWords, viewTokens, viewURLs, viewHashtags, viewQuoted, viewFolded, viewEntityMask, viewProseSentences}
}
