package rules

import (
	"fmt"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
	"github.com/postlint/postlint/twittertext"
)

// EmojiDensity notes posts with more than one emoji per 8 words: screen
// readers read every emoji's full name, so a dense sprinkle buries the
// message. Runs and emoji inside words are emoji-misuse's business.
type EmojiDensity struct {
	// WordsPerEmoji is how many words each emoji needs around it.
	WordsPerEmoji int `toml:"words_per_emoji"`
	// ShortWords: posts with fewer words are checked only when they carry
	// ShortEmoji emoji or more.
	ShortWords int `toml:"short_words"`
	ShortEmoji int `toml:"short_emoji"`
}

func init() {
	register("emoji-density", func() Rule { return &EmojiDensity{WordsPerEmoji: 8, ShortWords: 8, ShortEmoji: 3} })
}

// Doc documents the rule.
func (*EmojiDensity) Doc() lint.Doc {
	return lint.Doc{
		ID:        "emoji-density",
		Category:  lint.CategoryEngagement,
		Severity:  lint.Info,
		Summary:   i18n.English("more than 1 emoji per 8 words"),
		Rationale: i18n.English("Screen readers read each emoji's Unicode name (\"party popper\", \"backhand index pointing right\") and repeat it for every copy, so a post dense with emoji takes far longer to hear than to see, and the message gets lost. Words are counted outside links, hashtags and mentions. Posts under 8 words are left alone unless they carry 3 emoji or more."),
		Source:    "Tamara's design blog on accessible social media (screen readers read every emoji's name); Autistic Ltd on alt text and screen readers (2022)",
		Bad:       i18n.English("🎉🎉 Big news 📢 free 🆓 health checks 🩺 this Saturday 🗓️ at the park 🌳!"),
		Good:      i18n.English("Free health checks this Saturday at City Park, 07.00–11.00. Bring your ID card 🩺"),
		Options: []lint.OptionDoc{
			{Name: "words_per_emoji", Help: i18n.English("words per emoji; more emoji than words / words_per_emoji is noted")},
			{Name: "short_words", Help: i18n.English("posts with fewer words are skipped unless they have short_emoji emoji")},
			{Name: "short_emoji", Help: i18n.English("emoji that make a short post worth checking")},
		},
	}
}

// Validate checks the options.
func (r *EmojiDensity) Validate() error {
	if r.WordsPerEmoji < 1 {
		return fmt.Errorf("words_per_emoji must be at least 1, got %d", r.WordsPerEmoji)
	}
	if r.ShortWords < 0 || r.ShortEmoji < 0 {
		return fmt.Errorf("short_words and short_emoji must not be negative")
	}
	return nil
}

// Check compares the number of emoji with the number of words.
func (r *EmojiDensity) Check(p *Pass) {
	a := p.Text
	emoji := a.Emoji()
	if len(emoji) == 0 {
		return
	}
	words := wordsOutside(a.Words(), a.URLs(), a.Hashtags(), a.Mentions())
	if words < r.ShortWords && len(emoji) < r.ShortEmoji {
		return
	}
	if len(emoji)*r.WordsPerEmoji <= words {
		return
	}
	p.Report(Report{
		Start: emoji[0].Start, End: emoji[len(emoji)-1].End,
		Message: i18n.Sprintf("%d emoji for %d words (more than 1 per %d): screen readers read out every emoji's name",
			"%d emoji untuk %d kata (lebih dari 1 per %d): pembaca layar membacakan nama setiap emoji", len(emoji), words, r.WordsPerEmoji),
		Suggestion: i18n.Sprintf("keep at most %d emoji, where they add meaning, and let the words carry the message",
			"sisakan paling banyak %d emoji yang menambah makna; biarkan kata-kata yang menyampaikan pesan", max(1, words/r.WordsPerEmoji)),
	})
}

// wordsOutside counts the words that start outside every entity. Words and
// each entity list are sorted by position, so one sweep per list does it.
func wordsOutside(words []prose.Token, lists ...[]twittertext.Entity) int {
	next := make([]int, len(lists))
	n := 0
	for _, w := range words {
		inside := false
		for i, es := range lists {
			for next[i] < len(es) && es[next[i]].End <= w.Start {
				next[i]++
			}
			if next[i] < len(es) && es[next[i]].Start <= w.Start {
				inside = true
			}
		}
		if !inside {
			n++
		}
	}
	return n
}

// Requires declares the analysis views the rule reads.
func (*EmojiDensity) Requires() []AnyView {
	return []AnyView{viewWords, viewURLs, viewHashtags, viewMentions, viewEmoji}
}
