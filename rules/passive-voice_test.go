package rules

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/postlint/postlint/prose"
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
		// me- verbs and "merupakan" are active.
		{name: "id menerima and merupakan are active", src: "Bupati menerima audiensi warga. Program ini merupakan upaya bersama. Camat menerima laporan. Kegiatan itu merupakan agenda rutin.",
			want: nil},
		{name: "id unlisted office short forms are not passive", src: "Disporapar menerima kunjungan. Dinperkim merupakan dinas baru. Disnakertrans membuka bursa kerja.", want: nil},
		{name: "id passive after a short form", src: "Disiapkan posko di tiap kecamatan. Dinilai cepat, layanan diperluas. Warga dilayani sampai malam.",
			want: []string{"info Disiapkan", "info Dinilai", "info dilayani"}},
		{name: "id nouns of the dis- kind", src: "[DISINFORMASI] Foto banjir itu suntingan. Disinfeksi pasar berjalan. Distorsi informasi merugikan warga.", want: nil},
		{name: "id ter- and ke-an passives", src: "Dua pencuri tertangkap warga. Rumah Pak Budi kecurian semalam. Warga kehilangan motor. Polisi memeriksa saksi.",
			want: []string{"info tertangkap", "info kecurian", "info kehilangan"}},
		{name: "id ter- superlatives and ke-an nouns are not passive", src: "Ini pasar terbesar di kota. Kebakaran gudang sudah padam. Kesehatan warga terjaga. Layanan tersebut gratis.", want: nil},
		{name: "en over 10 percent warns", src: "The road was closed on Monday. Detours have been prepared by the city. Use Jl. Darmo instead. Buses run as usual. Shops stay open.",
			want: []string{"warning was closed", "warning been prepared"}},
		{name: "en irregular participle with adverbs", src: "The bridge was not fully rebuilt last year. We reopen it today. Buses run every 10 minutes. Shops stay open.",
			want: []string{"warning was not fully rebuilt"}},
		{name: "en active text", src: "We closed the road on Monday. Use Jl. Darmo instead. Buses run as usual.", want: nil},
		{name: "en -ed word that is not a participle", src: "They were indeed happy. It was a hundred people. We are ready.", want: nil},
		{name: "en adjectives of feeling are not passive", src: "We are excited to share the new app. It is based on your feedback. The office is located on Jl. Darmo.", want: nil},
		{name: "en last seen", src: "Dimas was last seen at Kuta Beach. He wears a red shirt. Call 110 if you see him.", want: []string{"warning was last seen"}},
		{name: "en -en word that is not a participle", src: "The market is often busy. The children are even happier. The garden is open.", want: nil},
	})
	// The default judges posts of two sentences: most captions are that
	// short.
	def, _ := New("passive-voice")
	for _, c := range []struct{ src, want string }{
		{"Laporan keuangan 2025 sudah bisa diunduh masyarakat. Silakan dibaca dan sampaikan masukan.", "info dibaca|info diunduh"},
		{"The centre is equipped with four laboratories. It will be used by students from 12 schools.", "warning be used|warning is equipped"},
		{"Petugas membuka posko. Warga datang sejak pagi.", ""},
		{"Jembatan diresmikan Senin.", ""},
	} {
		if got := strings.Join(describe(c.src, checkDraft(t, def, c.src)), "|"); got != c.want {
			t.Errorf("default rule on %q: got %q, want %q", c.src, got, c.want)
		}
	}
	fs := checkDraft(t, newRule(), "Jalan ditutup dan dijaga Senin. Jalur disiapkan. Warga diimbau lewat Jl. Darmo.")
	if len(fs) != 3 || fs[0].Message.EN != `passive voice: "ditutup", "dijaga" (3 of 3 sentences are passive, over 50%)` ||
		!strings.HasPrefix(fs[0].Message.ID, `kalimat pasif: "ditutup", "dijaga" (3 dari 3 kalimat pasif`) {
		t.Errorf("messages = %+v", fs)
	}
	if err := (&PassiveVoice{ShareEN: 1.5}).Validate(); err == nil {
		t.Error("share_en above 1 should be rejected")
	}
}

// englishRef is english as it was first written, folding and looking up
// every word; it is the oracle of TestEnglishPassivesSameAsBefore. It
// appends to out the spans from a form of "be" to its participle.
func (d *passiveDetector) englishRef(out []prose.Span, text string, s proseSentence) []prose.Span {
	// Every word is folded to be looked up, and none is kept: folded into
	// one buffer, a word with a capital letter costs no allocation.
	var buf [64]byte
	fold := func(t prose.Token) []byte { return prose.AppendFold(buf[:0], text[t.Start:t.End]) }
	ws := s.Words
	for i := 0; i < len(ws); i++ {
		if !d.be.Has(string(fold(ws[i]))) {
			continue
		}
		j := i + 1
		for skipped := 0; j < len(ws) && skipped < 2; skipped++ {
			w := fold(ws[j])
			if !d.adverbs.Has(string(w)) && (!bytes.HasSuffix(w, []byte("ly")) || len(w) <= 4) {
				break
			}
			j++
		}
		if j < len(ws) && d.participle(fold(ws[j])) {
			out = append(out, prose.Span{Start: ws[i].Start, End: ws[j].End})
			i = j
		}
	}
	return out
}

// TestEnglishPassivesSameAsBefore compares english with its first form
// on random sentences of forms of "be" in several spellings (capitals,
// full-width letters, soft hyphens), adverbs and participles.
func TestEnglishPassivesSameAsBefore(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(11, 13))
	words := []string{"is", "Is", "IS", "was", "Were", "been", "being", "be", "am", "are", "ARE", "ｉｓ", "ｗａｓ", "i\u00ads", "wa\u200bs",
		"closed", "Closed", "CLOSED", "quickly", "very", "excited", "built", "made", "road", "the", "we", "it", "s", "x", "ed", "Ist", "bi"}
	found := 0
	for range 4000 {
		var b strings.Builder
		for k := range 1 + r.IntN(12) {
			if k > 0 {
				b.WriteString(" ")
			}
			b.WriteString(words[r.IntN(len(words))])
		}
		b.WriteString(".")
		text := b.String()
		a := NewAnalysis(text, lex, nil)
		d := passiveDetectorFor(a)
		ref := passiveDetectorFor(a)
		for _, s := range proseSentences(a) {
			got, want := d.english(nil, text, s), ref.englishRef(nil, text, s)
			if !slices.Equal(got, want) {
				t.Fatalf("english(%q) = %v, want %v", text, got, want)
			}
			found += len(want)
		}
	}
	if found == 0 {
		t.Fatal("the random sentences hold no passive")
	}
}
