package rules

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// ClaimWithoutSource reports claims readers cannot check: a statistic
// ("naik 20 persen"), an appeal to unnamed research or experts ("menurut
// penelitian", "studies show") or miracle-cure wording ("menyembuhkan",
// "cures") in a post that gives no source. A source is a link other than a
// link shortener, a "Sumber:" / "Source:" label, a named institution from
// named-sources.txt ("BMKG", "Kemenkes"), or an attribution word followed
// by a name ("menurut Dinas Kesehatan", "kata Budi Santoso").
//
// A speaker before a colon ("Menperin: …"), a name before a reporting verb
// ("Kepala BNN Sebut …") and a named publication count as sources too. A
// news headline (newsHeadline) reports the figures of an event, so its
// statistics are not claims unless they are health claims; "100%" is an
// intensifier (fullMeasure).
//
// Health claims (a cure word, or a health term in the sentence) are
// warnings; other claims are info. A percentage in a sentence about a price
// ("Diskon 50%") and a negated cure ("belum ada obat yang menyembuhkan") are
// not claims.
type ClaimWithoutSource struct {
	Statistics bool `toml:"statistics"`
	Appeals    bool `toml:"appeals"`
	Cures      bool `toml:"cures"`
	HealthOnly bool `toml:"health_only"`
}

func init() {
	register("claim-without-source", func() Rule { return &ClaimWithoutSource{Statistics: true, Appeals: true, Cures: true} })
}

// mayHoldStatistic reports whether text could hold a match of
// appendStatistics: a digit, and a % sign or "per" in any case, which begins
// every unit the pattern knows (p, e and r have no other case folds).
// Most sentences have no digit, and most with one have neither.
func mayHoldStatistic(text string) bool {
	return hasASCIIDigit(text) &&
		(strings.IndexByte(text, '%') >= 0 || containsFoldASCII(text, "per"))
}

// hasASCIIDigit reports a byte 0-9 in s, eight bytes at a time, where
// strings.ContainsAny built a set of the ten digits at each call.
func hasASCIIDigit(s string) bool { return nextASCIIDigit(s, 0) < len(s) }

// appendStatistics appends to dst the [start, end) offsets of the
// percentages in text (content-rules.md TBS-05), left to right without
// overlaps: ASCII digits, an optional decimal part after "." or ",", an
// optional space, then "%", "persen", "percent" or "per cent" in any case.
// That is what the regular expression
//
//	(?i)\d+(?:[.,]\d+)?\s?(?:%|persen|percent|per cent)
//
// finds (TestAppendStatisticsSameAsRegexp); a scanner, because this runs
// on every sentence with a digit. Boundaries are checked by isStatistic.
func appendStatistics(dst [][2]int, text string) [][2]int {
	for i := 0; i < len(text); {
		if !isASCIIDigit(text[i]) {
			i++
			continue
		}
		digits := i
		for digits < len(text) && isASCIIDigit(text[digits]) {
			digits++
		}
		// The whole number with its decimal part, then without it: the
		// expression tries the longer first. A shorter run of digits never
		// helps, as a digit cannot begin what follows.
		end := -1
		if digits+1 < len(text) && (text[digits] == '.' || text[digits] == ',') && isASCIIDigit(text[digits+1]) {
			frac := digits + 1
			for frac < len(text) && isASCIIDigit(text[frac]) {
				frac++
			}
			end = percentUnitEnd(text, frac)
		}
		if end < 0 {
			end = percentUnitEnd(text, digits)
		}
		if end < 0 {
			// A match starting at a later digit of the run would end in
			// the same place, and fail alike.
			i = digits
			continue
		}
		dst = append(dst, [2]int{i, end})
		i = end
	}
	return dst
}

// percentUnitEnd returns the end of an optional white-space character (as
// RE2's \s: tab, newline, form feed, carriage return, space) and a
// percentage unit at i, -1 when none follows.
func percentUnitEnd(text string, i int) int {
	if end := percentUnitAt(text, i); end >= 0 {
		return end
	}
	if i < len(text) && strings.IndexByte("\t\n\f\r ", text[i]) >= 0 {
		return percentUnitAt(text, i+1)
	}
	return -1
}

