package rules

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

func TestHookDateline(t *testing.T) {
	runCases(t, func() Rule { return &HookDateline{} }, []ruleCase{
		{name: "id day and date", src: "Selasa (2/4), Asisten Deputi Humas menerima kunjungan Facebook Indonesia.", want: []string{"warning Selasa (2/4),"}},
		{name: "id Jumat with apostrophe", src: "Jum'at (5/4/2026) Wali Kota meninjau pasar.", want: []string{"warning Jum'at (5/4/2026)"}},
		{name: "id city and Humas", src: "JAKARTA, Humas – Pemerintah membuka pendaftaran CPNS.", want: []string{"warning JAKARTA, Humas –"}},
		{name: "id city dash", src: "SURABAYA – Jalan Tunjungan ditutup malam ini.", want: []string{"warning SURABAYA –"}},
		{name: "id city and long date", src: "Jakarta, 2 April 2026 – Kementerian meluncurkan aplikasi.", want: []string{"warning Jakarta, 2 April 2026 –"}},
		{name: "en on weekday", src: "On Monday, the Mayor opened the new terminal.", want: []string{"warning On Monday,"}},
		{name: "dateline later in the body is fine", src: "Terminal baru kini buka 24 jam.\n\nSelasa (2/4), Wali Kota meresmikannya.", want: nil},
		{name: "en news first", src: "The new terminal opens today: 40 routes, free Wi-Fi.", want: nil},
		{name: "acronym opener is not a dateline", src: "KTP-el kini bisa dicetak hari Sabtu.", want: nil},
		{name: "day name in a sentence", src: "Selasa ini pasar murah buka lagi di alun-alun.", want: nil},
	})
}

// TestDatelinePrefilters checks that each dateline pattern's pre-filter
// lets through texts the pattern matches, in any case the pattern allows.
func TestDatelinePrefilters(t *testing.T) {
	examples := [][]string{
		{"Selasa (2/4), kami", "SENIN (1/1)", "\u017fenin (1/1)", "\u212aamis (3/4)", "jum'at (5/4)", "ahad(7/4)"},
		{"JAKARTA, Humas – hari", "SURABAYA – hari", "ST. LOUIS - today", "DKI JAKARTA — kemarin"},
		{"Jakarta, 12 Maret 2025 - Pemkot", "Kota Baru, (3 MARET 2024)", "Surabaya,1 januari 2024"},
		{"On Monday, the mayor", "On Friday (6/4) we"},
		{"Selasa, 2 April 2024, Pemkot", "Jumat, 5 april", "Ahad,7 Mei"},
	}
	if len(examples) != len(datelinePatterns) || len(datelineMayStart) != len(datelinePatterns) {
		t.Fatal("one list of examples and one pre-filter per pattern")
	}
	for i, list := range examples {
		for _, text := range list {
			if datelineRes[i].FindStringIndex(text) == nil || datelinePatterns[i](text) < 0 {
				t.Errorf("pattern %d does not match %q", i, text)
			}
			if !datelineMayStart[i](text) {
				t.Errorf("pre-filter %d rules out %q", i, text)
			}
		}
	}
}

// datelineRes are the expressions datelinePatterns implement, in the same
// order: the oracle of the tests.
var datelineRes = []*regexp.Regexp{
	regexp.MustCompile(`^(?i:Senin|Selasa|Rabu|Kamis|Jum'?at|Jumat|Sabtu|Minggu|Ahad)\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*,?`),
	regexp.MustCompile(`^[A-Z][A-Z.' ]{2,}(?:,\s*[A-Z][A-Za-z .]*?)?\s*(?:\([A-Za-z]+\)\s*)?(?:[–—]|-{1,2}\s)`),
	regexp.MustCompile(`^[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*\(?\d{1,2}\s+(?i:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|January|February|March|May|June|July|August|October|December)\s+\d{4}\)?\s*[–—-]?`),
	regexp.MustCompile(`^On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s*\(\d{1,2}/\d{1,2}\))?,?`),
	regexp.MustCompile(`^(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad),\s*\d{1,2}\s+(?i:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)(?:\s+\d{4})?\s*,?`),
}

