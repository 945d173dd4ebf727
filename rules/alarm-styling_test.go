package rules

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/prose"
)

func newAlarmStyling() Rule {
	return &AlarmStyling{ExclamationRun: 2, Interrobang: true, CapsRun: 3, CapsRatio: 0.30, CapsMinLetters: 20, AlarmWords: true}
}

func TestAlarmStyling(t *testing.T) {
	runCases(t, newAlarmStyling, []ruleCase{
		{name: "id stacked exclamation marks", src: "Mulai besok rekening diblokir!!! Cek segera.", want: []string{"warning !!!"}},
		{name: "id one exclamation mark is fine", src: "Cetak KTP-el kini bisa hari Sabtu!", want: nil},
		{name: "id interrobang", src: "Harga cabai naik lagi?! Ini penjelasan Dinas Perdagangan.", want: []string{"warning ?!"}},
		{name: "id alarm word in capitals", src: "AWAS penipuan berkedok undian berhadiah.", want: []string{"warning AWAS"}},
		{name: "id alarm word with stacked marks", src: "PENTING!! Jadwal vaksinasi berubah.", want: []string{"warning PENTING", "warning !!"}},
		{name: "id lowercase waspada alone is not a finding", src: "Ayo waspada DBD, kuras bak mandi seminggu sekali.", want: nil},
		{name: "id sentence-case waspada is not a finding", src: "Waspada DBD di musim hujan: kuras, tutup, dan daur ulang.", want: nil},
		{name: "id three capitalised words", src: "Besok ada PEMADAMAN LISTRIK TOTAL di seluruh kota.", want: []string{"warning PEMADAMAN LISTRIK TOTAL"}},
		{name: "id known acronyms are not shouting", src: "Daftar UMKM dan BPJS Ketenagakerjaan cukup dengan KTP di kantor kecamatan.", want: nil},
		{name: "id acronyms do not make a run", src: "Bawa KTP KK NIK SIM saat datang ke kantor.", want: nil},
		{name: "id acronyms do not break a run either", src: "Hari ini SEGERA DAFTAR UMKM SEKARANG juga ya, pendaftaran di kantor kecamatan.",
			want: []string{"warning SEGERA", "warning SEGERA DAFTAR UMKM SEKARANG"}},
		{name: "id coming soon is not an alarm", src: "Kedai kopi baru kami SEGERA HADIR di Jalan Merdeka.", want: nil},
		{name: "id hashtags and links are excluded", src: "Info vaksin di https://example.id/JADWAL-VAKSIN-TERBARU #VAKSINASIGRATIS #AYOVAKSIN #SEHATBERSAMA", want: nil},
		{name: "id mostly capitals without a run", src: "MULAI besok SEMUA rumah WAJIB lapor KEPADA ketua RT setempat.", want: []string{"warning MULAI besok SEMUA rumah WAJIB lapor KEPADA ketua RT setempat"}},
		{name: "id short post is too short for the ratio", src: "OKE siap.", want: nil},
		{name: "id a line break ends a run", src: "JADWAL BARU\nLAYANAN KTP dibuka setiap hari Sabtu mulai pukul delapan pagi di kantor kecamatan.", want: nil},
		{name: "id capital initials are not capitals", src: "Kedai Kopi Nusantara Buka Di Jalan Merdeka Nomor Lima Kota Bandung.", want: nil},
		{name: "id debunk label is not shouting", src: "[HOAKS] CEK FAKTA: pesan soal pemblokiran rekening tidak benar.", want: nil},
		{name: "id quoted alarm under a debunk label is info", src: "[HOAKS] Pesan \"AWAS!! rekening diblokir\" tidak benar.", want: []string{"info AWAS", "info !!"}},
		{name: "en breaking in capitals", src: "BREAKING: the bridge on Jl. Sudirman is closed.", want: []string{"warning BREAKING"}},
		{name: "en all-caps sentence", src: "THE WATER IS POISONED, DO NOT DRINK IT.", want: []string{"warning THE WATER IS POISONED, DO NOT DRINK IT"}},
		{name: "en sentence-case warning is fine", src: "Warning signs of dengue: high fever and a rash.", want: nil},
		{name: "en well-known acronyms", src: "The WHO and the UN met the CEO in the US.", want: nil},
		{name: "en url with exclamation marks", src: "Register at https://example.com/#!!/signup today.", want: nil},
		{name: "id acronym names in capitals are not shouting", src: "BEM FST UNJA dan BEM FISIP UNDIP mengundang mahasiswa ke dialog publik.", want: nil},
		{name: "id event name in capitals is not shouting", src: "FESTIVAL KULINER NUSANTARA 2026 🍢 150 stan UMKM dari 34 provinsi, 3 hari penuh di alun-alun.", want: nil},
		{name: "id acronyms with a slash", src: "Kemensos menyalurkan bantuan kepada KPM BPNT/PKH di 12 kecamatan.", want: nil},
		{name: "id a quoted title in capitals", src: "Sinopsis Sinetron 'MERINDU BAGINDA NABI' Episode 10, tayang malam ini.", want: nil},
		{name: "id capitals in a title-case headline", src: "ZODIAK CINTA BESOK - Ramalan Zodiak Cinta Jumat Ini, Aquarius Teringat Mantan", want: nil},
		{name: "id acronyms do not raise the caps ratio", src: "SBY Jenguk Habibie di RSPAD", want: nil},
		{name: "id ordinary words in capitals still shout", src: "JALAN DITUTUP TOTAL MALAM INI, silakan lewat jalur lain.", want: []string{"warning JALAN DITUTUP TOTAL MALAM INI"}},
		{name: "id a shouted quote with more than capitals is no title", src: "Pesan \"AIR PDAM MATI TOTAL BESOK, simpan air\" beredar di grup.", want: []string{"info AIR PDAM MATI TOTAL BESOK"}},
		{name: "en association name in capitals is not shouting", src: "INDONESIAN STUDENTS ASSOCIATION MELBOURNE invites all students to our iftar on Saturday.", want: nil},
		{name: "en festival name in capitals", src: "BALI ARTS FESTIVAL 2026 🎭 A month of dance, gamelan and puppet theatre.", want: nil},
		{name: "en a title in a title-case headline", src: "Meet Mysterio, The Villain In The Trailer For SPIDER-MAN: FAR FROM HOME", want: nil},
		{name: "en a quoted film title", src: "Tickets for 'THE CURSE OF THE WEEPING WOMAN' go on sale today.", want: nil},
		{name: "id a quoted example of alarm styling", src: "Ciri hoaks: penuh huruf kapital dan tanda seru, misalnya \"PENTING!!!\"", want: nil},
		{name: "en a quoted example of alarm styling", src: "Hoaxes shout at you, for example \"URGENT!!!\" in the first line.", want: nil},
		{name: "id a shouted hoax in ordinary words", src: "VAKSIN MENYEBABKAN KEMANDULAN, jangan mau disuntik.", want: []string{"warning VAKSIN MENYEBABKAN KEMANDULAN"}},
		{name: "en a shouted hoax in ordinary words", src: "VACCINES CAUSE INFERTILITY, the government is hiding it.", want: []string{"warning VACCINES CAUSE INFERTILITY"}},
		{name: "en ordinary words in capitals still shout", src: "DO NOT DRINK THE TAP WATER until further notice.", want: []string{"warning DO NOT DRINK THE TAP WATER"}},
	})
}

