package rules

import "testing"

func TestHookWeakOpener(t *testing.T) {
	runCases(t, func() Rule { return &HookWeakOpener{} }, []ruleCase{
		{name: "id dalam rangka", src: "Dalam rangka memperingati HUT RI ke-81, Pemkot menggelar lomba.", want: []string{"warning Dalam rangka"}},
		{name: "id greeting block is one finding", src: "Assalamualaikum Wr. Wb. Bapak/Ibu yang kami hormati. Pendaftaran dibuka hari ini.",
			want: []string{"warning Assalamualaikum Wr. Wb. Bapak/Ibu yang kami hormati"}},
		{name: "id after leading emoji", src: "📢 Diberitahukan kepada seluruh warga bahwa air mati besok.", want: []string{"warning Diberitahukan kepada"}},
		{name: "id greeting line alone", src: "Halo Sobat Pajak!\nLapor SPT kini bisa lewat ponsel.", want: []string{"warning Halo Sobat Pajak"}},
		{name: "id greeting that leads into the news is fine", src: "Halo warga, mulai Senin KTP-el bisa dicetak di kecamatan tanpa antre panjang.", want: nil},
		{name: "id phrase later in the post is fine", src: "KTP-el kini bisa dicetak Sabtu. Layanan ini dibuka dalam rangka HUT kota.", want: nil},
		{name: "id guna inside pengguna is not an opener", src: "Pengguna aplikasi kini bisa lapor jalan rusak.", want: nil},
		{name: "en pleased to announce", src: "We are pleased to announce that registration is open.", want: []string{"warning We are pleased to announce"}},
		{name: "en contraction", src: "We're thrilled to share our new office hours.", want: []string{"warning We're thrilled to"}},
		{name: "en greeting line", src: "Good morning everyone!\nThe bridge on Jl. Sudirman reopens today.", want: []string{"warning Good morning everyone"}},
		// A greeting whose sentence ends after its addressee spends the
		// hook even when the first line goes on.
		{name: "id greeting sentence then the news on the same line", src: "Selamat pagi warga Bandung! Hari ini kami mau berbagi kabar baik untuk warga.",
			want: []string{"warning Selamat pagi warga Bandung"}},
		{name: "id greeting sentence before an emoji", src: "Halo Sobat Pajak! 👋 Sudah lapor SPT Tahunan belum?", want: []string{"warning Halo Sobat Pajak"}},
		{name: "en greeting sentence then the news on the same line", src: "Good morning, Surabaya! ☀️ The bike-share stations open today.",
			want: []string{"warning Good morning, Surabaya"}},
		{name: "en hello everyone then more", src: "Hello everyone! Hope you're all doing well 👋\nIn this video we explain visa extensions.",
			want: []string{"warning Hello everyone"}},
		// A greeting that leads into the news in the same sentence counts
		// when it and its vocative fill a quarter of the visible prefix.
		{name: "id long vocative before the news", src: "Selamat pagi Bapak/Ibu warga Kota Bandung yang kami cintai, mulai Senin KTP-el bisa dicetak di kecamatan.",
			want: []string{"warning Selamat pagi Bapak/Ibu warga Kota Bandung yang kami cintai"}},
		{name: "id short vocative before the news", src: "Selamat pagi warga Bandung, hari ini pendaftaran sekolah dibuka sampai pukul 15.00 di semua kecamatan.", want: nil},
		{name: "id greeting then the news after a comma", src: "Halo, KTP-el kini bisa dicetak di kecamatan mulai Senin tanpa antre panjang.", want: nil},
		{name: "en long vocative before the news", src: "Good morning to all our dear residents of Surabaya, the bike-share stations open today at 25 locations.",
			want: []string{"warning Good morning to all our dear residents of Surabaya"}},
		{name: "en short greeting before the news", src: "Good morning everyone, the bridge on Jl. Sudirman reopens today after three months of repairs.", want: nil},
		{name: "id pada kesempatan kali ini", src: "Pada kesempatan kali ini, kami ingin menyampaikan jadwal layanan selama Ramadan.",
			want: []string{"warning Pada kesempatan kali ini, kami ingin menyampaikan"}},
		{name: "en on this occasion", src: "On this occasion, the Regent thanked all volunteers.", want: []string{"warning On this occasion"}},
		{name: "en news first", src: "Registration for the city marathon is open until 30 April.", want: nil},
	})
}
