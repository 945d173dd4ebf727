package rules

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/prose"
)

func TestHookTitleChain(t *testing.T) {
	newRule := func() Rule { return &HookTitleChain{MinTitles: 2, NameRun: 60} }
	kadis := "Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya, Dr. H. Ahmad Yani, S.Sos., M.Si. menghadiri peluncuran layanan KTP-el satu jam di Balai Kota."
	runCases(t, newRule, []ruleCase{
		{name: "id titles and a long name run", src: kadis, platforms: []string{"instagram"},
			want: []string{"warning[instagram] Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya, Dr. H. Ahmad Yani, S.Sos., M.Si."}},
		{name: "id degrees after a comma without periods", src: "Bambang Dwi Anggono, SE, MM, CEH membuka pelatihan keamanan siber untuk pelaku UMKM.",
			platforms: []string{"facebook"}, want: []string{"warning[facebook] SE, MM, CEH"}},
		{name: "id degree not in the list", src: "Apt. Rina Wulandari, S.Farm., M.Kes. menjelaskan cara minum obat yang benar.",
			platforms: []string{"facebook"}, want: []string{"warning[facebook] S.Farm., M.Kes."}},
		{name: "id Dr. Budi alone is one title", src: "Dr. Budi Santoso membuka layanan konsultasi gizi gratis untuk ibu hamil di semua puskesmas.",
			platforms: []string{"instagram"}, want: nil},
		{name: "id dr. lowercase and Dr. are each one title", src: "Layanan gigi gratis bersama drg. Sinta dibuka Senin. Informasi: Dr. Budi.",
			platforms: []string{"instagram"}, want: []string{"warning[instagram] drg. Sinta dibuka Senin. Informasi: Dr."}},
		{name: "id institution run after a dateline", src: "Selasa (2/4), Asisten Deputi Hubungan Masyarakat Kementerian Sekretariat Negara menerima kunjungan tim Facebook Indonesia.",
			platforms: []string{"instagram"}, want: []string{"warning[instagram] Asisten Deputi Hubungan Masyarakat Kementerian Sekretariat Negara"}},
		{name: "id dateline inside the body is fine", src: "KTP-el kini bisa dicetak Sabtu di semua kecamatan.\n\nSelasa (2/4), Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya meninjau loket.",
			platforms: []string{"instagram"}, want: nil},
		{name: "id short subject then verb", src: "Pemerintah Kota Surabaya membuka layanan KTP-el hari Sabtu di semua kecamatan.", platforms: []string{"instagram"}, want: nil},
		{name: "id titles past the fold do not count", src: strings.Repeat("Warga kini bisa mencetak KTP-el di kecamatan. ", 3) + "Narasumber: Prof. Dr. Ir. H. Joko, M.Eng.",
			platforms: []string{"instagram"}, want: nil},
		{name: "id initials are not titles", src: "Bandara B. J. Habibie kini melayani rute baru ke Makassar.", platforms: []string{"instagram"}, want: nil},
		{name: "en minister with titles", src: "The Minister of State Secretariat, Prof. Dr. Pratikno, M.Soc.Sc., attended the launch of the new public service mall.",
			platforms: []string{"linkedin"}, want: []string{"warning[linkedin] The Minister of State Secretariat, Prof. Dr. Pratikno, M.Soc.Sc."}},
		{name: "en long institution name", src: "The Department of Population and Civil Registration of the City of Surabaya announced Saturday opening hours.",
			platforms: []string{"facebook"}, want: []string{"warning[facebook] The Department of Population and Civil Registration of the City of Surabaya"}},
		{name: "en news first", src: "Residents can now renew ID cards on Saturdays, Mayor Eri Cahyadi said.", platforms: []string{"facebook"}, want: nil},
		// A chain of officials joined by "didampingi" / "accompanied by".
		{name: "id officials joined by didampingi", src: "Menteri Koperasi dan UKM, didampingi Sekretaris Kementerian dan Deputi Bidang Usaha Mikro, menerima audiensi pengurus asosiasi pedagang pasar.",
			platforms: []string{"facebook"}, want: []string{"warning[facebook] Menteri Koperasi dan UKM, didampingi Sekretaris Kementerian dan Deputi Bidang Usaha Mikro"}},
		{name: "en officials joined by accompanied by", src: "The Minister of Health, accompanied by the Deputy Minister and the Secretary General, received a courtesy call from the WHO.",
			platforms: []string{"facebook"}, want: []string{"warning[facebook] The Minister of Health, accompanied by the Deputy Minister and the Secretary General"}},
		// Title Case headings are not names.
		{name: "id Title Case heading on its own line", src: "Pelayanan Administrasi Kependudukan Kota Bandung Tetap Buka Setiap Hari Sabtu\nWarga kini bisa mengurus KTP-el tanpa antre.",
			platforms: []string{"facebook"}, want: nil},
		{name: "id Title Case heading without an office", src: "Pelayanan Administrasi Kependudukan Hari Sabtu Minggu Ini Bagi Warga Lansia\nWarga kini bisa mengurus KTP-el tanpa antre.",
			platforms: []string{"facebook"}, want: nil},
		{name: "id heading words before a lower-case word", src: "Pelayanan Administrasi Kependudukan Dinas Dukcapil Kota Bandung Tetap Buka mulai pekan depan di semua kecamatan.",
			platforms: []string{"facebook"}, want: nil},
		{name: "id clickbait heading ending at a number", src: "Ternyata Ini Rahasia Orang Jepang Tetap Langsing Walau Makan Nasi Setiap Hari, Nomor 3 Bikin Kaget",
			platforms: []string{"facebook"}, want: nil},
		{name: "en Title Case headline", src: "City Hall Opens On Saturdays For ID Card Services In All Five Districts Of Surabaya\nResidents can now renew cards on weekends.",
			platforms: []string{"facebook"}, want: nil},
		{name: "en venue name is not a chain of officials", src: "Jakarta International Velodrome Rawamangun Sports Complex East Jakarta hosts the national track cycling finals.",
			platforms: []string{"facebook"}, want: nil},
		{name: "x has no fold", src: kadis, platforms: []string{"x"}, want: nil},
		{name: "hashtags are not names", src: "#PemerintahKotaSurabaya #DinasKependudukanDanPencatatanSipil #LayananPublik buka Sabtu.", platforms: []string{"facebook"}, want: nil},
	})
	fs := checkDraft(t, newRule(), kadis, "instagram")
	if len(fs) != 1 || !strings.Contains(fs[0].Message.EN, "4 titles (Dr. H. S.Sos. M.Si.)") || !strings.Contains(fs[0].Message.ID, "linimasa hanya menampilkan 125 karakter") {
		t.Errorf("message = %+v", fs)
	}
	if fs := checkDraft(t, &HookTitleChain{MinTitles: 0, NameRun: 0}, kadis, "instagram"); len(fs) != 0 {
		t.Errorf("both thresholds off should silence the rule: %+v", fs)
	}
	if err := (&HookTitleChain{MinTitles: -1}).Validate(); err == nil {
		t.Error("negative min_titles should be rejected")
	}
}

