package rules

import "testing"

func TestHookNoText(t *testing.T) {
	runCases(t, func() Rule { return &HookNoText{} }, []ruleCase{
		{name: "id hashtags first", src: "#InfoPelayanan #Surabaya\nCetak KTP-el gratis Sabtu ini.", want: []string{"warning #InfoPelayanan #Surabaya"}},
		{name: "id emoji and mentions first", src: "📢📢 @disdukcapil.sby\nCetak KTP-el gratis Sabtu ini.", want: []string{"warning 📢📢 @disdukcapil.sby"}},
		{name: "id emoji only", src: "🎉🎉🎉\nSelamat HUT Kota!", want: []string{"warning 🎉🎉🎉"}},
		{name: "en bare link first", src: "https://example.go.id/register\nRegistration is open until Friday.", want: []string{"warning https://example.go.id/register"}},
		{name: "en mention only", src: "@CityOfSurabaya\nThe bridge reopens today.", want: []string{"warning @CityOfSurabaya"}},
		{name: "id text before the hashtags", src: "Cetak KTP-el gratis Sabtu ini #InfoPelayanan", want: nil},
		{name: "id emoji then text", src: "📢 Cetak KTP-el gratis Sabtu ini.", want: nil},
		{name: "en link with words", src: "Register here: https://example.go.id/register", want: nil},
		{name: "id hashtags at the end only", src: "Jalan Tunjungan ditutup malam ini.\n#InfoLaluLintas", want: nil},
		{name: "a divider line is not flagged", src: "----\nJalan ditutup malam ini.", want: nil},
	})
	fs := checkDraft(t, &HookNoText{}, "#A #B\nTeks.")
	if len(fs) != 1 || fs[0].Message.EN != "the first line is only hashtags: the first thing readers see says nothing" || fs[0].Message.ID != "baris pertama hanya berisi tagar: hal pertama yang dilihat pembaca tidak menyampaikan apa-apa" {
		t.Errorf("message = %+v", fs)
	}
}
