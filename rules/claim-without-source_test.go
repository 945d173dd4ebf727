package rules

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/postlint/postlint/prose"
)

func newClaimWithoutSource() Rule {
	return &ClaimWithoutSource{Statistics: true, Appeals: true, Cures: true}
}

func TestClaimWithoutSource(t *testing.T) {
	runCases(t, newClaimWithoutSource, []ruleCase{
		{name: "id miracle cure is a health warning", src: "Rebusan daun sirsak menyembuhkan kanker dalam dua minggu.", want: []string{"warning menyembuhkan"}},
		{name: "id appeal plus statistic reports the first", src: "Menurut penelitian, 80 persen warga kekurangan vitamin D.", want: []string{"info Menurut penelitian"}},
		{name: "id health statistic", src: "Kasus DBD naik 30% bulan ini.", want: []string{"warning 30%"}},
		{name: "id other statistic is info", src: "Jumlah wisatawan naik 15,5 persen dibanding tahun lalu.", want: []string{"info 15,5 persen"}},
		{name: "id named institution is a source", src: "Menurut BMKG, curah hujan naik 20 persen pekan ini.", want: nil},
		{name: "id data BPS", src: "Angka kemiskinan turun 2 persen, data BPS Maret 2026.", want: nil},
		{name: "id Kemenkes anywhere", src: "Vaksin campak 100% aman untuk anak. Kemenkes mengimbau orang tua membawa anaknya ke posyandu.", want: nil},
		{name: "id sumber label", src: "Kasus DBD naik 30% bulan ini.\n\nSumber: Dinas Kesehatan Kota", want: nil},
		{name: "id menurut a named person", src: "Menurut Kepala Dinas Pertanian, panen naik 12 persen.", want: nil},
		{name: "id menurut para ahli is no source", src: "Menurut para ahli, jamu ini ampuh menurunkan gula darah.", want: []string{"warning Menurut para ahli"}},
		{name: "id link is a source", src: "Kasus DBD naik 30% bulan ini. Data lengkap: https://dinkes.example.go.id/dbd", want: nil},
		{name: "id a shortened link is no source", src: "Kasus DBD naik 30% bulan ini. Info: https://bit.ly/dbd2026", want: []string{"warning 30%"}},
		{name: "id s.id is no source", src: "Kasus DBD naik 30% bulan ini. Info: s.id/dbd", want: []string{"warning 30%"}},
		{name: "id discount is not a claim", src: "Diskon 50% untuk semua produk UMKM binaan sampai Minggu!", want: nil},
		{name: "id negated cure is not a claim", src: "Belum ada obat yang menyembuhkan rabies, jadi vaksinasi hewan peliharaan Anda.", want: nil},
		{name: "id weak cure word without a health term", src: "Strategi ampuh jualan online untuk UMKM.", want: nil},
		{name: "id weak cure word with a health term", src: "Ramuan ini ampuh untuk asam urat.", want: []string{"warning ampuh"}},
		{name: "id hashtag is not a named source", src: "Jamu ini menyembuhkan diabetes. #Kemenkes", want: []string{"warning menyembuhkan"}},
		{name: "id COVID-19 is not a percentage", src: "Vaksin COVID-19 tersedia di puskesmas.", want: nil},
		{name: "en studies show", src: "Studies show that walking 10,000 steps a day adds years to your life.", want: []string{"info Studies show"}},
		{name: "en cures", src: "This herbal tea cures diabetes.", want: []string{"warning cures"}},
		{name: "en no cure is not a claim", src: "There is no cure for rabies, so vaccinate your dog.", want: nil},
		{name: "en lower-case who is not the WHO", src: "People who walk daily are 30% less likely to catch the flu.", want: []string{"warning 30%"}},
		{name: "en according to the WHO", src: "According to the WHO, 30% of adults do not move enough.", want: nil},
		{name: "en according to a name", src: "Enrolment rose 12 percent, according to Statistics Indonesia.", want: nil},
		{name: "en off is a price", src: "Get 20% off all batik this weekend.", want: nil},
		{name: "id statistic in a news headline reports an event", src: "Proyek Kereta Cepat Jakarta-Bandung Rampung 32 Persen", want: nil},
		{name: "id injury figure in a news headline", src: "4 Korban Laka Maut Tol Cipularang Sulit Dikenali karena Luka Bakar hingga 60 Persen", want: nil},
		{name: "id health statistic in a headline is still a claim", src: "Minum Air Kelapa Tiap Pagi, 90% Kanker Hilang dalam Sebulan", want: []string{"warning 90%"}},
		{name: "en health statistic in a headline is still a claim", src: "Lemon Water Every Morning Cuts Cancer Risk By 90%", want: []string{"warning 90%"}},
		{name: "id statistic in running text is still a claim", src: "Kasus DBD di kota ini naik 30% dan warga diminta waspada.", want: []string{"warning 30%"}},
		{name: "id speaker label names the source", src: "Menperin: Esemka Pakai 62 Persen Komponen Dalam Negeri. Produksi dimulai bulan depan.", want: nil},
		{name: "id ordinary words before a colon are no speaker", src: "Info penting: 90 persen warga kekurangan vitamin D, segera minum suplemen.", want: []string{"info 90 persen"}},
		{name: "id name before a reporting verb", src: "Kepala BNN sebut peredaran narkoba 90% dikendalikan dari lapas.", want: nil},
		{name: "id vague subject before a reporting verb", src: "Warga sebut 90% air sumur tercemar bakteri.", want: []string{"info 90%"}},
		{name: "id one hundred percent is an intensifier", src: "Pendaftaran 100% gratis, tanpa pungutan apa pun.", want: nil},
		{name: "id a cure promised 100% is still a cure claim", src: "Ramuan ini 100% menyembuhkan diabetes.", want: []string{"warning menyembuhkan"}},
		{name: "id a named publication", src: "Kadar air garam turun hingga 3,2 persen. Riset ini dipublikasikan di Jurnal Rekayasa Mesin.", want: nil},
		{name: "id appeal in a headline is still reported", src: "Penelitian Membuktikan, Kebahagiaan Istri Tentukan Keutuhan Pernikahan", want: []string{"info Penelitian Membuktikan"}},
		{name: "en statistic in a news headline", src: "Unemployment Rate Falls To 4.8% In February", want: nil},
		{name: "en of is not the exempt off", src: "Only 11% of Jakarta's plastic waste gets recycled. The rest ends up in rivers.", want: []string{"info 11%"}},
		{name: "en off still exempts a price", src: "Get 20% off all tickets this weekend.", want: nil},
		{name: "en name before a reporting verb", src: "Central Bank Predicts 5% Growth For 2027 As Exports Recover.", want: nil},
		{name: "en a named publication", src: "Dengue cases fell 40 percent, in a study published in The Lancet this week.", want: nil},
	})
}

