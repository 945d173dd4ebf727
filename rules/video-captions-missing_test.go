package rules

import (
	"testing"

	"github.com/postlint/postlint/platform"
)

func TestVideoCaptionsMissing(t *testing.T) {
	def := func() Rule {
		return &VideoCaptionsMissing{Media: []platform.Media{platform.MediaVideo, platform.MediaReel}}
	}
	runCases(t, def, []ruleCase{
		{name: "id video without captions", src: "---\nmedia: video\n---\nCara cetak KTP-el di kecamatan.", want: []string{"warning <meta>"}},
		{name: "en reel without captions", src: "---\nmedia: reel\n---\nHow to renew your ID card.", want: []string{"warning <meta>"}},
		{name: "captions false is a finding", src: "---\nmedia: reel\ncaptions: false\n---\nCara lapor SPT.", want: []string{"warning <meta>"}},
		{name: "captions true", src: "---\nmedia: video\ncaptions: true\n---\nCara lapor SPT.", want: nil},
		{name: "subtitles file", src: "---\nmedia: video\nsubtitles: lapor-spt.srt\n---\nCara lapor SPT.", want: nil},
		{name: "subtitles even with captions false", src: "---\nmedia: reel\ncaptions: false\nsubtitles: tips.vtt\n---\nTips.", want: nil},
		{name: "image needs no captions", src: "---\nmedia: image\nalt: \"Poster\"\n---\nPoster.", want: nil},
		{name: "text post", src: "Just text.", want: nil},
	})
	fs := checkDraft(t, def(), "---\nmedia: reel\ncaptions: false\n---\nTips.")
	if len(fs) != 1 || fs[0].Range.Start.Line != 3 {
		t.Fatalf("captions: false should point at its key on line 3: %+v", fs)
	}
	if want := "reel ditandai captions: false dan tanpa berkas subtitles: kebanyakan video di linimasa diputar tanpa suara, dan penonton Tuli tidak menangkap isinya"; fs[0].Message.ID != want {
		t.Errorf("message: %q", fs[0].Message.ID)
	}
	fs = checkDraft(t, def(), "---\nmedia: video\n---\nVideo.")
	if len(fs) != 1 || fs[0].Range.Start.Line != 2 {
		t.Errorf("a missing key should point at media on line 2: %+v", fs)
	}
	if fs := checkDraft(t, &VideoCaptionsMissing{Media: []platform.Media{platform.MediaVideo, platform.MediaReel, platform.MediaStory}}, "---\nmedia: story\n---\nStory."); len(fs) != 1 {
		t.Errorf("media option should add stories: %+v", fs)
	}
	if err := (&VideoCaptionsMissing{Media: []platform.Media{"vidio"}}).Validate(); err == nil {
		t.Error("unknown media type should be rejected")
	}
}
