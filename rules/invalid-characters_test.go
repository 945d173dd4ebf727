package rules

import (
	"strings"
	"testing"
)

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
	fs := checkDraft(t, def(), "Layanan\u200B\u200Cpublik", "facebook")
	if len(fs) != 1 || fs[0].Message.EN != "invisible character U+200B ZERO WIDTH SPACE, U+200C ZERO WIDTH NON-JOINER: it breaks hashtags, search and screen readers" {
		t.Errorf("message: %+v", fs)
	}
	fs = checkDraft(t, def(), "Promo\uFEFF", "x")
	if len(fs) != 1 || fs[0].Message.ID != "X menolak U+FEFF ZERO WIDTH NO-BREAK SPACE" {
		t.Errorf("forbidden message: %+v", fs)
	}
}

// TestInvalidCharactersControls covers control characters pasted into a
// post (terminal escape sequences, a bell, form feeds, C1 controls from
// text decoded with the wrong code page): each run is one warning over
// exactly the controls, in Indonesian and English posts. Tabs and line
// ends are ordinary text.
func TestInvalidCharactersControls(t *testing.T) {
	def := func() Rule { return &InvalidCharacters{} }
	runCases(t, def, []ruleCase{
		{name: "escape sequence (id)", src: "Cetak KTP-el \x1b[31mgratis\x1b[0m hari Sabtu.", platforms: []string{"facebook"},
			want: []string{"warning[facebook] \x1b", "warning[facebook] \x1b"}},
		{name: "bell and vertical tab (en)", src: "Free ID cards\x07\x0b this Saturday.", platforms: []string{"x"}, want: []string{"warning[x] \x07\x0b"}},
		{name: "form feed between paragraphs", src: "Layanan publik.\x0c\nBuka Sabtu.", platforms: []string{"instagram"}, want: []string{"warning[instagram] \x0c"}},
		{name: "C1 from a wrong code page (en)", src: "Register now\u0085 seats are limited.", platforms: []string{"linkedin"}, want: []string{"warning[linkedin] \u0085"}},
		{name: "C1 CSI and DEL (id)", src: "Daftar\u009b31m sekarang\x7f juga.", platforms: []string{"facebook"},
			want: []string{"warning[facebook] \u009b", "warning[facebook] \x7f"}},
		{name: "next to an invisible character", src: "Info\x1b\u200b layanan", platforms: []string{"facebook"},
			want: []string{"warning[facebook] \x1b", "warning[facebook] \u200b"}},

		// Traps: tabs and line ends are text.
		{name: "tabs and CRLF line ends (id)", src: "Jadwal:\tSenin\r\nLokasi:\tBalai kota\r\n", platforms: []string{"facebook", "x"}, want: nil},
		{name: "tabs and line ends (en)", src: "Schedule:\tMonday\nPlace:\tTown hall\n\nSee you.", platforms: []string{"facebook", "x"}, want: nil},
		{name: "escape written out", src: "Kode warna \\x1b dan ^[ ditulis biasa.", platforms: []string{"facebook"}, want: nil},
	})
	src := "Pasar murah \x1b[2J\x07 di alun-alun."
	fs := checkDraft(t, def(), src, "facebook")
	if len(fs) != 2 {
		t.Fatalf("findings: %+v", fs)
	}
	f := fs[0]
	if f.Range.Start.Line != 1 || f.Range.Start.Column != 13 || f.Range.End.Line != 1 || f.Range.End.Column != 14 {
		t.Errorf("span %+v, want 1:13-1:14 (the escape only)", f.Range)
	}
	if r := fs[1].Range; r.Start.Column != 17 || r.End.Column != 18 || !strings.HasPrefix(fs[1].Message.EN, "control character U+0007 BEL:") {
		t.Errorf("second finding %+v, want the bell at 1:17-1:18", fs[1])
	}
	if f.Message.EN != "control character U+001B ESC: it does not show, and platforms may drop it or refuse the post" {
		t.Errorf("message: %q", f.Message.EN)
	}
	if f.Message.ID != "karakter kendali U+001B ESC: tidak tampil, dan platform bisa membuangnya atau menolak unggahan" {
		t.Errorf("pesan: %q", f.Message.ID)
	}
	fs = checkDraft(t, def(), "Daftar\u009b\u0085 sekarang.", "facebook")
	if len(fs) != 1 || fs[0].Message.EN != "control character U+009B CSI, U+0085 NEL: it does not show, and platforms may drop it or refuse the post" {
		t.Errorf("C1 message: %+v", fs)
	}
}

