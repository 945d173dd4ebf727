package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// HookWeakOpener reports posts that open with a greeting, a ceremony or an
// announcement of an announcement ("Dalam rangka …", "We are pleased to
// announce …") instead of the point. A block of greetings is reported as
// one finding. Phrases of weak-openers count wherever they open the post;
// greetings of greeting-lines count as greetingSpent decides.
type HookWeakOpener struct{}

func init() { register("hook-weak-opener", func() Rule { return &HookWeakOpener{} }) }

// Doc documents the rule.
func (*HookWeakOpener) Doc() lint.Doc {
	return lint.Doc{
		ID:        "hook-weak-opener",
		Category:  lint.CategoryHook,
		Severity:  lint.Warning,
		Summary:   i18n.English("post opens with a greeting, ceremony or announcement phrase"),
		Rationale: i18n.English("The first seconds decide whether people read on. Greetings, \"in the framework of\" and \"we are pleased to announce\" spend them on ceremony. Religious greetings are respectful and welcome: move them after the first informative line rather than deleting them. A greeting such as \"Selamat pagi\" or \"Halo Sobat Pajak\" counts when it forms its own sentence at the start of the first line, with at most three words of address, even if the line goes on (\"Selamat pagi warga Bandung! Hari ini …\"): the reader's first seconds go to it. A greeting that leads into the news in the same sentence (\"Halo warga, mulai Senin …\") counts only when it and its vocative fill a quarter (32 characters) of the 125 characters Facebook and Instagram show before \"See more\". Lists: words/<lang>/weak-openers.txt, greeting-lines.txt and vocative-words.txt, extendable with [words.<lang>] weak-openers = [...]."),
		Source:    "Ann Wylie (Wylie Communications) on press-release leads (2022); US Federal Plain Language Guidelines (put the most important information first)",
		Bad:       i18n.English("We are pleased to announce that registration for the city marathon is open."),
		Good:      i18n.English("Registration for the city marathon is open until 30 April: sign up at marathon.example.id"),
	}
}

// The word lists read here, resolved once (wordList).
var (
	listGreetingLines = wordList("greeting-lines")
	listVocativeWords = wordList("vocative-words")
	listWeakOpeners   = wordList("weak-openers")
)

// Check matches the opener lists at the start of the post.
func (*HookWeakOpener) Check(p *Pass) {
	a := p.Text
	start := firstWordStart(a)
	if start >= len(a.Text) {
		return
	}
	end := -1
	var phrase string
	for _, m := range a.Match(listWeakOpeners) {
		if m.Start == start {
			end, phrase = m.End, a.Text[m.Start:m.End]
			break
		}
	}
	if end < 0 {
		for _, m := range a.Match(listGreetingLines) {
			if m.Start == start {
				if e, ok := greetingSpent(a, m); ok {
					end, phrase = e, a.Text[m.Start:m.End]
				}
				break
			}
		}
	}
	if end < 0 {
		return
	}
	// Chain greetings that follow one another, so a block such as
	// "Assalamualaikum Wr. Wb. Bapak/Ibu yang kami hormati." is one finding.
	for {
		next := nextWordStart(a, end)
		e := openerAt(a, next)
		if e < 0 {
			break
		}
		end = e
	}
	p.Report(Report{
		Start: start, End: end,
		Message: i18n.Sprintf("the post opens with %q: the first seconds go to ceremony, not to the point",
			"unggahan dibuka dengan %q: detik-detik pertama habis untuk seremoni, bukan inti pesan", excerpt(phrase, 40)),
		Suggestion: i18n.T("open with the news (what changes for the reader, when, where); move greetings after the first line",
			"buka dengan inti berita (apa manfaatnya bagi pembaca, kapan, di mana); pindahkan salam ke setelah baris pertama"),
	})
}

// visiblePrefix is the part of a caption the feed shows before "See more"
// on Facebook and Instagram, the feeds Facebook Indonesia's advice is about.
const visiblePrefix = 125

// greetingShare is the share of the visible prefix a greeting that leads
// into the news in the same sentence may take before it counts as a weak
// opener: a quarter, 32 characters ("Selamat pagi warga Kota Bandung yang
// kami cintai, …" counts, "Selamat pagi warga Bandung, …" does not).
const greetingShare = visiblePrefix / 4

