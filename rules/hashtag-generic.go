package rules

import (
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// hashtagGeneric notes hashtags that millions of unrelated posts carry
// (#fyp, #viral, #explore): they do not help the right people find the post
// and take a place from a specific tag under Instagram's and TikTok's cap.
// It is a list rule: the hashtags that are entries of generic-hashtags.
func hashtagGeneric() *ListRule {
	return &ListRule{Meta: lint.Doc{
		ID:        "hashtag-generic",
		Category:  lint.CategoryEngagement,
		Severity:  lint.Info,
		Summary:   i18n.English("generic hashtag such as #fyp, #viral or #explore"),
		Rationale: i18n.English("Instagram's @creators account advises \"using fewer (up to 5), more targeted hashtags, rather than many generic ones\" and names #reels and #explore as tags to avoid. A generic tag puts the post among millions of unrelated ones and, with Instagram and TikTok capped at 5 hashtags, takes the place of a tag people actually follow or search. The generic-hashtags list is written without '#' and compared with the whole tag, ignoring case (#FYP = #fyp); extend it with [words.id] generic-hashtags = [\"infoterkini\"]."),
		Source:    "Instagram's @creators advice, reported by Social Samosa: up to 5 targeted hashtags rather than generic ones; Business Today on Instagram's 5-hashtag limit (December 2025)",
		Bad:       i18n.English("Free ID cards this Saturday! #fyp #viral #explore"),
		Good:      i18n.English("Free ID cards this Saturday! #FreeIDCard #Surabaya"),
	},
		List: wordList("generic-hashtags"), Hashtags: true,
		Message: i18n.T("#%s is a generic hashtag: it puts the post among millions of unrelated ones",
			"#%s adalah tagar umum: unggahan tenggelam di antara jutaan unggahan lain"),
		Quote: quoteWritten,
		Suggestion: i18n.T("use a specific tag people follow or search: the programme, the place or the event (#FreeIDCard, #Surabaya)",
			"pakai tagar spesifik yang diikuti atau dicari orang: nama program, tempat, atau acara (#KTPGratis, #Surabaya)"),
	}
}

func init() { register("hashtag-generic", func() Rule { return hashtagGeneric() }) }

// wholeMatch reports whether an entry of a word list, in any language,
// covers all of s (compared folded, so case does not matter). Hashtags are
// platform jargon rather than prose, so every language's list applies.
func (l *Lexicon) wholeMatch(list listID, s string) bool {
	if l == nil || s == "" {
		return false
	}
	for _, c := range l.langsOf(list) {
		for _, m := range c.get().FindAll(s) {
			if m.Start == 0 && m.End == len(s) {
				return true
			}
		}
	}
	return false
}