// TestIsTitleSameAsStrings checks isTitle, which strips and folds the
// candidate in buffers and filters it by shape, against the version that
// built the dotless candidate as a string and looked every one up, on every listed title in several spellings, with
// letters outside ASCII and a combining mark, and on the words of the
// test posts.
func TestIsTitleSameAsStrings(t *testing.T) {
	for _, extra := range []Extra{nil, {i18n.ID: {"title-tokens": {"Kompol.", "S.Ag", "Dr"}}, i18n.EN: {"title-tokens": {"Rev."}}}} {
		lex, err := NewLexicon(extra)
		if err != nil {
			t.Fatal(err)
		}
		if prebuilt := titleEntries(lex).titleTable == &builtinTitleTable; prebuilt != (extra == nil) {
			t.Errorf("%v: built-in title table used = %v", extra, prebuilt)
		}
		testIsTitleSameAsStrings(t, lex)
	}
}

// titleEntryMap is what titleEntries indexed the titles in before it read
// a table: a map by folded, dot-less form.
func titleEntryMap(lex *Lexicon) map[string][]titleEntry {
	entries := map[string][]titleEntry{}
	for _, lang := range bothLangs {
		for _, e := range lex.Entries("title-tokens", lang) {
			dl := strings.ReplaceAll(e.Phrase, ".", "")
			te := titleEntry{phrase: e.Phrase, dotless: dl, dotted: strings.Contains(e.Phrase, "."),
				internal: strings.Contains(strings.TrimSuffix(e.Phrase, "."), ".")}
			key := prose.FoldString(dl)
			entries[key] = append(entries[key], te)
		}
	}
	return entries
}

