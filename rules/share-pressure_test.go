package rules

import "testing"

func TestSharePressure(t *testing.T) {
	runCases(t, func() Rule { return sharePressure() }, []ruleCase{
		{name: "id ketik amin", src: "Semoga sehat selalu. Ketik amin dan bagikan!", want: []string{"error Ketik amin"}},
		{name: "id elongated aamiin", src: "Ketik aamiiin untuk keluarga kita.", want: []string{"error Ketik aamiiin"}},
		{name: "id katakan amin agar", src: "Katakan amin agar rezeki lancar.", want: []string{"error Katakan amin agar"}},
		{name: "id pahala", src: "Dapat pahala jika membagikan pesan ini.", want: []string{"error Dapat pahala jika membagikan"}},
		{name: "id sial", src: "Kamu akan sial jika tidak dibagikan ke 10 orang.", want: []string{"error sial jika tidak dibagikan"}},
		{name: "id a prayer ending in aamiin is fine", src: "Semoga masjid baru ini membawa berkah bagi warga. Aamiin.", want: nil},
		{name: "id quoted under a debunk label is info", src: "[HOAKS] Pesan berantai \"ketik amin agar selamat\" tidak benar.", want: []string{"info ketik amin"}},
		{name: "en type amen", src: "God is good. Type AMEN if you agree.", want: []string{"error Type AMEN"}},
		{name: "en bad luck", src: "You will have bad luck if you don't share this.", want: []string{"error bad luck if you don't share"}},
		{name: "en amen alone is fine", src: "Thank you to every volunteer at the food bank. Amen to that.", want: nil},
	})
}
