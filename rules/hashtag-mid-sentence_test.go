package rules

import "testing"

func TestHashtagMidSentence(t *testing.T) {
	runCases(t, func() Rule { return &HashtagMidSentence{} }, []ruleCase{
		{name: "id tag inside the sentence", src: "Yuk ikut #GerakanMenanam di kelurahanmu Minggu ini.", want: []string{"info #GerakanMenanam"}},
		{name: "id tag after a comma", src: "Ikuti #LombaFotoKota, hadiahnya total Rp10 juta.", want: []string{"info #LombaFotoKota"}},
		{name: "id tag opening a sentence that goes on", src: "#KTPGratis mulai besok di semua kecamatan.", want: []string{"info #KTPGratis"}},
		{name: "en tag inside the sentence", src: "Join #GreenCity planting day in your neighbourhood this Sunday.", want: []string{"info #GreenCity"}},
		{name: "two tags in one sentence", src: "Warga #Sleman dan #Bantul bisa ikut #VaksinGratis mulai Senin.\n\n#Jogja",
			want: []string{"info #Sleman", "info #Bantul", "info #VaksinGratis"}},

		{name: "id label with a colon", src: "#Info: jalan Sudirman ditutup sampai pukul 17.00.", want: nil},
		{name: "id closing block", src: "Jalan Sudirman ditutup hari ini sampai pukul 17.00.\n\n#InfoLaluLintas #Surabaya #Jatim", want: nil},
		{name: "id closing block on the last line", src: "Jalan Sudirman ditutup hari ini. #InfoLaluLintas #Surabaya", want: nil},
		{name: "en tag before a capitalised name", src: "Join #GreenCity Planting Day this Sunday.", want: nil},
		{name: "tag at the end of a sentence", src: "Pendaftaran dibuka untuk #BeasiswaDaerah. Daftar di kantor dinas.", want: nil},
		{name: "tag line in the middle of the post", src: "Cetak KTP-el kini bisa hari Sabtu.\n#KTPel #LayananPublik\nsampai jumpa di kecamatan", want: nil},
		{name: "no hashtags", src: "Imunisasi campak gratis untuk anak 9 bulan–5 tahun.", want: nil},
	})
}
