package rules

import (
	"strings"
	"testing"
)

func TestPlatformLimit(t *testing.T) {
	x281 := strings.Repeat("a", 281)
	runCases(t, func() Rule { return &PlatformLimit{} }, []ruleCase{
		{name: "x over by one", src: x281, platforms: []string{"x"}, want: []string{"error[x] a"}},
		{name: "x exactly 280", src: x281[:280], platforms: []string{"x"}, want: nil},
		{name: "x emoji weigh 2", src: strings.Repeat("🎉", 141), platforms: []string{"x"}, want: []string{"error[x] 🎉"}},
		{name: "x links weigh 23 whatever their length", src: "Info: https://example.com/" + strings.Repeat("a", 300), platforms: []string{"x"}, want: nil},
		{name: "threads counts emoji as bytes", src: strings.Repeat("🎉", 126), platforms: []string{"threads"}, want: []string{"error[threads] 🎉"}},
		{name: "instagram counts UTF-16", src: strings.Repeat("🎉", 1101), platforms: []string{"instagram"}, want: []string{"error[instagram] 🎉"}},
		{name: "youtube counts bytes", src: strings.Repeat("é", 2501), platforms: []string{"youtube"}, want: []string{"error[youtube] é"}},
		{name: "id text within limits everywhere", src: "Cetak KTP-el kini bisa hari Sabtu.", platforms: []string{"x", "instagram", "threads", "youtube", "whatsapp"}, want: nil},
	})
	fs := checkDraft(t, &PlatformLimit{}, x281, "x")
	if len(fs) != 1 || fs[0].Message.EN != "post is 281 weighted characters; X allows 280 (1 over)" ||
		fs[0].Message.ID != "unggahan 281 karakter berbobot; X membatasi 280 (lebih 1)" {
		t.Errorf("messages = %+v", fs)
	}
}
