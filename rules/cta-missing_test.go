package rules

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

func TestCtaMissing(t *testing.T) {
	runCases(t, func() Rule { return &CtaMissing{} }, []ruleCase{
		{name: "id ceremony report asks nothing", src: "Wali Kota menghadiri rapat koordinasi kesiapsiagaan banjir di Balai Kota. Rapat dihadiri seluruh camat.",
			want: []string{"info Rapat dihadiri seluruh camat."}},
		{name: "en news release asks nothing", src: "The Regent opened the new market building on Monday. The market has 120 stalls.",
			want: []string{"info The market has 120 stalls."}},
		{name: "closing hashtags are not the last sentence", src: "Rapat koordinasi digelar hari ini di pendopo.\n\n#Pemkab #Rapat",
			want: []string{"info Rapat koordinasi digelar hari ini di pendopo."}},
		{name: "id imperative daftar di", src: "Pendaftaran beasiswa daerah dibuka sampai 30 April. Daftar di kantor dinas pendidikan terdekat.", want: nil},
		{name: "id bagikan informasi ini is a call to action", src: "Jadwal imunisasi campak sudah keluar. Bagikan informasi ini kepada keluarga Anda.", want: nil},
		{name: "id invitation yuk", src: "Pasar murah kembali hadir Sabtu ini. Yuk, datang bersama keluarga!", want: nil},
		{name: "id safety instructions", src: "Hujan deras diperkirakan turun sore ini. Hindari bantaran sungai dan pastikan saluran air di rumah tidak tersumbat.", want: nil},
		{name: "id conversation prompt", src: "Taman kota akan direnovasi tahun ini. Fasilitas apa yang menurut Anda perlu ditambah", want: nil},
		{name: "id question to the audience", src: "Sudah cek jadwal vaksin anak Anda? Jadwal lengkap ada di puskesmas.", want: nil},
		{name: "id question before an emoji", src: "Mudik tahun ini naik bus gratis. Sudah siap? 🚌", want: nil},
		{name: "en call to action", src: "Applications for the small business grant close on 30 April. Apply online at grants.example.go.id.", want: nil},
		{name: "en prompt", src: "We are redesigning the city bus map. Let us know which stops are hard to find.", want: nil},
		{name: "en share this information is a call to action", src: "Measles vaccination is free this month. Share this information with your family.", want: nil},
		{name: "id quoted question is reported speech", src: "Warga bertanya, \"Kapan KTP saya jadi?\" Petugas menjawab dua hari kerja.",
			want: []string{"info Petugas menjawab dua hari kerja."}},
		{name: "en quoted call to action is reported speech", src: "Police warned about a scam text that says \"click the link to claim your prize\". The messages come from unknown numbers.",
			want: []string{"info The messages come from unknown numbers."}},
		// Bait asks something of the readers: engagement-bait reports it,
		// and "the post asks nothing" would be untrue.
		{name: "bait asks something", src: "Tag 3 teman yang wajib tahu info ini!", want: nil},
		{name: "empty post", src: "---\nlang: id\n---\n", want: nil},
		{name: "emoji only post", src: "🎉🎉", want: nil},
	})
}

