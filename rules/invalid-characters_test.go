package rules

import "testing"

func TestInvalidCharacters(t *testing.T) {
	def := func() Rule { return &InvalidCharacters{} }
	runCases(t, def, []ruleCase{
		{name: "x rejects a byte-order mark", src: "Cetak KTP-el\uFEFF gratis.", platforms: []string{"x"}, want: []string{"error[x] \uFEFF"}},
		{name: "elsewhere it is an invisible character", src: "Cetak KTP-el\uFEFF gratis.", platforms: []string{"facebook"}, want: []string{"warning[facebook] \uFEFF"}},
		{name: "noncharacters matter where they are rejected", src: "Free ID cards\uFFFE today.", platforms: []string{"x", "linkedin"}, want: []string{"error[x] \uFFFE"}},
		{name: "youtube rejects angle brackets", src: "Harga <Rp50.000 untuk pelajar -> daftar sekarang", platforms: []string{"youtube"},
			want: []string{"error[youtube] <", "error[youtube] >"}},
		{name: "angle brackets are fine elsewhere", src: "Harga <Rp50.000 untuk pelajar -> daftar", platforms: []string{"facebook", "x"}, want: nil},
		{name: "a run of zero-width spaces is one finding", src: "Layanan\u200B\u200B\u200Bpublik", platforms: []string{"instagram"}, want: []string{"warning[instagram] \u200B\u200B\u200B"}},
		{name: "zero-width space in a hashtag", src: "Info #Layanan\u200BPublik", platforms: []string{"facebook"}, want: []string{"warning[facebook] \u200B"}},
		{name: "word joiner", src: "Free\u2060ID", platforms: []string{"linkedin"}, want: []string{"warning[linkedin] \u2060"}},
		{name: "zwj between latin letters", src: "ma\u200Dkan", platforms: []string{"facebook"}, want: []string{"warning[facebook] \u200D"}},
		{name: "right-to-left override", src: "Download invoice\u202Egnp.exe now", platforms: []string{"facebook"}, want: []string{"warning[facebook] \u202E"}},
		{name: "direction mark in latin text", src: "Jadwal\u200E layanan", platforms: []string{"facebook"}, want: []string{"warning[facebook] \u200E"}},

		// Traps.
		{name: "zwj inside emoji sequences", src: "Liburan 👨\u200D👩\u200D👧 dan 🏳️\u200D🌈 serta 👩🏽\u200D💻", platforms: []string{"x", "facebook"}, want: nil},
		{name: "variation selectors", src: "Terima kasih ❤️ ☀️ ✔️", platforms: []string{"x", "facebook"}, want: nil},
		{name: "arabic text with direction marks", src: "Salam: \u200Fالسلام عليكم\u200E semuanya", platforms: []string{"facebook"}, want: nil},
		{name: "zwnj in persian-style arabic script", src: "می\u200Cخواهم", platforms: []string{"facebook"}, want: nil},
		{name: "zwj in devanagari", src: "क्\u200Dष", platforms: []string{"facebook"}, want: nil},
		{name: "plain text", src: "Cetak KTP-el gratis hari Sabtu.", platforms: []string{"x", "youtube", "facebook"}, want: nil},
	})
	fs := lint(t, def(), "Layanan\u200B\u200Cpublik", "facebook")
	if len(fs) != 1 || fs[0].Message.EN != "invisible character U+200B ZERO WIDTH SPACE, U+200C ZERO WIDTH NON-JOINER: it breaks hashtags, search and screen readers" {
		t.Errorf("message: %+v", fs)
	}
	fs = lint(t, def(), "Promo\uFEFF", "x")
	if len(fs) != 1 || fs[0].Message.ID != "X menolak U+FEFF ZERO WIDTH NO-BREAK SPACE" {
		t.Errorf("forbidden message: %+v", fs)
	}
}
