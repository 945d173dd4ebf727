package rules

import (
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// sharePressure reports religious and superstitious pressure to share:
// "ketik amin", "dapat pahala jika membagikan", "sial jika tidak
// dibagikan", "type amen", "bad luck if you don't share". A plain "Aamiin"
// closing a prayer is not a finding. It is a list rule: the matches of
// the share-pressure list outside links, hashtags and mentions.
func sharePressure() *ListRule {
	return &ListRule{Meta: lint.Doc{
		ID:        "share-pressure",
		Category:  lint.CategoryTrust,
		Severity:  lint.Error,
		Context:   lint.TrustContext,
		Summary:   i18n.English("religious or superstitious pressure to share: \"ketik amin\", \"bad luck if you don't share\""),
		Rationale: i18n.English("Kominfo names \"katakan amin\" among the five marks of a hoax: faith and fear are used to make people forward without thinking. An official account must not promise merit or threaten bad luck for sharing. A prayer that simply ends with \"Aamiin\" is fine. List: words/<lang>/share-pressure.txt (repeated letters are collapsed, so \"ketik aamiiin\" matches)."),
		Source:    "Kominfo's five signs of a hoax message (\"katakan amin\")",
		Bad:       i18n.English("Type AMEN and share, or seven years of bad luck."),
		Good:      i18n.English("May the new mosque bring the neighbourhood together. Open house on Friday after prayers."),
	},
		List: wordList("share-pressure"), Norm: normElongation, Skip: skipEntities,
		Message:    i18n.T("%q uses faith or fear to pressure readers into sharing", "%q memakai iman atau rasa takut untuk mendesak pembaca membagikan pesan"),
		Quote:      50,
		Suggestion: i18n.T("remove it; if the post is worth sharing, readers will share it", "hapus; bila unggahan ini layak dibagikan, pembaca akan membagikannya sendiri"),
	}
}

func init() { register("share-pressure", func() Rule { return sharePressure() }) }
