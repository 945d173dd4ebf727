package rules

import (
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/prose"
)

// Blocklist reports terms from the team's own blocklist: postlint ships no
// terms, users list them with [words.<lang>] blocklist = [...] or
// blocklist_file = "path" (one term per line, "term => suggestion"
// allowed). Matching is on normalised words: case folded, repeated letters
// collapsed ("bangsaaat" = "bangsat") and, with leetspeak on, digits read as
// letters ("b4ngs4t"). Links and mentions are skipped; hashtags are not.
type Blocklist struct {
	Leetspeak bool `toml:"leetspeak"`
}

func init() { register(func() Rule { return &Blocklist{Leetspeak: true} }) }

// Doc documents the rule.
func (*Blocklist) Doc() Doc {
	return Doc{
		ID:       "blocklist",
		Category: CategoryTrust,
		Severity: Error,
		Summary: i18n.T("a term from your team's blocklist (none built in)",
			"istilah dari daftar larangan tim Anda (tidak ada bawaan)"),
		Rationale: i18n.T("Slurs, SARA insults and local proxies for them change with place and time, and UU ITE Pasal 28(2) makes spreading hatred against groups a crime, so each team keeps its own list. postlint ships none. Add terms with [words.id] blocklist = [\"…\"] or blocklist_file = \"lexicon/blocklist.txt\" (one term per line, '#' comments, \"term => suggestion\"). Public lexicons such as the Indonesian abusive-word list of Ibrohim & Budi (CC BY-NC-SA) can be used as a local file but are not bundled. Terms match whole words after folding case, collapsing repeated letters (\"bangsaaat\") and reading leetspeak (\"b4ngs4t\", \"b@ngsat\"; option leetspeak).",
			"Umpatan, hinaan SARA, dan plesetannya berubah menurut tempat dan waktu, dan Pasal 28 ayat (2) UU ITE memidanakan penyebaran kebencian terhadap kelompok, sehingga setiap tim menyusun daftarnya sendiri. postlint tidak membawa daftar bawaan. Tambahkan istilah lewat [words.id] blocklist = [\"…\"] atau blocklist_file = \"lexicon/blocklist.txt\" (satu istilah per baris, komentar '#', \"istilah => saran\"). Leksikon publik seperti daftar kata kasar Ibrohim & Budi (CC BY-NC-SA) boleh dipakai sebagai berkas lokal tetapi tidak disertakan. Istilah dicocokkan per kata setelah huruf besar-kecil disamakan, huruf berulang diringkas (\"bangsaaat\"), dan angka dibaca sebagai huruf (\"b4ngs4t\", \"b@ngsat\"; opsi leetspeak)."),
		Source: "Meta Community Standards, Hateful Conduct: https://transparency.meta.com/en-gb/policies/community-standards/hateful-conduct/ ; UU ITE Pasal 28 ayat (2): https://www.hukumonline.com/klinik/a/pasal-28-ayat-2-uu-ite-2024-lt65a6950b71ccc ; content-rules.md TBS-07, §4",
		Bad:    i18n.T("(with blocklist = [\"idiot\"]) Only an 1d10t would miss this deadline.", "(dengan blocklist = [\"bodoh\"]) Cuma orang b0d0h yang telat daftar."),
		Good:   i18n.T("Registration closes on Friday: sign up today.", "Pendaftaran ditutup Jumat: daftar hari ini."),
		Options: []OptionDoc{
			{Name: "leetspeak", Help: i18n.T("read digits and '@' inside words as letters (4→a, 1→i, 0→o, 3→e, 5→s, 7→t, @→a)",
				"baca angka dan '@' di dalam kata sebagai huruf (4→a, 1→i, 0→o, 3→e, 5→s, 7→t, @→a)")},
		},
	}
}

// Check reports the blocklisted terms.
func (r *Blocklist) Check(p *Pass) {
	a := p.Text
	mode := normElongation
	if r.Leetspeak {
		mode = normLeet
	}
	for _, m := range a.normMatch("blocklist", mode) {
		if trustInURL(a, m.Start, m.End) || trustInMention(a, m.Start, m.End) {
			continue
		}
		found := a.Text[m.Start:m.End]
		msg := i18n.Sprintf("%q is on your blocklist", "%q ada di daftar larangan Anda", found)
		if prose.FoldString(found) != prose.FoldString(m.Entry.Phrase) {
			msg = i18n.Sprintf("%q is on your blocklist (as %q)", "%q ada di daftar larangan Anda (sebagai %q)", found, m.Entry.Phrase)
		}
		sugg := i18n.T("remove the term or rephrase without it", "hapus istilah itu atau ubah kalimatnya")
		if m.Entry.Suggestion != "" {
			sugg = i18n.Sprintf("write %q", "tulis %q", m.Entry.Suggestion)
		}
		reportTrust(p, Report{Start: m.Start, End: m.End, Message: msg, Suggestion: sugg})
	}
}
