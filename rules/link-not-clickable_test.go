package rules

import "testing"

func TestLinkNotClickable(t *testing.T) {
	runCases(t, func() Rule { return &LinkNotClickable{} }, []ruleCase{
		{name: "id url in an instagram caption", src: "Daftar beasiswa di https://beasiswa.example.go.id/daftar-2026 sebelum 30 April.", platforms: []string{"instagram", "facebook"},
			want: []string{"warning[instagram] https://beasiswa.example.go.id/daftar-2026"}},
		{name: "id bare domain on tiktok", src: "Cara cek status KTP-el ada di dukcapil.example.go.id ya!", platforms: []string{"tiktok", "x"},
			want: []string{"warning[tiktok] dukcapil.example.go.id"}},
		{name: "en two urls on instagram", src: "Timetable: https://bus.example.go.id/timetable and map: bus.example.go.id/map", platforms: []string{"instagram"},
			want: []string{"warning[instagram] https://bus.example.go.id/timetable", "warning[instagram] bus.example.go.id/map"}},
		{name: "id link di bio copied to facebook", src: "Pendaftaran dibuka sampai 30 April. Link di bio ya!", platforms: []string{"instagram", "facebook"},
			want: []string{"info[facebook] Link di bio"}},
		{name: "en link in bio on x and linkedin", src: "Registration closes Friday. Link in bio.", platforms: []string{"x", "linkedin"},
			want: []string{"info[x] Link in bio", "info[linkedin] Link in bio"}},
		{name: "id cek bio on threads", src: "Jadwal lengkap? Cek bio kami.", platforms: []string{"threads"}, want: []string{"info[threads] Cek bio"}},
		{name: "id link in bio on instagram is right", src: "Daftar beasiswa lewat tautan di bio.", platforms: []string{"instagram", "tiktok"}, want: nil},
		{name: "en url on facebook is right", src: "Register at https://grants.example.go.id before Friday.", platforms: []string{"facebook", "x", "linkedin"}, want: nil},
		{name: "en quoted link in bio is reported speech", src: "Scam accounts write \"link in bio\" to lure people to fake forms.", platforms: []string{"facebook"}, want: nil},
		{name: "id degrees after a name are not links", src: "Kepala Dinas Dr. H. Ahmad Syarifuddin, S.Sos., M.Si., S.Ag., S.Pt. menyerahkan sertifikat kepada 150 guru.", platforms: []string{"instagram", "tiktok"}, want: nil},
		{name: "en degrees after a name are not links", src: "Prof. Dr. Ir. Siti Rahmawati, M.Sc., Ph.D., B.Sc., S.Th., ST.MT received the award.", platforms: []string{"instagram"}, want: nil},
		{name: "id a degree and a real address", src: "Dr. Budi, M.Si. menjelaskan cara daftar di bps.go.id minggu ini.", platforms: []string{"instagram"},
			want: []string{"warning[instagram] bps.go.id"}},
		{name: "en an address in capitals is still a link", src: "Register at BPS.GO.ID before Friday.", platforms: []string{"instagram"},
			want: []string{"warning[instagram] BPS.GO.ID"}},
		{name: "id the form in the bio link on facebook", src: "Kirim CV lewat formulir di link bio paling lambat 31 Maret.", platforms: []string{"facebook"},
			want: []string{"info[facebook] link bio"}},
		{name: "id a named link in the bio on facebook", src: "Pilih desainnya lewat tautan survei di bio sampai 31 Maret.", platforms: []string{"facebook"},
			want: []string{"info[facebook] tautan survei di bio"}},
		{name: "en the form in our bio on facebook", src: "RSVP through the form in our bio so we can plan the food!", platforms: []string{"facebook"},
			want: []string{"info[facebook] in our bio"}},
		{name: "id a company named Bio is no bio link", src: "Bio Farma memproduksi vaksin polio untuk 150 negara.", platforms: []string{"facebook"}, want: nil},
		{name: "en a biography is no bio link", src: "Read the speaker's bio before the forum on Friday.", platforms: []string{"facebook"}, want: nil},
		{name: "id no link at all", src: "Pasar murah digelar Sabtu di alun-alun.", platforms: []string{"instagram", "facebook"}, want: nil},
	})
}
