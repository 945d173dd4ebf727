package rules

import (
	"strings"
	"testing"
)

func TestHookFold(t *testing.T) {
	long := "Sehubungan dengan pelaksanaan program peningkatan pelayanan administrasi kependudukan tahun anggaran 2026 di seluruh wilayah kabupaten, Dinas menyampaikan bahwa layanan tetap buka."
	longEN := "In connection with the implementation of the population administration service improvement programme across every district of the regency this year, the office remains open."
	runCases(t, func() Rule { return &HookFold{} }, []ruleCase{
		{name: "id first sentence past the fold", src: long, platforms: []string{"instagram"}, want: []string{"warning[instagram] " + long}},
		{name: "en first sentence past the fold", src: longEN, platforms: []string{"facebook"}, want: []string{"warning[facebook] " + longEN}},
		{name: "short first line passes", src: "KTP-el kini bisa dicetak 1 jam.\n" + long, platforms: []string{"instagram"}, want: nil},
		{name: "first sentence inside the fold passes", src: "KTP-el kini bisa dicetak 1 jam. " + long, platforms: []string{"instagram"}, want: nil},
		{name: "Dr. does not end the first sentence", src: "Dr. Budi Santoso, M.Si. membuka layanan konsultasi gizi gratis untuk ibu hamil dan balita di seluruh puskesmas kota mulai pekan depan setiap hari.",
			platforms: []string{"instagram"},
			want:      []string{"warning[instagram] Dr. Budi Santoso, M.Si. membuka layanan konsultasi gizi gratis untuk ibu hamil dan balita di seluruh puskesmas kota mulai pekan depan setiap hari."}},
		{name: "x shows the whole post", src: long, platforms: []string{"x"}, want: nil},
		{name: "linkedin fold is 140", src: strings.Repeat("a", 130) + " selesai.", platforms: []string{"linkedin"}, want: nil},
	})
	fs := checkDraft(t, &HookFold{}, long, "instagram")
	if len(fs) != 1 || !strings.Contains(fs[0].Message.EN, `readers see only: "Sehubungan dengan pelaksanaan`) || !strings.Contains(fs[0].Message.ID, "pembaca hanya melihat") {
		t.Errorf("the message should show the visible prefix: %+v", fs)
	}
}
