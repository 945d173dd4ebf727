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
