package rules

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// Clickbait reports the two marks of clickbait Facebook demotes: withholding
// ("Ternyata Ini Penyebabnya…") and exaggerating ("bikin netizen geram",
// "you won't believe"). It looks in two places.
//
// Anywhere in the post: phrases of clickbait.txt at the start of a sentence
// or in the first line, and curiosity-gap openers (ternyata, inilah, begini,
// this is why, here's what) at the start of a sentence whose every other
// word is vague (clickbait-vague.txt). A number, a colon followed by text, or
// any other word counts as concrete, so "Begini cara daftar KTP-el online:
// buka …" and "Ternyata, antrean lebih pendek di hari Sabtu." are fine.
//
// In the headline only (the `title` front matter, or a first line that reads
// as a headline, see bodyHeadline): surface features that separate
// clickbait from news headlines, each with a word list under words/<lang>/
// and measured on the CLICK-ID dev split. Each is a sign, strong (weight 2)
// or weak (weight 1); the headline is reported when its signs add up to 2:
// one strong sign, or two weak ones. Strong signs withhold the point
// outright: a subject hidden behind a pointing word ("Ini Alasan …", "Pria
// Ini …", "This Dog's Reaction …"), a question left open at the end, a
// number opening a list of facts or things, a quiz about the reader, a
// promised reaction ("Will Make You Cry"), an opener announcing a point it
// keeps ("Viral …", "The Real Reason …"). Weak signs are common in news
// (and greetings) too and only count together: "!", a sentence that trails
// off ("…"), gossip and teaser words ("netizen", "malah", "hilarious"; two
// different ones count twice), a question word without a question mark.
//
// Pointing words, lists, openers and questions are resolved by what the
// reader sees (cbContext): above a caption that goes on they point at, or
// are answered by, the text below, and in a photo or video post pointing
// words point at the picture and a list can stand in it, so these count
// only when the headline stands for the whole post. Questions to the reader
// ("Sudah punya KTP-el?", "What would you add?", any question in a post
// asking for comments) are engagement and never count; the body is never
// scored as a headline. Features inside quotation marks, and pointing
// words, questions and "!" after a speaker's colon ("Habibie: Ini
// Kriminal"), are someone else's words and do not count.
type Clickbait struct {
	CuriosityGap bool `toml:"curiosity_gap"`
	Headline     bool `toml:"headline"`
}

func init() {
	register("clickbait", func() Rule { return &Clickbait{CuriosityGap: true, Headline: true} })
}