func TestInvalidCharactersFix(t *testing.T) {
	def := func() Rule { return &InvalidCharacters{} }
	runFixCases(t, nil, def, []fixCase{
		{name: "id zero-width spaces", src: "Cetak KTP-el gratis\u200b #Layanan\u200bPublik", want: "Cetak KTP-el gratis #LayananPublik"},
		{name: "en word joiner", src: "Free\u2060 ID cards", want: "Free ID cards"},
		{name: "BOM inside the text, forbidden on x", src: "Info\uFEFF penting", platforms: []string{"x", "facebook"}, want: "Info penting"},
		{name: "noncharacter forbidden on x", src: "Info\uFFFE penting", platforms: []string{"x"}, want: "Info penting"},
		{name: "direction override", src: "Harga abc\u202Edef", want: "Harga abcdef"},
		{name: "escape sequence control", src: "Halo\x1b[31m warga", want: "Halo[31m warga"},
		{name: "vertical tab between words becomes a space", src: "satu\vdua tiga", want: "satu dua tiga"},
		{name: "form feed at a line end goes", src: "akhir\f\nbaris baru", want: "akhir\nbaris baru"},
		{name: "C1 control", src: "Rapat\u0085 pagi", want: "Rapat pagi"},
		{name: "stray joiner between Latin letters", src: "Se\u200dlamat pagi", want: "Selamat pagi"},

		// No fix, or nothing to fix.
		{name: "youtube angle brackets need words", src: "Nilai <5 tidak lulus", platforms: []string{"youtube"}},
		{name: "ZWJ inside an emoji family stays", src: "Keluarga 👨\u200d👩\u200d👧 hadir"},
		{name: "ZWJ in an emoji with a sign stays", src: "Petugas 👩\u200d⚕️ siaga"},
		{name: "joiner in Indic text stays", src: "क्\u200dष अक्षर"},
		{name: "direction mark on a right-to-left line stays", src: "مرحبا\u200f بكم"},
	})
}

// TestPrintableASCIIIsPlain holds what InvalidCharacters' fast path
// assumes: a printable ASCII character is never a control nor an
// invisible character, wherever it stands.
func TestPrintableASCIIIsPlain(t *testing.T) {
	for b := rune(0x20); b < 0x7F; b++ {
		text := "a" + string(b) + "\u200d" + string(b) + "b"
		sc := invisibleScanner{text: text, lineEnd: -1}
		if isControl(b) || sc.invisibleAt(1, b) || sc.invisibleAt(len(text)-2, b) {
			t.Errorf("%q is taken for a control or an invisible character", b)
		}
	}
}

// containsAnyRuneTexts are the texts and character sets containsAnyRune
// is compared with strings.ContainsAny on: the platforms' sets, U+FFFD
// and invalid bytes on either side, and encodings cut short.
var containsAnyRuneTexts = []string{
	"", "a", "<", ">", "plain text with no mark", "\uFEFF", "\uFFFE", "\uFFFF", "\uFFFD", "\xff", "\xef\xbb", "\xef\xbf",
	"\xe0\xef\xbb\xbf", "\xef\xef\xbb\xbf", "x\xbb\xbfy", "é", "e\u0301", "😀", "\xf0\x9f\x98", "a<b", "<>", "\uFFFDé",
	"Warga antre di kantor kecamatan 😀 <b>bold</b>\uFEFF", "\xed\xa0\x80", "\u200b\u2060",
}

func TestContainsAnyRune(t *testing.T) {
	sets := append([]string{"\uFFFE\uFEFF\uFFFF", "<>", "\uFFFDé", "<>\uFEFF\x1b\u200b", "\xff", "é\xbf", "\u0301"}, containsAnyRuneTexts...)
	for _, chars := range sets {
		for _, a := range containsAnyRuneTexts {
			for _, b := range containsAnyRuneTexts {
				text := a + b
				if got, want := containsAnyRune(text, chars), strings.ContainsAny(text, chars); got != want {
					t.Fatalf("containsAnyRune(%q, %q) = %v, want %v", text, chars, got, want)
				}
			}
		}
	}
}

func FuzzContainsAnyRune(f *testing.F) {
	for _, s := range containsAnyRuneTexts {
		f.Add(s, "\uFFFE\uFEFF\uFFFF")
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, text, chars string) {
		if got, want := containsAnyRune(text, chars), strings.ContainsAny(text, chars); got != want {
			t.Fatalf("containsAnyRune(%q, %q) = %v, want %v", text, chars, got, want)
		}
	})
}
