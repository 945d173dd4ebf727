package rules

import (
	"strings"
	"testing"
)

func TestCaptionLength(t *testing.T) {
	words := strings.Repeat("Warga bisa mencetak KTP-el di kecamatan. ", 9) // 369 characters
	runCases(t, func() Rule {
		return &CaptionLength{InfoOver: 125, WarnOver: 300, TextInfoOver: 250, Platforms: []string{"facebook", "instagram"}}
	}, []ruleCase{
		{name: "id long photo caption warns", src: "---\nmedia: image\n---\n" + words, platforms: []string{"instagram"},
			want: []string{"warning[instagram] " + strings.TrimSpace(words)[300:]}},
		{name: "medium caption is info", src: "---\nmedia: video\n---\n" + words[:200], platforms: []string{"facebook"},
			want: []string{"info[facebook] " + strings.TrimSpace(words[:200])[125:]}},
		{name: "closing hashtags do not count", src: "---\nmedia: image\n---\nCetak KTP-el kini bisa hari Sabtu di semua kantor kecamatan.\n\n#KTPel #LayananPublik #Surabaya #Jatim #Indonesia #PelayananPrima #Disdukcapil #Warga",
			platforms: []string{"instagram"}, want: nil},
		{name: "en text post over 250 on facebook", src: "---\nmedia: text\n---\n" + strings.Repeat("The bridge reopens today after repairs. ", 7), platforms: []string{"facebook"},
			want: []string{"info[facebook] " + strings.TrimSpace(strings.Repeat("The bridge reopens today after repairs. ", 7))[250:]}},
		{name: "text post on instagram is not checked", src: "---\nmedia: text\n---\n" + words, platforms: []string{"instagram"}, want: nil},
		{name: "other platforms are not checked", src: "---\nmedia: image\n---\n" + words, platforms: []string{"linkedin"}, want: nil},
	})
	if err := (&CaptionLength{InfoOver: 400, WarnOver: 300}).Validate(); err == nil {
		t.Error("info_over above warn_over should be rejected")
	}
}