// Doc documents the rule.
func (*Clickbait) Doc() lint.Doc {
	return lint.Doc{
		ID:       "clickbait",
		Category: lint.CategoryTrust,
		Severity: lint.Warning,
		Context:  lint.TrustContext,
		Summary:  i18n.English("clickbait: a curiosity gap (\"Ternyata Ini Penyebabnya…\", \"This Dog's Reaction…\") or exaggeration (\"you won't believe\", \"bikin netizen geram\")"),
		Rationale: i18n.English("Facebook defines clickbait as a headline that withholds the information needed to understand the content or exaggerates to create misleading expectations, and shows such posts to fewer people. Kominfo tells citizens to distrust provocative and clickbait headlines, so an official account that writes them borrows the look of a hoax. " +
			"Phrases such as \"you won't believe\" count at the start of a sentence or in a first line of up to 20 words (words/<lang>/clickbait.txt); \"ternyata\", \"inilah\", \"this is why\" opening a sentence count when the rest of it names nothing concrete (clickbait-vague.txt). " +
			"The headline (the title, or a first line of 3 to 20 words standing alone, not ending in \":\" or 👇) is scored on signs that mark clickbait headlines far more often than news ones. One strong sign is enough: the subject hidden behind a pointing word (\"Ini Alasannya\", \"Pria Ini…\", \"Begini…\", \"This Dog…\"; not \"hari ini\", \"this week\", nor a noun the headline already named), a question left open at the end, a number opening a list of facts, things or reasons (\"7 Fakta…\", \"17 Things…\"; a numbered how-to such as \"3 Cara Daftar BPJS\" is not one), a quiz about the reader (\"Which… Are You\"), a promised reaction (\"Will Make You Cry\", \"bikin salfok\"), an opener announcing a point it keeps (\"Viral…\", \"Alasan…\", \"The Real Reason…\"). Weak signs count in pairs: \"!\", a sentence trailing off with \"…\", gossip and teaser words (\"netizen\", \"malah\", \"hilarious\"; two different ones make a pair), a question word without a question mark. " +
			"Above a caption of 8 words or more, pointing words, lists, openers and questions are answered by the text below, and in a photo or video post pointing words point at the picture and a list can stand in it, so these count only in a headline that stands for the whole post (a link post, a calendar row, a title). A question to the reader (\"Sudah punya KTP-el?\", \"What would you add?\", or any question in a post that asks for comments) is engagement, never clickbait, and questions in the body are never scored. Words in quotation marks or after a speaker's colon (\"Habibie: Ini Kriminal\") are someone else's and do not count."),
		Source: "Facebook's News Feed update against clickbait headlines (headlines that withhold or exaggerate information); Kominfo's advice to distrust provocative and clickbait headlines (2021); CLICK-ID, a dataset of Indonesian clickbait headlines (William and Sari, Data in Brief 32, 2020), for the headline signs",
		Bad:    i18n.English("You won't believe what happened at the city park. This is why…"),
		Good:   i18n.English("The city park closes for two weeks from 1 May to replace the playground."),
		Options: []lint.OptionDoc{
			{Name: "curiosity_gap", Help: i18n.English("report openers such as \"ternyata\", \"this is why\" followed by nothing concrete")},
			{Name: "headline", Help: i18n.English("score the title and a headline-like first line for clickbait signs (\"Ini Alasannya\", a question left open, \"17 Things…\")")},
		},
	}
}

// The word lists read here, resolved once (wordList).
var (
	listClickbait                = wordList("clickbait")
	listClickbaitDeixis          = wordList("clickbait-deixis")
	listClickbaitDeixisExempt    = wordList("clickbait-deixis-exempt")
	listClickbaitGossip          = wordList("clickbait-gossip")
	listClickbaitHeadlineOpeners = wordList("clickbait-headline-openers")
	listClickbaitHyperbole       = wordList("clickbait-hyperbole")
	listClickbaitListicle        = wordList("clickbait-listicle")
	listClickbaitListicleLeads   = wordList("clickbait-listicle-leads")
	listClickbaitNotQuestions    = wordList("clickbait-not-questions")
	listClickbaitNumbers         = wordList("clickbait-numbers")
	listClickbaitOpeners         = wordList("clickbait-openers")
	listClickbaitQuestionWords   = wordList("clickbait-question-words")
	listClickbaitQuiz            = wordList("clickbait-quiz")
	listClickbaitReader          = wordList("clickbait-reader")
	listClickbaitReaderOpeners   = wordList("clickbait-reader-openers")
	listClickbaitVague           = wordList("clickbait-vague")
)

