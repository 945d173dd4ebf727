package twittertext

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Hand-written cases for the Indonesian posts postlint is mostly used on.

func TestIndonesianURLs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"rupiah amount is not a URL", "Harga mulai Rp10.000 saja", nil},
		{"rupiah with thousands and cents", "Total Rp1.250.000,00 sudah termasuk PPN", nil},
		{"government domain", "Info resmi: setneg.go.id", []string{"setneg.go.id"}},
		{"domain with path is one URL", "Baca di kemensetneg.go.id/berita hari ini", []string{"kemensetneg.go.id/berita"}},
		{"street address abbreviations", "Alamat: Jl. Veteran No. 16, Jakarta Pusat", nil},
		{"sentence-final period is not linked", "Daftar di www.indonesia.go.id.", []string{"www.indonesia.go.id"}},
		{"co.id with scheme and query", "Promo https://tokoku.co.id/promo?kode=MERDEKA80 berlaku", []string{"https://tokoku.co.id/promo?kode=MERDEKA80"}},
		{"unknown TLD", "file laporan.pdf dan data.xlsx", nil},
		{"time with dot", "Acara dimulai pukul 19.30 WIB", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(ExtractURLs(tt.text))
			if diff := cmp.Diff(tt.want, got, cmpEmptyEqual); diff != "" {
				t.Errorf("ExtractURLs(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestIndonesianWeightedLength(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int
	}{
		{"bare government domain counts as a link", "setneg.go.id", 23},
		{"domain with path counts once", "kemensetneg.go.id/berita", 23},
		{"rupiah counts per character", "Rp10.000", 8},
		{"flag of Indonesia", "🇮🇩", 2},
		{"family ZWJ sequence", "👨‍👩‍👧", 2},
		{"ellipsis is outside the light ranges", "…", 2},
		{"red heart without VS16", "❤", 2},
		{"copyright sign alone is text", "©", 1},
		{"copyright sign with VS16 is emoji", "©️", 2},
		{"keycap without VS16", "1⃣", 2},
		{"plain sentence", "Selamat pagi, Indonesia!", 24},
		{"link in a sentence", "Cek setneg.go.id ya", 4 + 23 + 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Parse(tt.text, V3()).WeightedLength; got != tt.want {
				t.Errorf("Parse(%q).WeightedLength = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}

func TestIndonesianEntities(t *testing.T) {
	text := "Dirgahayu RI ke-80! 🇮🇩 #HUTRI80 #MerdekaBelajar bersama @setkabgoid, saham $BBCA naik."
	if diff := cmp.Diff([]string{"HUTRI80", "MerdekaBelajar"}, texts(ExtractHashtags(text))); diff != "" {
		t.Errorf("hashtags (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"setkabgoid"}, texts(ExtractMentions(text))); diff != "" {
		t.Errorf("mentions (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"BBCA"}, texts(ExtractCashtags(text))); diff != "" {
		t.Errorf("cashtags (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"🇮🇩"}, texts(FindEmoji(text))); diff != "" {
		t.Errorf("emoji (-want +got):\n%s", diff)
	}
}

func TestEmptyAndEdgeParse(t *testing.T) {
	if got := Parse("", V3()); got != (ParseResult{}) {
		t.Errorf("Parse(\"\") = %+v, want zero result", got)
	}
	// NFC lengthens U+FB2C to three code points; the valid range must
	// still be an index of the original text.
	r := Parse("\uFEFF\uFB2C\uFB2C", V3())
	if r.Valid || r.ValidRangeEnd < 0 || r.ValidRangeEnd > r.DisplayRangeEnd {
		t.Errorf("Parse with invalid character and NFC expansion = %+v", r)
	}
}