func TestClaimWithoutSourceOptions(t *testing.T) {
	src := "Jumlah wisatawan naik 15 persen."
	if fs := checkDraft(t, &ClaimWithoutSource{Statistics: true, HealthOnly: true}, src); len(fs) != 0 {
		t.Errorf("health_only should drop non-health claims: %v", describe(src, fs))
	}
	if fs := checkDraft(t, &ClaimWithoutSource{Appeals: true, Cures: true}, src); len(fs) != 0 {
		t.Errorf("statistics = false should drop percentages: %v", describe(src, fs))
	}
}

// statisticRe is the expression appendStatistics implements: the oracle
// of the tests below.
var statisticRe = regexp.MustCompile(`(?i)\d+(?:[.,]\d+)?\s?(?:%|persen|percent|per cent)`)

// statisticPieces build texts near the edges of the expression: decimal
// parts, every kind of space, the units in any case and cut short, and
// the case folds of s and k outside ASCII.
var statisticPieces = []string{"1", "23", "4,5", "6.7", ".", ",", " ", "\t", "\n", "\v", "\f", "\r", "\u00a0",
	"%", "persen", "PERSEN", "Percent", "per cent", "PER CENT", "per  cent", "pe", "r", "p", "er", "s", "S", "en",
	"sen", "cent", "CENT", "c", "ſ", "\u212a", "é", "kasus", "naik", "P", "E", "R", "ﬀ", "\xff", "0"}