func TestAlarmStylingOptions(t *testing.T) {
	src := "Mulai besok rekening diblokir!! Cek segera."
	if fs := checkDraft(t, &AlarmStyling{ExclamationRun: 3, Interrobang: true}, src); len(fs) != 0 {
		t.Errorf("exclamation_run 3 should accept !!: %v", describe(src, fs))
	}
	src = "Besok PEMADAMAN LISTRIK TOTAL."
	if fs := checkDraft(t, &AlarmStyling{CapsRun: 4}, src); len(fs) != 0 {
		t.Errorf("caps_run 4 should accept three words: %v", describe(src, fs))
	}
	for _, bad := range []*AlarmStyling{{CapsRatio: 1.5}, {CapsRun: -1}} {
		if err := bad.Validate(); err == nil {
			t.Errorf("%+v should not validate", bad)
		}
	}
}

// punctRunsBefore is the rune-by-rune scan punctuation made before
// nextPunctRun: every run of marks with its counts.
func punctRunsBefore(text string) [][4]int {
	var out [][4]int
	for i := 0; i < len(text); {
		start := i
		excl, quest := 0, 0
		for i < len(text) {
			c, size := utf8.DecodeRuneInString(text[i:])
			switch c {
			case '!', '！':
				excl++
			case '?', '？':
				quest++
			case '‼':
				excl += 2
			case '⁉', '⁈':
				excl++
				quest++
			default:
				size = 0
			}
			if size == 0 {
				break
			}
			i += size
		}
		if i == start {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			continue
		}
		out = append(out, [4]int{start, i, excl, quest})
	}
	return out
}

// punctRuns lists the runs punctMarks.nextRun finds.
func punctRuns(text string) [][4]int {
	var out [][4]int
	marks := newPunctMarks(text)
	for i := 0; i < len(text); {
		start, end, excl, quest := marks.nextRun(i)
		if start == end {
			break
		}
		out = append(out, [4]int{start, end, excl, quest})
		i = end
	}
	return out
}

