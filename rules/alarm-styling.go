package rules

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// AlarmStyling reports the typography of alarm: stacked exclamation marks,
// "?!", runs of words in capitals, a post mostly in capitals, and alarm
// words in capitals (AWAS, PENTING, BREAKING). Well-known acronyms (KTP,
// BPJS, UMKM), hashtags, links, mentions and debunk labels do not count, and
// alarm words in lower or sentence case ("Waspada DBD di musim hujan") are
// ordinary wording.
//
// Capitals that name are not shouting. A run and the caps ratio count only
// ordinary words of either language written in capitals (common-words
// lists, as the acronym rule reads them): acronyms and names in capitals
// ("BEM FISIP UNDIP", "KPM BPNT/PKH", "FESTIVAL KULINER NUSANTARA 2026")
// neither make nor break a run and are left out of the ratio. A run that is
// the whole of a quotation (a film or slogan being named) or that sits in a
// headline written in title case ("Sinopsis Drama THE LAST EMPRESS Episode
// 5") is a title. What still shouts: ordinary words in capitals
// ("JALAN DITUTUP TOTAL MALAM INI"), alarm words in capitals, "!!" and "?!".
type AlarmStyling struct {
	ExclamationRun int     `toml:"exclamation_run"`
	Interrobang    bool    `toml:"interrobang"`
	CapsRun        int     `toml:"caps_run"`
	CapsRatio      float64 `toml:"caps_ratio"`
	CapsMinLetters int     `toml:"caps_min_letters"`
	AlarmWords     bool    `toml:"alarm_words"`
}

func init() {
	register("alarm-styling", func() Rule {
		return &AlarmStyling{ExclamationRun: 2, Interrobang: true, CapsRun: 3, CapsRatio: 0.30, CapsMinLetters: 20, AlarmWords: true}
	})
}

// Doc documents the rule.
func (*AlarmStyling) Doc() lint.Doc {
	return lint.Doc{
		ID:        "alarm-styling",
		Category:  lint.CategoryTrust,
		Severity:  lint.Warning,
		Context:   lint.TrustContext,
		Summary:   i18n.English("alarm styling: \"!!\", \"?!\", runs of words in capitals, a post mostly in capitals, AWAS/PENTING/BREAKING in capitals"),
		Rationale: i18n.English("Capital letters and piled-up exclamation marks are how hoaxes look: the Siberkreasi/Japelidi guide describes hoaxes as \"usually written in capital letters with exclamation marks\", and Kominfo lists capitals and excessive punctuation among its five marks of a hoax. Official information that looks like this loses credibility. Well-known acronyms (words/<lang>/acronym-allowlist.txt: KTP, BPJS, UMKM …), hashtags, links and debunk labels do not count; alarm words (alarm-words.txt) are reported only in capitals, so \"Waspada DBD di musim hujan\" is fine. Capitals that name are not shouting: runs and the caps ratio count only ordinary words in capitals (common-words.txt), so acronyms and names (\"BEM FISIP UNDIP\", \"FESTIVAL KULINER NUSANTARA 2026\") do not count, nor does a title in capitals that is a whole quotation or sits in a title-case headline (\"Sinopsis 'DUA GARIS BIRU'\"). Ordinary words in capitals, alarm words in capitals, \"!!\" and \"?!\" still count."),
		Source:    "Siberkreasi/Japelidi's hoax-spotting guide \"Antisipasi Hoaks\" (2019): hoaxes open with sensational words and come in capitals with exclamation marks; Kominfo's five signs of a hoax message (capitals, bold, piled-up punctuation)",
		Bad:       i18n.English("URGENT!!! WATER SUPPLY CUT OFF TOMORROW?!"),
		Good:      i18n.English("Water supply in North District pauses tomorrow 08.00–14.00 for pipe repairs."),
		Options: []lint.OptionDoc{
			{Name: "exclamation_run", Help: i18n.English("exclamation marks in a row that count as stacked (0: off)")},
			{Name: "interrobang", Help: i18n.English("report \"?!\" and \"!?\"")},
			{Name: "caps_run", Help: i18n.English("words in capitals in a row that count as shouting (0: off)")},
			{Name: "caps_ratio", Help: i18n.English("share of capital letters above which the post shouts (0: off)")},
			{Name: "caps_min_letters", Help: i18n.English("letters a post needs before caps_ratio applies")},
			{Name: "alarm_words", Help: i18n.English("report alarm words in capitals (AWAS, PENTING, BREAKING …)")},
		},
	}
}

