package rules

import "testing"

func TestClickbait(t *testing.T) {
	runCases(t, func() Rule { return &Clickbait{CuriosityGap: true} }, []ruleCase{
		{name: "id curiosity gap", src: "Ternyata Ini Penyebabnya…\n\nHarga cabai naik karena panen gagal.", want: []string{"warning Ternyata Ini Penyebabnya…"}},
		{name: "id inilah with only vague words", src: "Inilah alasannya!", want: []string{"warning Inilah alasannya!"}},
		{name: "id begini with concrete info after a colon", src: "Begini cara daftar KTP-el online: buka situs Dukcapil, isi NIK, pilih jadwal.", want: nil},
		{name: "id begini with concrete words", src: "Begini cara daftar KTP-el online.", want: nil},
		{name: "id ternyata with a concrete sentence", src: "Ternyata, antrean lebih pendek di hari Sabtu.", want: nil},
		{name: "id ternyata with a number", src: "Ternyata 3 dari 5 warga belum tahu.", want: nil},
		{name: "id ternyata mid-sentence is not an opener", src: "Warga yang datang ternyata ini.", want: nil},
		{name: "id exaggeration in the first line", src: "Harga cabai bikin netizen geram\nPemerintah menyiapkan operasi pasar.", want: []string{"warning bikin netizen geram"}},
		{name: "id phrase at a sentence start later on", src: "Pasar murah dibuka hari ini. Kamu wajib tahu jadwalnya.", want: []string{"warning Kamu wajib tahu"}},
		{name: "id phrase mid-sentence after the first line is fine", src: "Pasar murah dibuka hari ini.\nHasil panen tahun ini mengejutkan para petani.", want: nil},
		{name: "id mengejutkan in the first line", src: "Fakta mengejutkan soal sampah plastik di kota kita", want: []string{"warning Fakta mengejutkan"}},
		{name: "id elongated wow", src: "Wooow, taman kota kini punya perpustakaan.", want: []string{"warning Wooow"}},
		{name: "id hashtag is not clickbait", src: "Taman kota dibuka lagi. #wow", want: nil},
		{name: "en you won't believe", src: "You won't believe what the council did with the old market.", want: []string{"warning You won't believe"}},
		{name: "en this is why with nothing concrete", src: "This is why you should never do this…", want: []string{"warning This is why you should never do this…"}},
		{name: "en this is why with a concrete reason", src: "This is why we close the bridge on Sunday: cracks in two pillars.", want: nil},
		{name: "en here's what you need to know about something concrete", src: "Here's what you need to know about the new ID card rules.", want: nil},
		{name: "en here's what with nothing", src: "Here's what happened next.", want: []string{"warning Here's what happened next."}},
		{name: "en shocking mid-sentence after the first line is fine", src: "The bridge reopens today.\nThe repair bill was a shocking surprise to no one.", want: nil},
		{name: "en quoted clickbait is downgraded", src: "Schools must avoid headlines like \"you won't believe\" in notices.", want: []string{"info you won't believe"}},
	})
	src := "Ternyata Ini Penyebabnya…"
	if fs := lint(t, &Clickbait{CuriosityGap: false}, src); len(fs) != 0 {
		t.Errorf("curiosity_gap = false should silence the opener: %v", describe(src, fs))
	}
}
