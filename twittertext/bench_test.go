package twittertext

import "testing"

// benchPost is a typical Indonesian announcement: about 500 bytes with two
// links, three hashtags, a mention and emoji (a flag, a ZWJ family, a
// keycap and a heart).
const benchPost = "📢 Pengumuman resmi! Pendaftaran Program Beasiswa Nusantara 2025 dibuka mulai " +
	"1 September sampai 30 September. Informasi lengkap dan syarat pendaftaran bisa " +
	"dibaca di https://beasiswa.kemdikbud.go.id/nusantara?tahun=2025 atau kunjungi " +
	"portal.indonesia.go.id/layanan. Biaya pendaftaran Rp0, gratis! 🇮🇩❤ " +
	"Ajak keluarga 👨‍👩‍👧 dan teman-temanmu, 1️⃣ kesempatan emas. " +
	"#BeasiswaNusantara #PendidikanUntukSemua #MerdekaBelajar cc @kemdikbud_RI"

func BenchmarkParse(b *testing.B) {
	if n := len(benchPost); n < 450 || n > 560 {
		b.Fatalf("benchmark post is %d bytes, want about 500", n)
	}
	cfg := V3()
	b.ReportAllocs()
	b.SetBytes(int64(len(benchPost)))
	for b.Loop() {
		Parse(benchPost, cfg)
	}
}

func BenchmarkExtractURLs(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchPost)))
	for b.Loop() {
		ExtractURLs(benchPost)
	}
}

func BenchmarkExtractHashtags(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchPost)))
	for b.Loop() {
		ExtractHashtags(benchPost)
	}
}

func BenchmarkFindEmoji(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchPost)))
	for b.Loop() {
		FindEmoji(benchPost)
	}
}

func TestBenchPostShape(t *testing.T) {
	if got := len(ExtractURLs(benchPost)); got != 2 {
		t.Errorf("benchmark post has %d URLs, want 2", got)
	}
	if got := len(ExtractHashtags(benchPost)); got != 3 {
		t.Errorf("benchmark post has %d hashtags, want 3", got)
	}
	if got := len(FindEmoji(benchPost)); got < 4 {
		t.Errorf("benchmark post has %d emoji, want at least 4", got)
	}
}
