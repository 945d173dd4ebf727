package rules

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/prose"
)

func TestClickbait(t *testing.T) {
	runCases(t, func() Rule { return &Clickbait{CuriosityGap: true, Headline: true} }, []ruleCase{
		{name: "id curiosity gap", src: "Ternyata Ini Penyebabnya…\n\nHarga cabai naik karena panen gagal.", want: []string{"warning Ternyata Ini Penyebabnya…"}},
		{name: "id inilah with only vague words", src: "Inilah alasannya!", want: []string{"warning Inilah alasannya!"}},
		{name: "id begini with concrete info after a colon", src: "Begini cara daftar KTP-el online: buka situs Dukcapil, isi NIK, pilih jadwal.", want: nil},
		{name: "id begini with concrete words in the body", src: "Pendaftaran KTP-el online dibuka hari ini.\nBegini cara daftar KTP-el online.", want: nil},
		{name: "id ternyata with a concrete sentence", src: "Ternyata, antrean lebih pendek di hari Sabtu.", want: nil},
		{name: "id ternyata with a number", src: "Ternyata 3 dari 5 warga belum tahu.", want: nil},
		{name: "id ternyata mid-sentence is not an opener", src: "Warga yang datang ternyata sudah tahu.", want: nil},
		{name: "id exaggeration in the first line", src: "Harga cabai bikin netizen geram\nPemerintah menyiapkan operasi pasar.", want: []string{"warning bikin netizen geram"}},
		{name: "id phrase at a sentence start later on", src: "Pasar murah dibuka hari ini. Kamu wajib tahu jadwalnya.", want: []string{"warning Kamu wajib tahu"}},
		{name: "id phrase mid-sentence after the first line is fine", src: "Pasar murah dibuka hari ini.\nHasil panen tahun ini mengejutkan para petani.", want: nil},
		{name: "id mengejutkan in the first line", src: "Fakta mengejutkan soal sampah plastik di kota kita", want: []string{"warning Fakta mengejutkan"}},
		{name: "id elongated wow", src: "Wooow, taman kota kini punya perpustakaan.", want: []string{"warning Wooow"}},
		{name: "id hashtag is not clickbait", src: "Taman kota dibuka lagi. #wow", want: nil},
		{name: "en you won't believe", src: "You won't believe what the council did with the old market.", want: []string{"warning You won't believe"}},
		{name: "en this is why with nothing concrete", src: "This is why you should never do this…", want: []string{"warning This is why you should never do this…"}},
		{name: "en this is why with a concrete reason", src: "This is why we close the bridge on Sunday: cracks in two pillars.", want: nil},
		{name: "en here's what you need to know about something concrete", src: "Here's what you need to know about the new ID card rules.", want: nil},
		{name: "en here's what with nothing", src: "Here's what happened next.", want: []string{"warning Here's what happened next."}},
		{name: "en shocking mid-sentence after the first line is fine", src: "The bridge reopens today.\nThe repair bill was a shocking surprise to no one.", want: nil},
		{name: "en quoted clickbait is downgraded", src: "Schools must avoid headlines like \"you won't believe\" in notices.", want: []string{"info you won't believe"}},
	})
	src := "Ternyata Ini Penyebabnya…"
	if fs := checkDraft(t, &Clickbait{CuriosityGap: false}, src); len(fs) != 0 {
		t.Errorf("curiosity_gap = false should silence the opener: %v", describe(src, fs))
	}
}

