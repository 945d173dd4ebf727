package rules

import (
	"strings"
	"testing"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// trustRules returns every built-in rule of the trust category.
func trustRules(t *testing.T) []Rule {
	t.Helper()
	var out []Rule
	for _, r := range All() {
		if r.Doc().Category == lint.CategoryTrust {
			out = append(out, r)
		}
	}
	if len(out) < 11 {
		t.Fatalf("want the 11 trust rules, got %d", len(out))
	}
	return out
}

// lintTrust lints src with every trust rule and returns the findings.
func lintTrust(t *testing.T, src string) []lint.Finding {
	t.Helper()
	var out []lint.Finding
	for _, r := range trustRules(t) {
		out = append(out, checkDraft(t, r, src)...)
	}
	return out
}

// TestFactCheckIsNotAHoax is the acceptance test of the context policy: a
// fact check quoting a chain message and the chain message itself are told
// apart.
func TestFactCheckIsNotAHoax(t *testing.T) {
	factCheck := "[HOAKS] Pesan berantai 'sebarkan sebelum dihapus!!' yang beredar di WhatsApp tidak benar. Sumber: Kominfo"
	hoax := "PENTING!! Info dari grup sebelah: mulai besok semua rekening BRI diblokir. Sebarkan sebelum dihapus!!"

	fs := lintTrust(t, factCheck)
	if len(fs) == 0 {
		t.Error("the fact check should still note the quoted hoax wording as info")
	}
	for _, f := range fs {
		if f.Severity > lint.Info {
			t.Errorf("fact check: %s %s %q: want info at most", f.Rule, f.Severity, factCheck[f.Start:f.End])
		}
	}

	fs = lintTrust(t, hoax)
	errors := map[string]bool{}
	for _, f := range fs {
		if f.Severity == lint.Error {
			errors[f.Rule] = true
		}
	}
	if !errors["chain-message"] {
		t.Errorf("the hoax should give a chain-message error, got %v", describe(hoax, fs))
	}
	got := describe(hoax, fs)
	for _, want := range []string{"error Sebarkan sebelum dihapus", "warning Info dari grup sebelah", "warning PENTING", "warning !!"} {
		if !containsString(got, want) {
			t.Errorf("hoax: missing %q in %q", want, got)
		}
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestTrustDocExamples checks that every trust rule's documented bad
// example is a finding and its good example is not, in both languages.
func TestTrustDocExamples(t *testing.T) {
	lex, err := NewLexicon(Extra{i18n.ID: {"blocklist": {"bodoh"}}, i18n.EN: {"blocklist": {"idiot"}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range trustRules(t) {
		d := Translated(r.Doc())
		for _, ex := range []struct {
			kind string
			text i18n.Text
			bad  bool
		}{{"bad", d.Bad, true}, {"good", d.Good, false}} {
			for _, text := range []string{ex.text.EN, ex.text.ID} {
				// "(with blocklist = [...]) text": the setting is not text.
				if strings.HasPrefix(text, "(") {
					text = text[strings.Index(text, ") ")+2:]
				}
				fs := lintLex(t, lex, r, text)
				if ex.bad && len(fs) == 0 {
					t.Errorf("%s: bad example gives no finding: %q", d.ID, text)
				}
				if !ex.bad && len(fs) > 0 {
					t.Errorf("%s: good example gives %q", d.ID, describe(text, fs))
				}
			}
		}
	}
}

// TestTrustCleanPosts runs every trust rule over ordinary government and
// small-business posts, the traps users would hit first: none may give a
// finding.
func TestTrustCleanPosts(t *testing.T) {
	for _, src := range []string{
		"Cetak KTP-el kini bisa hari Sabtu! Mulai 6 April, semua kantor kecamatan buka pukul 08.00–12.00 WIB. Bawa KK asli. #KTPel #LayananPublik",
		"Imunisasi campak gratis untuk anak 9 bulan–5 tahun, 15–20 April di semua puskesmas. Geser untuk melihat jadwal per kelurahan ➡️",
		"Waspada DBD di musim hujan! Lakukan 3M Plus: menguras, menutup, dan mendaur ulang. Info: dinkes.surabaya.go.id",
		"Selamat Hari Raya Idulfitri 1447 H. Mohon maaf lahir dan batin. Semoga kita semua kembali fitri. Aamiin.",
		"Promo akhir bulan! Diskon 30% untuk semua kopi susu di Kedai Kopi Nusantara, Jalan Merdeka No. 5. Yuk mampir!",
		"Wali Kota Eri Cahyadi meresmikan Taman Baca Anak di Kelurahan Ketabang. Anak-anak bisa membaca gratis setiap hari pukul 08.00–16.00.",
		"Polisi Sahabat Anak: anggota Polsek Tegalsari mengajarkan tertib lalu lintas kepada siswa SD Negeri 1 Ketabang.",
		"Satlantas Polres Sleman menggelar operasi keselamatan. Tahun lalu, angka kecelakaan turun 12 persen menurut data Polres Sleman.",
		"Harga beras di pasar stabil minggu ini. Pantau harga harian di panelharga.badanpangan.go.id.",
		"Kominfo mengimbau warga tidak menyebarkan pesan berantai soal pemblokiran rekening. Cek kebenarannya di cekfakta.com sebelum membagikan.",
		"Konon, Danau Toba terbentuk dari legenda seorang pemuda yang melanggar janji. Yuk kunjungi dan dengarkan kisahnya langsung dari pemandu lokal!",
		"\"Pelayanan KTP-el kini lebih cepat,\" katanya saat meninjau Mal Pelayanan Publik, Senin (6/4).",
		"Free ID card printing this Saturday at every district office, 08.00–12.00. Bring your family card. Details: surabaya.go.id/ktp #PublicService",
		"Join us for the city marathon on 30 April! Registration is open until 20 April at marathon.example.id. Share with your running club.",
		"Our new bus terminal opens today: 40 routes, free Wi-Fi, open 24 hours. Thank you to everyone who helped build it.",
		"Ternyata, antrean di Mal Pelayanan Publik lebih pendek pada hari Sabtu. Datang pagi, bawa KTP dan KK.",
		"Inilah jadwal lengkap vaksinasi di 31 kecamatan:",
		"BPJS Kesehatan mengingatkan: iuran bulan April jatuh tempo tanggal 10. Bayar lewat aplikasi Mobile JKN.",
		"Korban banjir di Kelurahan Sukamaju, termasuk anak-anak dan lansia, telah dievakuasi ke Balai RW 05.",
		"Kampanye Stop Perundungan di sekolah: Dinas Pendidikan mengajak guru dan orang tua mendengarkan anak.",
		"Hari ini Bupati meninjau Pasar Murah di Alun-alun. Harga minyak goreng Rp14.000 per liter, gula Rp15.000 per kilogram. Stok cukup sampai Lebaran!",
	} {
		if fs := lintTrust(t, src); len(fs) > 0 {
			t.Errorf("%q:\n  %q", src, describe(src, fs))
		}
	}
}