// Check reports list phrases, curiosity gaps and clickbait headlines.
func (r *Clickbait) Check(p *Pass) {
	a := p.Text
	line := a.FirstLine()
	if len(a.WordsIn(line)) > maxHeadlineWords {
		// A first line this long is a paragraph, not a headline: its
		// phrases count only where they open a sentence.
		line.End = 0
	}
	var hits []prose.Span
	for _, m := range a.trustMatch(listClickbait) {
		if trustInEntity(a, m.Start, m.End) {
			continue
		}
		if m.End <= line.End || trustSentenceStart(a, m.Start) {
			hits = append(hits, prose.Span{Start: m.Start, End: m.End})
		}
	}
	if r.CuriosityGap {
		for _, m := range a.trustMatch(listClickbaitOpeners) {
			if trustInEntity(a, m.Start, m.End) || !trustSentenceStart(a, m.Start) {
				continue
			}
			s := trustSentenceOf(a, m.Start)
			if curiosityGap(a, m.End, s.End) {
				hits = append(hits, prose.Span{Start: m.Start, End: s.End})
			}
		}
	}
	hits = mergeSpans(hits)
	for _, h := range hits {
		p.Report(Report{
			Start: h.Start, End: h.End,
			Message: i18n.Sprintf("%q reads as clickbait: it withholds or exaggerates instead of telling",
				"%q terbaca sebagai umpan klik: menahan atau melebih-lebihkan informasi, bukan menyampaikannya", excerpt(a.Text[h.Start:h.End], 50)),
			Suggestion: i18n.T("say the point plainly: what happened, to whom, and what readers can do",
				"sampaikan intinya langsung: apa yang terjadi, pada siapa, dan apa yang bisa dilakukan pembaca"),
		})
	}
	if !r.Headline {
		return
	}
	// A phrase already reported in the headline says enough about it.
	if h, ok := bodyHeadline(a); ok && !overlapsSpans(hits, h) {
		ctx := cbContext{answered: bodyDelivers(a, h), picture: p.Media.HasMedia()}
		ctx.asks = !ctx.answered && hasQuestionMark(a.Text[h.Start:h.End]) &&
			trustAnyMatch(a, listPrompts, listEngagementBait)
		if v, ok := scoreHeadline(a, h, ctx); ok {
			p.Report(Report{Start: h.Start, End: h.End, Message: v.message(a, h, i18n.T("headline", "judul")), Suggestion: v.suggestion()})
		}
	}
	if title := strings.TrimSpace(p.Post.Meta.Title); title != "" {
		ta := NewAnalysis(title, a.lexicon, a.langs)
		h := prose.Span{Start: 0, End: len(title)}
		if v, ok := scoreHeadline(ta, h, cbContext{}); ok {
			// The pass lowers the finding under a debunk label in the
			// post's first line (the context policy); a label in the
			// title marks a fact check too.
			sev := p.doc.Severity
			if !hasDebunkLabel(a) && hasDebunkLabel(ta) {
				sev = sev.Lower()
			}
			p.ReportMeta("title", sev, v.message(ta, h, i18n.T("title", "title")), v.suggestion())
		}
	}
}

// curiosityGap reports whether text[from:to] (the rest of a sentence after
// an opener) names nothing concrete.
func curiosityGap(a *Analysis, from, to int) bool {
	rest := a.Text[from:to]
	if i := strings.IndexAny(rest, ":："); i >= 0 && strings.TrimFunc(rest[i+1:], func(r rune) bool { return !isAlnum(r) }) != "" {
		return false
	}
	for _, w := range trustWordsIn(a, prose.Span{Start: from, End: to}) {
		if w.Kind == prose.Number || !a.lexicon.inList(listClickbaitVague, a.Text[w.Start:w.End]) {
			return false
		}
	}
	return true
}

// hasQuestionMark reports '?' or '？' in s, as strings.ContainsAny(s,
// "?？") does: two byte searches, where ContainsAny, given a set beyond
// ASCII, looked each rune of s up in the set.
func hasQuestionMark(s string) bool {
	return strings.IndexByte(s, '?') >= 0 || strings.Contains(s, "？")
}

// overlapsSpans reports whether any of spans overlaps s.
func overlapsSpans(spans []prose.Span, s prose.Span) bool {
	for _, x := range spans {
		if x.Start < s.End && s.Start < x.End {
			return true
		}
	}
	return false
}

// Headline limits. CLICK-ID headlines run from 3 to 19 words; a longer
// first line is a paragraph, a shorter one a label ("Info penting").
const (
	minHeadlineWords = 3
	maxHeadlineWords = 20
)

