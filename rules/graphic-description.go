package rules

import (
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// GraphicDescription reports sensational or graphic wording about victims:
// "tewas mengenaskan", "bersimbah darah", "gruesome". Words that are graphic
// only about a victim ("sadis", "naked") count only in a post that talks
// about a victim, a death or a crime, so "harga sadis" in a promo is fine.
// The name of the act ("dibunuh", "dimutilasi", "mutilated") is reporting,
// not diction, and a phrase that names the material of a crime ("korban
// foto bugil": graphic-exempt) is no description of a victim's body.
type GraphicDescription struct{}

func init() { register(func() Rule { return &GraphicDescription{} }) }

// Doc documents the rule.
func (*GraphicDescription) Doc() lint.Doc {
	return lint.Doc{
		ID:       "graphic-description",
		Category: lint.CategoryTrust,
		Severity: lint.Warning,
		Summary: i18n.T("sensational or graphic wording about victims: \"gruesome\", \"covered in blood\"",
			"diksi bombastis atau sadis tentang korban: \"tewas mengenaskan\", \"bersimbah darah\""),
		Rationale: i18n.T("The Dewan Pers child-friendly reporting guideline asks for a positive, empathetic narrative with no sadistic or sexual description, and Think Before You Share teaches empathy for the people in a story. Graphic wording exploits the victim and their family and spreads fear. Lists: words/<lang>/graphic-description.txt, and graphic-ambiguous.txt for words (\"sadis\", \"naked\") that count only in a post about a victim, a death or a crime (victim-context.txt). The name of the act (\"dibunuh\", \"dimutilasi\", \"mutilated\") is reporting, not graphic wording, and phrases that name the material of a crime (graphic-exempt.txt: \"korban foto bugil\") are not reported.",
			"Pedoman Pemberitaan Ramah Anak Dewan Pers meminta narasi yang positif dan empatik tanpa deskripsi sadis atau seksual, dan Think Before You Share mengajarkan empati pada orang-orang di dalam berita. Diksi sadis mengeksploitasi korban dan keluarganya serta menyebarkan ketakutan. Daftar: words/<lang>/graphic-description.txt, dan graphic-ambiguous.txt untuk kata (\"sadis\", \"bugil\") yang hanya dihitung bila unggahan membahas korban, kematian, atau kejahatan (victim-context.txt). Nama perbuatannya (\"dibunuh\", \"dimutilasi\", \"mutilated\") adalah pemberitaan, bukan diksi sadis, dan frasa yang menamai barang bukti kejahatan (graphic-exempt.txt: \"korban foto bugil\") tidak dilaporkan."),
		Source: "Indonesian Press Council (Dewan Pers), Child-Friendly Reporting Guidelines (Pedoman Pemberitaan Ramah Anak, Peraturan Dewan Pers No. 1/Peraturan-DP/II/2019)",
		Bad:    i18n.T("The victim was found in a gruesome state, covered in blood.", "Korban ditemukan tewas mengenaskan dan bersimbah darah di kamarnya."),
		Good:   i18n.T("A resident was found dead at home on Tuesday. Police are investigating.", "Seorang warga ditemukan meninggal di rumahnya pada Selasa. Polisi masih menyelidiki penyebabnya."),
	}
}

// Check reports the graphic phrases.
func (*GraphicDescription) Check(p *Pass) {
	a := p.Text
	var hits []prose.Span
	exempt := a.trustMatch("graphic-exempt")
	for _, m := range a.trustMatch("graphic-description") {
		if !trustInEntity(a, m.Start, m.End) && !overlapsMatch(exempt, m.Start, m.End) {
			hits = append(hits, prose.Span{Start: m.Start, End: m.End})
		}
	}
	if amb := a.trustMatch("graphic-ambiguous"); len(amb) > 0 && victimContext(a) {
		for _, m := range amb {
			if !trustInEntity(a, m.Start, m.End) && !overlapsMatch(exempt, m.Start, m.End) {
				hits = append(hits, prose.Span{Start: m.Start, End: m.End})
			}
		}
	}
	for _, h := range mergeSpans(hits) {
		reportTrust(p, Report{
			Start: h.Start, End: h.End,
			Message: i18n.Sprintf("%q is graphic, sensational wording about a victim", "%q adalah diksi sadis dan bombastis tentang korban",
				excerpt(a.Text[h.Start:h.End], 40)),
			Suggestion: i18n.T("state the facts plainly and with respect for the victim and their family",
				"sampaikan faktanya secara lugas dan hormati korban serta keluarganya"),
		})
	}
}

// victimContext reports whether the post talks about a victim, a death or
// a crime.
func victimContext(a *Analysis) bool {
	return trustAnyMatch(a, "victim-context", "victim-sexual-crime", "victim-case")
}
