package rules

import "testing"

func TestGraphicDescription(t *testing.T) {
	runCases(t, func() Rule { return &GraphicDescription{} }, []ruleCase{
		{name: "id tewas mengenaskan", src: "Korban ditemukan tewas mengenaskan di kamarnya.", want: []string{"warning tewas mengenaskan"}},
		{name: "id bersimbah darah without other context", src: "Seorang pria ditemukan bersimbah darah di Jalan Merdeka.", want: []string{"warning bersimbah darah"}},
		{name: "id sadis about a crime", src: "Pelaku menganiaya korban secara sadis.", want: []string{"warning sadis"}},
		{name: "id harga sadis in a promo is slang", src: "Harga sadis! Diskon akhir bulan untuk semua batik.", want: nil},
		{name: "id plain wording is fine", src: "Seorang warga ditemukan meninggal di rumahnya. Polisi masih menyelidiki.", want: nil},
		{name: "id quoted is downgraded", src: "Media sebaiknya tidak menulis \"tewas mengenaskan\" dalam berita duka.", want: []string{"info tewas mengenaskan"}},
		{name: "en gruesome", src: "Police found the victim in a gruesome state.", want: []string{"warning gruesome"}},
		{name: "id the name of the act is reporting", src: "Polisi menemukan 44 jenazah yang dimutilasi di 119 kantong sampah.", want: nil},
		{name: "id a crime's material is no description of the body", src: "Korban penyebaran foto bugil oleh anggota DPRD melapor ke polisi.", want: nil},
		{name: "id graphic wording about the body still counts", src: "Korban ditemukan bugil dan bersimbah darah di kamarnya.", want: []string{"warning bersimbah darah", "warning bugil"}},
		{name: "en the name of the act is reporting", src: "Police found a mutilated body near the river; the victim is not yet identified.", want: nil},
		{name: "en a crime's material", src: "Three victims of leaked naked photos reported the account to the police.", want: nil},
		{name: "en naked without context", src: "The naked truth about our budget: read the full report.", want: nil},
		{name: "en plain wording is fine", src: "A resident was found dead at home on Tuesday. Police are investigating.", want: nil},
	})
}