// bodyHeadline returns the post's first line when it reads as a headline:
// 3 to 20 words, and either the whole post or a line that stands alone. A
// line that introduces what follows (ending in ":" or a pointing-down
// sign) or that runs on into the next line (which then starts in lower
// case) is part of the body.
func bodyHeadline(a *Analysis) (prose.Span, bool) {
	line := a.FirstLine()
	if n := len(a.WordsIn(line)); n < minHeadlineWords || n > maxHeadlineWords {
		return line, false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(a.Text[line.Start:line.End], func(r rune) bool {
		return r == '\uFE0F' || unicode.IsSpace(r) // emoji presentation selector
	}))
	switch last {
	case ':', '：', '👇', '⬇', '⤵', '↓':
		return line, false
	}
	rest := strings.TrimLeftFunc(a.Text[line.End:], unicode.IsSpace)
	if rest == "" {
		return line, true
	}
	next, _ := utf8.DecodeRuneInString(rest)
	gap := a.Text[line.End : len(a.Text)-len(rest)]
	if (isAlnum(last) || last == ',') && unicode.IsLower(next) && !strings.Contains(gap, "\n\n") {
		return line, false
	}
	return line, true
}

// minBodyWords is how many words below a headline can deliver what it
// points at or answer its question. Fewer (a link, "Baca selengkapnya",
// hashtags) is a link post: the point is behind the click.
const minBodyWords = 8

// bodyDelivers reports whether enough text follows the headline h to hold
// what its pointing words or list announce.
//
// Counting stops at minBodyWords: a caption's other words would not
// change the answer, and each is looked up among the entities.
func bodyDelivers(a *Analysis, h prose.Span) bool {
	ws := a.WordsIn(prose.Span{Start: h.End, End: len(a.Text)})
	if len(ws) < minBodyWords {
		return false
	}
	n := 0
	for _, w := range ws {
		if !trustInEntity(a, w.Start, w.End) {
			if n++; n >= minBodyWords {
				return true
			}
		}
	}
	return false
}

// cbKind is a kind of headline sign.
type cbKind uint8

const (
	cbHidden    cbKind = iota // subject behind a pointing word (strong)
	cbQuestion                // a question left open at the end (strong)
	cbListicle                // a number opening a list of facts (strong)
	cbQuiz                    // a quiz about the reader (strong)
	cbHyperbole               // a promised reaction (strong)
	cbOpener                  // an opener announcing a kept point (strong)
	cbTrailOff                // the headline trails off with "…" (weak)
	cbExclaim                 // "!" (weak)
	cbGossip                  // gossip and teaser words (weak)
	cbAsk                     // a question word without "?" (weak)
)

// weight of each kind: strong signs are reported alone, weak ones in pairs.
func (k cbKind) weight() int {
	if k >= cbTrailOff {
		return 1
	}
	return 2
}

// most is how many signs of a kind count: two different gossip words
// ("Viral, Netizen …") add up like two kinds of weak signs; every other
// kind counts once.
func (k cbKind) most() int {
	if k == cbGossip {
		return 2
	}
	return 1
}

// cbThreshold is the score at which a headline is reported.
const cbThreshold = 2

// cbSign is one sign found in a headline: its kind and the words showing it.
type cbSign struct {
	kind cbKind
	span prose.Span
}

// cbVerdict is the signs of a headline that scored, the first of each kind,
// strongest first.
type cbVerdict struct{ signs []cbSign }

// cbContext is what the rest of a post offers its headline. A title or a
// headline that is the whole post (a link post, a calendar row) has none
// of it: the point is behind the click.
type cbContext struct {
	// answered: a caption goes on below the first line. "Begini …", "7
	// Fakta …" and "Alasan …" point at it, and a question above it is put
	// to the readers.
	answered bool
	// picture: a photo or video, at which "ini" and "this" point and in
	// which a list can stand (an infographic, a carousel).
	picture bool
	// asks: the post asks readers to comment, so its question is theirs.
	asks bool
}

