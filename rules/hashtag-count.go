package rules

import (
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
)

// HashtagCount checks the number of hashtags against the platform's cap
// (an error: Instagram and TikTok reject or ignore more than 5) and its
// advised number (a warning), and notes an Instagram post with none.
type HashtagCount struct {
	// InstagramNone notes an Instagram post without hashtags.
	InstagramNone bool `toml:"instagram_none"`
}

func init() { register("hashtag-count", func() Rule { return &HashtagCount{InstagramNone: true} }) }

// Doc documents the rule.
func (*HashtagCount) Doc() lint.Doc {
	return lint.Doc{
		ID:          "hashtag-count",
		Category:    lint.CategoryEngagement,
		Severity:    lint.Warning,
		PerPlatform: true,
		Summary:     i18n.English("more hashtags than the platform allows (error) or advises (warning); none on Instagram (info)"),
		Rationale:   i18n.English("Instagram caps posts at 5 hashtags since December 2025 and TikTok shows the same cap; YouTube ignores every hashtag past 60; X advises at most 2, Facebook 1–3, LinkedIn up to 5. Fewer, targeted hashtags work better than many generic ones. Caps and advice are set per platform (hashtag_cap, hashtag_advised)."),
		Source:      "Instagram's limit of 5 hashtags per post or Reel, reported by Business Today (December 2025); TikTok's in-app notice of a 5-hashtag limit (2025); YouTube Help: past 60 hashtags, all of a video's hashtags are ignored; X Help Centre, \"How to use hashtags\" (no more than 2)",
		Bad:         i18n.English("#news #today #city #government #service #public #info #update"),
		Good:        i18n.English("#FreeIDCard #Surabaya"),
		Options: []lint.OptionDoc{
			{Name: "instagram_none", Help: i18n.English("note an Instagram post without hashtags")},
		},
	}
}

// Check counts hashtags.
func (r *HashtagCount) Check(p *Pass) {
	tags := p.Text.Hashtags()
	spec := p.Platform
	name := platform.Title(spec.Name)
	n := len(tags)
	switch {
	case spec.HashtagCap > 0 && n > spec.HashtagCap:
		p.Report(Report{
			Start: tags[spec.HashtagCap].Start, End: tags[n-1].End, Severity: lint.Error,
			Message:    i18n.Sprintf("%d hashtags: %s accepts at most %d", "%d tagar: %s hanya menerima paling banyak %d", n, name, spec.HashtagCap),
			Suggestion: i18n.Sprintf("keep the %d most specific hashtags and drop the rest", "pertahankan %d tagar yang paling spesifik dan hapus sisanya", spec.HashtagCap),
		})
	case spec.HashtagAdvised > 0 && n > spec.HashtagAdvised:
		p.Report(Report{
			Start: tags[spec.HashtagAdvised].Start, End: tags[n-1].End, Severity: lint.Warning,
			Message:    i18n.Sprintf("%d hashtags: %s advises at most %d", "%d tagar: %s menyarankan paling banyak %d", n, name, spec.HashtagAdvised),
			Suggestion: i18n.Sprintf("keep %d specific hashtags", "cukup %d tagar yang spesifik", spec.HashtagAdvised),
		})
	case n == 0 && spec.Name == "instagram" && r.InstagramNone && p.Text.Text != "":
		p.Report(Report{
			Start: 0, End: 0, Severity: lint.Info,
			Message: i18n.T("no hashtags: on Instagram a few specific ones help people find the post",
				"tanpa tagar: di Instagram beberapa tagar spesifik membantu orang menemukan unggahan"),
			Suggestion: i18n.T("add 1–5 specific hashtags, such as the programme or the city", "tambahkan 1–5 tagar spesifik, misalnya nama program atau kota"),
		})
	}
}

// Requires declares the analysis views the rule reads.
func (*HashtagCount) Requires() []AnyView {
	return []AnyView{viewHashtags}
}