// Validate checks the options.
func (r *AlarmStyling) Validate() error {
	if r.ExclamationRun < 0 || r.CapsRun < 0 || r.CapsMinLetters < 0 {
		return fmt.Errorf("exclamation_run, caps_run and caps_min_letters must not be negative")
	}
	if r.CapsRatio < 0 || r.CapsRatio >= 1 {
		return fmt.Errorf("caps_ratio must be between 0 and 1, not %g", r.CapsRatio)
	}
	return nil
}

var (
	sentenceCase = i18n.T("write it in sentence case and let the facts carry the urgency",
		"tulis dengan huruf biasa dan biarkan fakta yang menunjukkan pentingnya")
	oneExclamation = i18n.T("one exclamation mark is enough, or none: let the facts carry the urgency",
		"cukup satu tanda seru, atau tanpa tanda seru: biarkan fakta yang menunjukkan pentingnya")
)

// The word lists read here, resolved once (wordList).
var (
	listAlarmExempt   = wordList("alarm-exempt")
	listAlarmWords    = wordList("alarm-words")
	listCapsAllowlist = wordList("caps-allowlist")
)

// Check runs the punctuation, capitals and alarm-word checks.
func (r *AlarmStyling) Check(p *Pass) {
	r.punctuation(p)
	a := p.Text
	labels := debunkLabels(a)
	inLabel := func(start, end int) bool {
		for _, l := range labels {
			if l.Start < end && start < l.End {
				return true
			}
		}
		return false
	}
	exempt := a.trustMatch(listAlarmExempt)
	alarms := a.trustMatch(listAlarmWords)
	for _, m := range alarms {
		if !isUpperText(a.Text[m.Start:m.End]) || trustInEntity(a, m.Start, m.End) || inLabel(m.Start, m.End) ||
			trustMentioned(a, m.Start, m.End, alarms) {
			continue
		}
		if overlapsMatch(exempt, m.Start, m.End) {
			continue
		}
		if r.AlarmWords {
			p.Report(Report{
				Start: m.Start, End: m.End,
				Message: i18n.Sprintf("%q in capitals is the alarm styling of hoaxes", "%q dalam huruf kapital adalah gaya panik khas hoaks",
					a.Text[m.Start:m.End]),
				Suggestion: sentenceCase,
			})
		}
	}
	runs := 0
	titles := &titleLines{a: p.Text}
	var memo [256]uint8
	var upper [32]int // most posts have fewer words in capitals
	words := capsWords{a: a, memo: memo[:min(len(a.Words()), len(memo))], upper: upperWordIndices(upper[:0], a)}
	if r.CapsRun > 0 {
		runs = r.capsRuns(p, inLabel, titles, &words)
	}
	if runs == 0 && r.CapsRatio > 0 {
		r.capsRatio(p, inLabel, titles, &words)
	}
}

// capsWords answers, for words of the post by index, the two word-list
// questions capsRuns and capsRatio both ask of the same words, each once
// per word: whether it is in the caps allowlist and whether it is an
// ordinary word. The answers for the first len(memo) words are kept.
type capsWords struct {
	a     *Analysis
	memo  []uint8 // capsKnown… bits, by word index
	upper []int   // the indices of the words in capitals (upperWordIndices)
}

const (
	capsAllowKnown = 1 << iota
	capsAllowed
	capsOrdinaryKnown
	capsOrdinary
)