// checkDatelineScanners fails t unless every dateline scanner finds at
// the start of s what its expression finds.
func checkDatelineScanners(t *testing.T, s string) {
	t.Helper()
	for i, re := range datelineRes {
		want := -1
		if m := re.FindStringIndex(s); m != nil {
			want = m[1]
		}
		if got := datelinePatterns[i](s); got != want {
			t.Fatalf("%q, pattern %d: the scanner %d, the expression %d", s, i, got, want)
		}
	}
}

// datelineStarts open most of the random texts: the words the patterns
// start with, in other cases and with the letters that fold outside
// ASCII, places in capitals and capitalised words.
var datelineStarts = []string{"Senin", "SELASA", "rabu", "Kamis", "\u212aamis", "Jum'at", "jumat", "Jum'", "Sabtu", "\u017fabtu",
	"Minggu", "Ahad", "On ", "On", "on ", "JAKARTA", "SURABAYA", "ST. LOUIS", "DKI", "K", "KTP", "Jakarta", "Kota Baru",
	"Kota", "Bandung", "A'B", "O'BRIEN", "ABC DEF"}

// datelinePieces follow them: the patterns' words, digits, slashes,
// brackets, commas, dashes, white space (\v is not RE2's \s), months in
// any case and with long s and Kelvin sign, letters outside ASCII and
// invalid UTF-8.
var datelinePieces = []string{" ", "  ", "\t", "\n", "\v", "\r", ",", ", ", "(", ")", "/", "1", "12", "123", "2026", "20266", "26",
	"-", "--", "---", "- ", "– ", "—", "–", "Humas", "HUMAS", "humas", "(ANTARA)", "(Ant)", "()", ".", "'", "A", "a", "Z",
	"Januari", "januari", "MARET", "Mei", "Oktober", "o\u212atober", "De\u017fember", "Agustus", "agu\u017ftus", "May", "June",
	"March", "December", "April", "Monday", "Friday", "Sunday", "Mondays", "Monday_", "(6/4)", "(12/10/2025)", "(1/2/3)",
	"é", "日本", "\xff", "\u00a0", "Pemkot", "the", "KTP-el", "x"}

// datelineMonths are every month the patterns know, in several cases and
// with the letters that fold outside ASCII, and some they do not know.
var datelineMonths = []string{"Januari", "FEBRUARI", "maret", "April", "Mei", "Juni", "Juli", "Agustus", "agu\u017ftus", "September",
	"Oktober", "O\u212aTOBER", "November", "Desember", "January", "February", "March", "May", "MAY", "June", "July", "August",
	"October", "December", "Dec", "Janu", "Mai"}

// datelineShapes build texts close to each pattern, one slot after
// another, each filled with one of its choices: the texts come near to
// matching, and often do.
var datelineShapes = [][][]string{
	{datelineStarts[:11], {" ", "", "\t", "  "}, {"(", ""}, {"1", "12", "123"}, {"/"}, {"4", "10", "100"},
		{"/2026", "/26", "/2", "/20266", ""}, {")", ""}, {" ", ""}, {",", ""}, {" x", "", " "}},
	{{"JAKARTA", "ST. LOUIS", "A'B", "AB", "DKI JAKARTA ", "Jakarta"}, {", Humas", ",Humas Kota", ", humas", ",", "", ", H. K"},
		{" ", "", "  "}, {"(ANTARA)", "(Ant) ", "()", "", "(1)"}, {"–", "—", "-", "--", "---", "- ", "-- ", "-x", "-\t"}, {" x", ""}},
	{{"Jakarta", "Kota Baru", "Kota baru", "jakarta", "JAKARTA", "Ab", "Kota Baru Sekali"}, {",", ", ", ",\t", ""}, {"(", ""},
		{"1", "12", "123", ""}, {" ", "  ", ""}, datelineMonths, {" ", ""}, {"2026", "202", "20266"}, {")", ""},
		{" ", "  ", ""}, {"-", "–", "—", "--", ""}, {" x", "", "-"}},
	{{"On ", "On  ", "on "}, {"Monday", "Friday", "Sundays", "Monday_", "Tuesday", "Wednesday", "Thursday", "Saturday", "Sunday"},
		{" ", "", "\t"}, {"(6/4)", "(12/10)", "(1/123)", "", "(6/4/2026)"}, {",", ""}, {" x", ""}},
	{{"Senin", "Selasa", "Rabu", "Kamis", "Jum'at", "Jumat", "Sabtu", "Minggu", "Ahad", "senin", "Jumu"}, {",", ""},
		{" ", "", "\t"}, {"1", "12", "123"}, {" ", ""}, datelineMonths, {" 2026", "  2026", " 202", "", " 20266"}, {" ", ""},
		{",", ""}, {" x", ""}},
}

