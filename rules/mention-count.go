package rules

import (
	"fmt"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
)

// MentionCount notes posts crowded with @mentions: more than a few in the
// post, or more than one before the fold, where they push the message out
// of the visible part. Over the platform's cap (Instagram 20, X 50) it is
// an error: the platform refuses or strips the extra mentions.
type MentionCount struct {
	// Max is the number of mentions in the post before a note.
	Max int `toml:"max"`
	// MaxVisible is the number of mentions before the fold before a note.
	MaxVisible int `toml:"max_visible"`
}

func init() { register("mention-count", func() Rule { return &MentionCount{Max: 3, MaxVisible: 1} }) }

// Doc documents the rule.
func (*MentionCount) Doc() lint.Doc {
	return lint.Doc{
		ID:          "mention-count",
		Category:    lint.CategoryEngagement,
		Severity:    lint.Info,
		PerPlatform: true,
		Summary:     i18n.English("more than 3 mentions, or more than 1 before the fold; error over the platform's cap (Instagram 20, X 50)"),
		Rationale:   i18n.English("A row of @mentions at the top of a post does what a chain of titles does: it fills the part readers see before \"See more\" with names instead of the message. Many mentions anywhere read as a roll call. Instagram refuses captions with more than 20 mentions and X allows at most 50 per post (mention_cap in [platform.<name>]). The soft thresholds are a judgement call and configurable; platforms that show the whole post (X, Threads, WhatsApp) have no fold to check."),
		Source:      "Instagram Graph API reference (at most 20 @ tags in a caption); Twitter's tweet-text limits in the server code it published in 2023 (50 mentions)",
		Bad:         i18n.English("@mayor @vicemayor @citysecretary @healthoffice Thank you for opening the new clinic."),
		Good:        i18n.English("The new clinic on Jl. Melati is open: free check-ups for children every Saturday. With @healthoffice"),
		Options: []lint.OptionDoc{
			{Name: "max", Help: i18n.English("mentions in a post before a note")},
			{Name: "max_visible", Help: i18n.English("mentions before the fold before a note")},
		},
	}
}

// Validate checks the options.
func (r *MentionCount) Validate() error {
	if r.Max < 0 || r.MaxVisible < 0 {
		return fmt.Errorf("max and max_visible must not be negative")
	}
	return nil
}

// Check counts mentions in the post and before the fold. One finding at
// most: the cap, then the total, then the fold.
func (r *MentionCount) Check(p *Pass) {
	a := p.Text
	ms := a.Mentions()
	n := len(ms)
	spec := p.Platform
	name := platform.Title(spec.Name)
	switch {
	case spec.MentionCap > 0 && n > spec.MentionCap:
		p.Report(Report{
			Start: ms[spec.MentionCap].Start, End: ms[n-1].End, Severity: lint.Error,
			Message:    i18n.Sprintf("%d mentions: %s allows at most %d", "%d mention: %s hanya mengizinkan paling banyak %d", n, name, spec.MentionCap),
			Suggestion: i18n.Sprintf("keep at most %d mentions; tag the others in the photo or a comment", "sisakan paling banyak %d mention; tandai yang lain di foto atau komentar", spec.MentionCap),
		})
	case n > r.Max:
		p.Report(Report{
			Start: ms[r.Max].Start, End: ms[n-1].End,
			Message:    i18n.Sprintf("%d mentions (more than %d): the post reads like a roll call", "%d mention (lebih dari %d): unggahan terbaca seperti absen", n, r.Max),
			Suggestion: i18n.T("mention only the accounts readers need to know about; tag the others in the photo", "sebut hanya akun yang perlu diketahui pembaca; tandai yang lain di foto"),
		})
	case spec.Fold > 0 && n > r.MaxVisible: // fewer cannot be too many before the fold
		visible, _ := platform.Visible(a.Text, spec.FoldFor(p.Media))
		var shown []int
		for i, m := range ms {
			if m.End <= len(visible) {
				shown = append(shown, i)
			}
		}
		if len(shown) <= r.MaxVisible {
			return
		}
		p.Report(Report{
			Start: ms[shown[r.MaxVisible]].Start, End: ms[shown[len(shown)-1]].End,
			Message: i18n.Sprintf("%d mentions before the fold (%d characters): names take the place of the message",
				"%d mention sebelum lipatan (%d karakter): nama-nama menggeser pesan", len(shown), spec.FoldFor(p.Media)),
			Suggestion: i18n.T("open with the message and move the mentions to the end", "buka dengan pesan utama dan pindahkan mention ke akhir unggahan"),
		})
	}
}

// Requires declares the analysis views the rule reads.
func (*MentionCount) Requires() []AnyView {
	return []AnyView{viewMentions}
}