// allowed reports hasUpper(word) && the caps allowlist holds word, for
// the word at index i.
func (c *capsWords) allowed(i int, word string) bool {
	return c.ask(i, capsAllowKnown, capsAllowed, func() bool {
		return hasUpper(word) && c.a.lexicon.inList(listCapsAllowlist, word)
	})
}

// ordinary reports ordinaryWord(word) for the word at index i.
func (c *capsWords) ordinary(i int, word string) bool {
	return c.ask(i, capsOrdinaryKnown, capsOrdinary, func() bool { return ordinaryWord(c.a, word) })
}

func (c *capsWords) ask(i int, known, yes uint8, answer func() bool) bool {
	if i >= len(c.memo) {
		return answer()
	}
	if m := c.memo[i]; m&known != 0 {
		return m&yes != 0
	}
	ok := answer()
	c.memo[i] |= known
	if ok {
		c.memo[i] |= yes
	}
	return ok
}

// punctuation reports "!!" and "?!" runs outside links.
func (r *AlarmStyling) punctuation(p *Pass) {
	text := p.Text.Text
	marks := newPunctMarks(text)
	for i := 0; i < len(text); {
		start, end, excl, quest := marks.nextRun(i)
		if start == end {
			return
		}
		i = end
		stacked := r.ExclamationRun > 0 && excl >= r.ExclamationRun
		if !stacked && !(r.Interrobang && excl > 0 && quest > 0) {
			continue // one "!" or "?", or a run of question marks: nothing to report
		}
		if trustInURL(p.Text, start, end) || trustMentioned(p.Text, start, end, p.Text.trustMatch(listAlarmWords)) {
			continue // a link; a quoted example of alarm styling ("PENTING!!!")
		}
		run := text[start:end]
		if stacked {
			p.Report(Report{
				Start: start, End: end,
				Message:    i18n.Sprintf("%q: stacked exclamation marks are a mark of hoax messages", "%q: tanda seru bertumpuk adalah ciri pesan hoaks", run),
				Suggestion: oneExclamation,
			})
		} else {
			p.Report(Report{
				Start: start, End: end,
				Message:    i18n.Sprintf("%q reads as alarm, not information", "%q terbaca sebagai kepanikan, bukan informasi", run),
				Suggestion: i18n.T("end with one question mark or one full stop", "akhiri dengan satu tanda tanya atau satu titik"),
			})
		}
	}
}

// punctMarks finds the runs of exclamation and question marks in a text
// for searches from offsets that do not decrease.
type punctMarks struct {
	text string
	next [len(markStarts)]int // the next offset of each of markStarts; -1 before the first search
}

// markStarts are the bytes a mark can start with: '!', '?', and 0xE2 and
// 0xEF, which start the UTF-8 of the other marks.
const markStarts = "!?\xe2\xef"

func newPunctMarks(text string) punctMarks {
	m := punctMarks{text: text}
	for k := range m.next {
		m.next[k] = -1
	}
	return m
}

// from returns the first offset at or after i of a byte of markStarts,
// len(text) for none. Each byte is found by strings.IndexByte, which
// scans many bytes at a time, and searched for again only once i has
// passed its last place: most posts hold few of them.
func (m *punctMarks) from(i int) int {
	first := len(m.text)
	for k := range m.next {
		if m.next[k] < i {
			m.next[k] = len(m.text)
			if j := strings.IndexByte(m.text[i:], markStarts[k]); j >= 0 {
				m.next[k] = i + j
			}
		}
		first = min(first, m.next[k])
	}
	return first
}

