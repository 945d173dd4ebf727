package rules

import (
	"strings"
	"testing"
)

func TestAltTextQuality(t *testing.T) {
	def := func() Rule { return &AltTextQuality{MaxLength: 125, CaptionSimilarity: 0.9} }
	long := strings.Repeat("Petugas melayani warga lansia di loket. ", 4)         // 160 characters
	huge := strings.Repeat("Volunteers hand out food parcels to residents. ", 22) // over 1,000
	fm := func(alt string) string { return "---\nmedia: image\nalt: \"" + alt + "\"\n---\n" }
	runCases(t, def, []ruleCase{
		{name: "id opens with foto", src: fm("Foto kegiatan sosialisasi KTP-el di balai desa") + "Sosialisasi KTP-el.", platforms: []string{"facebook"},
			want: []string{"info[facebook] <meta>"}},
		{name: "id opens with gambar dari", src: fm("Gambar dari peta jalur mudik Jawa Tengah") + "Jalur mudik 2026.", platforms: []string{"instagram"},
			want: []string{"info[instagram] <meta>"}},
		{name: "en opens with image of", src: fm("Image of volunteers packing rice") + "Thank you, volunteers!", platforms: []string{"linkedin"},
			want: []string{"info[linkedin] <meta>"}},
		{name: "en a photo of, any case", src: fm("A PHOTO OF the mayor at the market") + "Market day.", platforms: []string{"facebook"},
			want: []string{"info[facebook] <meta>"}},
		{name: "en screenshot of", src: fm("Screenshot of the registration form") + "Register now.", platforms: []string{"facebook"},
			want: []string{"info[facebook] <meta>"}},
		{name: "over 125 characters", src: fm(long) + "Layanan lansia.", platforms: []string{"facebook"},
			want: []string{"info[facebook] <meta>"}},
		{name: "over the X limit is an error, not also an info", src: fm(huge) + "Food drive.", platforms: []string{"x"},
			want: []string{"error[x] <meta>"}},
		{name: "over 1,000 elsewhere is only long", src: fm(huge) + "Food drive.", platforms: []string{"instagram"},
			want: []string{"info[instagram] <meta>"}},
		{name: "id equals the caption", src: fm("Cetak KTP-el kini bisa hari Sabtu di kantor kecamatan") + "Cetak KTP-el kini bisa hari Sabtu di kantor kecamatan!", platforms: []string{"facebook"},
			want: []string{"info[facebook] <meta>"}},
		{name: "en nearly equals the caption, hashtags aside", src: fm("free health checks this saturday at every community health centre") + "Free health checks this Saturday at every community health centre. #HealthyCity", platforms: []string{"facebook"},
			want: []string{"info[facebook] <meta>"}},
		{name: "one finding per platform", src: "---\nplatform: [facebook, instagram]\nmedia: image\nalt: \"Foto Wali Kota di pasar\"\n---\nPasar murah.",
			want: []string{"info[facebook] <meta>", "info[instagram] <meta>"}},

		// Traps.
		{name: "id good alt", src: fm("Petugas Disdukcapil memotret warga lansia untuk KTP-el di teras rumahnya") + "Layanan jemput bola KTP-el untuk lansia.", platforms: []string{"facebook", "x"}, want: nil},
		{name: "en good alt", src: fm("Volunteers hand out food parcels to residents queuing outside the village hall") + "Thank you to everyone who helped!", platforms: []string{"x"}, want: nil},
		{name: "foto later in the alt is fine", src: fm("Warga memegang foto KTP lama di depan loket") + "Ganti KTP lama.", platforms: []string{"facebook"}, want: nil},
		{name: "fotografer is not foto", src: fm("Fotografer memotret tari Saman di alun-alun") + "Festival budaya.", platforms: []string{"facebook"}, want: nil},
		{name: "en image later is fine", src: fm("A nurse holds up an image of the vaccine schedule") + "Vaccines this week.", platforms: []string{"facebook"}, want: nil},
		{name: "alt shares a few words with the caption", src: fm("Antrean warga di depan loket KTP-el kecamatan Tegalsari") + "Cetak KTP-el kini bisa hari Sabtu di kantor kecamatan. Bawa KK asli.", platforms: []string{"facebook"}, want: nil},
		{name: "no alt is another rule's job", src: "---\nmedia: image\n---\nFoto kegiatan.", platforms: []string{"facebook"}, want: nil},
		{name: "empty alt is another rule's job", src: fm("  ") + "Foto kegiatan.", platforms: []string{"facebook"}, want: nil},
	})
}