// scoreHeadline finds the signs in the headline h of a and reports whether
// they add up to the threshold. Signs the post itself resolves (ctx) do
// not count.
func scoreHeadline(a *Analysis, h prose.Span, ctx cbContext) (cbVerdict, bool) {
	var v cbVerdict
	add := func(k cbKind, start, end int) {
		n := 0
		for _, s := range v.signs {
			if s.kind == k {
				if prose.FoldString(a.Text[s.span.Start:s.span.End]) == prose.FoldString(a.Text[start:end]) {
					return
				}
				n++
			}
		}
		if n < k.most() {
			v.signs = append(v.signs, cbSign{kind: k, span: prose.Span{Start: start, End: end}})
		}
	}
	speech := speakerColon(a, h)
	if !ctx.answered && !ctx.picture {
		hiddenSubject(a, h, speech, add)
		listicle(a, h, add)
	}
	if !ctx.answered && !ctx.asks {
		openQuestion(a, h, speech, add)
	}
	if !ctx.answered {
		teaserOpener(a, h, add)
	}
	for _, l := range []struct {
		list listID
		kind cbKind
	}{{listClickbaitQuiz, cbQuiz}, {listClickbaitHyperbole, cbHyperbole}, {listClickbait, cbHyperbole}, {listClickbaitGossip, cbGossip}} {
		for _, m := range headlineMatches(a, h, l.list) {
			add(l.kind, m.Start, m.End)
		}
	}
	askWithoutMark(a, h, add)
	trailOff(a, h, add)
	for _, t := range tokensIn(a, h) {
		if t.Start >= speech {
			break
		}
		if t.Kind == prose.Punct && a.Text[t.Start:t.End] == "!" && !trustInQuotes(a, t.Start, t.End) {
			add(cbExclaim, t.Start, t.End)
			break
		}
	}
	score := 0
	for _, s := range v.signs {
		score += s.kind.weight()
	}
	// Strong signs first, by kind; weak ones in the order they stand. A
	// stable sort's order is the comparison's, whichever sort runs it:
	// slices.SortStableFunc makes no swapper and closure per headline.
	slices.SortStableFunc(v.signs, compareSigns)
	return v, score >= cbThreshold
}

// compareSigns orders signs by weight, the heaviest first, and signs of
// weight 1 by where they stand.
func compareSigns(x, y cbSign) int {
	wx, wy := x.kind.weight(), y.kind.weight()
	if wx != wy {
		return cmp.Compare(wy, wx)
	}
	if wx == 1 {
		return cmp.Compare(x.span.Start, y.span.Start)
	}
	return 0
}

// headlineMatches returns the matches of a list inside h, outside quotation
// marks, URLs, hashtags and mentions.
func headlineMatches(a *Analysis, h prose.Span, list listID) []LexMatch {
	var out []LexMatch
	for _, m := range matchesIn(a.trustMatch(list), h.Start, h.End) {
		if m.End <= h.End && !trustInQuotes(a, m.Start, m.End) && !trustInEntity(a, m.Start, m.End) {
			out = append(out, m)
		}
	}
	return out
}

// tokensIn returns the tokens (punctuation included) inside h.
func tokensIn(a *Analysis, h prose.Span) []prose.Token {
	ts := a.Tokens()
	lo, hi := tokenIndex(ts, h.Start), tokenIndex(ts, h.End)
	return ts[lo:hi]
}

