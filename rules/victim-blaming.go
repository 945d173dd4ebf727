package rules

import (
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// VictimBlaming reports phrases that blame a victim: "salah sendiri",
// "pakaiannya mengundang", "asking for it". They count only in a post that
// talks about a victim or a crime, so "makanya jangan lupa bawa KTP" is
// not a finding.
type VictimBlaming struct{}

func init() { register(func() Rule { return &VictimBlaming{} }) }

// Doc documents the rule.
func (*VictimBlaming) Doc() lint.Doc {
	return lint.Doc{
		ID:        "victim-blaming",
		Category:  lint.CategoryTrust,
		Severity:  lint.Warning,
		Summary:   i18n.English("victim-blaming phrase: \"asking for it\", \"what was she wearing\""),
		Rationale: i18n.English("Blaming the victim of a crime (their clothes, the hour, their choices) shifts responsibility away from the offender and keeps victims from reporting. Think Before You Share teaches empathy, and an official account that blames a victim makes the institution look complicit. Phrases count only in a post that talks about a victim or a crime (words/<lang>/victim-blaming.txt, victim-context.txt), so everyday \"makanya jangan lupa\" is fine."),
		Source:    "The Think Before You Share programme of Facebook and the YCAB Foundation, on empathy (Katadata); Indonesian Press Council (Dewan Pers), Child-Friendly Reporting Guidelines (2019)",
		Bad:       i18n.English("The victim was walking home alone at night; she should have known better."),
		Good:      i18n.English("Report harassment to 110 or the SAPA 129 hotline; victims are never to blame."),
	}
}

// Check reports the blaming phrases.
func (*VictimBlaming) Check(p *Pass) {
	a := p.Text
	ms := a.trustMatch("victim-blaming")
	if len(ms) == 0 || !victimContext(a) {
		return
	}
	for _, m := range ms {
		if trustInEntity(a, m.Start, m.End) {
			continue
		}
		reportTrust(p, Report{
			Start: m.Start, End: m.End,
			Message: i18n.Sprintf("%q blames the victim", "%q menyalahkan korban", excerpt(a.Text[m.Start:m.End], 40)),
			Suggestion: i18n.T("put the responsibility on the offender and tell readers where victims can get help",
				"letakkan tanggung jawab pada pelaku dan beri tahu pembaca ke mana korban bisa meminta bantuan"),
		})
	}
}
