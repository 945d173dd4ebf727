package rules

import (
	"github.com/postlint/postlint/i18n"
)

// HookWeakOpener reports posts that open with a greeting, a ceremony or an
// announcement of an announcement ("Dalam rangka …", "We are pleased to
// announce …") instead of the point. A block of greetings is reported as
// one finding.
type HookWeakOpener struct{}

func init() { register(func() Rule { return &HookWeakOpener{} }) }

// Doc documents the rule.
func (*HookWeakOpener) Doc() Doc {
	return Doc{
		ID:       "hook-weak-opener",
		Category: CategoryHook,
		Severity: Warning,
		Summary:  i18n.T("post opens with a greeting, ceremony or announcement phrase", "unggahan dibuka dengan salam, seremoni, atau frasa pengumuman"),
		Rationale: i18n.T("The first seconds decide whether people read on. Greetings, \"in the framework of\" and \"we are pleased to announce\" spend them on ceremony. Religious greetings are respectful and welcome: move them after the first informative line rather than deleting them. Lists: words/<lang>/weak-openers.txt and greeting-lines.txt, extendable with [words.<lang>] weak-openers = [...].",
			"Detik-detik pertama menentukan apakah orang lanjut membaca. Salam, \"dalam rangka\", dan \"dengan bangga kami umumkan\" menghabiskannya untuk seremoni. Salam keagamaan tetap sopan dan baik: pindahkan ke setelah baris pertama yang informatif, bukan dihapus. Daftar: words/<lang>/weak-openers.txt dan greeting-lines.txt, bisa ditambah lewat [words.<lang>] weak-openers = [...]."),
		Source: "https://wyliecomm.com/2022/07/lead-press-release ; Federal Plain Language Guidelines (put the most important information first); content-rules.md HOOK-02",
		Bad:    i18n.T("We are pleased to announce that registration for the city marathon is open.", "Assalamualaikum Wr. Wb. Dalam rangka memperingati HUT RI ke-81, Pemkot menggelar lomba."),
		Good:   i18n.T("Registration for the city marathon is open until 30 April: sign up at marathon.example.id", "Lomba HUT RI ke-81 dibuka! Daftar gratis sampai 10 Agustus di kelurahan terdekat."),
	}
}

// Check matches the opener lists at the start of the post.
func (*HookWeakOpener) Check(p *Pass) {
	a := p.Text
	start := firstWordStart(a)
	if start >= len(a.Text) {
		return
	}
	end := -1
	var phrase string
	for _, m := range a.Match("weak-openers") {
		if m.Start == start {
			end, phrase = m.End, a.Text[m.Start:m.End]
			break
		}
	}
	if end < 0 {
		line := a.FirstLine()
		for _, m := range a.Match("greeting-lines") {
			if m.Start == start && wordsBetween(a, m.End, line.End) <= 3 {
				end, phrase = lastWordEnd(a, m.End, line.End), a.Text[m.Start:m.End]
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

// openerAt returns the end of a weak opener starting at the offset, or -1.
func openerAt(a *Analysis, at int) int {
	for _, list := range []string{"weak-openers", "greeting-lines"} {
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