// tokenIndex returns the index of the first token starting at or after off.
func tokenIndex(ts []prose.Token, off int) int {
	lo, hi := 0, len(ts)
	for lo < hi {
		m := (lo + hi) / 2
		if ts[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// speakerColon returns where someone's words start in a headline: just
// after its first colon, when text follows it ("Habibie: Ini Kriminal",
// "Prof Muladi: Apa Kita …?"). News headlines attribute a quote this way,
// and "ini" or a question there belongs to the speaker. Without such a
// colon it returns h.End.
func speakerColon(a *Analysis, h prose.Span) int {
	for _, t := range tokensIn(a, h) {
		if t.Kind != prose.Punct {
			continue
		}
		if s := a.Text[t.Start:t.End]; (s == ":" || s == "：") && len(a.WordsIn(prose.Span{Start: t.End, End: h.End})) > 0 {
			if len(a.WordsIn(prose.Span{Start: h.Start, End: t.Start})) > 0 {
				return t.End
			}
		}
	}
	return h.End
}

// hiddenSubject finds pointing words that stand for a subject the headline
// does not name. Indonesian "ini" follows its noun, so the word before it
// decides ("hari ini" is a time); English "this" precedes it ("this week").
func hiddenSubject(a *Analysis, h prose.Span, speech int, add func(cbKind, int, int)) {
	if speech < h.End {
		// Before a colon the pointing word announces what follows it
		// ("Begini cara daftar: buka …"); after it, it is the speaker's.
		return
	}
	ts := a.Tokens()
	for _, m := range headlineMatches(a, h, listClickbaitDeixis) {
		i := tokenIndex(ts, m.Start)
		j := tokenIndex(ts, m.End)
		var near string
		before := m.Start // where the words the noun could echo end
		if m.Entry.Lang == i18n.ID {
			if i > 0 && ts[i-1].Start >= h.Start && ts[i-1].Kind == prose.Word {
				near, before = a.Text[ts[i-1].Start:ts[i-1].End], ts[i-1].Start
			}
		} else if j < len(ts) && ts[j].End <= h.End && ts[j].Kind == prose.Word {
			near = a.Text[ts[j].Start:ts[j].End]
		}
		if near != "" && (a.lexicon.inList(listClickbaitDeixisExempt, near) || namedBefore(a, h, near, before)) {
			continue
		}
		add(cbHidden, m.Start, m.End)
		return
	}
}

// namedBefore reports whether the word w already stands earlier in the
// headline, before off: "Layanan KTP Dibuka Sabtu, Layanan Ini Gratis"
// points back at what it named, it hides nothing.
func namedBefore(a *Analysis, h prose.Span, w string, off int) bool {
	ws := a.WordsIn(prose.Span{Start: h.Start, End: off})
	f := prose.FoldString(w)
	for _, x := range ws {
		if prose.FoldString(a.Text[x.Start:x.End]) == f {
			return true
		}
	}
	return false
}

// openQuestion finds a question mark that ends the headline, outside
// quotation marks and before any speaker's colon, when the question does
// not address the reader.
func openQuestion(a *Analysis, h prose.Span, speech int, add func(cbKind, int, int)) {
	ts := tokensIn(a, h)
	q := -1
	for i := len(ts) - 1; i >= 0; i-- {
		t := ts[i]
		if t.Kind == prose.Word || t.Kind == prose.Number {
			break
		}
		if a.Text[t.Start:t.End] == "?" || a.Text[t.Start:t.End] == "？" {
			q = i
		}
	}
	if q < 0 || ts[q].Start >= speech || trustInQuotes(a, ts[q].Start, ts[q].End) {
		return
	}
	// The question runs from the last sentence or clause end before it.
	start := h.Start
	for i := q - 1; i >= 0; i-- {
		if ts[i].Kind == prose.Punct && strings.ContainsAny(a.Text[ts[i].Start:ts[i].End], ".!?;") {
			start = ts[i].End
			break
		}
	}
	qs := prose.Span{Start: start, End: ts[q].End}
	if len(a.WordsIn(qs)) == 0 || readerQuestion(a, qs) {
		return
	}
	add(cbQuestion, qs.Start, qs.End)
}

// readerQuestion reports whether the question q addresses the reader: it
// holds a second-person word or a conversation prompt, or opens with a word
// that asks the reader ("Sudah …?", "Need …?").
func readerQuestion(a *Analysis, q prose.Span) bool {
	if trustInLists(a, q.Start, q.End, listClickbaitReader, listPrompts) {
		return true
	}
	w := a.WordsIn(q)
	ms := matchesIn(a.trustMatch(listClickbaitReaderOpeners), q.Start, q.End)
	return len(w) > 0 && len(ms) > 0 && ms[0].Start == w[0].Start
}

// listicle finds a number opening the headline (after at most a lead-in
// such as "The" or "Ini") followed within three words, with no punctuation
// between, by a listicle noun ("7 Fakta …", "The 23 Best Tweets …",
// "Twelve Reasons …").
func listicle(a *Analysis, h prose.Span, add func(cbKind, int, int)) {
	nouns := headlineMatches(a, h, listClickbaitListicle)
	if len(nouns) == 0 {
		return
	}
	words := a.WordsIn(h)
	i := 0
	for _, m := range headlineMatches(a, h, listClickbaitListicleLeads) {
		if i < len(words) && m.Start == words[i].Start {
			for i < len(words) && words[i].Start < m.End {
				i++
			}
		}
	}
	if i >= len(words) {
		return
	}
	num := words[i]
	end := num.End
	isNum := num.Kind == prose.Number
	for _, m := range headlineMatches(a, h, listClickbaitNumbers) {
		if m.Start == num.Start {
			isNum, end = true, m.End
		}
	}
	if !isNum {
		return
	}
	after := a.WordsIn(prose.Span{Start: end, End: h.End})
	for k := 0; k < len(after) && k < 3; k++ {
		for _, m := range nouns {
			if m.Start == after[k].Start && !hasPunct(a, prose.Span{Start: end, End: m.Start}) {
				add(cbListicle, num.Start, m.End)
				return
			}
		}
	}
}

// hasPunct reports whether s holds a punctuation token.
func hasPunct(a *Analysis, s prose.Span) bool {
	for _, t := range tokensIn(a, s) {
		if t.Kind == prose.Punct {
			return true
		}
	}
	return false
}

// teaserOpener finds a headline that opens by announcing a point it keeps
// ("Viral …", "Alasan …", "The Real Reason …").
func teaserOpener(a *Analysis, h prose.Span, add func(cbKind, int, int)) {
	words := a.WordsIn(h)
	ms := headlineMatches(a, h, listClickbaitHeadlineOpeners)
	if len(words) > 0 && len(ms) > 0 && ms[0].Start == words[0].Start {
		add(cbOpener, ms[0].Start, ms[0].End)
	}
}

// askWithoutMark finds a question word that asks ("Apa Kata Netizen",
// "Why Everyone Is …") in a headline without a question mark; "how to" and
// "apa pun" do not ask.
func askWithoutMark(a *Analysis, h prose.Span, add func(cbKind, int, int)) {
	if hasQuestionMark(a.Text[h.Start:h.End]) {
		return
	}
	not := a.trustMatch(listClickbaitNotQuestions)
	for _, m := range headlineMatches(a, h, listClickbaitQuestionWords) {
		if !overlapsMatch(not, m.Start, m.End) {
			add(cbAsk, m.Start, m.End)
			return
		}
	}
}

// trailOff finds a headline that ends in an ellipsis outside quotation
// marks: the sentence stops before its point.
func trailOff(a *Analysis, h prose.Span, add func(cbKind, int, int)) {
	text := strings.TrimRightFunc(a.Text[h.Start:h.End], func(r rune) bool {
		return unicode.IsSpace(r) || r == '!' || r == '?'
	})
	end := h.Start + len(text)
	for _, e := range []string{"…", "..."} {
		if strings.HasSuffix(text, e) && !trustInQuotes(a, end-len(e), end) {
			if len(a.WordsIn(prose.Span{Start: h.Start, End: end})) > 0 {
				add(cbTrailOff, end-len(e), end)
			}
			return
		}
	}
}

// message names the sign that decided: the first strong one, else the weak
// ones that add up.
func (v cbVerdict) message(a *Analysis, h prose.Span, what i18n.Text) i18n.Text {
	head := excerpt(a.Text[h.Start:h.End], 60)
	var weak []string
	for _, s := range v.signs {
		word := excerpt(a.Text[s.span.Start:s.span.End], 40)
		switch s.kind {
		case cbHidden:
			return i18n.Sprintf("%s %q reads as clickbait: it hides its subject behind %q", "%s %q terbaca sebagai umpan klik: subjeknya disembunyikan di balik %q", what, head, word)
		case cbQuestion:
			return i18n.Sprintf("%s %q reads as clickbait: it ends in a question it leaves open", "%s %q terbaca sebagai umpan klik: diakhiri pertanyaan yang dibiarkan menggantung", what, head)
		case cbListicle:
			return i18n.Sprintf("%s %q reads as clickbait: %q promises a list and withholds every item", "%s %q terbaca sebagai umpan klik: %q menjanjikan daftar dan menahan semua isinya", what, head, word)
		case cbQuiz:
			return i18n.Sprintf("%s %q reads as clickbait: %q is a quiz about the reader", "%s %q terbaca sebagai umpan klik: %q adalah kuis tentang pembaca", what, head, word)
		case cbHyperbole:
			return i18n.Sprintf("%s %q reads as clickbait: %q promises a reaction instead of telling what happened", "%s %q terbaca sebagai umpan klik: %q menjanjikan reaksi, bukan menceritakan apa yang terjadi", what, head, word)
		case cbOpener:
			return i18n.Sprintf("%s %q reads as clickbait: %q announces a point it keeps for the click", "%s %q terbaca sebagai umpan klik: %q mengumumkan inti yang ditahan sampai pembaca mengeklik", what, head, word)
		}
		weak = append(weak, word)
	}
	return i18n.Sprintf("%s %q reads as clickbait: it piles up teasers (%s)", "%s %q terbaca sebagai umpan klik: menumpuk kata pemancing (%s)", what, head, quoteList(weak))
}

// quoteList quotes and joins words: "a", "b".
func quoteList(ws []string) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = `"` + w + `"`
	}
	return strings.Join(q, ", ")
}

// suggestion gives a plain rewrite for the sign that decided.
func (v cbVerdict) suggestion() i18n.Text {
	if len(v.signs) > 0 {
		switch v.signs[0].kind {
		case cbHidden:
			return i18n.T("name who or what it is about and what happened: \"Police explain the video of an officer shouting at soldiers\", not \"This is what the police said\"",
				"sebut siapa atau apa dan apa yang terjadi: \"Polri: video polisi meneriaki TNI direkam tahun 2019\", bukan \"Ini penjelasan Polri\"")
		case cbQuestion:
			return i18n.T("answer the question in the headline: state what is known as a plain sentence",
				"jawab pertanyaannya di judul: tulis apa yang sudah diketahui sebagai kalimat biasa")
		case cbListicle:
			return i18n.T("say what the list is about and give its main point: \"Bus routes change on 1 May: 3 lines end at the new terminal\"",
				"sebut pokok isi daftarnya: \"Rute bus berubah 1 Mei: 3 jalur berakhir di terminal baru\"")
		case cbQuiz:
			return i18n.T("say plainly what the post offers instead of quizzing the reader",
				"sampaikan langsung isi unggahan, bukan kuis tentang pembaca")
		case cbHyperbole:
			return i18n.T("tell what happened and let readers react for themselves",
				"ceritakan apa yang terjadi dan biarkan pembaca bereaksi sendiri")
		case cbOpener:
			return i18n.T("give the point itself: the reason, the reaction, what went viral",
				"sampaikan intinya: alasannya, reaksinya, apa yang viral")
		}
	}
	return i18n.T("drop the teasers and say the point plainly: what happened, to whom",
		"buang kata pemancingnya dan sampaikan intinya langsung: apa yang terjadi, pada siapa")
}

// Requires declares the analysis views the rule reads.
func (*Clickbait) Requires() []AnyView {
	return []AnyView{viewSentences, viewWords, viewTokens, viewFirstLine, viewTrustEntities}
}