// TestCtaShapes covers the calls to action found without a phrase list:
// imperatives opening a clause, links with a label, contact instructions,
// sentences telling the readers what they can do, and the traps that look
// like them.
func TestCtaShapes(t *testing.T) {
	none := []string(nil)
	runCases(t, func() Rule { return &CtaMissing{} }, []ruleCase{
		// Indonesian imperatives: listed verbs, -kan and -lah shapes.
		{name: "id daftar pakai", src: "---\nlang: id\n---\nAktivasi IKD bisa di mal pelayanan publik.\nDaftar pakai NIK & KK di loket Disdukcapil lantai 2.", want: none},
		{name: "id coba sekarang", src: "---\nlang: id\n---\nSambal bawang level 1 sampai 5.\nCoba sekarang di GoFood dan ShopeeFood.", want: none},
		{name: "id datang ya", src: "---\nlang: id\n---\nMinggu besok kita kerja bakti bersihin saluran air.\nDatang ya! 💪", want: none},
		{name: "id kan shape", src: "---\nlang: id\n---\nMulai April sampah yang tidak dipilah tidak diangkut. Pisahkan sampah organik dan anorganik.", want: none},
		{name: "id lah shape", src: "---\nlang: id\n---\nAntrean KTP-el ramai setiap Senin. Datanglah lebih awal.", want: none},
		{name: "id after a condition", src: "---\nlang: id\n---\nKasus DBD naik dua kali lipat. Jika demam lebih dari dua hari, segera periksa ke puskesmas.", want: none},
		{name: "id lower-case sentence", src: "---\nlang: id\n---\nmulai minggu depan perpustakaan kota buka sampai jam 21.00. mampir ya", want: none},
		{name: "id mohon", src: "---\nlang: id\n---\nAir PDAM mati sementara Kamis malam. Mohon tampung air secukupnya sebelum jam 22.00.", want: none},
		// Indonesian links, contacts, readers told, invitations.
		{name: "id labelled link", src: "---\nlang: id\n---\nKlaim itu tidak benar.\nSumber dan penjelasan: https://cekfakta.example.id/hpv", want: none},
		{name: "id link after an arrow", src: "---\nlang: id\n---\nSoal latihan CPNS tersedia gratis.\nInfo lengkap 👉 bit.ly/soal-cpns", want: none},
		{name: "id contact label", src: "---\nlang: id\n---\nListrik padam Minggu pukul 09.00–14.00 WITA. Info: PLN Mobile atau Contact Center 123.", want: none},
		{name: "id contact number", src: "---\nlang: id\n---\nAir mati sementara Kamis malam. Pengaduan: WhatsApp 0811-6000-123.", want: none},
		{name: "id readers can", src: "---\nlang: id\n---\nMobil tangki datang pukul 07.00. Warga bisa menyiapkan ember di titik distribusi RW.", want: none},
		{name: "id readers asked", src: "---\nlang: id\n---\nBandara tutup 24 jam saat Nyepi. Penumpang dimohon mengecek jadwal penerbangan ke maskapai.", want: none},
		{name: "id invitation to an event", src: "---\nlang: id\n---\nPemerintah Kota Manado mengundang seluruh warga untuk mengikuti doa bersama di Lapangan Sparta.", want: none},
		{name: "id the account's own appeal", src: "---\nlang: id\n---\nKPAI mengecam kekerasan terhadap anak. Kami meminta warganet tidak menyebarkan identitas korban.", want: none},
		// Indonesian traps: nouns, negations, reported speech, pasted hoaxes.
		{name: "id daftar as a list", src: "---\nlang: id\n---\nDaftar korban kecelakaan bus yang dirawat di RSUD Subang.",
			want: []string{"info Daftar korban kecelakaan bus yang dirawat di RSUD Subang."}},
		{name: "id kan-shaped noun", src: "---\nlang: id\n---\nTindakan tegas diambil petugas terhadap 43 lapak.",
			want: []string{"info Tindakan tegas diambil petugas terhadap 43 lapak."}},
		{name: "id prefixed kan word", src: "---\nlang: id\n---\nBerdasarkan data BPS, inflasi turun. Pendidikan gratis berlanjut tahun ini.",
			want: []string{"info Pendidikan gratis berlanjut tahun ini."}},
		{name: "id apology", src: "---\nlang: id\n---\nListrik padam Minggu siang. Mohon maaf atas ketidaknyamanannya.",
			want: []string{"info Mohon maaf atas ketidaknyamanannya."}},
		{name: "id no longer needed", src: "---\nlang: id\n---\nIzin bangunan kini daring. Pemohon tidak perlu lagi datang ke kantor.",
			want: []string{"info Pemohon tidak perlu lagi datang ke kantor."}},
		{name: "id leader's appeal reported", src: "---\nlang: id\n---\nBupati membuka rapat. Bupati berharap warga dapat menjaga kebersihan sungai.",
			want: []string{"info Bupati berharap warga dapat menjaga kebersihan sungai."}},
		{name: "id count after a service word", src: "---\nlang: id\n---\nRuang hemodialisis baru dibuka. Kapasitas layanan menjadi 120 pasien per hari.",
			want: []string{"info Kapasitas layanan menjadi 120 pasien per hari."}},
		{name: "id source link", src: "---\nlang: id\n---\nAngka kemiskinan turun.\nSumber: https://bps.go.id/rilis",
			want: []string{"info Sumber: https://bps.go.id/rilis"}},
		{name: "id pasted hoax", src: "---\nlang: id\n---\nIsi pesan:\nCepat lunasi sekarang!! SEBARKAN KE SEMUA GRUP!!\nPenjelasan: OJK tidak pernah mengeluarkan kebijakan itu.",
			want: []string{"info Penjelasan: OJK tidak pernah mengeluarkan kebijakan itu."}},
		{name: "id fact check label", src: "---\nlang: id\n---\nCek Fakta: video banjir itu rekaman tahun 2019.",
			want: []string{"info Cek Fakta: video banjir itu rekaman tahun 2019."}},
		// English imperatives.
		{name: "en labelled link", src: "---\nlang: en\n---\nAdults need 150 minutes of activity a week.\nRead the guidelines: https://www.who.int/publications/x", want: none},
		{name: "en share with friends", src: "---\nlang: en\n---\nJoin the beach clean-up on Sunday.\nShare this with your family and friends now!", want: none},
		{name: "en after a condition", src: "---\nlang: en\n---\nDimas, 9, was last seen at Kuta Beach. If you see him, tell the nearest police officer.", want: none},
		{name: "en after a semicolon", src: "---\nlang: en\n---\nBike-share stations open today. The first 30 minutes are free; scan the QR code to start.", want: none},
		{name: "en link after a pointing word", src: "---\nlang: en\n---\nPassport renewal is by appointment only. Appointments can be booked at https://kemlu.go.id/sydney", want: none},
		{name: "en contact number", src: "---\nlang: en\n---\nDimas, 9, was last seen at Kuta Beach. Kuta Police hotline: 0361-751598.", want: none},
		{name: "en readers asked", src: "---\nlang: en\n---\nTwo men were arrested on Sunday. Anyone with CCTV footage from Jalan Legian is asked to contact the police on 110.", want: none},
		{name: "en readers can", src: "---\nlang: en\n---\nFour new labs opened at SMA Negeri 8. Teachers can book lab sessions through the city portal.", want: none},
		{name: "en invitation", src: "---\nlang: en\n---\nThe city invites residents to a public hearing on the new bus routes.", want: none},
		// English traps.
		{name: "en noun share", src: "---\nlang: en\n---\nShare of households with piped water rose to 80% in 2025.",
			want: []string{"info Share of households with piped water rose to 80% in 2025."}},
		{name: "en noun tap water", src: "---\nlang: en\n---\nTap water in Ubung is safe to drink again.",
			want: []string{"info Tap water in Ubung is safe to drink again."}},
		{name: "en heading call for papers", src: "---\nlang: en\n---\nCall for papers: the conference on coastal cities takes place in August.",
			want: []string{"info Call for papers: the conference on coastal cities takes place in August."}},
		{name: "en no longer needed", src: "---\nlang: en\n---\nPermits are now online. Applicants no longer need to visit the office.",
			want: []string{"info Applicants no longer need to visit the office."}},
		{name: "en please be informed", src: "---\nlang: en\n---\nPlease be informed that the office is closed on Friday.",
			want: []string{"info Please be informed that the office is closed on Friday."}},
		{name: "en source link", src: "---\nlang: en\n---\nTourist arrivals reached 5.9 million.\nSource: https://bps.go.id/arrivals",
			want: []string{"info Source: https://bps.go.id/arrivals"}},
		{name: "en pasted hoax", src: "---\nlang: en\n---\nViral message:\nFORWARD THIS TO EVERYONE IN YOUR CONTACTS!!\nOur check: there is no such rule.",
			want: []string{"info Our check: there is no such rule."}},
		{name: "en quoted imperative", src: "---\nlang: en\n---\nThe scam text says \"Click the link to claim your prize.\" The messages come from unknown numbers.",
			want: []string{"info The messages come from unknown numbers."}},
	})
}

