package rules

import (
	"fmt"
	"slices"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
)

// VideoCaptionsMissing reports a video or reel whose front matter does not
// say it has captions: neither `captions: true` nor a `subtitles` file.
// `captions: false` is reported too; `subtitles` alone is enough.
type VideoCaptionsMissing struct {
	// Media lists the media types that need captions.
	Media []platform.Media `toml:"media"`
}

func init() {
	register("video-captions-missing", func() Rule {
		return &VideoCaptionsMissing{Media: []platform.Media{platform.MediaVideo, platform.MediaReel}}
	})
}

// Doc documents the rule.
func (*VideoCaptionsMissing) Doc() lint.Doc {
	return lint.Doc{
		ID:        "video-captions-missing",
		Category:  lint.CategoryAccessibility,
		Severity:  lint.Warning,
		Summary:   i18n.English("video or reel without captions: no `captions: true` and no `subtitles` file"),
		Rationale: i18n.English("Most video in feeds plays muted: publishers reported that about 85% of Facebook video was watched without sound (a disputed figure, but Facebook itself recommends videos that work with and without sound). Deaf and hard-of-hearing viewers need captions whatever the figure. Burn captions in or upload a caption file, then say so in the front matter: `captions: true`, or `subtitles: video.srt`."),
		Source:    "Digiday's report that about 85% of Facebook video is watched without sound, via the American Press Institute; Diginovations on Facebook's advice that videos tell their story with and without sound; ST4 on why the 85% figure is disputed",
		Bad:       i18n.English("---\nmedia: reel\ncaptions: false\n---"),
		Good:      i18n.English("---\nmedia: reel\ncaptions: true\n---"),
		Options: []lint.OptionDoc{
			{Name: "media", Help: i18n.English("media types that need captions")},
		},
	}
}

// Validate checks the options.
func (r *VideoCaptionsMissing) Validate() error {
	for _, m := range r.Media {
		if !m.Known() {
			return fmt.Errorf("media: unknown media type %q", m)
		}
	}
	return nil
}

// Check reads the captions and subtitles keys.
func (r *VideoCaptionsMissing) Check(p *Pass) {
	if !slices.Contains(r.Media, p.Media) {
		return
	}
	meta := p.Post.Meta
	if meta.Subtitles != "" || meta.Captions != nil && *meta.Captions {
		return
	}
	sugg := i18n.T("burn captions into the video or upload a caption file, then set captions: true (or subtitles: file.srt)",
		"tanamkan teks di video atau unggah berkas teks, lalu tulis captions: true (atau subtitles: berkas.srt)")
	if meta.Captions != nil {
		p.ReportMeta("captions", lint.Off,
			i18n.Sprintf("the %s has captions: false and no subtitles file: most feed video plays muted, and deaf viewers miss what is said",
				"%s ditandai captions: false dan tanpa berkas subtitles: kebanyakan video di linimasa diputar tanpa suara, dan penonton Tuli tidak menangkap isinya", mediaName(p.Media)),
			sugg)
		return
	}
	p.ReportMeta("media", lint.Off,
		i18n.Sprintf("the %s has no captions (no captions: true, no subtitles file): most feed video plays muted, and deaf viewers miss what is said",
			"%s belum punya teks (tidak ada captions: true maupun berkas subtitles): kebanyakan video di linimasa diputar tanpa suara, dan penonton Tuli tidak menangkap isinya", mediaName(p.Media)),
		sugg)
}