// TestClickbaitHeadline covers the headline signs, one positive case per
// sign and language, and the traps: news headlines, questions to the
// reader, quoted and attributed words, pointing words that point at
// something named.
func TestClickbaitHeadline(t *testing.T) {
	runCases(t, func() Rule { return &Clickbait{CuriosityGap: true, Headline: true} }, []ruleCase{
		// A subject hidden behind a pointing word.
		{name: "id ini after a comma", src: "Jalan Tol Dibuka Lebih Awal, Ini Alasannya", want: []string{"warning Jalan Tol Dibuka Lebih Awal, Ini Alasannya"}},
		{name: "id ini after a noun", src: "Pria Ini Kembalikan Dompet Berisi Rp 10 Juta ke Polisi", want: []string{"warning Pria Ini Kembalikan Dompet Berisi Rp 10 Juta ke Polisi"}},
		{name: "id begini mid-headline", src: "Harga Cabai Naik, Begini Kata Pedagang Pasar", want: []string{"warning Harga Cabai Naik, Begini Kata Pedagang Pasar"}},
		{name: "id how-to as a one-line post withholds the how", src: "Begini cara daftar KTP-el online.", want: []string{"warning Begini cara daftar KTP-el online."}},
		{name: "id how-to above the steps", src: "Begini cara daftar KTP-el online.\n\n1. Buka situs dukcapil.example.go.id dan pilih menu pendaftaran.\n2. Isi NIK dan nomor KK.\n3. Pilih jadwal.", want: nil},
		{name: "id pointing word above a link only", src: "Pria Ini Kembalikan Dompet Berisi Rp 10 Juta\n\nBaca selengkapnya: https://example.id/berita", want: []string{"warning Pria Ini Kembalikan Dompet Berisi Rp 10 Juta"}},
		{name: "id first line standing alone", src: "Ternyata Begini Rasanya Naik Kereta Bandara\n\nKereta bandara kini berhenti di Stasiun Manggarai.", want: []string{"warning Ternyata Begini Rasanya Naik Kereta Bandara"}},
		{name: "en leading this", src: "This Bus Driver's Kindness Is The Best Thing You'll See Today", want: []string{"warning This Bus Driver's Kindness Is The Best Thing You'll See Today"}},
		{name: "en this mid-headline", src: "Commuters Are Obsessed With This Tiny Ferry", want: []string{"warning Commuters Are Obsessed With This Tiny Ferry"}},
		// A question left open.
		{name: "id question headline", src: "Pemkot Batal Bangun Stadion Baru di Utara Kota?", want: []string{"warning Pemkot Batal Bangun Stadion Baru di Utara Kota?"}},
		{name: "en question headline", src: "Is The City Hall Clock Haunted?", want: []string{"warning Is The City Hall Clock Haunted?"}},
		// A listicle of facts or things.
		{name: "id listicle", src: "7 Fakta Unik Jembatan Suramadu", want: []string{"warning 7 Fakta Unik Jembatan Suramadu"}},
		{name: "en listicle", src: "17 Things Only Night Bus Commuters Understand", want: []string{"warning 17 Things Only Night Bus Commuters Understand"}},
		{name: "en listicle after a lead-in, number in words", src: "Here Are Twelve Reasons To Love Our Parks", want: []string{"warning Here Are Twelve Reasons To Love Our Parks"}},
		// A quiz about the reader.
		{name: "id quiz", src: "Zodiak Paling Rajin Bekerja, Kamu Termasuk?", want: []string{"warning Zodiak Paling Rajin Bekerja, Kamu Termasuk?"}},
		{name: "en quiz", src: "We Know If You're A Morning Person Based On Your Lunch", want: []string{"warning We Know If You're A Morning Person Based On Your Lunch"}},
		{name: "en which are you", src: "Which City Park Are You", want: []string{"warning Which City Park Are You"}},
		// A promised reaction.
		{name: "id hyperbole", src: "Taman Kota Baru di Tepi Sungai Bikin Salfok Warga", want: []string{"warning Taman Kota Baru di Tepi Sungai Bikin Salfok Warga"}},
		{name: "en hyperbole", src: "Our New Riverside Library Is Everything", want: []string{"warning Our New Riverside Library Is Everything"}},
		// An opener announcing a point it keeps.
		{name: "id viral opener", src: "Viral Video Warga Bersihkan Sungai Sendirian", want: []string{"warning Viral Video Warga Bersihkan Sungai Sendirian"}},
		{name: "en the real reason", src: "The Real Reason The Bridge Was Closed", want: []string{"warning The Real Reason The Bridge Was Closed"}},
		// A sentence that trails off is a weak sign: a greeting may too.
		{name: "id trailing ellipsis with a teaser", src: "Warga Kampung Sukamaju Heboh Saat Membuka Pintu Rumah...", want: []string{"warning Warga Kampung Sukamaju Heboh Saat Membuka Pintu Rumah..."}},
		{name: "en trailing ellipsis with a teaser", src: "Adorable Moment The Mayor Opened The Box…", want: []string{"warning Adorable Moment The Mayor Opened The Box…"}},
		{name: "id trailing ellipsis alone", src: "Selamat menunaikan ibadah puasa, mohon maaf lahir dan batin...", want: nil},
		{name: "en trailing ellipsis alone", src: "The Mayor Opened The Box And Then…", want: nil},
		// Two weak signs add up; one does not.
		{name: "id two weak signs", src: "Netizen Ramai Bahas Antrean Panjang di Samsat!", want: []string{"warning Netizen Ramai Bahas Antrean Panjang di Samsat!"}},
		{name: "en two weak signs", src: "Absolutely Hilarious Scenes At The Town Fair!", want: []string{"warning Absolutely Hilarious Scenes At The Town Fair!"}},
		{name: "id two different gossip words", src: "Netizen Malah Ramai Bahas Antrean di Samsat", want: []string{"warning Netizen Malah Ramai Bahas Antrean di Samsat"}},
		{name: "en two different gossip words", src: "Adorable And Hilarious Scenes At The Town Fair", want: []string{"warning Adorable And Hilarious Scenes At The Town Fair"}},
		{name: "id the same gossip word twice is one sign", src: "Lomba Layangan Viral di Kampung, Kini Viral di Kota", want: nil},
		{name: "id simak with an object is a call to action", src: "Simak jadwal SIM keliling pekan ini berikut!", want: nil},
		{name: "id intip in a photo caption", src: "---\nmedia: image\n---\nIntip keseruan Festival Budaya di Alun-alun pagi ini", want: nil},
		{name: "id one weak sign", src: "Vaksinasi Booster Gratis di Puskesmas Hari Ini!", want: nil},
		{name: "en one weak sign", src: "Free Health Checks At Every Clinic This Saturday!", want: nil},
		{name: "id question word and a viral teaser", src: "Apa Kata Netizen Soal Taman Kota Baru", want: []string{"warning Apa Kata Netizen Soal Taman Kota Baru"}},
		{name: "en how to is a guide", src: "How To Register For The City Marathon!", want: nil},

		// Traps: news headlines.
		{name: "id news number", src: "12 Rumah Rusak Diterjang Angin Kencang di Sleman", want: nil},
		{name: "id number inside a sentence", src: "Bawa 45 Dokumen, Jaksa Yakin Dakwaan Sesuai Prosedur", want: nil},
		{name: "en news number", src: "Three Killed As Storm Hits The Northern Coast", want: nil},
		{name: "en news people number", src: "25 People Injured In Train Derailment Near Lyon", want: nil},
		{name: "id numbered how-to is not a listicle", src: "3 Cara Daftar BPJS Kesehatan", want: nil},
		{name: "en numbered how-to is not a listicle", src: "5 Ways To Renew Your Passport Online", want: nil},
		{name: "id quoted question", src: "Warga Tanya \"Kapan Jalan Diperbaiki?\" saat Reses DPRD", want: nil},
		{name: "id headline ending in a quoted question", src: "Reses DPRD, Warga Bertanya \"Kapan Jalan Diperbaiki?\"", want: nil},
		{name: "en quoted question", src: "Minister Asks \"Where Did The Money Go?\" As Audit Begins", want: nil},
		{name: "en question answered in the headline", src: "Why Did The Bridge Close? Inspectors Found Cracks", want: nil},
		{name: "id question after a speaker's colon", src: "Kepala Dinas: Siapa yang Mau Tanggung Jawab?", want: nil},
		{name: "id ini after a speaker's colon", src: "Kepala Dinas: Ini Bukan Kesalahan Petugas", want: nil},
		{name: "id ini as a time", src: "Pasar Murah Digelar Hari Ini di Alun-alun", want: nil},
		{name: "id ini pointing back at a named noun", src: "Pemkot Buka Layanan KTP Keliling, Layanan Ini Gratis", want: nil},
		{name: "id ini demonstrative in the body", src: "Pelayanan KTP dibuka hari Sabtu.\nLayanan ini gratis untuk semua warga.", want: nil},
		{name: "en this as a time", src: "This Week's Council Meeting Moves To Thursday", want: nil},
		{name: "id pointing word in a photo caption", src: "---\nmedia: image\n---\nBegini suasana pelayanan KTP-el di Kecamatan Gondokusuman pagi tadi\n\nWarga antre dengan tertib.", want: nil},
		{name: "en pointing word in a photo caption", src: "---\nmedia: image\n---\nThis bridge reopens on Monday after six months of repairs", want: nil},
		{name: "en opener answered by the caption", src: "The reason we changed the bin collection day\n\nThe new trucks need the depot on Mondays, so collection moves to Tuesday from 1 June.", want: nil},
		{name: "id listicle on a carousel", src: "---\nmedia: carousel\nimages: 7\n---\n7 Fakta Unik Jembatan Suramadu\n\nGeser untuk membaca semuanya.", want: nil},
		{name: "id line introducing a list", src: "Inilah jadwal layanan SIM keliling pekan depan\u00a0👇\n\nSenin: Balai Kota", want: nil},
		{name: "id first line running on", src: "Inilah salah satu\nkegiatan rutin kami.", want: nil},
		{name: "id long first line is a paragraph", src: "Pria ini adalah petugas kebersihan yang setiap hari menyapu jalan protokol sejak pukul empat pagi sebelum warga berangkat bekerja dan anak-anak berangkat ke sekolah.", want: nil},

		// Traps: questions to the reader are engagement.
		{name: "id audience question in the body", src: "Taman baca kini buka setiap hari pukul 08.00–16.00.\n\nApa pendapat Anda?", want: nil},
		{name: "id audience question alone", src: "Apa pendapat Anda tentang taman kota yang baru?", want: nil},
		{name: "id question to the reader opening a post", src: "Sudah punya KTP-el?\n\nDukcapil membuka layanan cetak KTP-el setiap Sabtu.", want: nil},
		{name: "en audience question in the body", src: "The library now opens on Sundays.\n\nWhat would you add?", want: nil},
		{name: "id opening question above a caption that goes on", src: "Perlu tidak Surabaya menanam 100.000 pohon lagi sampai 2030? 🌳\n\nKami sedang menyusun rencana hijau kota dan ingin mendengar suara warga sebelum rapat bulan depan.", want: nil},
		{name: "en opening question in a post asking for comments", src: "Should the city plant 100,000 more trees by 2030?\n\nTell us in the comments!", want: nil},
		{name: "en opening question above a link only", src: "Should The City Sell Its Old Stadium?\n\nRead more: https://example.org/stadium", want: []string{"warning Should The City Sell Its Old Stadium?"}},
		{name: "en phrase mid-sentence in a long first line", src: "Funny how every official says the floods were caused by rain while the media keeps hiding the truth about the dam upstream from everyone.", want: nil},
		{name: "en question to the reader opening a post", src: "Need a new ID card?\n\nThe district office prints ID cards every Saturday.", want: nil},

		// The context policy.
		{name: "id quoted clickbait headline in a fact check", src: "[HOAKS] \"Ini Alasan Rekening Diblokir Besok\"\n\nPesan itu tidak benar.", want: nil},
		{name: "id labelled fact check drops to info", src: "[SALAH] Pria Ini Kebal Virus Corona\n\nKlaim itu tidak benar.", want: []string{"info [SALAH] Pria Ini Kebal Virus Corona"}},
		{name: "id fact check label before a colon", src: "Cek Fakta: Pria Ini Kebal Virus Corona?", want: nil},

		// The title front matter.
		{name: "en clickbait title", src: "---\ntitle: You Won't Believe What Our Mayor Found\nmedia: video\n---\nThe mayor opened the 1950 time capsule at City Hall.", want: []string{"warning <meta>"}},
		{name: "id clickbait title in a video post", src: "---\ntitle: Ini Alasan Kami Pindah Kantor\nmedia: video\n---\nKantor pelayanan pindah ke Jalan Merdeka 5 mulai 1 Mei.", want: []string{"warning <meta>"}},
		{name: "id plain title", src: "---\ntitle: Kantor Pelayanan Pindah ke Jalan Merdeka 5\nmedia: video\n---\nMulai 1 Mei.", want: nil},
		{name: "id clickbait title of a fact check", src: "---\ntitle: \"[HOAKS] Ini Alasan Rekening Diblokir\"\nmedia: video\n---\nPesan berantai itu tidak benar.", want: []string{"info <meta>"}},
	})
}

