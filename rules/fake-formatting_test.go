package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFakeFormatting(t *testing.T) {
	def := func() Rule { return &FakeFormatting{Fullwidth: true, CombiningMarks: true} }
	runCases(t, def, []ruleCase{
		{name: "id bold capitals, one run across a space", src: "𝐈𝐍𝐅𝐎 𝐏𝐄𝐍𝐓𝐈𝐍𝐆! Cetak KTP-el kini bisa hari Sabtu.", want: []string{"warning 𝐈𝐍𝐅𝐎 𝐏𝐄𝐍𝐓𝐈𝐍𝐆"}},
		{name: "id italic word inside a sentence", src: "Pendaftaran 𝘨𝘳𝘢𝘵𝘪𝘴 sampai 30 April.", want: []string{"warning 𝘨𝘳𝘢𝘵𝘪𝘴"}},
		{name: "en script letters", src: "𝓕𝓻𝓮𝓮 health checks this Saturday.", want: []string{"warning 𝓕𝓻𝓮𝓮"}},
		{name: "circled letters", src: "Ⓘⓝⓕⓞ layanan", want: []string{"warning Ⓘⓝⓕⓞ"}},
		{name: "negative squared letters", src: "🅸🅽🅵🅾 terbaru", want: []string{"warning 🅸🅽🅵🅾"}},
		{name: "squared letters", src: "🄵🅁🄴🄴 entry", want: []string{"warning 🄵🅁🄴🄴"}},
		{name: "bold digits with letters", src: "𝐇𝐔𝐓 𝐑𝐈 𝟖𝟏 meriah!", want: []string{"warning 𝐇𝐔𝐓 𝐑𝐈 𝟖𝟏"}},
		{name: "fullwidth letters", src: "ＦＲＥＥ parking today", want: []string{"warning ＦＲＥＥ"}},
		{name: "combining strike-through", src: "Harga s̶e̶b̶e̶l̶u̶m̶n̶y̶a̶ kini Rp10.000", want: []string{"warning s̶e̶b̶e̶l̶u̶m̶n̶y̶a̶"}},
		{name: "two runs on two lines", src: "𝐉𝐀𝐃𝐖𝐀𝐋\nSenin–Jumat\n𝐋𝐎𝐊𝐀𝐒𝐈\nBalai Kota", want: []string{"warning 𝐉𝐀𝐃𝐖𝐀𝐋", "warning 𝐋𝐎𝐊𝐀𝐒𝐈"}},

		// Traps.
		{name: "a lone info symbol", src: "ⓘ Info: layanan tutup pada hari libur.", want: nil},
		{name: "parking emoji", src: "🅿️ Parkir gratis di halaman balai kota.", want: nil},
		{name: "metro emoji", src: "Naik Ⓜ️ ke stasiun terdekat.", want: nil},
		{name: "plain and accented letters", src: "Café Sarinah buka. Ngô Đình, São Paulo, naïve résumé.", want: nil},
		{name: "plain capitals", src: "INFO PENTING: cetak KTP-el hari Sabtu.", want: nil},
		{name: "a single styled letter", src: "Nilai 𝑥 pada soal ini.", want: nil},
	})
	runCases(t, func() Rule { return &FakeFormatting{} }, []ruleCase{
		{name: "fullwidth off", src: "ＦＲＥＥ parking today", want: nil},
		{name: "combining marks off", src: "Harga s̶e̶b̶e̶l̶u̶m̶n̶y̶a̶ turun", want: nil},
		{name: "math letters always", src: "𝐅𝐑𝐄𝐄 parking", want: []string{"warning 𝐅𝐑𝐄𝐄"}},
	})
}