func TestAppendStatisticsSameAsRegexp(t *testing.T) {
	check := func(text string) {
		t.Helper()
		got := appendStatistics(nil, text)
		var want [][2]int
		for _, m := range statisticRe.FindAllStringIndex(text, -1) {
			want = append(want, [2]int{m[0], m[1]})
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%q: appendStatistics %v, the expression %v", text, got, want)
		}
	}
	for _, text := range []string{"", "50%", "50 %", "50\t%", "50\v%", "1.5 persen", "1,5 PERSEN", "2.3.4%", "1..5%",
		"12,5,5%", "10 per cent", "10 per  cent", "10 perſen", "10 perSen", "7percentage", "99.%", "a1%b2 percent"} {
		check(text)
	}
	r := rand.New(rand.NewPCG(31, 32))
	for range 100000 {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(statisticPieces[r.IntN(len(statisticPieces))])
		}
		check(b.String())
	}
}

func FuzzAppendStatistics(f *testing.F) {
	for _, p := range statisticPieces {
		f.Add("12 " + p)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := appendStatistics(nil, text)
		want := statisticRe.FindAllStringIndex(text, -1)
		if len(got) != len(want) {
			t.Fatalf("%q: appendStatistics %v, the expression %v", text, got, want)
		}
		for i := range got {
			if got[i][0] != want[i][0] || got[i][1] != want[i][1] {
				t.Fatalf("%q: appendStatistics %v, the expression %v", text, got, want)
			}
		}
	})
}

// mayHoldStatistic turns a sentence away only when the pattern finds
// nothing in it.
func TestMayHoldStatisticKeepsMatches(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	pieces := []string{"1", "23", "4,5", "6.7", " ", "%", "persen", "PERSEN", "Percent", "per cent", "pe", "r", "p",
		"er", "ſ", "\u212a", "é", "kasus", "naik", "P", "E", "R", "ﬀ", "\xff"}
	for range 50000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		if statisticRe.FindStringIndex(text) != nil && !mayHoldStatistic(text) {
			t.Fatalf("%q holds a statistic, but mayHoldStatistic says no", text)
		}
	}
}

// speakerLabelRef is speakerLabel as it was first written, reading every
// line; it is the oracle of TestSpeakerLabelSameAsBefore.
func speakerLabelRef(a *Analysis) bool {
	labels := labelSpans(a)
	off := 0
	for off < len(a.Text) {
		ls := lineSpanAt(a.Text, off)
		if colon := strings.IndexByte(a.Text[ls.Start:ls.End], ':'); colon > 0 {
			head := prose.Span{Start: ls.Start, End: ls.Start + colon}
			ws := trustWordsIn(a, head)
			name := false
			ok := len(ws) >= 1 && len(ws) <= 4 && !overlapsSorted(labels, head.Start, head.End)
			for _, w := range ws {
				word := a.Text[w.Start:w.End]
				if !isTitleWord(word) && !prose.IsUpperWord(word) {
					ok = false
					break
				}
				if !ordinaryWord(a, word) && !a.lexicon.inList(listSourceVague, word) {
					name = true
				}
			}
			if ok && name && len(ws) > 0 && ws[0].Start-ls.Start <= 4 {
				return true
			}
		}
		off = ls.End + 1
	}
	return false
}

// TestSpeakerLabelSameAsBefore compares speakerLabel with its first form
// on random posts of names, ordinary words, colons and line breaks.
func TestSpeakerLabelSameAsBefore(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(31, 37))
	pieces := []string{"Menperin", "Survei", "BI", "BMKG", "Cek", "Fakta", "Info", "Penting", "WARNING", "HOAKS", "Kata", "warga",
		"banjir", "Budi", "Santoso", "Dirjen", "PAS", "Sumber", ":", ": ", " ", " ", " ", "\n", "\n\n", "\r\n", "https://x.id/a:b", "#Info", "@humas", "–", "1"}
	var seen [2]bool // both answers must come up
	for range 3000 {
		var b strings.Builder
		for range 1 + r.IntN(14) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		a := NewAnalysis(text, lex, nil)
		got, want := speakerLabel(a), speakerLabelRef(a)
		if got != want {
			t.Fatalf("speakerLabel(%q) = %v, want %v", text, got, want)
		}
		seen[btoi(want)] = true
	}
	if !seen[0] || !seen[1] {
		t.Fatalf("the random posts gave one answer only: %v", seen)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
