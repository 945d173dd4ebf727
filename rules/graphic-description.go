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

func init() { register("graphic-description", func() Rule { return &GraphicDescription{} }) }

// Doc documents the rule.
func (*GraphicDescription) Doc() lint.Doc {
	return lint.Doc{
		ID:        "graphic-description",
		Category:  lint.CategoryTrust,
		Severity:  lint.Warning,
		Context:   lint.TrustContext,
		Summary:   i18n.English("sensational or graphic wording about victims: \"gruesome\", \"covered in blood\""),
		Rationale: i18n.English("The Dewan Pers child-friendly reporting guideline asks for a positive, empathetic narrative with no sadistic or sexual description, and Think Before You Share teaches empathy for the people in a story. Graphic wording exploits the victim and their family and spreads fear. Lists: words/<lang>/graphic-description.txt, and graphic-ambiguous.txt for words (\"sadis\", \"naked\") that count only in a post about a victim, a death or a crime (victim-context.txt). The name of the act (\"dibunuh\", \"dimutilasi\", \"mutilated\") is reporting, not graphic wording, and phrases that name the material of a crime (graphic-exempt.txt: \"korban foto bugil\") are not reported."),
		Source:    "Indonesian Press Council (Dewan Pers), Child-Friendly Reporting Guidelines (Pedoman Pemberitaan Ramah Anak, Peraturan Dewan Pers No. 1/Peraturan-DP/II/2019)",
		Bad:       i18n.English("The victim was found in a gruesome state, covered in blood."),
		Good:      i18n.English("A resident was found dead at home on Tuesday. Police are investigating."),
	}
}

// The word lists read here, resolved once (wordList).
var (
	listGraphicAmbiguous   = wordList("graphic-ambiguous")
	listGraphicDescription = wordList("graphic-description")
	listGraphicExempt      = wordList("graphic-exempt")
)

// Check reports the graphic phrases.
func (*GraphicDescription) Check(p *Pass) {
	a := p.Text
	var hits []prose.Span
	exempt := a.trustMatch(listGraphicExempt)
	for _, m := range a.trustMatch(listGraphicDescription) {
		if !trustInEntity(a, m.Start, m.End) && !overlapsMatch(exempt, m.Start, m.End) {
			hits = append(hits, prose.Span{Start: m.Start, End: m.End})
		}
	}
	if amb := a.trustMatch(listGraphicAmbiguous); len(amb) > 0 && victimContext(a) {
		for _, m := range amb {
			if !trustInEntity(a, m.Start, m.End) && !overlapsMatch(exempt, m.Start, m.End) {
				hits = append(hits, prose.Span{Start: m.Start, End: m.End})
			}
		}
	}
	for _, h := range mergeSpans(hits) {
		p.Report(Report{
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
func victimContext(a *Analysis) bool { return trustAnyMatch(a, victimContextLists...) }

// victimContextLists are the lists that say a post talks about a victim, a
// death or a crime.
var victimContextLists = []listID{listVictimContext, listVictimSexualCrime, listVictimCase}

// Requires declares the analysis views the rule reads.
func (*GraphicDescription) Requires() []AnyView {
	return []AnyView{viewTokens}
}