// percentUnitAt returns the end of "%", "persen", "percent" or "per cent"
// at i, compared case-insensitively as (?i) does: the "s" of persen also
// matches the long s (ſ), its other simple case fold. It returns -1 when
// none is there.
func percentUnitAt(text string, i int) int {
	if i < len(text) && text[i] == '%' {
		return i + 1
	}
	if !startsFoldASCII(text[i:], "per") {
		return -1
	}
	rest := text[i+3:]
	switch {
	case startsFoldASCII(rest, "cent"):
		return i + 3 + len("cent")
	case startsFoldASCII(rest, "sen"):
		return i + 3 + len("sen")
	case strings.HasPrefix(rest, "\u017f") && startsFoldASCII(rest[len("\u017f"):], "en"):
		return i + 3 + len("\u017f") + 2
	case startsFoldASCII(rest, " cent"):
		return i + 3 + 1 + len("cent")
	}
	return -1
}

// isASCIIDigit reports whether c is 0-9, RE2's \d.
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// Doc documents the rule.
func (*ClaimWithoutSource) Doc() lint.Doc {
	return lint.Doc{
		ID:        "claim-without-source",
		Category:  lint.CategoryTrust,
		Severity:  lint.Warning,
		Context:   lint.TrustContext,
		Summary:   i18n.English("statistic, \"studies show\" or miracle-cure claim in a post that names no source (warning for health claims, info otherwise)"),
		Rationale: i18n.English("Think Before You Share asks two questions of every claim: is the source trusted, and is there a second one? A percentage, \"experts say\" or \"cures diabetes\" without a source is exactly what hoaxes look like, and unsourced health claims do real harm. A source is a link (link shorteners such as bit.ly and s.id do not count: words/id/link-shorteners.txt), a \"Sumber:\" / \"Source:\" label, a named institution (named-sources.txt: BMKG, BPS, Kemenkes …) or an attribution word followed by a name (\"menurut Dinas Kesehatan\"). A speaker before a colon (\"Menperin: …\", \"Survei BI: …\"), a name before a reporting verb (\"Kepala BNN Sebut …\", words/<lang>/source-verbs-after.txt) and a named publication (\"dipublikasikan di Jurnal …\") count too. A news headline (one title-case line) states the figures of an event and leaves the source to the story, so its statistics are not reported unless they are health claims, and \"100%\" is an intensifier, not a measured share. Health claims are warnings, other claims info. A percentage in a sentence about a price (claim-exempt.txt: diskon, cashback …) and a negated cure (\"there is no cure\") are not reported."),
		Source:    "Do Something Indonesia's Think Before You Share questions (2018): is the source trusted, and is there a second one?; Kominfo and MAFINDO's advice before the 2024 election: check facts against official sources",
		Bad:       i18n.English("Studies show this herbal tea cures diabetes in 2 weeks."),
		Good:      i18n.English("Dengue cases rose 20 percent this month (source: City Health Office, dinkes.example.go.id)."),
		Options: []lint.OptionDoc{
			{Name: "statistics", Help: i18n.English("report percentages")},
			{Name: "appeals", Help: i18n.English("report appeals to unnamed research or experts")},
			{Name: "cures", Help: i18n.English("report miracle-cure wording")},
			{Name: "health_only", Help: i18n.English("report health claims only, not the other (info) claims")},
		},
	}
}

// Check reports the first claim of each sentence when the post has no
// source.
func (r *ClaimWithoutSource) Check(p *Pass) {
	a := p.Text
	if hasSource(a) {
		return
	}
	headline := newsHeadline(a)
	for _, s := range a.Sentences() {
		start, end, health := r.claimIn(a, s, headline)
		if start < 0 || r.HealthOnly && !health {
			continue
		}
		sev := lint.Info
		if health {
			sev = lint.Warning
		}
		p.Report(Report{
			Start: start, End: end, Severity: sev,
			Message: i18n.Sprintf("the claim %q has no source readers can check", "klaim %q tidak disertai sumber yang bisa diperiksa pembaca",
				excerpt(a.Text[start:end], 40)),
			Suggestion: i18n.T("name the source (\"Sumber: Dinas Kesehatan\", \"according to BPS\") or link to it directly, not through a link shortener",
				"sebutkan sumbernya (\"Sumber: Dinas Kesehatan\", \"menurut BPS\") atau tautkan langsung, bukan lewat pemendek tautan"),
		})
	}
}

// The word lists read here, resolved once (wordList).
var (
	listClaimAppeals     = wordList("claim-appeals")
	listClaimCures       = wordList("claim-cures")
	listClaimCuresWeak   = wordList("claim-cures-weak")
	listClaimExempt      = wordList("claim-exempt")
	listHealthTerms      = wordList("health-terms")
	listLinkShorteners   = wordList("link-shorteners")
	listNamedSources     = wordList("named-sources")
	listSourceLabels     = wordList("source-labels")
	listSourceVague      = wordList("source-vague")
	listSourceVerbs      = wordList("source-verbs")
	listSourceVerbsAfter = wordList("source-verbs-after")
)

