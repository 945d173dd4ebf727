package rules

import "testing"

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
			if datelinePatterns[i].FindStringIndex(text) == nil {
				t.Errorf("pattern %d does not match %q", i, text)
			}
			if !datelineMayStart[i](text) {
				t.Errorf("pre-filter %d rules out %q", i, text)
			}
		}
	}
}