func TestAltTextQualityMessages(t *testing.T) {
	src := "---\nplatform: x\nmedia: carousel\nalt:\n  - \"Antrean warga di depan puskesmas\"\n  - \"Foto jadwal imunisasi\"\n---\nImunisasi campak gratis."
	fs := checkDraft(t, &AltTextQuality{MaxLength: 125, CaptionSimilarity: 0.9}, src)
	if len(fs) != 1 {
		t.Fatalf("findings: %+v", fs)
	}
	f := fs[0]
	if f.Message.EN != `alt text of image 2 starts with "Foto": screen readers already say it is an image` {
		t.Errorf("message: %q", f.Message.EN)
	}
	if f.Message.ID != `teks alternatif gambar 2 dibuka dengan "Foto": pembaca layar sudah menyebutnya gambar` {
		t.Errorf("Indonesian message: %q", f.Message.ID)
	}
	if f.Suggestion.ID != `mulai dengan apa yang tampak: "Jadwal imunisasi"` {
		t.Errorf("suggestion: %q", f.Suggestion.ID)
	}
	if f.Range.Start.Line != 4 {
		t.Errorf("finding should point at the alt key on line 4, got %+v", f.Range)
	}

	one := checkDraft(t, &AltTextQuality{MaxLength: 125, CaptionSimilarity: 0.9}, "---\nmedia: image\nalt: \"Image of a queue\"\n---\nQueue.", "facebook")
	if len(one) != 1 || !strings.HasPrefix(one[0].Message.EN, "alt text starts with") {
		t.Errorf("single image message: %+v", one)
	}
	x := checkDraft(t, &AltTextQuality{MaxLength: 125, CaptionSimilarity: 0.9}, "---\nmedia: image\nalt: \""+strings.Repeat("ab", 600)+"\"\n---\nQueue.", "x")
	if len(x) != 1 || x[0].Message.EN != "alt text is 1200 characters: X accepts at most 1000" {
		t.Errorf("X limit message: %+v", x)
	}
}

func TestAltTextQualityValidate(t *testing.T) {
	for _, r := range []*AltTextQuality{{MaxLength: -1, CaptionSimilarity: 0.9}, {MaxLength: 125, CaptionSimilarity: 0}, {MaxLength: 125, CaptionSimilarity: 1.5}} {
		if r.Validate() == nil {
			t.Errorf("%+v should be rejected", *r)
		}
	}
	if err := (&AltTextQuality{MaxLength: 0, CaptionSimilarity: 1}).Validate(); err != nil {
		t.Errorf("valid options rejected: %v", err)
	}
}

// TestAltWords pins altWords's lists, nil included: the list is made at
// its first kept word, so a text of only hashtags and mentions still has
// none.
func TestAltWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"#UMKM @humas", nil},
		{"#UMKM Foto Kegiatan @humas di Balai Kota", []string{"foto", "kegiatan", "di", "balai", "kota"}},
		{"Warga antre KTP-el #Dukcapil", []string{"warga", "antre", "ktp-el"}},
	} {
		got := altWords(tc.in)
		if (got == nil) != (tc.want == nil) || strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("altWords(%q) = %#v, want %#v", tc.in, got, tc.want)
		}
	}
}
