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
		ID:        "victim-blaming",
		Category:  lint.CategoryTrust,
		Severity:  lint.Warning,
		Context:   lint.TrustContext,
		Summary:   i18n.English("victim-blaming phrase: \"asking for it\", \"what was she wearing\""),
		Rationale: i18n.English("Blaming the victim of a crime (their clothes, the hour, their choices) shifts responsibility away from the offender and keeps victims from reporting. Think Before You Share teaches empathy, and an official account that blames a victim makes the institution look complicit. Phrases count only in a post that talks about a victim or a crime (words/<lang>/victim-blaming.txt, victim-context.txt), so everyday \"makanya jangan lupa\" is fine."),
		Source:    "The Think Before You Share programme of Facebook and the YCAB Foundation, on empathy (Katadata); Indonesian Press Council (Dewan Pers), Child-Friendly Reporting Guidelines (2019)",
		Bad:       i18n.English("The victim was walking home alone at night; she should have known better."),
		Good:      i18n.English("Report harassment to 110 or the SAPA 129 hotline; victims are never to blame."),
	},
		List: wordList("victim-blaming"), Norm: normElongation, Skip: skipEntities,
		When:    victimContextLists,
		Message: i18n.T("%q blames the victim", "%q menyalahkan korban"),
		Quote:   40,
		Suggestion: i18n.T("put the responsibility on the offender and tell readers where victims can get help",
			"letakkan tanggung jawab pada pelaku dan beri tahu pembaca ke mana korban bisa meminta bantuan"),
	}
}

func init() { register("victim-blaming", func() Rule { return victimBlaming() }) }