func TestClickbaitHeadlineOff(t *testing.T) {
	for _, src := range []string{"Jalan Tol Dibuka Lebih Awal, Ini Alasannya", "17 Things Only Night Bus Commuters Understand"} {
		if fs := checkDraft(t, &Clickbait{CuriosityGap: true, Headline: false}, src); len(fs) != 0 {
			t.Errorf("headline = false should silence the headline signs: %v", describe(src, fs))
		}
	}
}

// TestClickbaitMessages checks that a finding names the sign that decided
// and suggests a rewrite, in both languages.
func TestClickbaitMessages(t *testing.T) {
	for _, tc := range []struct{ src, en, id string }{
		{"Jalan Tol Dibuka Lebih Awal, Ini Alasannya", `hides its subject behind "Ini"`, `disembunyikan di balik "Ini"`},
		{"Pemkot Batal Bangun Stadion Baru?", "question it leaves open", "pertanyaan yang dibiarkan menggantung"},
		{"7 Fakta Unik Jembatan Suramadu", `"7 Fakta" promises a list`, `"7 Fakta" menjanjikan daftar`},
		{"Which City Park Are You", `"Which City Park Are You" is a quiz`, "kuis tentang pembaca"},
		{"Our New Riverside Library Is Everything", `"Is Everything" promises a reaction`, "menjanjikan reaksi"},
		{"Viral Video Warga Bersihkan Sungai Sendirian", `"Viral" announces a point`, `"Viral" mengumumkan inti`},
		{"Warga Kampung Sukamaju Heboh Saat Membuka Pintu Rumah...", `piles up teasers ("Heboh", "...")`, `menumpuk kata pemancing ("Heboh", "...")`},
		{"Netizen Ramai Bahas Antrean Panjang di Samsat!", `piles up teasers ("Netizen", "!")`, `menumpuk kata pemancing ("Netizen", "!")`},
	} {
		fs := checkDraft(t, &Clickbait{CuriosityGap: true, Headline: true}, tc.src)
		if len(fs) != 1 {
			t.Errorf("%q: want one finding, got %v", tc.src, describe(tc.src, fs))
			continue
		}
		f := fs[0]
		if !strings.Contains(f.Message.EN, tc.en) || !strings.Contains(f.Message.ID, tc.id) {
			t.Errorf("%q: message %q / %q, want %q / %q", tc.src, f.Message.EN, f.Message.ID, tc.en, tc.id)
		}
		if f.Suggestion.EN == "" || f.Suggestion.ID == "" || f.Suggestion.EN == f.Suggestion.ID {
			t.Errorf("%q: suggestion %+v", tc.src, f.Suggestion)
		}
	}
}

