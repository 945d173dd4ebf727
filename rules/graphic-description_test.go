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
		{name: "en naked without context", src: "The naked truth about our budget: read the full report.", want: nil},
		{name: "en plain wording is fine", src: "A resident was found dead at home on Tuesday. Police are investigating.", want: nil},
	})
}
