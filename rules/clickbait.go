package rules

import (
	"strings"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/prose"
)

// Clickbait reports the two marks of clickbait Facebook demotes: withholding
// ("Ternyata Ini Penyebabnya…") and exaggerating ("bikin netizen geram",
// "you won't believe"). Phrases count at the start of a sentence or in the
// first line.
//
// The curiosity gap is deliberately conservative: an opener (ternyata,
// inilah, begini, this is why, here's what) at the start of a sentence is
// reported only when every other word of that sentence is a vague word
// (clickbait-vague.txt: ini, penyebabnya, the reason, …). A number, a colon
// followed by text, or any other word counts as concrete, so "Begini cara
// daftar KTP-el online: buka …" and "Ternyata, antrean lebih pendek di hari
// Sabtu." are fine.
type Clickbait struct {
	CuriosityGap bool `toml:"curiosity_gap"`
}

func init() { register(func() Rule { return &Clickbait{CuriosityGap: true} }) }

// Doc documents the rule.
func (*Clickbait) Doc() Doc {
	return Doc{
		ID:       "clickbait",
		Category: CategoryTrust,
		Severity: Warning,
		Summary: i18n.T("clickbait: a curiosity gap (\"Ternyata Ini Penyebabnya…\") or exaggeration (\"you won't believe\", \"bikin netizen geram\")",
			"umpan klik: menggantung rasa penasaran (\"Ternyata Ini Penyebabnya…\") atau melebih-lebihkan (\"bikin netizen geram\", \"kamu wajib tahu\")"),
		Rationale: i18n.T("Facebook defines clickbait as a headline that withholds the information needed to understand the content or exaggerates to create misleading expectations, and shows such posts to fewer people. Kominfo tells citizens to distrust provocative and clickbait headlines, so an official account that writes them borrows the look of a hoax. Phrases count at the start of a sentence or in the first line (words/<lang>/clickbait.txt). The curiosity-gap check is conservative: \"ternyata\", \"inilah\", \"begini\", \"this is why\", \"here's what\" opening a sentence are reported only when the rest of it names nothing concrete (only words from clickbait-vague.txt, no number, no colon followed by text).",
			"Facebook mendefinisikan umpan klik sebagai judul yang menahan informasi yang dibutuhkan untuk memahami isi atau melebih-lebihkan sehingga menimbulkan harapan yang menyesatkan, dan menurunkan jangkauannya. Kominfo meminta warga mencurigai judul provokatif dan umpan klik, sehingga akun resmi yang menulisnya meminjam wajah hoaks. Frasa dihitung di awal kalimat atau di baris pertama (words/<lang>/clickbait.txt). Pemeriksaan rasa penasaran dibuat hati-hati: \"ternyata\", \"inilah\", \"begini\" di awal kalimat hanya dilaporkan bila sisa kalimat tidak menyebut hal konkret (hanya kata dari clickbait-vague.txt, tanpa angka, tanpa titik dua yang diikuti isi)."),
		Source: "Facebook News Feed clickbait update: https://cdrinfo.com/d7/content/facebook-updates-news-feed-reduce-clickbait-headlines ; Kominfo: https://kaltara.tribunnews.com/2021/11/04/tips-cara-mengidentifikasi-berita-mengandung-hoaks-berikut-link-pengaduan-konten-yang-melanggar ; content-rules.md TBS-04, §2.4, §2.5",
		Bad:    i18n.T("You won't believe what happened at the city park. This is why…", "Ternyata Ini Penyebabnya… Bikin Netizen Geram!"),
		Good:   i18n.T("The city park closes for two weeks from 1 May to replace the playground.", "Begini cara daftar KTP-el online: buka dukcapil.example.go.id, isi NIK, pilih jadwal."),
		Options: []OptionDoc{
			{Name: "curiosity_gap", Help: i18n.T("report openers such as \"ternyata\", \"this is why\" followed by nothing concrete",
				"laporkan pembuka seperti \"ternyata\", \"inilah\" yang tidak diikuti hal konkret")},
		},
	}
}

// Check reports list phrases and curiosity gaps.
func (r *Clickbait) Check(p *Pass) {
	a := p.Text
	line := a.FirstLine()
	var hits []prose.Span
	for _, m := range a.trustMatch("clickbait") {
		if trustInEntity(a, m.Start, m.End) {
			continue
		}
		if m.End <= line.End || trustSentenceStart(a, m.Start) {
			hits = append(hits, prose.Span{Start: m.Start, End: m.End})
		}
	}
	if r.CuriosityGap {
		for _, m := range a.trustMatch("clickbait-openers") {
			if trustInEntity(a, m.Start, m.End) || !trustSentenceStart(a, m.Start) {
				continue
			}
			s := trustSentenceOf(a, m.Start)
			if curiosityGap(a, m.End, s.End) {
				hits = append(hits, prose.Span{Start: m.Start, End: s.End})
			}
		}
	}
	for _, h := range mergeSpans(hits) {
		reportTrust(p, Report{
			Start: h.Start, End: h.End,
			Message: i18n.Sprintf("%q reads as clickbait: it withholds or exaggerates instead of telling",
				"%q terbaca sebagai umpan klik: menahan atau melebih-lebihkan informasi, bukan menyampaikannya", excerpt(a.Text[h.Start:h.End], 50)),
			Suggestion: i18n.T("say the point plainly: what happened, to whom, and what readers can do",
				"sampaikan intinya langsung: apa yang terjadi, pada siapa, dan apa yang bisa dilakukan pembaca"),
		})
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
		if w.Kind == prose.Number || !a.lexicon.inList("clickbait-vague", a.Text[w.Start:w.End]) {
			return false
		}
	}
	return true
}
