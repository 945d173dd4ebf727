// Package corpus generates a realistic, reproducible set of draft posts for
// benchmarks and robustness tests: Markdown with YAML or TOML front matter
// and plain text, Indonesian and English, 20 to 3,000 characters, with
// emoji, URLs, hashtags and mentions. The same seed gives the same files.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

var (
	idSentences = []string{
		"Cetak KTP-el kini bisa hari Sabtu di semua kantor kecamatan.",
		"Dalam rangka memperingati HUT RI ke-81, Pemerintah Kota menggelar lomba kebersihan antarkelurahan.",
		"Pendaftaran beasiswa daerah dibuka sampai 30 April, syaratnya cukup KTP dan rapor terakhir.",
		"Selasa (2/4), Asisten Deputi Humas menerima kunjungan Facebook Indonesia di Jakarta.",
		"Warga yang ingin mengurus akta kelahiran cukup membawa KK asli dan surat keterangan lahir.",
		"Menurut BMKG, curah hujan di wilayah Jabodetabek akan meningkat pada pekan ini.",
		"Imunisasi campak gratis untuk anak usia 9 bulan hingga 5 tahun di seluruh puskesmas.",
		"Jalan Sudirman ditutup sementara pukul 06.00–10.00 WIB untuk hari bebas kendaraan.",
		"Harga cabai di pasar induk turun 15 persen dibanding bulan lalu.",
		"Dr. Budi Santoso, M.Si. membuka pelatihan UMKM digital di aula kecamatan.",
		"Yuk, daftarkan usahamu di program pendampingan UMKM sebelum kuota habis!",
		"Ada pertanyaan? Tulis di kolom komentar, admin akan menjawab pada jam kerja.",
		"Sebarkan sebelum dihapus!! Info dari grup sebelah katanya air PDAM tercemar.",
		"Bagikan informasi ini kepada keluarga dan tetangga yang membutuhkan.",
		"Kegiatan sosialisasi dilaksanakan bertempat di Balai Desa dengan dihadiri perangkat desa.",
		"Tarif parkir di kawasan Malioboro kini Rp5.000 untuk motor dan Rp10.000 untuk mobil.",
	}
	enSentences = []string{
		"Free ID card printing is now available on Saturdays at every district office.",
		"We are pleased to announce that the new Public Service Mall is open in Surabaya.",
		"Registration for the city marathon closes on 30 April, so sign up today.",
		"On Monday, the Mayor inaugurated the new bus terminal with 40 routes.",
		"Residents can renew passports, ID cards and business licences in one building.",
		"According to the weather agency, heavy rain is expected in the capital this week.",
		"Measles vaccination is free for children aged 9 months to 5 years at every clinic.",
		"Studies show that 80% of people skip long captions under photos.",
		"What do you think about the new bike lanes? Tell us in the comments.",
		"You won't believe what happened next at the city park!",
		"Share this with 10 friends before it's deleted!!",
		"The bridge on Jalan Sudirman reopens today after two months of repairs.",
	}
	hashtags = []string{"#LayananPublik", "#KTPel", "#Surabaya", "#PublicService", "#UMKM", "#infojakarta", "#fyp", "#viral",
		"#Lebaran2026", "#MudikAman", "#banggabuatanindonesia", "#Jogja", "#ImunisasiCampak", "#CekFakta"}
	emoji    = []string{"🎉", "📢", "🙏", "✅", "👉", "🇮🇩", "👨‍👩‍👧", "❤️", "🚗", "📅", "👍🏽", "1️⃣"}
	urls     = []string{"https://setneg.go.id/berita", "kemenkes.go.id", "https://bit.ly/3xYz", "https://surabaya.go.id/layanan/ktp?tab=jadwal", "www.example.com"}
	mentions = []string{"@kemensetneg", "@humas_jatim", "@BMKG", "@disdukcapil"}
	platsets = [][]string{{"instagram"}, {"facebook"}, {"x"}, {"facebook", "instagram"}, {"linkedin"}, {"threads"}, {"tiktok"}, {"instagram", "x"}}
	medias   = []string{"text", "image", "carousel", "video", "reel", "text", "image"}
)

// Post generates one draft's file name and content.
func Post(r *rand.Rand, i int) (string, string) {
	lang := "id"
	bank := idSentences
	if r.IntN(3) == 0 {
		lang, bank = "en", enSentences
	}
	target := 20 + int(float64(2980)*r.Float64()*r.Float64()*r.Float64()) // most posts short, a few long
	var body strings.Builder
	for body.Len() < target {
		s := bank[r.IntN(len(bank))]
		switch r.IntN(10) {
		case 0:
			s += " " + emoji[r.IntN(len(emoji))]
		case 1:
			s += " " + urls[r.IntN(len(urls))]
		case 2:
			s = mentions[r.IntN(len(mentions))] + " " + s
		}
		body.WriteString(s)
		if r.IntN(4) == 0 {
			body.WriteString("\n\n")
		} else {
			body.WriteString(" ")
		}
	}
	text := strings.TrimSpace(body.String())
	if n := r.IntN(7); n > 0 {
		tags := make([]string, n)
		for j := range tags {
			tags[j] = hashtags[r.IntN(len(hashtags))]
		}
		text += "\n\n" + strings.Join(tags, " ")
	}
	plats := platsets[r.IntN(len(platsets))]
	media := medias[r.IntN(len(medias))]
	switch r.IntN(4) {
	case 0: // plain text, no front matter
		return fmt.Sprintf("post-%05d.txt", i), text + "\n"
	case 1: // TOML front matter
		return fmt.Sprintf("post-%05d.md", i), fmt.Sprintf("+++\nplatform = [%q]\nmedia = %q\nlang = %q\n+++\n%s\n", plats[0], media, lang, text)
	}
	alt := ""
	if media == "image" && r.IntN(2) == 0 {
		alt = "alt: \"Petugas melayani warga di loket kecamatan\"\n"
	}
	return fmt.Sprintf("post-%05d.md", i), fmt.Sprintf("---\nplatform: [%s]\nmedia: %s\nlang: %s\n%s---\n%s\n", strings.Join(plats, ", "), media, lang, alt, text)
}

// Write generates n drafts under dir, 500 to a folder, reproducibly from
// seed, and returns the total bytes written.
func Write(dir string, n int, seed uint64) (int64, error) {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var total int64
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("batch-%03d", i/500))
		if i%500 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return total, fmt.Errorf("creating corpus folder: %w", err)
			}
		}
		name, content := Post(r, i)
		if err := os.WriteFile(filepath.Join(sub, name), []byte(content), 0o644); err != nil {
			return total, fmt.Errorf("writing corpus draft: %w", err)
		}
		total += int64(len(content))
	}
	return total, nil
}