// TestNextPunctRunIsTheRuneScan compares punctMarks.nextRun, which skips bytes
// that cannot start a mark, with the scan that decoded every rune, on the
// test posts and on text mixing marks, look-alike runes and broken UTF-8.
func TestNextPunctRunIsTheRuneScan(t *testing.T) {
	texts := []string{"", "!", "?!", "PENTING!!! Cek ‼ sekarang⁉ ya⁈ ！？ — “kutip” … \xe2\x80 \xe2! \xef\xbc \xef\xbc\x81!",
		"a\xe2\x80\xbc\xe2\x81\x89", "\xbc!\x81?", "é!ü?€!!"}
	for _, p := range viewTestPosts(t) {
		texts = append(texts, p.Text)
	}
	for _, text := range texts {
		if got, want := punctRuns(text), punctRunsBefore(text); !slices.Equal(got, want) {
			t.Errorf("on %q:\n got  %v\n want %v", text, got, want)
		}
	}
}

// FuzzNextPunctRun holds punctMarks.nextRun to the rune-by-rune scan.
func FuzzNextPunctRun(f *testing.F) {
	for _, s := range []string{"PENTING!!!", "apa?!", "‼⁉⁈！？", "\xe2!\xef?", "—…"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := punctRuns(text), punctRunsBefore(text); !slices.Equal(got, want) {
			t.Fatalf("on %q: got %v, want %v", text, got, want)
		}
	})
}

// TestHasUpperIsIndexFunc holds the byte loop of hasUpper to the rune
// test it stands for.
func TestHasUpperIsIndexFunc(t *testing.T) {
	words := []string{"", "a", "A", "abc", "abC", "é", "É", "aÉ", "ǅ", "ß", "ẞ", "𝗡", "1-2", "e-KTP", "\xff", "a\xffB"}
	for _, p := range viewTestPosts(t) {
		for _, w := range prose.Tokens(p.Text) {
			words = append(words, p.Text[w.Start:w.End])
		}
	}
	for _, w := range words {
		if got, want := hasUpper(w), strings.IndexFunc(w, unicode.IsUpper) >= 0; got != want {
			t.Errorf("hasUpper(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSpanCursorIsTheSearch compares the cursor with the binary searches
// it replaces (overlapsSorted, prose.Spans.Covering): on every set of
// spans over ten bytes, for every query in text order, and on the entity
// spans of the test posts for their words.
func TestSpanCursorIsTheSearch(t *testing.T) {
	var sets [][]prose.Span
	// Every set of non-overlapping spans in [0, 10) drawn as a mask of
	// bytes covered and cuts between adjacent spans.
	for mask := 0; mask < 1<<10; mask++ {
		var spans []prose.Span
		for i := 0; i < 10; i++ {
			if mask&(1<<i) == 0 {
				continue
			}
			if n := len(spans); n > 0 && spans[n-1].End == i && i%3 != 0 {
				spans[n-1].End++ // adjacent spans, cut at every third byte
				continue
			}
			spans = append(spans, prose.Span{Start: i, End: i + 1})
		}
		sets = append(sets, spans)
	}
	for _, spans := range sets {
		c := spanCursor{spans: spans}
		for start := 0; start <= 11; start++ {
			for _, end := range []int{start, start + 1, start + 3} {
				if got, want := c.overlaps(start, end), overlapsSorted(spans, start, end); got != want {
					t.Fatalf("spans %v, [%d, %d): cursor %v, overlapsSorted %v", spans, start, end, got, want)
				}
			}
		}
		c = spanCursor{spans: spans}
		for off := 0; off <= 11; off++ {
			if got, want := c.covers(off), prose.Spans(spans).Covering(off) >= 0; got != want {
				t.Fatalf("spans %v, offset %d: cursor %v, Covering %v", spans, off, got, want)
			}
		}
	}
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range viewTestPosts(t) {
		a := NewAnalysis(p.Text, lex, bothLangs)
		entities, mask := spanCursor{spans: a.trustEntities().all}, spanCursor{spans: entityMask(a)}
		for _, w := range a.Words() {
			if got, want := entities.overlaps(w.Start, w.End), trustInEntity(a, w.Start, w.End); got != want {
				t.Fatalf("on %q, word at %d: cursor %v, trustInEntity %v", p.Text, w.Start, got, want)
			}
			if got, want := mask.covers(w.Start), inLinkTagMention(a, w.Start); got != want {
				t.Fatalf("on %q, word at %d: cursor %v, inLinkTagMention %v", p.Text, w.Start, got, want)
			}
		}
	}
}