// nextRun finds the first run of exclamation and question marks at or
// after i and counts its marks ("‼" is two exclamation marks, "⁉" and
// "⁈" one of each); start == end == len(text) when there is none. It
// skips bytes that cannot start a mark without decoding them: every mark
// starts with a byte of markStarts, and a byte that is no continuation
// byte always starts a rune of the scan (TestNextPunctRunIsTheRuneScan).
func (m *punctMarks) nextRun(i int) (start, end, excl, quest int) {
	text := m.text
	for {
		if i = m.from(i); i >= len(text) {
			return len(text), len(text), 0, 0
		}
		start = i
		for i < len(text) {
			c, size := utf8.DecodeRuneInString(text[i:])
			switch c {
			case '!', '！':
				excl++
			case '?', '？':
				quest++
			case '‼':
				excl += 2
			case '⁉', '⁈':
				excl++
				quest++
			default:
				size = 0
			}
			if size == 0 {
				break
			}
			i += size
		}
		if i > start {
			return start, i, excl, quest
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
}

// capsRuns reports runs of words in capitals and returns how many it found.
func (r *AlarmStyling) capsRuns(p *Pass, inLabel func(int, int) bool, titles *titleLines, cw *capsWords) int {
	a := p.Text
	found := 0
	start, end, count := -1, -1, 0
	flush := func() {
		if count >= r.CapsRun && !titles.capsTitle(start, end) {
			found++
			p.Report(Report{
				Start: start, End: end,
				Message: i18n.Sprintf("%d words in capitals in a row (%q): capitals read as shouting",
					"%d kata kapital berturut-turut (%q): huruf kapital terbaca sebagai teriakan", count, excerpt(a.Text[start:end], 40)),
				Suggestion: sentenceCase,
			})
		}
		start, end, count = -1, -1, 0
	}
	entities := spanCursor{spans: a.trustEntities().all} // trustInEntity, for words in text order
	words := a.Words()
	upper := cw.upper
	k := 0 // upper[k] is the first word in capitals at or after i
	prevEnd := 0
	for i := 0; i < len(words); i++ {
		for k < len(upper) && upper[k] < i {
			k++
		}
		if count == 0 {
			// Outside a run a word not in capitals changes nothing: it
			// either ends no run or is neutral. The walk goes on from the
			// next word in capitals; most posts have few.
			if k == len(upper) {
				break
			}
			i = upper[k]
		}
		w := words[i]
		if count > 0 && strings.ContainsAny(a.Text[prevEnd:w.Start], "\n\r") {
			flush()
		}
		prevEnd = w.End
		word := a.Text[w.Start:w.End]
		upperWord := k < len(upper) && upper[k] == i
		if !upperWord && count == 0 {
			continue // the run ended at a line break; the lists are not asked
		}
		neutral := w.Kind == prose.Number || isSingleCapital(word) || cw.allowed(i, word)
		switch {
		case !upperWord && !neutral:
			flush()
		case entities.overlaps(w.Start, w.End) || inLabel(w.Start, w.End):
			flush()
		case neutral || !cw.ordinary(i, word):
			// A number, an acronym or a name in capitals (BEM, FISIP,
			// UNDIP, NUSANTARA): neither part of the run nor a break in it.
		default:
			if count == 0 {
				start = w.Start
			}
			end = w.End
			count++
		}
	}
	flush()
	return found
}

// upperWordIndices appends to dst the indices of the post's words in
// capitals (prose.IsUpperWord), in text order.
func upperWordIndices(dst []int, a *Analysis) []int {
	for i, w := range a.Words() {
		// IsUpperWord stops at a lower-case letter: most words start
		// with one, and are ruled out before the call.
		if word := a.Text[w.Start:w.End]; word != "" && word[0]-'a' >= 26 && prose.IsUpperWord(word) {
			dst = append(dst, i)
		}
	}
	return dst
}

// capsTitle reports a run of words in capitals that names something rather
// than shouts: the whole of a quotation ("Sinopsis 'DUA GARIS BIRU'": a
// film, a song, a slogan being named) or a run inside a headline written in
// title case ("Trailer SPIDER-MAN: FAR FROM HOME Dirilis"), where capitals
// mark a title the way title case marks the headline. Alarm words in
// capitals are reported on their own whatever the run.
func (t *titleLines) capsTitle(start, end int) bool {
	return quotedCaps(t.a, start, end) || t.titleCaseLine(start, end)
}

// quotedCaps reports whether [start, end) lies in a quotation whose words
// are all in capitals.
func quotedCaps(a *Analysis, start, end int) bool {
	q := a.Quoted()
	i := sort.Search(len(q), func(i int) bool { return q[i].End >= end })
	if i < len(q) && q[i].Start <= start {
		only := true
		for _, w := range trustWordsIn(a, q[i]) {
			word := a.Text[w.Start:w.End]
			if w.Kind == prose.Word && !prose.IsUpperWord(word) && !isSingleCapital(word) {
				only = false
				break
			}
		}
		return only
	}
	return false
}

// titleLines answers titleCaseLine for one post. It splits the text into
// lines and counts each line's words once, so a long line with many runs
// in capitals costs linear time, not a scan of the line per run.
type titleLines struct {
	a      *Analysis
	starts []int               // line starts, built on first use
	counts map[int]titleCounts // by line start
}

// titleCounts are a line's words that are not all capitals, and how many
// of them start with a capital.
type titleCounts struct{ words, caps int }

func (t *titleLines) count(w prose.Token) (word, capital bool) {
	text := t.a.Text[w.Start:w.End]
	if w.Kind != prose.Word || prose.IsUpperWord(text) {
		return false, false // other capitals say nothing about title case
	}
	return true, startsUpper(text)
}

// titleCaseLine reports whether the line around [start, end) is a headline
// in title case: outside the run it has at least three words, and at least
// 60% of those start with a capital.
func (t *titleLines) titleCaseLine(start, end int) bool {
	if t.starts == nil {
		t.starts = []int{0}
		for i := 0; i < len(t.a.Text); i++ {
			if t.a.Text[i] == '\n' {
				t.starts = append(t.starts, i+1)
			}
		}
		t.counts = map[int]titleCounts{}
	}
	i := sort.SearchInts(t.starts, start+1) - 1
	line := prose.Span{Start: t.starts[i], End: len(t.a.Text)}
	if i+1 < len(t.starts) {
		line.End = t.starts[i+1] - 1
	}
	c, ok := t.counts[line.Start]
	if !ok {
		for _, w := range trustWordsIn(t.a, line) {
			if word, capital := t.count(w); word {
				c.words++
				if capital {
					c.caps++
				}
			}
		}
		t.counts[line.Start] = c
	}
	// The run's own words do not count.
	for _, w := range trustWordsIn(t.a, prose.Span{Start: max(start, line.Start), End: min(end, line.End)}) {
		if word, capital := t.count(w); word {
			c.words--
			if capital {
				c.caps--
			}
		}
	}
	return c.words >= 3 && c.caps*10 >= c.words*6
}

// capsRatio reports a post where words in capitals hold too many of the
// letters. Capital initials ("Jalan Merdeka") do not count: only letters of
// words written entirely in capitals do.
func (r *AlarmStyling) capsRatio(p *Pass, inLabel func(int, int) bool, titles *titleLines, cw *capsWords) {
	if r.capsRatioMayReport(p.Text, cw.upper, inLabel) {
		r.capsRatioAll(p, inLabel, titles, cw)
	}
}

// capsRatioAll is capsRatio once the bound allows a report.
func (r *AlarmStyling) capsRatioAll(p *Pass, inLabel func(int, int) bool, titles *titleLines, cw *capsWords) {
	a := p.Text
	letters, upper := 0, 0
	first, last := -1, -1
	entities := spanCursor{spans: a.trustEntities().all} // trustInEntity, for words in text order
	for i, w := range a.Words() {
		word := a.Text[w.Start:w.End]
		l, u := prose.LetterCounts(word)
		if l == 0 || entities.overlaps(w.Start, w.End) || inLabel(w.Start, w.End) || cw.allowed(i, word) {
			continue
		}
		upperWord := allUpper(l, u) // prose.IsUpperWord(word), from the counts
		if upperWord && (!cw.ordinary(i, word) || titles.capsTitle(w.Start, w.End)) {
			continue // an acronym, a name or a title in capitals is not running text
		}
		letters += l
		if upperWord {
			upper += l
		}
		if first < 0 {
			first = w.Start
		}
		last = w.End
	}
	if letters < max(r.CapsMinLetters, 1) || float64(upper) <= r.CapsRatio*float64(letters) {
		return
	}
	p.Report(Report{
		Start: first, End: last,
		Message: i18n.Sprintf("%d%% of the letters are in words written in capitals (over %d%%): the post reads as shouting",
			"%d%% huruf berada dalam kata berhuruf kapital (lebih dari %d%%): unggahan terbaca seperti berteriak",
			upper*100/letters, int(r.CapsRatio*100+0.5)),
		Suggestion: sentenceCase,
	})
}

// capsRatioMayReport bounds capsRatio without asking the word lists,
// which only take words out: its capitals are at most the letters of the
// words in capitals (maxUpper), and its letters at least those plus the
// letters of words without a capital (minOther), which no list exempts.
// When even maxUpper capitals are a small enough share, by a margin of a
// letter that no rounding can cross, capsRatio cannot report
// (TestCapsRatioBound).
//
// Most posts have few words in capitals, so maxUpper is summed first,
// counting the letters of those words only, and minOther stops growing
// once it rules a report out: the share only falls as it grows
// (TestCapsRatioMayReportIsTheOnePass).
//
// upper holds the indices of the words in capitals (upperWordIndices).
func (r *AlarmStyling) capsRatioMayReport(a *Analysis, upper []int, inLabel func(int, int) bool) bool {
	words := a.Words()
	maxUpper := 0
	entities := spanCursor{spans: a.trustEntities().all}
	for _, i := range upper {
		w := words[i]
		if entities.overlaps(w.Start, w.End) || inLabel(w.Start, w.End) {
			continue
		}
		l, _ := prose.LetterCounts(a.Text[w.Start:w.End])
		maxUpper += l
	}
	if maxUpper == 0 {
		return false
	}
	mayReport := func(minOther int) bool { return float64(maxUpper)+1 > r.CapsRatio*float64(maxUpper+minOther) }
	minOther := 0
	entities = spanCursor{spans: a.trustEntities().all}
	for _, w := range words {
		l, u := prose.LetterCounts(a.Text[w.Start:w.End])
		if l == 0 || u != 0 || entities.overlaps(w.Start, w.End) || inLabel(w.Start, w.End) {
			continue
		}
		minOther += l
		if !mayReport(minOther) {
			return false
		}
	}
	return mayReport(minOther)
}

// allUpper reports, from a word's prose.LetterCounts, what
// prose.IsUpperWord reports of it: two letters or more, all upper case.
func allUpper(letters, upper int) bool { return letters >= 2 && upper == letters }

// isSingleCapital reports a one-letter capital word ("A", "I").
func isSingleCapital(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// hasUpper reports whether w has an upper-case letter: only such words can
// be acronyms ("KTP", "Polri", "e-KTP"). ASCII letters are tested by
// byte, the rest from the first byte outside ASCII on by rune.
func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'A' <= c && c <= 'Z':
			return true
		case c >= utf8.RuneSelf:
			return strings.IndexFunc(w[i:], unicode.IsUpper) >= 0
		}
	}
	return false
}

// spanCursor answers overlap questions about sorted spans that do not
// overlap (prose.Spans) for queries in text order, stepping through the
// spans instead of searching them each time (TestSpanCursorIsTheSearch).
type spanCursor struct {
	spans []prose.Span
	k     int // spans before k end at or before the last start asked
}

// overlaps reports whether [start, end) overlaps a span, as overlapsSorted
// does; start must not decrease from one call to the next.
func (c *spanCursor) overlaps(start, end int) bool {
	for c.k < len(c.spans) && c.spans[c.k].End <= start {
		c.k++
	}
	return c.k < len(c.spans) && c.spans[c.k].Start < end
}

// covers reports whether a span covers the byte at off, as
// prose.Spans.Covering does.
func (c *spanCursor) covers(off int) bool { return c.overlaps(off, off+1) }

// Requires declares the analysis views the rule reads.
func (*AlarmStyling) Requires() []AnyView {
	return []AnyView{viewWords, viewTokens, viewTrustEntities}
}