func TestPlainLetters(t *testing.T) {
	tests := map[string]string{
		"𝐈𝐍𝐅𝐎 𝐏𝐄𝐍𝐓𝐈𝐍𝐆": "INFO PENTING",
		"𝘨𝘳𝘢𝘵𝘪𝘴":       "gratis",
		"𝓕𝓻𝓮𝓮":         "Free",
		"Ⓘⓝⓕⓞ":         "Info",
		"🅸🅽🅵🅾":         "INFO",
		"🅐🅑🅒":          "ABC",
		"🄵🅁🄴🄴":         "FREE",
		"ＦＲＥＥ":         "FREE",
		"𝟖𝟏":           "81",
		"s̶a̶l̶e̶":     "sale",
	}
	for in, want := range tests {
		if got := plainLetters(in); got != want {
			t.Errorf("plainLetters(%q) = %q, want %q", in, got, want)
		}
	}
	fs := checkDraft(t, &FakeFormatting{Fullwidth: true}, "𝐈𝐍𝐅𝐎 𝐏𝐄𝐍𝐓𝐈𝐍𝐆! Cetak KTP-el.")
	if len(fs) != 1 || fs[0].Suggestion.EN != `write it in plain letters: "INFO PENTING"` {
		t.Errorf("suggestion: %+v", fs)
	}
}

func TestFakeFormattingFix(t *testing.T) {
	def := func() Rule { return &FakeFormatting{Fullwidth: true, CombiningMarks: true} }
	runFixCases(t, nil, def, []fixCase{
		{name: "en bold serif", src: "𝐅𝐑𝐄𝐄 health checks this Saturday", want: "FREE health checks this Saturday"},
		{name: "id bold serif", src: "𝐏𝐄𝐍𝐓𝐈𝐍𝐆! Cetak KTP-el kini bisa hari Sabtu", want: "PENTING! Cetak KTP-el kini bisa hari Sabtu"},
		{name: "id bold sans words", src: "𝗟𝗮𝘆𝗮𝗻𝗮𝗻 𝗕𝗮𝗿𝘂 di kelurahan", want: "Layanan Baru di kelurahan"},
		{name: "en italic sans", src: "This is 𝘷𝘦𝘳𝘺 important", want: "This is very important"},
		{name: "circled letters", src: "Ⓘⓝⓕⓞ layanan", want: "Info layanan"},
		{name: "fullwidth letters", src: "ＩＮＦＯ terbaru", want: "INFO terbaru"},
		{name: "negative squared letters", src: "🅿🅰🆁🅺 here", want: "PARK here"},
		{name: "struck-through letters", src: "Big s̶a̶l̶e̶ today", want: "Big sale today"},
		{name: "an emoji after the run stays", src: "𝗡𝗘𝗪 ✨ layanan", want: "NEW ✨ layanan"},

		// No fix.
		{name: "letters shown as emoji", src: "Golongan darah 🅰️🅱️ dibutuhkan"},
		{name: "a lone symbol", src: "ⓘ Info layanan"},
	})
}

// Where Check passes a character by asciiUnstyled, styled says no, whatever
// the options and whatever follows.
func TestASCIIUnstyledIsNotStyled(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	pieces := []string{"a", "Z", "1", " ", ".", "\u0332", "\u0333", "\u0335", "\u0336", "\u0338", "\u0331", "\u0337",
		"\u0301", "𝐁", "Ⓐ", "🅰", "Ａ", "é", "\ufe0f", "\xcc", "\xff"}
	rules := []*FakeFormatting{{CombiningMarks: true, Fullwidth: true}, {}}
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		for i := 0; i < len(text); i++ {
			if !asciiUnstyled(text, i) {
				continue
			}
			for _, rule := range rules {
				if rule.styled(text, i, rune(text[i])) {
					t.Fatalf("%q at %d: passed as unstyled, but styled", text, i)
				}
			}
		}
	}
	// Every ASCII character before a style mark is looked at.
	for c := byte(0); c < utf8.RuneSelf; c++ {
		for _, mark := range []string{"\u0332", "\u0333", "\u0335", "\u0336", "\u0338"} {
			if text := string(c) + mark; asciiUnstyled(text, 0) {
				t.Errorf("%q: passed as unstyled", text)
			}
		}
	}
}