func TestCtaListIsExtendable(t *testing.T) {
	src := "Layanan KTP-el kini buka sampai pukul 15.00 dan petugas meminta warga isi survei kepuasan di loket."
	if got := checkDraft(t, &CtaMissing{}, src); len(got) != 1 {
		t.Fatalf("without the extra phrase the post should have no call to action, got %v", describe(src, got))
	}
	lex, err := NewLexicon(Extra{"id": {"cta": {"isi survei", "pesan lewat WhatsApp"}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := lintWithLexicon(t, lex, &CtaMissing{}, src, "id"); len(got) != 0 {
		t.Errorf("[words.id] cta should make \"isi survei\" a call to action, got %v", describe(src, got))
	}
}

// lintWithLexicon runs a rule that is not per-platform over a Markdown
// draft with the given word lists and language, for tests of [words.<lang>]
// extensions.
func lintWithLexicon(t *testing.T, lex *Lexicon, r Rule, src, lang string) []lint.Finding {
	t.Helper()
	p := draft.Parse("post.md", draft.FormatMarkdown, []byte(src), draft.Options{})[0]
	langs := []string{lang}
	if lang == "" {
		langs = []string{i18n.ID, i18n.EN}
	}
	pass := NewPass(p, nil, "text", lang, NewAnalysis(p.Text, lex, langs), r.Doc())
	r.Check(pass)
	return pass.Findings()
}

// pastedBlocksRef is pastedBlocks as first written, reading every line of
// a post without a colon too; the oracle of TestPastedBlocksSameAsBefore.
func pastedBlocksRef(a *Analysis) []prose.Span {
	text := a.Text
	var labels []LexMatch
	labelsFound := false // labels are matched once a line may be a label
	var out []prose.Span
	open := -1
	for off := 0; off < len(text); {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := strings.TrimSpace(text[off:end])
		if open >= 0 && (line == "" || startsWithLabel(line)) {
			out = append(out, prose.Span{Start: open, End: off})
			open = -1
		}
		if open < 0 && strings.HasSuffix(line, ":") && len(prose.Words(line)) <= 4 {
			if !labelsFound {
				labels, labelsFound = a.Match(listPastedMessageLabels), true
			}
			i := sort.Search(len(labels), func(i int) bool { return labels[i].Start >= off })
			if i < len(labels) && labels[i].End <= end {
				open = min(end+1, len(text))
			}
		}
		off = end + 1
	}
	if open >= 0 && open < len(text) {
		out = append(out, prose.Span{Start: open, End: len(text)})
	}
	return out
}

// TestPastedBlocksSameAsBefore compares pastedBlocks with its first form
// on random posts of labels, lines and blank lines, with and without
// colons.
func TestPastedBlocksSameAsBefore(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(51, 53))
	pieces := []string{"Isi pesan:\n", "Viral message:\n", "\nPenjelasan: hoaks\n", "Our check: ", ":", " ", "\n", "\n\n", "SEBARKAN!!", "Bagikan ke grup", "warga", "https://a.id/x"}
	found := 0
	for range 4000 {
		var b strings.Builder
		for range 1 + r.IntN(14) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		a := NewAnalysis(text, lex, []string{i18n.ID, i18n.EN})
		got, want := pastedBlocks(a), pastedBlocksRef(a)
		if !slices.Equal(got, want) {
			t.Fatalf("pastedBlocks(%q) = %v, want %v", text, got, want)
		}
		found += len(want)
	}
	if found == 0 {
		t.Fatal("the random posts hold no pasted message")
	}
}

// kanShapeRef is kanShape as first written, folding every word; the
// oracle of TestKanShapeSameAsBefore.
func (s *ctaScan) kanShapeRef(start int) bool {
	w, ok := wordAt(s.a, start)
	if !ok {
		return false
	}
	word := prose.FoldString(w)
	if base, ok := strings.CutSuffix(word, "lah"); ok && len(base) >= 3 {
		if listSet(s.a, listImperativeVerbs, []string{i18n.ID}).Has(base) {
			return true
		}
		word = base
	}
	if !strings.HasSuffix(word, "kan") || utf8.RuneCountInString(word) < 6 {
		return false
	}
	for _, prefix := range []string{"me", "di", "ber", "ter", "pe", "ke"} {
		if strings.HasPrefix(word, prefix) {
			return listSet(s.a, listImperativeVerbs, []string{i18n.ID}).Has(word)
		}
	}
	return !listSet(s.a, listImperativeExceptions, []string{i18n.ID}).Has(word)
}

// TestKanShapeSameAsBefore compares kanShape with its first form at every
// word of random posts of -kan and -lah words in several spellings.
func TestKanShapeSameAsBefore(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(61, 67))
	words := []string{"Bagikan", "BAGIKAN", "bagikan", "Pisahkan", "Laporkanlah", "Datanglah", "DATANGLAH", "Berikan", "Menyampaikan", "Kebijakan",
		"Tindakan", "Pekan", "kan", "lah", "Ka", "Bagi\u00adkan", "Ｂagikan", "Daftarlah", "Warga", "Mohon", "é", "Segeralah"}
	found := 0
	for range 3000 {
		var b strings.Builder
		for k := range 1 + r.IntN(8) {
			if k > 0 {
				b.WriteString([]string{" ", ". ", "\n", ": "}[r.IntN(4)])
			}
			b.WriteString(words[r.IntN(len(words))])
		}
		text := b.String()
		a := NewAnalysis(text, lex, []string{i18n.ID, i18n.EN})
		s := newCtaScan(a, []string{i18n.ID, i18n.EN})
		for _, w := range a.Words() {
			got, want := s.kanShape(w.Start), s.kanShapeRef(w.Start)
			if got != want {
				t.Fatalf("kanShape(%q at %d) = %v, want %v", text, w.Start, got, want)
			}
			found += btoi(want)
		}
	}
	if found == 0 {
		t.Fatal("the random posts hold no -kan imperative")
	}
}

// questionRef is question as first written, reading every sentence; the
// oracle of TestQuestionSameAsBefore.
func (s *ctaScan) questionRef() bool {
	for _, sent := range s.a.Sentences() {
		q := finalQuestionMark(s.a.Text[sent.Start:sent.End])
		if q >= 0 && s.own(sent.Start+q, sent.Start+q+1) {
			return true
		}
	}
	return false
}

// TestQuestionSameAsBefore compares question with its first form on
// random posts with and without question marks, quoted or not.
func TestQuestionSameAsBefore(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(89, 97))
	pieces := []string{"Ada pertanyaan", "?", "？", "!", ".", " ", "\n", "“Kenapa?”", "🙂", ")", "warga", "Sudah daftar"}
	var seen [2]bool
	for range 3000 {
		var b strings.Builder
		for range 1 + r.IntN(10) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		a := NewAnalysis(text, lex, []string{i18n.ID, i18n.EN})
		s := newCtaScan(a, []string{i18n.ID, i18n.EN})
		got, want := s.question(), s.questionRef()
		if got != want {
			t.Fatalf("question(%q) = %v, want %v", text, got, want)
		}
		seen[btoi(want)] = true
	}
	if !seen[0] || !seen[1] {
		t.Fatalf("the random posts gave one answer only: %v", seen)
	}
}
