package rules

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

func TestMarkdownSyntax(t *testing.T) {
	def := func() Rule { return &MarkdownSyntax{Emphasis: true} }
	runCases(t, def, []ruleCase{
		{name: "id bold", src: "Cetak KTP-el **gratis** hari Sabtu.", want: []string{"warning **gratis**"}},
		{name: "en bold with underscores", src: "Health checks are __free__ this week.", want: []string{"warning __free__"}},
		{name: "strike-through", src: "Harga ~~Rp20.000~~ kini Rp10.000.", want: []string{"warning ~~Rp20.000~~"}},
		{name: "id heading", src: "# Jadwal Layanan\nSenin–Jumat, 08.00–14.00.", want: []string{"warning # Jadwal Layanan"}},
		{name: "en second-level heading", src: "Update:\n\n## Free health checks\nEvery Saturday.", want: []string{"warning ## Free health checks"}},
		{name: "id link", src: "Daftar [di sini](https://contoh.go.id/daftar) sebelum 30 April.", want: []string{"warning [di sini](https://contoh.go.id/daftar)"}},
		{name: "en image", src: "Our poster: ![poster](poster.png)", want: []string{"warning ![poster](poster.png)"}},
		{name: "code fence", src: "Kode promo:\n```\nKTP2026\n```\nBerlaku sampai Mei.", want: []string{"warning ```\nKTP2026\n```"}},
		{name: "quote block with a bare > line", src: "Kata Wali Kota:\n> Layanan harus mudah.\n>\n> Warga tidak boleh antre lama.\nTerima kasih.", want: []string{"warning > Layanan harus mudah.\n>\n> Warga tidak boleh antre lama."}},
		{name: "nested quote", src: "> > quoted twice\n> reply", want: []string{"warning > > quoted twice\n> reply"}},
		{name: "id italic is a note", src: "Syarat: bawa KK *asli* dan KTP.", want: []string{"info *asli*"}},
		{name: "en italic with underscores is a note", src: "Bring your _original_ ID card.", want: []string{"info _original_"}},
		{name: "italic inside bold is one finding", src: "**_Gratis_** untuk lansia.", want: []string{"warning **_Gratis_**"}},
		{name: "bold inside a heading is part of the heading", src: "# Layanan **gratis**\nIsi.", want: []string{"warning # Layanan **gratis**"}},

		// Traps.
		{name: "hashtags are not headings", src: "#KTPGratis #Info #1 di Jatim\n#LayananPublik", want: nil},
		{name: "arithmetic", src: "Hitung: 5 * 3 = 15 dan 2*4*6 = 48.", want: nil},
		{name: "snake case and links with underscores", src: "Pakai kode promo_ktp_sabtu di https://contoh.go.id/a_b_c_d ya.", want: nil},
		{name: "emoticons", src: "Sampai jumpa *_* ^_^ -_- :* hehe", want: nil},
		{name: "plain lists", src: "Syarat:\n- KTP asli\n- KK asli\n• Formulir\n* Pas foto", want: nil},
		{name: "a single arrow line", src: "Info lengkap:\n> Daftar di kelurahan terdekat", want: nil},
		{name: "arrow lines", src: "> Lokasi: Balai Kota\n> Waktu: 08.00 WIB", want: nil},
		{name: "footnote stars", src: "Diskon 50%*\n*Syarat dan ketentuan berlaku", want: nil},
		{name: "censored word", src: "Jangan tulis b*d*h di kolom komentar.", want: nil},
		{name: "one-letter emphasis", src: "Pilih *a* atau *b*.", want: nil},
	})
	runCases(t, func() Rule { return &MarkdownSyntax{Emphasis: false} }, []ruleCase{
		{name: "emphasis off", src: "Bawa KK *asli* dan _fotokopi_.", want: nil},
		{name: "bold still on", src: "Bawa KK **asli**.", want: []string{"warning **asli**"}},
	})
	runCases(t, def, []ruleCase{
		{name: "whatsapp renders single markers", src: "---\nplatform: whatsapp\n---\n*Pengumuman*\n_Mulai Senin_ layanan ~tutup~ buka.\n```\nKTP2026\n```\n> kutipan\n>\n> lagi", want: nil},
		{name: "whatsapp still prints headings and double stars", src: "---\nplatform: whatsapp\n---\n# Pengumuman\n**Mulai Senin** layanan buka.", want: []string{"warning # Pengumuman", "warning **Mulai Senin**"}},
		{name: "whatsapp and another platform are checked fully", src: "---\nplatform: [whatsapp, facebook]\n---\n*Pengumuman* hari ini.", want: []string{"info *Pengumuman*"}},
	})
	fs := checkDraft(t, def(), "Daftar [di sini](https://contoh.go.id/daftar).")
	if len(fs) != 1 || fs[0].Suggestion.EN != `write it as plain text: "di sini: https://contoh.go.id/daftar"` {
		t.Errorf("link suggestion: %+v", fs)
	}
	fs = checkDraft(t, def(), "# Jadwal Layanan\nIsi.")
	if len(fs) != 1 || fs[0].Suggestion.ID != `tulis sebagai teks biasa: "Jadwal Layanan"` {
		t.Errorf("heading suggestion: %+v", fs)
	}
}

