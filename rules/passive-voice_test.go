package rules

import (
	"strings"
	"testing"
)

func TestPassiveVoice(t *testing.T) {
	newRule := func() Rule { return &PassiveVoice{ShareEN: 0.10, ShareID: 0.50, MinSentences: 3} }
	runCases(t, newRule, []ruleCase{
		{name: "id mostly passive", src: "Jalan Tunjungan ditutup Senin. Jalur alternatif telah disiapkan petugas. Warga diimbau lewat Jl. Darmo. Terima kasih.",
			want: []string{"info ditutup", "info disiapkan", "info diimbau"}},
		{name: "id half passive is fine", src: "Jalan Tunjungan ditutup Senin. Petugas menyiapkan jalur alternatif. Warga bisa lewat Jl. Darmo. Jadwal diumumkan besok.", want: nil},
		{name: "id nouns starting with di are not passive", src: "Diskusi publik digelar Senin. Dinas membuka layanan digital. Direktur hadir dalam dialog. Disiplin warga meningkat.",
			want: nil},
		{name: "id office short forms are not passive", src: "Dinkes membuka posko. Disdik menambah kuota. Diskominfo memperbaiki jaringan.", want: nil},
		{name: "id after untuk is not passive", src: "Formulir untuk diisi tersedia di loket. Warga datang untuk dilayani. Antrean untuk diproses dibuka pagi.", want: nil},
		{name: "id names are not passive", src: "Warga Sleman bertemu Dimas dan Dinda. Mereka berdiskusi soal Diskominfo. Semua senang.", want: nil},
		{name: "id colloquial di- is passive", src: "Videonya di-share ribuan kali. Postingan di-like warga. Kontennya diunggah Humas.",
			want: []string{"info di-share", "info di-like", "info diunggah"}},
		{name: "id two sentences are too few", src: "Jalan ditutup. Warga diimbau lewat Jl. Darmo.", want: nil},
		{name: "en over 10 percent warns", src: "The road was closed on Monday. Detours have been prepared by the city. Use Jl. Darmo instead. Buses run as usual. Shops stay open.",
			want: []string{"warning was closed", "warning been prepared"}},
		{name: "en irregular participle with adverbs", src: "The bridge was not fully rebuilt last year. We reopen it today. Buses run every 10 minutes. Shops stay open.",
			want: []string{"warning was not fully rebuilt"}},
		{name: "en active text", src: "We closed the road on Monday. Use Jl. Darmo instead. Buses run as usual.", want: nil},
		{name: "en -ed word that is not a participle", src: "They were indeed happy. It was a hundred people. We are ready.", want: nil},
		{name: "en -en word that is not a participle", src: "The market is often busy. The children are even happier. The garden is open.", want: nil},
	})
	fs := lint(t, newRule(), "Jalan ditutup dan dijaga Senin. Jalur disiapkan. Warga diimbau lewat Jl. Darmo.")
	if len(fs) != 3 || fs[0].Message.EN != `passive voice: "ditutup", "dijaga" (3 of 3 sentences are passive, over 50%)` ||
		!strings.HasPrefix(fs[0].Message.ID, `kalimat pasif: "ditutup", "dijaga" (3 dari 3 kalimat pasif`) {
		t.Errorf("messages = %+v", fs)
	}
	if err := (&PassiveVoice{ShareEN: 1.5}).Validate(); err == nil {
		t.Error("share_en above 1 should be rejected")
	}
}