// claimIn returns the first claim in a sentence (start -1: none) and
// whether the sentence is a health claim.
func (r *ClaimWithoutSource) claimIn(a *Analysis, s prose.Span, headline bool) (start, end int, health bool) {
	start, end = -1, -1
	take := func(st, en int) {
		if start < 0 || st < start {
			start, end = st, en
		}
	}
	health = trustInLists(a, s.Start, s.End, listHealthTerms)
	// A percentage needs a digit; most sentences have none.
	if r.Statistics && !(headline && !health) && mayHoldStatistic(a.Text[s.Start:s.End]) && !trustInLists(a, s.Start, s.End, listClaimExempt) {
		var buf [4][2]int
		for _, m := range appendStatistics(buf[:0], a.Text[s.Start:s.End]) {
			st, en := s.Start+m[0], s.Start+m[1]
			if isStatistic(a.Text, st, en) && !trustInEntity(a, st, en) && !fullMeasure(a.Text[st:en]) {
				take(st, en)
			}
		}
	}
	inSentence := func(list listID) []LexMatch {
		var out []LexMatch
		for _, m := range matchesIn(a.trustMatch(list), s.Start, s.End) {
			if m.End <= s.End && !trustInEntity(a, m.Start, m.End) {
				out = append(out, m)
			}
		}
		return out
	}
	if r.Appeals {
		for _, m := range inSentence(listClaimAppeals) {
			take(m.Start, m.End)
		}
	}
	if r.Cures {
		for _, m := range inSentence(listClaimCures) {
			if !trustNegated(a, m.Start) {
				take(m.Start, m.End)
				health = true
			}
		}
		if health {
			for _, m := range inSentence(listClaimCuresWeak) {
				if !trustNegated(a, m.Start) {
					take(m.Start, m.End)
				}
			}
		}
	}
	return start, end, health
}

// isStatistic checks the boundaries of a percentage: not glued to a word
// or a longer number before it ("COVID-19 %"), not running into a word
// after it ("10 persenan").
func isStatistic(text string, start, end int) bool {
	if start > 0 {
		prev, _ := utf8.DecodeLastRuneInString(text[:start])
		if isAlnum(prev) || prev == '-' {
			return false
		}
	}
	if end < len(text) {
		next, _ := utf8.DecodeRuneInString(text[end:])
		if unicode.IsLetter(next) {
			return false
		}
	}
	return true
}

// fullMeasure reports "100%" or "100 persen": an intensifier ("100%
// gratis", "belum pulih 100%"), not a measured share; a cure promised "100%"
// is still reported through its cure word.
func fullMeasure(stat string) bool {
	return strings.HasPrefix(stat, "100") && !strings.ContainsAny(stat[3:], "0123456789.,")
}

// newsHeadline reports whether the post is a news headline: one line of at
// most 25 words, not ended by a full stop, most of its words capitalised
// (title case, as headlines are written). A headline states the figures of
// an event ("Ekspor RI Turun 10%", "Inflation Eases To 2.4%") and leaves the
// source to the story, so its statistics are not reported unless they are
// health claims ("90% Kanker Hilang"); its appeals to unnamed research and
// cure words still are.
func newsHeadline(a *Analysis) bool {
	text := strings.TrimSpace(a.Text)
	if text == "" || strings.ContainsAny(text, "\n") || strings.HasSuffix(text, ".") {
		return false
	}
	words := a.Words()
	if len(words) < 3 || len(words) > 25 {
		return false
	}
	n, caps := 0, 0
	for _, w := range words {
		if w.Kind != prose.Word {
			continue
		}
		n++
		if word := a.Text[w.Start:w.End]; startsUpper(word) {
			caps++
		}
	}
	return n > 0 && caps*10 >= n*6
}