func TestMarkdownSyntaxFix(t *testing.T) {
	def := func() Rule { return &MarkdownSyntax{Emphasis: true} }
	runFixCases(t, nil, def, []fixCase{
		{name: "id bold", src: "Cetak KTP-el **gratis** hari Sabtu.", want: "Cetak KTP-el gratis hari Sabtu."},
		{name: "en bold with underscores", src: "Health checks are __free__ this week.", want: "Health checks are free this week."},
		{name: "id heading", src: "# Jadwal Layanan\nSenin–Jumat, 08.00–14.00.", want: "Jadwal Layanan\nSenin–Jumat, 08.00–14.00."},
		{name: "en heading with closing hashes", src: "Update:\n\n## Free health checks ##\nEvery Saturday.", want: "Update:\n\nFree health checks\nEvery Saturday."},
		{name: "a hash that belongs to the heading stays", src: "# Belajar C#\nKelas gratis.", want: "Belajar C#\nKelas gratis."},
		{name: "id link", src: "Daftar [di sini](https://contoh.go.id/daftar) sebelum 30 April.", want: "Daftar di sini: https://contoh.go.id/daftar sebelum 30 April."},
		{name: "en link whose label is the address", src: "Read [example.id/report](https://example.id/report) today.", want: "Read https://example.id/report today."},
		{name: "id link whose label is the site", src: "Rincian: [contoh.go.id](https://contoh.go.id/sabtu)", want: "Rincian: https://contoh.go.id/sabtu"},
		{name: "a label with a dot that is not the site", src: "Baca [Perpres No. 5](https://contoh.go.id/perpres) di sini.", want: "Baca Perpres No. 5: https://contoh.go.id/perpres di sini."},
		{name: "en link whose label ends with a colon", src: "[Register:](https://example.id/r) before Friday.", want: "Register: https://example.id/r before Friday."},
		{name: "bold inside a heading: two passes", src: "# Layanan **gratis**\nIsi.", want: "Layanan gratis\nIsi."},
		{name: "bold label of a link: two passes", src: "[**Daftar**](https://contoh.go.id/d) sekarang.", want: "Daftar: https://contoh.go.id/d sekarang."},
		{name: "italic inside bold keeps the italic", src: "**_Gratis_** untuk lansia.", want: "_Gratis_ untuk lansia."},
		{name: "whatsapp keeps bold and strike in its own markers", src: "---\nplatform: whatsapp\n---\n**Mulai Senin** layanan ~~tutup~~ buka.",
			want: "---\nplatform: whatsapp\n---\n*Mulai Senin* layanan ~tutup~ buka."},
		{name: "front matter untouched", src: "---\ntitle: \"**Judul**\"\n---\n**Isi** pengumuman.", want: "---\ntitle: \"**Judul**\"\n---\nIsi pengumuman."},
		{name: "next to a directive comment", src: "**Penting** <!-- postlint-disable-line acronym -->\nIsi.", want: "Penting <!-- postlint-disable-line acronym -->\nIsi."},

		// No fix: several rewrites are possible, or the markers carry meaning.
		{name: "id strike-through: the crossing-out carries meaning", src: "Harga ~~Rp20.000~~ kini Rp10.000."},
		{name: "en strike-through", src: "Tickets were ~~free~~ are now $5."},
		{name: "image", src: "Our poster: ![poster](poster.png)"},
		{name: "italic is only a note", src: "Syarat: bawa KK *asli* dan KTP."},
		{name: "code fence", src: "Kode promo:\n```\nKTP2026\n```\nBerlaku sampai Mei."},
		{name: "quote block", src: "Kata Wali Kota:\n> Layanan harus mudah.\n>\n> Warga tidak boleh antre lama."},
		{name: "bold inside a URL", src: "Lihat https://contoh.go.id/**promo**/daftar hari ini."},
		{name: "bold around a whole URL", src: "Info: **https://contoh.go.id/daftar** sekarang.", want: "Info: https://contoh.go.id/daftar sekarang."},
	})
}

