package rules

import (
	"fmt"
	"strings"
	"testing"
)

// mentions returns n mentions @akun1 … @akunN separated by spaces.
func mentions(n int) string {
	m := make([]string, n)
	for i := range m {
		m[i] = fmt.Sprintf("@akun%d", i+1)
	}
	return strings.Join(m, " ")
}

func TestMentionCount(t *testing.T) {
	long := "Puskesmas baru di Jl. Melati sudah buka: cek kesehatan anak gratis setiap Sabtu pagi, imunisasi lengkap, dan konsultasi gizi untuk ibu hamil."
	runCases(t, func() Rule { return &MentionCount{Max: 3, MaxVisible: 1} }, []ruleCase{
		{name: "id five mentions", src: "Terima kasih @dinkeskota @bappedakota @dishubkota @satpolppkota @bpbdkota atas kerja samanya.", platforms: []string{"linkedin"},
			want: []string{"info[linkedin] @satpolppkota @bpbdkota"}},
		{name: "en two mentions before the fold", src: "@cityhealth @cityplanning The new clinic on Jl. Melati is open every Saturday.", platforms: []string{"facebook", "x"},
			want: []string{"info[facebook] @cityplanning"}},
		{name: "id two mentions after the fold", src: long + " Bersama @dinkeskota dan @pkkkota.", platforms: []string{"instagram"}, want: nil},
		{name: "id one mention before the fold", src: "Bersama @dinkeskota, puskesmas baru kini buka. " + long + " Info: @puskesmasmelati", platforms: []string{"instagram"}, want: nil},
		{name: "en three mentions are fine", src: long + " Thanks to @cityhealth, @cityplanning and @citypwd.", platforms: []string{"linkedin"}, want: nil},
		{name: "instagram cap is an error", src: "Selamat kepada para juara! " + mentions(21), platforms: []string{"instagram", "facebook"},
			want: []string{"error[instagram] @akun21", "info[facebook] " + strings.TrimPrefix(mentions(21), mentions(3)+" ")}},
		{name: "x cap is an error", src: "Congratulations to every finalist " + mentions(51), platforms: []string{"x"},
			want: []string{"error[x] @akun51"}},
		{name: "an email address is not a mention", src: "Kirim berkas ke humas@kota.go.id atau layanan@kota.go.id, bukan lewat DM.", platforms: []string{"facebook"}, want: nil},
	})
	fs := checkDraft(t, &MentionCount{Max: 5, MaxVisible: 2}, "@a1 @a2 @a3 "+long+" @a4 @a5", "facebook")
	if len(fs) != 1 || !strings.Contains(fs[0].Message.EN, "3 mentions before the fold") {
		t.Errorf("max = 5, max_visible = 2: want only the fold note, got %+v", fs)
	}
	if err := (&MentionCount{Max: -1}).Validate(); err == nil {
		t.Error("negative max should be rejected")
	}
}
