package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// HashtagMidSentence notes a hashtag used as a word inside a sentence
// ("Yuk ikut #GerakanMenanam di kelurahanmu"): screen readers announce
// "hashtag" in the middle of the sentence. Hashtags belong in the closing
// block.
//
// A hashtag is inside a sentence when the next thing on the same line,
// after spaces and at most one comma, is a word starting with a lower-case
// letter. A hashtag followed by a colon is a label ("#Info: jalan ditutup")
// and is left alone, as are tags before a capitalised word, a line break,
// an emoji or another tag, and every tag of the closing block.
type HashtagMidSentence struct{}

func init() { register("hashtag-mid-sentence", func() Rule { return &HashtagMidSentence{} }) }

// Doc documents the rule.
func (*HashtagMidSentence) Doc() lint.Doc {
	return lint.Doc{
		ID:        "hashtag-mid-sentence",
		Category:  lint.CategoryEngagement,
		Severity:  lint.Info,
		Summary:   i18n.English("hashtag inside a sentence instead of the closing hashtag block"),
		Rationale: i18n.English("Screen readers read a hashtag as \"hashtag\" followed by its words, which breaks the sentence for blind and low-vision readers; accessibility guides advise placing hashtags at the end of the post. A hashtag counts as inside a sentence when a lower-case word follows it on the same line. A tag followed by a colon is a label (\"#Info: road closed\") and is not reported."),
		Source:    "Third Force News (Scotland), \"Hashtags and accessibility\": put hashtags at the end of the post",
		Bad:       i18n.English("Join #GreenCity planting day in your neighbourhood this Sunday."),
		Good:      i18n.English("Join the Green City planting day in your neighbourhood this Sunday.\n\n#GreenCity"),
	}
}

// Check looks at what follows each hashtag before the closing block.
func (*HashtagMidSentence) Check(p *Pass) {
	a := p.Text
	closing := closingTagsStart(a)
	for _, tag := range a.Hashtags() {
		if tag.Start >= closing || !continuesSentence(a.Text[tag.End:]) {
			continue
		}
		p.Report(Report{
			Start: tag.Start, End: tag.End,
			Message: i18n.Sprintf("#%s sits inside a sentence: screen readers announce \"hashtag\" in the middle of it",
				"#%s ada di tengah kalimat: pembaca layar menyisipkan kata \"hashtag\" di tengahnya", tag.Text),
			Suggestion: i18n.T("write the words plainly in the sentence and put the hashtag in the closing block",
				"tulis kata-katanya biasa di dalam kalimat dan pindahkan tagar ke blok tagar di akhir unggahan"),
		})
	}
}

// continuesSentence reports whether the text right after a hashtag goes on
// with a lower-case word on the same line: after spaces and at most one
// comma.
func continuesSentence(rest string) bool {
	rest = strings.TrimLeft(rest, " \t")
	if strings.HasPrefix(rest, ",") {
		rest = strings.TrimLeft(rest[1:], " \t")
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// Requires declares the analysis views the rule reads.
func (*HashtagMidSentence) Requires() []AnyView {
	return []AnyView{viewHashtags, viewMentions, viewEmoji}
}
