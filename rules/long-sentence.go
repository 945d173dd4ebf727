package rules

import (
	"fmt"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// LongSentence notes sentences over 20 words and warns about those over 35,
// and about posts where more than a quarter of the sentences are long.
// Words are prose words: URLs, hashtags and mentions do not count, and a
// dotted title (S.Sos.) is one word. The defaults are the same for
// Indonesian and English.
type LongSentence struct {
	InfoOver     int     `toml:"info_over"`
	WarnOver     int     `toml:"warn_over"`
	ShareWarn    float64 `toml:"share_warn"`
	MinSentences int     `toml:"min_sentences"`
}

func init() {
	register("long-sentence", func() Rule { return &LongSentence{InfoOver: 20, WarnOver: 35, ShareWarn: 0.25, MinSentences: 3} })
}

// Doc documents the rule.
func (*LongSentence) Doc() lint.Doc {
	return lint.Doc{
		ID:        "long-sentence",
		Category:  lint.CategoryClarity,
		Severity:  lint.Info,
		Summary:   i18n.English("sentence over 20 words (warning over 35, or when over 25% of the sentences are long)"),
		Rationale: i18n.English("One idea per sentence. Plain-language guides put the goal under 20 words (Iowa) or at most 25 (GOV.UK); Yoast flags a text when more than 25% of its sentences exceed 20 words and applies the same limit to Indonesian. Long sentences in government posts are usually chains of titles, clauses and \"dalam rangka\"."),
		Source:    "State of Iowa's digital style guide, \"Use plain language\" (fewer than 20 words a sentence); US Federal Plain Language Guidelines, \"Write short sentences\"; Yoast SEO's sentence-length assessment (20 words)",
		Bad:       i18n.English("The Department of Population and Civil Registration, in cooperation with all district offices, is opening a Saturday service so that residents who work on weekdays can still print their electronic ID cards without taking leave."),
		Good:      i18n.English("Print your ID card on Saturday. Every district office is open 08.00–12.00, so you need not take leave."),
		Options: []lint.OptionDoc{
			{Name: "info_over", Help: i18n.English("words in a sentence before an info")},
			{Name: "warn_over", Help: i18n.English("words in a sentence before a warning")},
			{Name: "share_warn", Help: i18n.English("share of long sentences (0–1) above which the post gets a warning")},
			{Name: "min_sentences", Help: i18n.English("sentences a post needs before the share is judged")},
		},
	}
}

// Validate checks the options.
func (r *LongSentence) Validate() error {
	if r.InfoOver <= 0 || r.WarnOver <= 0 {
		return fmt.Errorf("info_over and warn_over must be positive")
	}
	if r.InfoOver > r.WarnOver {
		return fmt.Errorf("info_over (%d) must not exceed warn_over (%d)", r.InfoOver, r.WarnOver)
	}
	if r.ShareWarn < 0 || r.ShareWarn > 1 {
		return fmt.Errorf("share_warn must be between 0 and 1, got %g", r.ShareWarn)
	}
	return nil
}

// Check measures every sentence, then the share of long ones.
func (r *LongSentence) Check(p *Pass) {
	sents := proseSentences(p.Text)
	long := 0
	longest := -1
	for i, s := range sents {
		n := len(s.Words)
		if n <= r.InfoOver {
			continue
		}
		long++
		if longest < 0 || n > len(sents[longest].Words) {
			longest = i
		}
		sev := lint.Info
		limit := r.InfoOver
		if n > r.WarnOver {
			sev, limit = lint.Warning, r.WarnOver
		}
		p.Report(Report{
			Start: s.Start, End: s.End, Severity: sev,
			Message:    i18n.Sprintf("sentence of %d words (over %d)", "kalimat sepanjang %d kata (lebih dari %d)", n, limit),
			Suggestion: i18n.Sprintf("split it: one idea per sentence, under %d words", "pecah kalimatnya: satu gagasan per kalimat, kurang dari %d kata", r.InfoOver+1),
		})
	}
	if len(sents) < r.MinSentences || r.ShareWarn <= 0 || float64(long) <= r.ShareWarn*float64(len(sents)) {
		return
	}
	s := sents[longest]
	p.Report(Report{
		Start: s.Start, End: s.End, Severity: lint.Warning,
		Message: i18n.Sprintf("%d of %d sentences are over %d words (%d%%; keep it under %d%%); the longest is underlined",
			"%d dari %d kalimat lebih dari %d kata (%d%%; usahakan di bawah %d%%); kalimat terpanjang digarisbawahi",
			long, len(sents), r.InfoOver, shareOf(long, len(sents)), int(r.ShareWarn*100+0.5)),
		Suggestion: i18n.T("shorten the long sentences first, starting with this one", "persingkat kalimat-kalimat panjang, mulai dari yang ini"),
	})
}

// Requires declares the analysis views the rule reads.
func (*LongSentence) Requires() []AnyView {
	return []AnyView{viewProseSentences}
}