func randomDatelineText(r *rand.Rand) string {
	if r.IntN(2) == 0 {
		return shapedText(r, datelineShapes)
	}
	var b strings.Builder
	if r.IntN(10) > 0 {
		b.WriteString(datelineStarts[r.IntN(len(datelineStarts))])
	}
	for range r.IntN(10) {
		b.WriteString(datelinePieces[r.IntN(len(datelinePieces))])
	}
	return b.String()
}

func TestDatelineScannersSameAsRegexp(t *testing.T) {
	for _, s := range []string{"", "Selasa (2/4), Asisten", "Jum'at (5/4/2026) Wali", "JAKARTA, Humas – Pemerintah", "SURABAYA – Jalan",
		"Jakarta, 2 April 2026 – Kementerian", "On Monday, the Mayor", "KTP-el kini", "Selasa ini pasar", "ST. LOUIS - today",
		"DKI JAKARTA — kemarin", "Kota Baru, (3 MARET 2024)", "Surabaya,1 januari 2024", "On Friday (6/4) we", "Ahad,7 Mei",
		"Selasa, 2 April 2024, Pemkot", "JAKARTA, Humas Kota - x", "JAKARTA, Humas Kota -- x", "JAKARTA, H. K (Ant) – x",
		"JAKARTA (ANTARA) -\tx", "AB -", "ABC -", "ABC - ", "ABC,  - x", "ABC, a - x", "On Mondays", "On Monday_",
		"Senin (1/123)", "Senin (12/1/12345)", "Senin,12 Mei 20266", "Senin, 1 Mei\n2026 ,", "\u212aamis (1/2)",
		// The edges of the counts: {1,2} and {2,4} digits, {2,} places,
		// {1,2} hyphens, four-digit years; and input that ends within a
		// pattern.
		"Senin (1/2/)", "Senin (1/2/3)", "Senin (1/2/12)", "Senin (1/2/1234)", "Senin (123/2)", "AB–", "ABC–", "ABC-", "ABC- ",
		"ABC-- ", "ABC--- ", "ABC, –", "ABC, A–", "ABC (X) (Y)–", "Jakarta, 1 Januari 202", "Jakarta, 1 Januari 20245",
		"Jakarta, 123 Januari 2024", "J, 1 Mei 2024", "Senin, 1 Mei 202", "On Monday (1/2/3)", "Senin", "Senin (", "Senin (1/",
		"On", "On ", "ABC", "ABC ", "Jakarta,", "Jakarta, 1 ", "Senin, 1", "Jum'at (1/2)", "Jum at (1/2)", "\u017fenin (1/2)"} {
		checkDatelineScanners(t, s)
	}
	r := rand.New(rand.NewPCG(61, 62))
	for range 200000 {
		checkDatelineScanners(t, randomDatelineText(r))
	}
}

func FuzzDatelineScanners(f *testing.F) {
	r := rand.New(rand.NewPCG(63, 64))
	for range 50 {
		f.Add(randomDatelineText(r))
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDatelineScanners(t, s)
	})
}