// maxAddressee is how many words may follow a greeting and still be its
// addressee ("Halo Sobat Pajak!", "Selamat pagi warga Bandung!").
const maxAddressee = 3

// maxVocative is how many words a vocative after a greeting may run before
// the comma that ends it ("Selamat pagi Bapak/Ibu warga Kota Bandung yang
// kami cintai, …").
const maxVocative = 8

// greetingSpent decides whether a greeting that opens the post (a match of
// greeting-lines at its first word) spends the hook, and returns the end of
// what to report.
//
//   - When the greeting's sentence ends within the first line after at most
//     three more words (its addressee), the greeting stands alone, even if
//     the line goes on with another sentence: "Selamat pagi warga Bandung!
//     Hari ini …", "Halo Sobat Pajak! 👋 Sudah lapor SPT?". The reader's
//     first seconds go to the greeting.
//   - When the sentence goes on with the news ("Halo warga, mulai Senin
//     KTP-el bisa dicetak …"), the greeting is judged by how much of the
//     visible prefix it takes: the greeting and its vocative (capitalised
//     words and words for the audience up to a comma, a dash or a colon)
//     count when they fill a quarter of the 125 characters Facebook and
//     Instagram show.
func greetingSpent(a *Analysis, m LexMatch) (int, bool) {
	line := a.FirstLine()
	sentEnd := line.End
	for _, s := range a.Sentences() {
		if s.End > m.Start {
			sentEnd = min(sentEnd, s.End)
			break
		}
	}
	if wordsBetween(a, m.End, sentEnd) <= maxAddressee {
		return lastWordEnd(a, m.End, sentEnd), true
	}
	end := vocativeEnd(a, m.End, sentEnd)
	if graphemes(a.Text[m.Start:end]) >= greetingShare {
		return end, true
	}
	return 0, false
}

// vocativeEnd returns the end of the vocative after a greeting ending at
// from, in a sentence ending at to: a run of at most maxVocative
// capitalised words, audience words and the polite "yang kami hormati"
// kind, closed by a comma, a dash, a colon or the end of the sentence.
// Without such a close the words may already be the news, and the greeting
// ends where it ends.
func vocativeEnd(a *Analysis, from, to int) int {
	text := a.Text
	audience := listSet(a, listAudienceWords, bothLangs)
	polite := listSet(a, listVocativeWords, bothLangs)
	end, n := from, 0
	for _, w := range a.Words() {
		if w.Start < from {
			continue
		}
		if w.End > to {
			break
		}
		gap := strings.TrimSpace(text[end:w.Start])
		if n == 0 {
			gap = strings.TrimSpace(strings.TrimLeft(gap, ","))
		}
		if r, _ := utf8.DecodeRuneInString(gap); gap != "" && gap != "/" {
			if n > 0 && strings.ContainsRune(",-–—:", r) {
				return end
			}
			return from
		}
		if n >= maxVocative {
			return from
		}
		word := text[w.Start:w.End]
		aud := audience.Has(prose.FoldString(word))
		pol := polite.Has(prose.FoldString(word))
		if !startsUpper(word) && !aud && !pol {
			return from
		}
		end, n = w.End, n+1
	}
	if n > 0 {
		return end // the sentence ends with the vocative
	}
	return from
}

// openerAt returns the end of a weak opener starting at the offset, or -1.
func openerAt(a *Analysis, at int) int {
	for _, list := range []listID{listWeakOpeners, listGreetingLines} {
		for _, m := range a.Match(list) {
			if m.Start == at {
				return m.End
			}
		}
	}
	return -1
}

// nextWordStart returns the start of the first word at or after off.
func nextWordStart(a *Analysis, off int) int {
	for _, w := range a.Words() {
		if w.Start >= off {
			return w.Start
		}
	}
	return len(a.Text)
}

// lastWordEnd returns the end of the last word before to, at least from.
func lastWordEnd(a *Analysis, from, to int) int {
	end := from
	for _, w := range a.Words() {
		if w.End <= to && w.End > end {
			end = w.End
		}
	}
	return end
}

// wordsBetween counts the words and numbers between from and to.
func wordsBetween(a *Analysis, from, to int) int {
	n := 0
	for _, w := range a.Words() {
		if w.Start >= from && w.End <= to {
			n++
		}
	}
	return n
}

// Requires declares the analysis views the rule reads.
func (*HookWeakOpener) Requires() []AnyView {
	return []AnyView{viewWords, viewFolded}
}
