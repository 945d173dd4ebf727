package rules

import (
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
)

// PlatformLimit reports a post longer than the platform's hard limit,
// counted in the platform's own unit: X's weighted length, UTF-16 units on
// Meta's apps and TikTok, bytes on YouTube, emoji as bytes on Threads.
type PlatformLimit struct{}

func init() { register("platform-limit", func() Rule { return &PlatformLimit{} }) }

// Doc documents the rule.
func (*PlatformLimit) Doc() lint.Doc {
	return lint.Doc{
		ID:          "platform-limit",
		Category:    lint.CategoryLength,
		Severity:    lint.Error,
		PerPlatform: true,
		Summary:     i18n.English("post is over the platform's hard length limit, counted in the platform's unit"),
		Rationale:   i18n.English("A post over the limit is refused or cut off by the platform. Each platform counts differently: X weighs most non-Latin characters and every emoji as 2 and every link as 23; Instagram and Facebook count UTF-16 units, so an emoji is 2; YouTube counts description bytes; Threads counts an emoji as its UTF-8 bytes. Limits are set per platform in [platform.<name>]."),
		Source:      "X developer documentation on counting characters; Instagram Graph API reference (2,200 characters); Threads API documentation on posts; YouTube Data API reference for videos",
		Bad:         i18n.English("An X post of 300 weighted characters with two links and five emoji."),
		Good:        i18n.English("The same news in 240 weighted characters, one link, one emoji."),
	}
}

// Check compares the post's length with the platform's limit.
func (*PlatformLimit) Check(p *Pass) {
	spec := p.Platform
	limit := spec.LimitFor(p.Media)
	// Most posts are far shorter than most limits: the byte length settles
	// them without a count (on all but X's weighted unit).
	if bound, ok := platform.MaxCount(p.Text.Text, spec.Unit); ok && bound <= limit {
		return
	}
	n, cut := platform.CountOverflow(p.Text.Text, spec.Unit, limit)
	if n <= limit {
		return
	}
	unit := unitName(string(spec.Unit))
	p.Report(Report{
		Start: cut, End: len(p.Text.Text),
		Message: i18n.Sprintf("post is %d %s; %s allows %d (%d over)",
			"unggahan %[1]d %[2]s; %[3]s membatasi %[4]d (lebih %[5]d)",
			n, unit, platform.Title(spec.Name), limit, n-limit),
		Suggestion: i18n.Sprintf("cut %d %s: the marked text does not fit", "pangkas %d %s: teks yang ditandai tidak muat", n-limit, unit),
	})
}
