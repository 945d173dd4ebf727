package rules

import (
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// victimBlaming reports phrases that blame a victim: "salah sendiri",
// "pakaiannya mengundang", "asking for it". They count only in a post that
// talks about a victim or a crime, so "makanya jangan lupa bawa KTP" is
// not a finding. It is a list rule: the matches of the victim-blaming list
// outside links, hashtags and mentions, when a victim-context list matches.
func victimBlaming() *ListRule {
	return &ListRule{Meta: lint.Doc{
		ID:       "victim-blaming",
		Category: lint.CategoryTrust,
		Severity: lint.Warning,
		Context:  lint.TrustContext,
		Summary: i18n.T("victim-blaming phrase: \"asking for it\", \"what was she wearing\"",
			"frasa yang menyalahkan korban: \"salah sendiri\", \"pakaiannya mengundang\""),
		Rationale: i18n.T("Blaming the victim of a crime (their clothes, the hour, their choices) shifts responsibility away from the offender and keeps victims from reporting. Think Before You Share teaches empathy, and an official account that blames a victim makes the institution look complicit. Phrases count only in a post that talks about a victim or a crime (words/<lang>/victim-blaming.txt, victim-context.txt), so everyday \"makanya jangan lupa\" is fine.",
			"Menyalahkan korban kejahatan (pakaiannya, jam keluarnya, pilihannya) mengalihkan tanggung jawab dari pelaku dan membuat korban enggan melapor. Think Before You Share mengajarkan empati, dan akun resmi yang menyalahkan korban membuat lembaganya terkesan ikut membenarkan. Frasa hanya dihitung bila unggahan membahas korban atau kejahatan (words/<lang>/victim-blaming.txt, victim-context.txt), jadi \"makanya jangan lupa\" sehari-hari aman."),
		Source: "Facebook/YCAB Think Before You Share (empathy): https://katadata.co.id/amp/digital/nasional/5e9a55bb0f447/perangi-konten-negatif-facebook-libatkan-siswa-orang-tua-dan-guru ; Dewan Pers, Pedoman Pemberitaan Ramah Anak: https://www.pemuka-rakyat.com/2023/02/12-poin-pedoman-pemberitaan-ramah-anak.html?m=1 ; content-rules.md TBS-10, §2.15",
		Bad:    i18n.T("The victim was walking home alone at night; she should have known better.", "Korban keluar malam sendirian, salah sendiri."),
		Good:   i18n.T("Report harassment to 110 or the SAPA 129 hotline; victims are never to blame.", "Laporkan pelecehan ke 110 atau SAPA 129; korban tidak pernah salah."),
	},
		List: "victim-blaming", Norm: normElongation, Skip: skipEntities,
		When:    victimContextLists,
		Message: i18n.T("%q blames the victim", "%q menyalahkan korban"),
		Quote:   40,
		Suggestion: i18n.T("put the responsibility on the offender and tell readers where victims can get help",
			"letakkan tanggung jawab pada pelaku dan beri tahu pembaca ke mana korban bisa meminta bantuan"),
	}
}

func init() { register(func() Rule { return victimBlaming() }) }
