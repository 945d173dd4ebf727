package prose

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"only blanks", " \n\r\n\t ", nil},
		{"no terminator", "Otw kantor", []string{"Otw kantor"}},

		// Titles, degrees, times and money.
		{"title degree time money", "Dr. Budi Santoso, M.Si. membuka acara pukul 08.00 WIB. Tiket Rp10.000.",
			[]string{"Dr. Budi Santoso, M.Si. membuka acara pukul 08.00 WIB.", "Tiket Rp10.000."}},
		{"greeting abbreviations", "Assalamualaikum Wr. Wb. Bapak/Ibu yang kami hormati.",
			[]string{"Assalamualaikum Wr. Wb. Bapak/Ibu yang kami hormati."}},
		{"address", "Jl. Veteran No. 16 Jakarta.", []string{"Jl. Veteran No. 16 Jakarta."}},
		{"address in capitals", "JL. SUDIRMAN NO. 5 JAKARTA. DATANG YA!", []string{"JL. SUDIRMAN NO. 5 JAKARTA.", "DATANG YA!"}},
		{"title chain", "Hadir Bpk. H. Ahmad, S.H., M.H. dan Hj. Siti, S.Sos. di Kab. Bogor.",
			[]string{"Hadir Bpk. H. Ahmad, S.H., M.H. dan Hj. Siti, S.Sos. di Kab. Bogor."}},
		{"degree not in the list", "Oleh Rina, S.Kom.Ed. Bersama tim.", []string{"Oleh Rina, S.Kom.Ed. Bersama tim."}},
		{"titles glued together", "Yth. Bpk.H. Ahmad hadir.", []string{"Yth. Bpk.H. Ahmad hadir."}},
		{"Rp with a period", "Harga Rp. 50.000 saja. Buruan!", []string{"Harga Rp. 50.000 saja.", "Buruan!"}},
		{"decimal comma", "Harga naik 2,5 persen. Stok aman.", []string{"Harga naik 2,5 persen.", "Stok aman."}},
		{"time then sentence", "Acara dimulai pukul 20.00 WIB. Jangan telat!", []string{"Acara dimulai pukul 20.00 WIB.", "Jangan telat!"}},
		{"time at sentence end", "Dimulai pukul 08.00. Jangan telat.", []string{"Dimulai pukul 08.00.", "Jangan telat."}},
		{"dateline date", "Selasa (2/4), Asisten Deputi membuka rapat. Hadir 50 orang.",
			[]string{"Selasa (2/4), Asisten Deputi membuka rapat.", "Hadir 50 orang."}},
		{"ordinal", "Juara ke-1. Selamat!", []string{"Juara ke-1.", "Selamat!"}},
		{"initials", "B. J. Habibie lahir di Parepare. Beliau presiden ke-3.",
			[]string{"B. J. Habibie lahir di Parepare.", "Beliau presiden ke-3."}},

		// Abbreviations that may close a sentence.
		{"final abbreviation before capital", "Tersedia beras, gula, dll. Pesan sekarang!",
			[]string{"Tersedia beras, gula, dll.", "Pesan sekarang!"}},
		{"final abbreviation before lower case", "Tersedia beras, gula, dll. untuk warga.",
			[]string{"Tersedia beras, gula, dll. untuk warga."}},
		{"title abbreviation at the end", "Hadir juga Bpk. H. Ahmad, S.H.", []string{"Hadir juga Bpk. H. Ahmad, S.H."}},
		{"abbreviation before blank line", "Salam hormat, Dr.\n\nBudi", []string{"Salam hormat, Dr.", "Budi"}},
		{"abbreviation before wrapped line", "Hubungi dr.\nBudi di puskesmas.", []string{"Hubungi dr.\nBudi di puskesmas."}},
		{"abbreviation before list item", "Bawa KTP, KK, dsb.\n- Datang pagi", []string{"Bawa KTP, KK, dsb.", "- Datang pagi"}},

		// URLs and domains.
		{"domain at sentence end", "Kunjungi setneg.go.id. Gratis!", []string{"Kunjungi setneg.go.id.", "Gratis!"}},
		{"url path with dots", "Info di https://x.id/a.b. Daftar sekarang!", []string{"Info di https://x.id/a.b.", "Daftar sekarang!"}},
		{"url query", "Cek https://setneg.go.id/baca?id=5 sekarang.", []string{"Cek https://setneg.go.id/baca?id=5 sekarang."}},
		{"email", "Kirim ke humas@setneg.go.id. Terima kasih.", []string{"Kirim ke humas@setneg.go.id.", "Terima kasih."}},

		// ! ? and ellipses.
		{"ellipsis before lower case stays", "Wow... keren! Ayo datang?!", []string{"Wow... keren!", "Ayo datang?!"}},
		{"ellipsis before capital splits", "Wow... Keren!", []string{"Wow...", "Keren!"}},
		{"unicode ellipsis", "Tunggu… Besok ada kejutan! Hmm… menarik.", []string{"Tunggu…", "Besok ada kejutan!", "Hmm… menarik."}},
		{"two dots are an ellipsis", "Halo.. apa kabar", []string{"Halo.. apa kabar"}},
		{"runs end once", "Benarkah?! Wow!!! Keren.", []string{"Benarkah?!", "Wow!!!", "Keren."}},
		{"question before lower case", "Apa kabar? baik.", []string{"Apa kabar?", "baik."}},
		{"no space after bang", "Yahoo!Inc dan Ayo!Datang", []string{"Yahoo!Inc dan Ayo!Datang"}},
		{"lower case after period", "mantap. ayo datang.", []string{"mantap.", "ayo datang."}},

		// Quotes and brackets.
		{"closing quote stays", `"Jangan sebar hoaks!" Ayo cek fakta.`, []string{`"Jangan sebar hoaks!"`, "Ayo cek fakta."}},
		{"quote then lower case continues", `"Awas!" katanya. Semua diam.`, []string{`"Awas!" katanya.`, "Semua diam."}},
		{"curly quotes", "Dia bilang, “Ayo vaksin.” Semua setuju.", []string{"Dia bilang, “Ayo vaksin.”", "Semua setuju."}},
		{"closing bracket", "(Foto: Humas.) Kegiatan berjalan lancar.", []string{"(Foto: Humas.)", "Kegiatan berjalan lancar."}},
		{"opening quote of next sentence", `Selesai. "Terima kasih," katanya.`, []string{"Selesai.", `"Terima kasih," katanya.`}},

		// Emoji.
		{"emoji after terminator stay", "Selamat Hari Guru! 🙏🏽 Terima kasih, Bapak dan Ibu guru.",
			[]string{"Selamat Hari Guru! 🙏🏽", "Terima kasih, Bapak dan Ibu guru."}},
		{"emoji right after period", "Gratis.🎉🎉 Ayo!", []string{"Gratis.🎉🎉", "Ayo!"}},
		{"leading emoji", "🎉 Ayo datang!", []string{"🎉 Ayo datang!"}},

		// Lines, lists and hashtags.
		{"wrapped line continues", "Hari ini kami membuka\npendaftaran beasiswa.\nDaftar di sini",
			[]string{"Hari ini kami membuka\npendaftaran beasiswa.", "Daftar di sini"}},
		{"blank line ends", "Info vaksin\n\nDatang ke puskesmas", []string{"Info vaksin", "Datang ke puskesmas"}},
		{"bullet list", "Syarat pendaftaran\n- Fotokopi KTP\n- Pas foto 3x4\n• Surat pengantar RT\n* Materai\n1. Datang pukul 08.00\n2) Ambil nomor antrean\na. Tunggu dipanggil",
			[]string{"Syarat pendaftaran", "- Fotokopi KTP", "- Pas foto 3x4", "• Surat pengantar RT", "* Materai",
				"1. Datang pukul 08.00", "2) Ambil nomor antrean", "a. Tunggu dipanggil"}},
		{"list items with periods", "Langkah:\n1. Buka aplikasi.\n2. Isi data.\nSelesai",
			[]string{"Langkah:", "1. Buka aplikasi.", "2. Isi data.", "Selesai"}},
		{"list item continuation", "- Bawa KTP asli dan\n  fotokopi KK\n- Datang pagi",
			[]string{"- Bawa KTP asli dan\n  fotokopi KK", "- Datang pagi"}},
		{"emoji bullets", "Jadwal vaksinasi:\n📍 Puskesmas Gambir\n⏰ 08.00–12.00 WIB",
			[]string{"Jadwal vaksinasi:", "📍 Puskesmas Gambir", "⏰ 08.00–12.00 WIB"}},
		{"hashtag line", "Ayo jaga kebersihan\n#KotaBersih #JakartaHebat\nSalam.",
			[]string{"Ayo jaga kebersihan", "#KotaBersih #JakartaHebat", "Salam."}},
		{"hashtag block at end", "Selamat HUT RI!\n\n#HUTRI80 #IndonesiaMaju @kemensetneg",
			[]string{"Selamat HUT RI!", "#HUTRI80 #IndonesiaMaju @kemensetneg"}},
		{"hashtag line with emoji", "Ayo datang\n#HUTRI80 🇮🇩🎉\nSalam", []string{"Ayo datang", "#HUTRI80 🇮🇩🎉", "Salam"}},
		{"a word makes it a text line", "Terima kasih\ncc @kemensetneg", []string{"Terima kasih\ncc @kemensetneg"}},
		{"mentions only line", "Terima kasih\n@kemensetneg @setkabgoid\nSalam", []string{"Terima kasih", "@kemensetneg @setkabgoid", "Salam"}},
		{"emoji glued to a word is not a tag line", "Ayo datang\n#HUT 🎉keren", []string{"Ayo datang\n#HUT 🎉keren"}},
		{"hashtag inside a line is not a line", "Ayo #JagaJarak ya\nsemua", []string{"Ayo #JagaJarak ya\nsemua"}},
		{"crlf", "Halo semua.\r\nAyo datang!\r\n\r\nGratis\r\n", []string{"Halo semua.", "Ayo datang!", "Gratis"}},
		{"crlf wrapped", "Hari ini\r\nkami buka\r\n\r\nLagi", []string{"Hari ini\r\nkami buka", "Lagi"}},
		{"lone cr", "Satu\r\rDua", []string{"Satu", "Dua"}},
		{"unicode line separators", "Satu\u2028\u2028Dua", []string{"Satu", "Dua"}},

		// English.
		{"english abbreviations", "Mr. Smith met the U.S. team at 3 p.m. today. It went well.",
			[]string{"Mr. Smith met the U.S. team at 3 p.m. today.", "It went well."}},
		{"english etc", "We sell rice, sugar, etc. Order now!", []string{"We sell rice, sugar, etc.", "Order now!"}},
		{"english e.g. i.e.", "Bring ID, e.g. a passport, i.e. Something official. Done.",
			[]string{"Bring ID, e.g. a passport, i.e. Something official.", "Done."}},
		{"english pronoun I", "So did I. Then we left.", []string{"So did I.", "Then we left."}},
		{"p.m. before capital", "Open until 9 p.m. See you there.", []string{"Open until 9 p.m.", "See you there."}},

		// Robustness.
		{"invalid utf-8", "Halo\xff. Dunia\xfe!", []string{"Halo\xff.", "Dunia\xfe!"}},
		{"terminator only", "...", []string{"..."}},
		{"leading terminator", "!!! Awas", []string{"!!!", "Awas"}},
		{"multi-byte", "Kafé baru dibuka. Мы рады. مرحبا!", []string{"Kafé baru dibuka.", "Мы рады.", "مرحبا!"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := spanTexts(tt.text, Sentences(tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"\n\n \n", nil},
		{"Satu", []string{"Satu"}},
		{"A\n\nB\n  \t\nC", []string{"A", "B", "C"}},
		{"\n\n  A baris\nB  \n\n\n", []string{"A baris\nB"}},
		{"Satu\r\n\r\nDua\r\nTiga", []string{"Satu", "Dua\r\nTiga"}},
		{"Kafé ☕\n\n🎉", []string{"Kafé ☕", "🎉"}},
	}
	for _, tt := range tests {
		got := spanTexts(tt.text, Paragraphs(tt.text))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Paragraphs(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}