// TestClickbaitHeadlineRobust strings random fragments into text posts and
// titles, where every headline sign is checked: no panic, no span outside
// the text.
func TestClickbaitHeadlineRobust(t *testing.T) {
	lex := lexicon(t)
	pieces := append([]string{"Ini", "ini", "Begini", "This", "these", "week", "hari", "?", "？", "!", "...", "7", "Fakta",
		"Things", "The", "Which", "Are", "You", "Viral", "netizen", "malah", ",", ":", "：", "👇", "Apa", "pun", "how", "to", "Anda"}, trustPieces...)
	rng := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for n := rng.IntN(25); n >= 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		post := &draft.Post{Path: "fuzz.txt", Index: 1, Text: text, Meta: draft.Meta{Title: text}}
		r := &Clickbait{CuriosityGap: true, Headline: true}
		func() {
			defer func() {
				if e := recover(); e != nil {
					t.Fatalf("panic on %q: %v", text, e)
				}
			}()
			p := NewPass(post, nil, "text", "", NewAnalysis(text, lex, []string{i18n.ID, i18n.EN}), r.Doc())
			r.Check(p)
			for _, f := range p.Findings() {
				if f.Start > f.End || f.End > len(text) || f.Start < -1 {
					t.Fatalf("span %d..%d outside %q", f.Start, f.End, text)
				}
			}
		}()
	}
}

