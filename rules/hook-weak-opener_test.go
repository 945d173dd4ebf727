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
		{name: "en news first", src: "Registration for the city marathon is open until 30 April.", want: nil},
	})
}