// emphasisRes are the expressions nextEmphasis implements, by marker: the
// oracle of the tests below.
var emphasisRes = map[string]*regexp.Regexp{
	"**": regexp.MustCompile(`\*\*([^\s*](?:[^*\n]*?[^\s*])?)\*\*`),
	"__": regexp.MustCompile(`__([^\s_](?:[^_\n]*?[^\s_])?)__`),
	"~~": regexp.MustCompile(`~~([^\s~](?:[^~\n]*?[^\s~])?)~~`),
	"*":  regexp.MustCompile(`\*([^\s*](?:[^*\n]*?[^\s*])?)\*`),
	"_":  regexp.MustCompile(`_([^\s_](?:[^_\n]*?[^\s_])?)_`),
}

// emphasisPieces build texts near the edges of the expressions: markers
// alone, doubled and tripled, every kind of space (\v is not RE2's \s),
// line breaks, letters, multi-byte and invalid UTF-8.
var emphasisPieces = []string{"*", "**", "***", "_", "__", "~", "~~", " ", "\t", "\n", "\v", "\f", "\r", "\u00a0",
	"a", "bc", "é", "日本", "😀", "\xff", "\xe2\x80", "1", ".", "x y", "\u2028"}

// checkNextEmphasis fails t unless nextEmphasis finds in text what the
// expression for marker finds in text[from:], from every offset.
func checkNextEmphasis(t *testing.T, text, marker string) {
	t.Helper()
	re := emphasisRes[marker]
	for from := 0; from <= len(text); from++ {
		s, e, ok := nextEmphasis(text, from, marker)
		m := re.FindStringSubmatchIndex(text[from:])
		if (m != nil) != ok || ok && (s != from+m[0] || e != from+m[1] || s+len(marker) != from+m[2] || e-len(marker) != from+m[3]) {
			t.Fatalf("%q from %d, marker %q: nextEmphasis %d, %d, %v; the expression %v", text, from, marker, s, e, ok, m)
		}
	}
}

func TestNextEmphasisSameAsRegexp(t *testing.T) {
	for _, text := range []string{"", "**bold**", "** bold**", "**bold **", "**b**", "****", "**a*b**", "**a\nb**",
		"*a*", "*ab*", "* a*", "*a *", "**a**b**", "__snake_case__", "_a_b_", "~~old~~ price", "~~a~ b~~", "*\xff*",
		"*é*", "**é \t**", "*a\vb*", "*\va*", "a*b*c*d", "***bold***", "_\n_", "**x\r**",
		// Input that ends within a span, and a multi-byte or invalid
		// last character inside the closing marker.
		"*", "**", "**a", "**a*", "~~a~", "*\xc3*", "*\xc3\xa9 *", "*a\xc3\xa9*", "~~~a~~~"} {
		for marker := range emphasisRes {
			checkNextEmphasis(t, text, marker)
		}
	}
	r := rand.New(rand.NewPCG(41, 42))
	for range 30000 {
		var b strings.Builder
		for range 1 + r.IntN(10) {
			b.WriteString(emphasisPieces[r.IntN(len(emphasisPieces))])
		}
		for marker := range emphasisRes {
			checkNextEmphasis(t, b.String(), marker)
		}
	}
}

func FuzzNextEmphasis(f *testing.F) {
	for _, p := range emphasisPieces {
		f.Add("**a" + p + "b**")
	}
	f.Fuzz(func(t *testing.T, text string) {
		for marker := range emphasisRes {
			checkNextEmphasis(t, text, marker)
		}
	})
}

// mergedOracle is mdIntervals.merged as it was, sorting with sort.Slice.
func mergedOracle(iv mdIntervals) mdIntervals {
	sort.Slice(iv, func(i, j int) bool { return iv[i][0] < iv[j][0] })
	out := iv[:0]
	for _, r := range iv {
		if n := len(out); n > 0 && r[0] < out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out = append(out, r)
	}
	return out
}

// TestMergedMatchesOracle wants merged to give what the sort.Slice version
// gave on random ranges, many with equal starts and some empty: with
// those, the order a sort leaves equal starts in shows in the result.
func TestMergedMatchesOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for n := range 2000 {
		size := n%70 + rng.IntN(3)
		iv := make(mdIntervals, size)
		for i := range iv {
			start := rng.IntN(size/3 + 2)
			iv[i] = [2]int{start, start + rng.IntN(4)} // a quarter empty
		}
		want := mergedOracle(slices.Clone(iv))
		if got := slices.Clone(iv).merged(); !slices.Equal(got, want) {
			t.Fatalf("merged(%v) = %v, want %v", iv, got, want)
		}
	}
}