// TestHasQuestionMarkSameAsContainsAny compares hasQuestionMark with
// strings.ContainsAny on random strings of marks, their bytes and others.
func TestHasQuestionMarkSameAsContainsAny(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 43))
	pieces := []string{"?", "？", "\xef", "\xbc", "\x9f", "\xef\xbc", "a", "é", "\xe0", " ", "!"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := hasQuestionMark(s), strings.ContainsAny(s, "?？"); got != want {
			t.Fatalf("hasQuestionMark(%q) = %v, want %v", s, got, want)
		}
	}
}

// bodyDeliversRef is bodyDelivers as first written, counting every word
// after the headline; the oracle of TestBodyDeliversSameAsBefore.
func bodyDeliversRef(a *Analysis, h prose.Span) bool {
	n := 0
	for _, w := range a.WordsIn(prose.Span{Start: h.End, End: len(a.Text)}) {
		if !trustInEntity(a, w.Start, w.End) {
			n++
		}
	}
	return n >= minBodyWords
}

// TestBodyDeliversSameAsBefore compares bodyDelivers with its first form
// on random posts of words, links, hashtags and mentions below a first
// line, around minBodyWords words long.
func TestBodyDeliversSameAsBefore(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(71, 73))
	pieces := []string{"warga", "Info", "https://a.go.id/x", "#InfoMudik", "@humas", "bit.ly/abc", "7", "jalan ditutup"}
	var seen [2]bool
	for range 3000 {
		var b strings.Builder
		b.WriteString("Ini Alasannya Jalan Ditutup\n")
		for range r.IntN(2 * minBodyWords) {
			b.WriteString(pieces[r.IntN(len(pieces))] + " ")
		}
		text := b.String()
		a := NewAnalysis(text, lex, []string{i18n.ID, i18n.EN})
		h := a.FirstLine()
		got, want := bodyDelivers(a, h), bodyDeliversRef(a, h)
		if got != want {
			t.Fatalf("bodyDelivers(%q) = %v, want %v", text, got, want)
		}
		seen[btoi(want)] = true
	}
	if !seen[0] || !seen[1] {
		t.Fatalf("the random posts gave one answer only: %v", seen)
	}
}