func testIsTitleSameAsStrings(t *testing.T, lex *Lexicon) {
	entries, want := titleEntries(lex), titleEntryMap(lex)
	for key, titles := range want {
		if got := entries.lookup([]byte(key)); !slices.Equal(got, titles) {
			t.Errorf("lookup(%q) = %v, want %v", key, got, titles)
		}
	}
	var cands []string
	for _, lang := range bothLangs {
		for _, e := range lex.Entries("title-tokens", lang) {
			p := e.Phrase
			dl := strings.ReplaceAll(p, ".", "")
			cands = append(cands, p, dl, dl+".", strings.ToUpper(p), strings.ToLower(p), strings.ToUpper(dl),
				p+"é", "É"+p, dl+"e\u0301", "."+p, strings.ReplaceAll(p, ".", ".."), p+"\u212a")
		}
	}
	for _, p := range viewTestPosts(t) {
		cands = append(cands, strings.Fields(p.Text)...)
	}
	cands = append(cands, "", ".", "..", "Drs.é", "H.\u0301", "İr.", "ß.", "D1", "1r", "dR-", "Dr-Ir", "Doktoranda", "pRoF.")
	// Every word of up to 4 letters from the first letters of the keys
	// and a few others, which the shape filter must not rule out wrongly.
	letters := "dhimprsabckz"
	var words func(prefix string, n int)
	words = func(prefix string, n int) {
		if prefix != "" {
			cands = append(cands, prefix, prefix+".", strings.ToUpper(prefix))
		}
		if n == 0 {
			return
		}
		for _, c := range letters {
			words(prefix+string(c), n-1)
		}
	}
	words("", 4)
	for _, c := range cands {
		for _, afterComma := range []bool{false, true} {
			for _, capNext := range []bool{false, true} {
				if got, want := isTitle(c, entries, afterComma, capNext), isTitleStrings(c, want, afterComma, capNext); got != want {
					t.Fatalf("isTitle(%q, %v, %v) = %v, the string version %v", c, afterComma, capNext, got, want)
				}
			}
		}
	}
	t.Logf("%d candidates compared", len(cands))
}

// isTitleStrings is isTitle as it was before it worked in buffers.
func isTitleStrings(cand string, entries map[string][]titleEntry, afterComma, capNext bool) bool {
	dotless := strings.ReplaceAll(cand, ".", "")
	hasDot := dotless != cand
	for _, e := range entries[prose.FoldString(dotless)] {
		switch {
		case !e.dotted:
			if dotless == e.dotless {
				return true
			}
		case utf8.RuneCountInString(e.dotless) == 1:
			if cand == e.phrase {
				return true
			}
		case hasDot:
			if titleStartsUpper(cand) == titleStartsUpper(e.phrase) {
				return true
			}
		case e.internal && afterComma:
			if dotless == e.dotless || strings.EqualFold(dotless, e.dotless) && prose.IsUpperWord(dotless) {
				return true
			}
		case !e.internal && capNext:
			if dotless == e.dotless {
				return true
			}
		}
	}
	return false
}

// postNominalRe is the expression isPostNominal implements: the oracle of
// the tests below.
var postNominalRe = regexp.MustCompile(`^(?:[SMD]|Sp)\.(?:[A-Z][A-Za-z]{0,4}\.?)+$`)

func checkIsPostNominal(t *testing.T, s string) {
	t.Helper()
	if got, want := isPostNominal(s), postNominalRe.MatchString(s); got != want {
		t.Fatalf("isPostNominal(%q) = %v, the expression %v", s, got, want)
	}
}

func TestIsPostNominalSameAsRegexp(t *testing.T) {
	for _, s := range []string{"", "S.", "S.Farm.", "M.Soc.Sc.", "Sp.PD", "D.Min.", "S.Farma", "S.Farmas", "S.FarmaS", "Sp.", "Sp..",
		"S..A", "S.A..", "S.aA", "X.A", "SpA", "S.Kom", "S.Kom.\n", "S.K\u00f6m", "s.Kom", "M.Soc.Sc.X.Yzzzz.", "D.ABCDEFGH"} {
		checkIsPostNominal(t, s)
	}
	// Every text of up to six of these pieces after each head.
	pieces := []string{"A", "S", "p", "a", "z", ".", "\xc3", "_"}
	for _, head := range []string{"S.", "M.", "D.", "Sp.", "S", "Sp", "P.", ""} {
		eachText(head, pieces, 6, func(s string) { checkIsPostNominal(t, s) })
	}
}

func FuzzIsPostNominal(f *testing.F) {
	for _, s := range []string{"S.Farm.", "M.Soc.Sc.", "Sp.PD", "D.Min.", "S.Farmas"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkIsPostNominal(t, s) })
}
