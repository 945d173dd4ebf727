package prose

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWords(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []tokText
	}{
		{"empty", "", nil},
		{"blank", " \t\n\r\n ", nil},
		{"reduplication", "kegiatan-kegiatan sehari-hari anak-anak", []tokText{w("kegiatan-kegiatan"), w("sehari-hari"), w("anak-anak")}},
		{"prefix hyphen", "di-like e-mail e-KTP", []tokText{w("di-like"), w("e-mail"), w("e-KTP")}},
		{"acronym with digits", "COVID-19 H-1 lebaran", []tokText{w("COVID-19"), w("H-1"), w("lebaran")}},
		{"apostrophes", "don't it's Jum'at Jum’at", []tokText{w("don't"), w("it's"), w("Jum'at"), w("Jum’at")}},
		{"apostrophe at edges is not part of the word", "'hoaks' students'", []tokText{w("hoaks"), w("students")}},
		{"numbers with separators", "10.000 08.00 2,5 1.500.000 2024", []tokText{n("10.000"), n("08.00"), n("2,5"), n("1.500.000"), n("2024")}},
		{"rupiah glued is one number", "Rp10.000 rp5.000", []tokText{n("Rp10.000"), n("rp5.000")}},
		{"rupiah spaced is a word and a number", "Rp 1.500.000 Rp.10.000", []tokText{w("Rp"), n("1.500.000"), w("Rp"), n("10.000")}},
		{"trailing separator not joined", "pukul 08.00. Harga 2,", []tokText{w("pukul"), n("08.00"), w("Harga"), n("2")}},
		{"hyphen needs letters on both sides", "a- -b a--b", []tokText{w("a"), w("b"), w("a"), w("b")}},
		{"hashtag not merged", "keren#BanggaBuatanIndonesia #HUTRI80", []tokText{w("keren"), w("BanggaBuatanIndonesia"), w("HUTRI80")}},
		{"mention and slash", "@humas_setneg Bapak/Ibu", []tokText{w("humas_setneg"), w("Bapak"), w("Ibu")}},
		{"domain splits at dots", "setneg.go.id", []tokText{w("setneg"), w("go"), w("id")}},
		{"emoji are not words", "Selamat 🎉🎉 Hari Guru 🙏🏽 👨‍👩‍👧 🇮🇩 1️⃣ ❤️", []tokText{w("Selamat"), w("Hari"), w("Guru")}},
		{"multi-byte letters", "Kafé naïve Привет مرحبا", []tokText{w("Kafé"), w("naïve"), w("Привет"), w("مرحبا")}},
		{"decomposed accent stays in the word", "Kafe\u0301 baru", []tokText{w("Kafe\u0301"), w("baru")}},
		{"soft hyphen joins", "sebar\u00adkan", []tokText{w("sebar\u00adkan")}},
		{"nbsp and zero width space separate", "Rp\u00a010.000 a\u200b", []tokText{w("Rp"), n("10.000"), w("a")}},
		{"invalid utf-8", "ab\xffcd \xe2\x82", []tokText{w("ab"), w("cd")}},
		{"superscript number", "m² ①", []tokText{w("m²"), n("①")}},
		{"range is one number", "2020-2024", []tokText{n("2020-2024")}},
		{"en dash range splits", "08.00–10.00", []tokText{n("08.00"), n("10.00")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tokTexts(tt.text, Words(tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Words(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		text string
		want []tokText
	}{
		{"Sebarkan!!!", []tokText{w("Sebarkan"), p("!"), p("!"), p("!")}},
		{`Ketik "AMIN" ya`, []tokText{w("Ketik"), p(`"`), w("AMIN"), p(`"`), w("ya")}},
		{"“hoaks”, kata—dia", []tokText{p("“"), w("hoaks"), p("”"), p(","), w("kata"), p("—"), w("dia")}},
		{"#HUT @kemensetneg x.id/a", []tokText{p("#"), w("HUT"), p("@"), w("kemensetneg"), w("x"), p("."), w("id"), p("/"), w("a")}},
		{"harga $5 + 10%", []tokText{w("harga"), sy("$"), n("5"), sy("+"), n("10"), p("%")}},
		{"Ayo 🎉👍🏽 1️⃣ #️⃣ 🇮🇩", []tokText{w("Ayo"), sy("🎉"), sy("👍🏽"), sy("1️⃣"), sy("#️⃣"), sy("🇮🇩")}},
		{"a\xffb", []tokText{w("a"), sy("\xff"), w("b")}},
		{"(2/4)", []tokText{p("("), n("2"), p("/"), n("4"), p(")")}},
	}
	for _, tt := range tests {
		got := tokTexts(tt.text, Tokens(tt.text))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Tokens(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestAppendReusesBuffer(t *testing.T) {
	buf := make([]Token, 0, 16)
	buf = AppendWords(buf, "satu dua")
	buf = AppendTokens(buf[:0], "tiga!")
	if diff := cmp.Diff([]tokText{w("tiga"), p("!")}, tokTexts("tiga!", buf)); diff != "" {
		t.Error(diff)
	}
}

func TestIsUpperWord(t *testing.T) {
	tests := map[string]bool{
		"BPJS": true, "COVID-19": true, "DON'T": true, "ÉTÉ": true, "AWAS!!": true,
		"A": false, "Rp": false, "2024": false, "Bpjs": false, "": false, "ÉtÉ": false, "🎉": false,
	}
	for in, want := range tests {
		if got := IsUpperWord(in); got != want {
			t.Errorf("IsUpperWord(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestLetterCounts(t *testing.T) {
	tests := []struct {
		text           string
		letters, upper int
	}{
		{"", 0, 0},
		{"AWAS Hoaks!! 123", 9, 5},
		{"Ésta ÑAME 🎉", 8, 5},
		{"\xff\xfe", 0, 0},
	}
	for _, tt := range tests {
		l, u := LetterCounts(tt.text)
		if l != tt.letters || u != tt.upper {
			t.Errorf("LetterCounts(%q) = %d, %d; want %d, %d", tt.text, l, u, tt.letters, tt.upper)
		}
	}
}

// TestWordsAreTokensLessPunct checks what lets one tokenisation serve
// both: Words is Tokens without its Punct and Symbol tokens.
func TestWordsAreTokensLessPunct(t *testing.T) {
	for _, text := range []string{
		"", "Halo, dunia! 10.000 orang—datang ke #Jakarta @pemkot 🎉🎉",
		"1️⃣ Daftar di https://x.id/a-b?c=d, lalu bawa KTP (asli).",
		"We’re open: don’t miss it… S.Sos., M.Si. e-KTP 08.00–10.00",
		"  \t\n«kutipan» „Anführung“ ‹x› 👩‍👩‍👧 ✔︎ a_b c'd",
	} {
		var want []Token
		for _, tok := range Tokens(text) {
			if tok.Kind != Punct && tok.Kind != Symbol {
				want = append(want, tok)
			}
		}
		if got := Words(text); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %v; Tokens less punctuation = %v", text, got, want)
		}
	}
}
