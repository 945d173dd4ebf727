package rules

import (
	"strings"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
)

// HookFold applies the 3-second rule: the point of the post must show
// before the feed folds it behind "See more". The first line passes if it
// fits in the fold; otherwise the first sentence must end inside it.
type HookFold struct{}

func init() { register("hook-fold", func() Rule { return &HookFold{} }) }

// Doc documents the rule.
func (*HookFold) Doc() lint.Doc {
	return lint.Doc{
		ID:          "hook-fold",
		Category:    lint.CategoryHook,
		Severity:    lint.Warning,
		PerPlatform: true,
		Summary:     i18n.English("the first line or sentence does not end before the platform's fold (\"See more\")"),
		Rationale:   i18n.English("Facebook's research found people spend 1.7 seconds on a piece of mobile content; if the point is not in the first three seconds they scroll on. The feed shows about 125 characters on Facebook and Instagram, 140 on LinkedIn and 100 on TikTok and YouTube before folding the rest. The message shows exactly what readers see."),
		Source:      "Facebook IQ, \"Capturing Attention in Feed: The Science Behind Effective Video Creative\" (2016); Instagram Help Centre: only the first three lines of a caption show, and 125 characters or fewer show in full",
		Bad:         i18n.English("In connection with the implementation of the population administration service improvement programme in 2026, the Department announces that …"),
		Good:        i18n.English("New ID cards are now printed in 1 hour at every district office.\nDetails: …"),
	}
}

// Check finds the first line or sentence and compares it with the fold.
func (*HookFold) Check(p *Pass) {
	a := p.Text
	if p.Platform.Fold <= 0 || a.Text == "" {
		return // the whole post shows (X, Threads, WhatsApp)
	}
	fold := p.Platform.FoldFor(p.Media)
	line := a.FirstLine()
	if atMostGraphemes(a.Text[line.Start:line.End], fold) {
		return
	}
	sent := a.FirstSentence()
	if sent.End > line.End || sent.End == 0 {
		sent = line
	}
	if atMostGraphemes(a.Text[sent.Start:sent.End], fold) {
		return
	}
	visible, _ := platform.Visible(a.Text, fold)
	visible = strings.TrimSpace(visible)
	// The message leaves the platform's name to the report's platform
	// list, so that platforms with the same fold share one finding.
	p.Report(Report{
		Start: sent.Start, End: sent.End,
		Message: i18n.Sprintf("the first sentence runs past the fold (%d characters); readers see only: \"%s…\"",
			"kalimat pertama melewati lipatan (%d karakter); pembaca hanya melihat: \"%s…\"",
			fold, visible),
		Suggestion: i18n.Sprintf("put the point in the first %d characters: what changes for the reader, when, where",
			"taruh intinya di %d karakter pertama: apa manfaatnya bagi pembaca, kapan, di mana", fold),
	})
}

// Requires declares the analysis views the rule reads.
func (*HookFold) Requires() []AnyView {
	return []AnyView{viewFirstLine, viewFirstSentence}
}
