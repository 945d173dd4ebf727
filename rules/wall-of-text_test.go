package rules

import (
	"strings"
	"testing"
)

func TestWallOfText(t *testing.T) {
	newRule := func() Rule { return &WallOfText{MaxSentences: 3, MaxWords: 60} }
	four := "Kantor buka Senin sampai Jumat. Bawa KTP asli. Nomor antrean dibagikan mulai 07.30. Hasilnya dikirim lewat SMS."
	fourEN := "The office is open Monday to Friday. Bring your ID card. Queue numbers are given from 07.30. Results are sent by SMS."
	long := strings.TrimSpace(strings.Repeat("Warga yang belum merekam data kependudukan dapat datang ke kantor kecamatan terdekat dengan membawa kartu keluarga ", 6)) + "."
	runCases(t, newRule, []ruleCase{
		{name: "id four sentences", src: four, want: []string{"info " + four}},
		{name: "en four sentences", src: fourEN, want: []string{"info " + fourEN}},
		{name: "id one sentence over 60 words", src: long, want: []string{"info " + long}},
		{name: "id split into paragraphs", src: "Kantor buka Senin sampai Jumat. Bawa KTP asli.\n\nNomor antrean dibagikan mulai 07.30. Hasilnya dikirim lewat SMS.", want: nil},
		{name: "id three sentences are fine", src: "Kantor buka Senin. Bawa KTP asli. Hasilnya dikirim lewat SMS.", want: nil},
		{name: "id titles and times do not split sentences", src: "Dr. H. Ahmad, S.Sos. membuka layanan pukul 08.00 WIB. Biayanya Rp10.000 per berkas. Info di Jl. Merdeka No. 5.", want: nil},
		{name: "id bullet lines are a list, not a wall", src: "Syarat cetak KTP-el:\n- fotokopi KK\n- surat pengantar RT\n- pas foto\n- formulir F-1.21\n- materai", want: nil},
		{name: "id emoji bullets are a list", src: "Pasar murah pekan ini.\n📍 Alun-alun Sleman.\n🕗 Pukul 07.00–11.00.\n🛒 Beras Rp10.000/kg.\n📞 Info: 0812-3456-7890.", want: nil},
		{name: "en hashtags and links do not count as words", src: "Free checkups this Saturday. Details: https://example.go.id/health\n\n#Health #Free #Checkup #Saturday #Surabaya #Jatim #Indonesia", want: nil},
		{name: "id the wall is the paragraph after a list", src: "Syarat cetak KTP-el:\n- fotokopi KK\n- pas foto\n\n" + four + "\n\nTerima kasih.", want: []string{"info " + four}},
		{name: "en sentences on a line after bullet lines", src: "Bring these.\n- your ID card.\n- your family card.\n" + fourEN, want: []string{"info Bring these.\n- your ID card.\n- your family card.\n" + fourEN}},
		{name: "id two walls in one post", src: four + "\n\nSatu. Dua.\n\n" + four, want: []string{"info " + four, "info " + four}},
		{name: "en a wall over several lines", src: "The office is open Monday to Friday.\nBring your ID card.\nQueue numbers are given from 07.30.\nResults are sent by SMS.", want: []string{"info The office is open Monday to Friday.\nBring your ID card.\nQueue numbers are given from 07.30.\nResults are sent by SMS."}},
	})
	if fs := checkDraft(t, &WallOfText{MaxSentences: 0, MaxWords: 0}, four); len(fs) != 0 {
		t.Errorf("zero limits switch the rule off: %+v", fs)
	}
	fs := checkDraft(t, newRule(), four)
	if len(fs) != 1 || fs[0].Message.EN != "paragraph of 4 sentences (over 3): hard to read on a phone" {
		t.Errorf("message = %+v", fs)
	}
	if err := (&WallOfText{MaxWords: -1}).Validate(); err == nil {
		t.Error("negative max_words should be rejected")
	}
}
