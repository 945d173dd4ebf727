package rules

import (
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// HookNoText reports a post whose first line carries no words: only
// hashtags, mentions, emoji or a bare link. The first thing people see says
// nothing.
type HookNoText struct{}

func init() { register("hook-no-text", func() Rule { return &HookNoText{} }) }

// Doc documents the rule.
func (*HookNoText) Doc() lint.Doc {
	return lint.Doc{
		ID:        "hook-no-text",
		Category:  lint.CategoryHook,
		Severity:  lint.Warning,
		Summary:   i18n.English("the first line is only hashtags, mentions, emoji or a link"),
		Rationale: i18n.English("The first line is what the feed shows first and what decides, within about three seconds, whether people read on. A line of hashtags, tags of partner accounts, a row of emoji or a bare link gives them no message. Put the point first and the tags at the end."),
		Source:    "Facebook IQ, \"Capturing Attention in Feed: The Science Behind Effective Video Creative\" (2016)",
		Bad:       i18n.English("#PublicService #Surabaya @pemkotsurabaya\nFree ID card printing this Saturday."),
		Good:      i18n.English("Free ID card printing this Saturday at every district office.\n#PublicService #Surabaya"),
	}
}

// Check looks for a word on the first line outside hashtags, mentions and
// links.
func (*HookNoText) Check(p *Pass) {
	a := p.Text
	line := a.FirstLine()
	if line.End == line.Start {
		return
	}
	for _, w := range a.WordsIn(line) {
		if !inLinkTagMention(a, w.Start) {
			return
		}
	}
	tags, mentions := entitiesStartingIn(a.Hashtags(), line), entitiesStartingIn(a.Mentions(), line)
	links, emoji := entitiesStartingIn(a.URLs(), line), entitiesStartingIn(a.Emoji(), line)
	if tags+mentions+links+emoji == 0 {
		return // a line of punctuation, such as a divider
	}
	var what i18n.Text
	switch {
	case links > 0 && tags+mentions+emoji == 0:
		what = i18n.T("a bare link", "tautan polos")
	case tags > 0 && mentions+links+emoji == 0:
		what = i18n.T("hashtags", "tagar")
	case mentions > 0 && tags+links+emoji == 0:
		what = i18n.T("mentions", "mention")
	case emoji > 0 && tags+mentions+links == 0:
		what = i18n.T("emoji", "emoji")
	default:
		what = i18n.T("hashtags, mentions, emoji or links", "tagar, mention, emoji, atau tautan")
	}
	p.Report(Report{
		Start: line.Start, End: line.End,
		Message: i18n.Sprintf("the first line is only %s: the first thing readers see says nothing",
			"baris pertama hanya berisi %s: hal pertama yang dilihat pembaca tidak menyampaikan apa-apa", what),
		Suggestion: i18n.T("open with a sentence that gives the point; move hashtags and mentions to the end and put the link after a sentence that says why to click",
			"buka dengan kalimat berisi inti pesan; pindahkan tagar dan mention ke akhir, dan taruh tautan setelah kalimat yang menjelaskan alasan mengekliknya"),
	})
}

// Requires declares the analysis views the rule reads.
func (*HookNoText) Requires() []AnyView {
	return []AnyView{viewWords, viewURLs, viewHashtags, viewMentions, viewEmoji, viewFirstLine, viewEntityMask}
}
