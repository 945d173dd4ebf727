package rules

import "testing"

func TestAnonymousSource(t *testing.T) {
	runCases(t, func() Rule { return &AnonymousSource{} }, []ruleCase{
		{name: "id grup sebelah", src: "Info dari grup sebelah: harga BBM naik Senin depan.", want: []string{"warning Info dari grup sebelah"}},
		{name: "id katanya in a rumour", src: "Katanya besok sekolah diliburkan.", want: []string{"warning Katanya"}},
		{name: "id copas", src: "Ijin copas ya. Besok ada razia besar-besaran.", want: []string{"warning Ijin copas"}},
		{name: "id izin copas elongated", src: "Izin copasss dari WA keluarga.", want: []string{"warning Izin copasss"}},
		{name: "id kamar sebelah", src: "Forward dari kamar sebelah… KETAHUILAH!!", want: []string{"warning Forward dari kamar sebelah"}},
		{name: "id teman yang kerja di", src: "Kata teman saya yang kerja di bank, uang lama ditarik bulan depan.", want: []string{"warning Kata teman saya yang kerja di"}},
		{name: "id media tidak memberitakan", src: "Kejadian ini media tidak memberitakan!", want: []string{"warning media tidak memberitakan"}},
		{name: "id 100% valid", src: "Info 100% valid dari orang dalam.", want: []string{"warning 100% valid"}},
		{name: "id katanya attributing a quote is news writing", src: "\"Layanan KTP-el buka hari Sabtu,\" katanya di Balai Kota.", want: nil},
		{name: "id curly-quoted attribution", src: "“Kami buka sampai pukul 12.00,” katanya.", want: nil},
		{name: "id konon in a legend", src: "Konon, menurut legenda, nama Surabaya berasal dari pertarungan ikan sura dan buaya.", want: nil},
		{name: "id forwarding label without a share request", src: "Diteruskan berkali-kali\nBesok listrik padam se-Jawa.", want: []string{"warning Diteruskan berkali-kali"}},
		{name: "id forwarding label with a share request is chain-message's", src: "Diteruskan berkali-kali\nBesok listrik padam. Sebarkan ke keluarga.", want: nil},
		{name: "id named source is fine", src: "Menurut Kementerian ESDM, harga BBM tidak naik bulan ini.", want: nil},
		{name: "en friend who works at", src: "My friend who works at the ministry says schools close tomorrow.", want: []string{"warning My friend who works at"}},
		{name: "en copied and pasted", src: "Copied and pasted: the water is poisoned.", want: []string{"warning Copied and pasted"}},
		{name: "en do your own research", src: "The vaccine changes your DNA. Do your own research.", want: []string{"warning Do your own research"}},
		{name: "en copy and paste in a how-to is fine", src: "Copy and paste the link into your browser to register.", want: nil},
		{name: "en named source is fine", src: "Schools stay open tomorrow, the education office said.", want: nil},
		{name: "id a quoted phrase named as a mark of hoaxes", src: "Pernah dapat pesan yang dibuka dengan \"info dari grup sebelah\" atau \"copas dari sebelah\"? Tanya dulu sumbernya.", want: nil},
		{name: "id a quote that uses the phrase still counts", src: "Pesan \"copas dari grup sebelah, besok sekolah libur\" beredar di WhatsApp.", want: []string{"info copas dari grup sebelah"}},
		{name: "en a quoted phrase named as a mark of hoaxes", src: "Be wary of posts that open with \"a friend who works at\" and name nobody.", want: nil},
		{name: "en the phrase used outside quotes", src: "A friend who works at the hospital says beds are full.", want: []string{"warning A friend who works at"}},
	})
}
