package rules

import (
	"fmt"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
)

// CaptionLength applies Facebook Indonesia's second piece of advice: no long
// text under photos and videos. Captions under media are measured without
// their closing hashtag block; long text-only Facebook posts get a softer
// note.
type CaptionLength struct {
	InfoOver     int      `toml:"info_over"`
	WarnOver     int      `toml:"warn_over"`
	TextInfoOver int      `toml:"text_info_over"`
	Platforms    []string `toml:"platforms"`
}

func init() {
	register("caption-length", func() Rule {
		return &CaptionLength{InfoOver: 125, WarnOver: 300, TextInfoOver: 250, Platforms: []string{"facebook", "instagram"}}
	})
}

// Doc documents the rule.
func (*CaptionLength) Doc() lint.Doc {
	return lint.Doc{
		ID:          "caption-length",
		Category:    lint.CategoryLength,
		Severity:    lint.Warning,
		PerPlatform: true,
		Summary:     i18n.English("caption under a photo or video is long (info over 125 characters, warning over 300); text-only Facebook post over 250 (info)"),
		Rationale:   i18n.English("Facebook Indonesia advised government PR offices not to put long text under photos and videos: long captions kill engagement on Pages. Facebook's own Page guide found posts of 100–250 characters got about 60% more likes, comments and shares than longer ones, and Instagram shows about 125 characters before \"more\". The closing hashtag block is not counted."),
		Source:      "Facebook Indonesia's advice to the PR office of the Ministry of State Secretariat (Humas Kemensetneg), in its Think Before You Share talk: no long text under photos and videos; Instagram Help Centre: only the first three lines of a caption show, and 125 characters or fewer show in full",
		Bad:         i18n.English("media: image\nThe Regional Secretary, accompanied by the heads of all regional offices, today held a coordination meeting at the Regent's hall to discuss the preparation of … (400 characters)"),
		Good:        i18n.English("media: image\nFree ID card printing this Saturday at every district office, 08.00–12.00. Bring your family card. #LayananPublik"),
		Options: []lint.OptionDoc{
			{Name: "info_over", Help: i18n.English("characters under media before an info")},
			{Name: "warn_over", Help: i18n.English("characters under media before a warning")},
			{Name: "text_info_over", Help: i18n.English("characters of a text-only Facebook post before an info")},
			{Name: "platforms", Help: i18n.English("platforms the rule applies to")},
		},
	}
}

// Validate checks the options.
func (r *CaptionLength) Validate() error {
	if r.InfoOver < 0 || r.WarnOver < 0 || r.TextInfoOver < 0 {
		return fmt.Errorf("thresholds must not be negative")
	}
	if r.WarnOver > 0 && r.InfoOver > r.WarnOver {
		return fmt.Errorf("info_over (%d) must not exceed warn_over (%d)", r.InfoOver, r.WarnOver)
	}
	return nil
}

// Check measures the caption without its closing hashtags.
func (r *CaptionLength) Check(p *Pass) {
	if !contains(r.Platforms, p.Platform.Name) {
		return
	}
	body := p.Text.Text[:closingTagsStart(p.Text)]
	// A body has no more characters than bytes, and r.over grows with the
	// count: a body within every threshold in bytes is not counted.
	if !r.over(p, len(body)) {
		return
	}
	n := viewCaptionCount.Of(p.Text) // graphemes(body), counted once for every platform
	switch {
	case p.Media.HasMedia() && r.WarnOver > 0 && n > r.WarnOver:
		p.Report(Report{
			Start: graphemeOffset(body, r.WarnOver), End: len(body), Severity: lint.Warning,
			Message: i18n.Sprintf("caption under the %s is %d characters (over %d): long text under photos and videos loses readers",
				"keterangan di bawah %s sepanjang %d karakter (lebih dari %d): teks panjang di bawah foto dan video membuat pembaca beralih",
				mediaName(p.Media), n, r.WarnOver),
			Suggestion: i18n.Sprintf("keep the caption to about %d characters and move details to a link, a comment or the image itself",
				"ringkas keterangan hingga sekitar %d karakter; pindahkan detail ke tautan, komentar, atau gambar", r.InfoOver),
		})
	case p.Media.HasMedia() && r.InfoOver > 0 && n > r.InfoOver:
		p.Report(Report{
			Start: graphemeOffset(body, r.InfoOver), End: len(body), Severity: lint.Info,
			Message: i18n.Sprintf("caption under the %s is %d characters: only about %d show in full",
				"keterangan di bawah %s sepanjang %d karakter: hanya sekitar %d yang tampil utuh",
				mediaName(p.Media), n, r.InfoOver),
			Suggestion: i18n.Sprintf("aim for %d characters or fewer", "usahakan paling banyak %d karakter", r.InfoOver),
		})
	case !p.Media.HasMedia() && p.Platform.Name == "facebook" && r.TextInfoOver > 0 && n > r.TextInfoOver:
		p.Report(Report{
			Start: graphemeOffset(body, r.TextInfoOver), End: len(body), Severity: lint.Info,
			Message: i18n.Sprintf("text post is %d characters: Facebook posts of 100–250 characters get markedly more engagement",
				"unggahan teks sepanjang %d karakter: unggahan Facebook 100–250 karakter mendapat interaksi jauh lebih banyak", n),
			Suggestion: i18n.T("shorten it, or add a photo and keep the text short", "persingkat, atau tambahkan foto dengan teks singkat"),
		})
	}
}

// over reports whether a body of n characters is over a threshold that
// applies to p's post, as Check's cases test it.
func (r *CaptionLength) over(p *Pass, n int) bool {
	if p.Media.HasMedia() {
		return r.WarnOver > 0 && n > r.WarnOver || r.InfoOver > 0 && n > r.InfoOver
	}
	return p.Platform.Name == "facebook" && r.TextInfoOver > 0 && n > r.TextInfoOver
}

// mediaName names a media type for messages.
func mediaName(media platform.Media) i18n.Text {
	switch media {
	case platform.MediaImage:
		return i18n.T("photo", "foto")
	case platform.MediaCarousel:
		return i18n.T("carousel", "carousel")
	case platform.MediaVideo:
		return i18n.T("video", "video")
	case platform.MediaReel:
		return i18n.T("reel", "reel")
	case platform.MediaStory:
		return i18n.T("story", "story")
	}
	return i18n.T("post", "unggahan")
}

// Requires declares the analysis views the rule reads.
func (*CaptionLength) Requires() []AnyView {
	return []AnyView{viewHashtags, viewMentions, viewEmoji, viewCaptionCount}
}