// speakerLabel reports a line that opens with a named speaker and a colon,
// as headlines and quotes give their source: "Menperin: Esemka Pakai 62
// Persen …", "Survei BI: …", "Dirjen PAS: …". The words before the colon
// (one to four, capitalised) must hold a name or an acronym, not only
// ordinary words ("Cek Fakta:", "Info Penting:", "WARNING:"), and must not
// be a debunk label.
//
// Only a line with a colon can hold one: the scan jumps from colon to
// colon, and a post without one is spared the debunk labels
// (TestSpeakerLabelSameAsBefore).
func speakerLabel(a *Analysis) bool {
	var labels []prose.Span
	labelsRead := false
	off := 0
	for off < len(a.Text) {
		c := strings.IndexByte(a.Text[off:], ':')
		if c < 0 {
			return false
		}
		// off starts a line and no colon stands before off+c in it or in
		// the lines between: off+c is the first colon of its line.
		ls := lineSpanAt(a.Text, off+c)
		if colon := off + c - ls.Start; colon > 0 {
			if !labelsRead {
				labels, labelsRead = labelSpans(a), true
			}
			if speakerHead(a, ls, colon, labels) {
				return true
			}
		}
		off = ls.End + 1
	}
	return false
}

// speakerHead reports whether the words before the colon at ls.Start+colon
// name a speaker (see speakerLabel).
func speakerHead(a *Analysis, ls prose.Span, colon int, labels []prose.Span) bool {
	head := prose.Span{Start: ls.Start, End: ls.Start + colon}
	ws := trustWordsIn(a, head)
	name := false
	ok := len(ws) >= 1 && len(ws) <= 4 && !overlapsSorted(labels, head.Start, head.End)
	for _, w := range ws {
		word := a.Text[w.Start:w.End]
		if !isTitleWord(word) && !prose.IsUpperWord(word) {
			ok = false
			break
		}
		if !ordinaryWord(a, word) && !a.lexicon.inList(listSourceVague, word) {
			name = true
		}
	}
	return ok && name && len(ws) > 0 && ws[0].Start-ls.Start <= 4
}

// hasSource reports whether the post names or links a source.
func hasSource(a *Analysis) bool {
	if speakerLabel(a) {
		return true
	}
	for _, m := range a.trustMatch(listSourceVerbsAfter) {
		if trustInEntity(a, m.Start, m.End) {
			continue
		}
		// A name right before the reporting verb, in the same sentence:
		// "Kepala BNN Sebut …", "Bank Dunia Prediksi …".
		words := a.Words()
		i := sort.Search(len(words), func(i int) bool { return words[i].Start >= m.Start }) - 1
		if i < 0 || strings.TrimSpace(a.Text[words[i].End:m.Start]) != "" {
			continue
		}
		word := a.Text[words[i].Start:words[i].End]
		if (isTitleWord(word) || prose.IsUpperWord(word)) && !a.lexicon.inList(listSourceVague, word) && !trustInEntity(a, words[i].Start, words[i].End) {
			return true
		}
	}
	for _, u := range a.URLs() {
		if !a.lexicon.inList(listLinkShorteners, urlHost(u.Text)) {
			return true
		}
	}
	if trustAnyMatch(a, listSourceLabels) {
		return true
	}
	for _, m := range a.trustMatch(listNamedSources) {
		if trustInEntity(a, m.Start, m.End) {
			continue
		}
		// Acronyms must be written as acronyms: "WHO", not "who".
		if isUpperText(m.Entry.Phrase) && !isUpperText(a.Text[m.Start:m.End]) {
			continue
		}
		return true
	}
	for _, m := range a.trustMatch(listSourceVerbs) {
		if trustInEntity(a, m.Start, m.End) {
			continue
		}
		if w, ok := nextWordAfter(a, m.End); ok {
			word := a.Text[w.Start:w.End]
			if (isTitleWord(word) || prose.IsUpperWord(word)) && !a.lexicon.inList(listSourceVague, word) && !trustInEntity(a, w.Start, w.End) {
				return true
			}
		}
	}
	return false
}

// nextWordAfter returns the word that follows off in the same sentence.
func nextWordAfter(a *Analysis, off int) (prose.Token, bool) {
	words := a.Words()
	i := sort.Search(len(words), func(i int) bool { return words[i].Start >= off })
	if i == len(words) || strings.ContainsAny(a.Text[off:words[i].Start], ".!?\n") {
		return prose.Token{}, false
	}
	return words[i], true
}

// urlHost returns the lower-case host of a URL without "www.".
func urlHost(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "/?#:"); i >= 0 {
		u = u[:i]
	}
	return strings.TrimPrefix(strings.ToLower(u), "www.")
}

// Requires declares the analysis views the rule reads.
func (*ClaimWithoutSource) Requires() []AnyView {
	return []AnyView{viewSentences, viewWords, viewTokens, viewURLs, viewTrustEntities}
}
