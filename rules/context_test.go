package rules

import (
	"strings"
	"testing"

	"github.com/postlint/postlint/lint"
)

func TestDebunkLabel(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             bool
	}{
		{"id bracketed label", "id", "[HOAKS] Video tsunami di Pantai Selatan pekan ini.\n\nPesan \"sebarkan!\" itu palsu.", true},
		{"id turnbackhoax reference then label", "id", "(GFD-2020-3885) [SALAH] Minum air kelapa menyembuhkan COVID-19", true},
		{"id cek fakta heading", "id", "Cek Fakta: Tidak benar ada pemadaman listrik total sepekan", true},
		{"id cek fakta in capitals after emoji", "id", "⚠️ CEK FAKTA | Beredar pesan soal bantuan Rp5 juta", true},
		{"id klarifikasi heading", "id", "Klarifikasi: surat edaran yang beredar bukan dari Pemkot", true},
		{"id label in capitals closing the line", "id", "Video banjir setinggi 3 meter di Bekasi itu HOAKS\nFaktanya, video itu dari 2020.", true},
		{"id mixed-case label after a dash", "id", "Pesan berantai soal vaksin berbayar — Salah", true},
		{"id label after a blank first line", "id", "\n\n[DISINFORMASI] Foto antrean BBM", true},
		{"en fact check heading", "en", "Fact check: the ministry is not giving away free phones", true},
		{"en FALSE label", "en", "FALSE: drinking hot water does not cure the flu", true},
		{"en bracketed hoax", "en", "[HOAX] A message about free data packages", true},

		{"id cek fakta as advice is not a label", "id", "Cek fakta sebelum membagikan pesan apa pun.", false},
		{"id salah as an ordinary word", "id", "Jangan salah pilih: ini jadwal vaksin yang benar.", false},
		{"id salah at line end in lower case", "id", "Pilih jalur yang tepat supaya tidak salah", false},
		{"id label only in the second line", "id", "Jadwal pemadaman listrik pekan ini.\n[HOAKS] bukan label di sini", false},
		{"id klarifikasi running into the sentence", "id", "Klarifikasi data penerima bantuan dibuka sampai Jumat.", false},
		{"en false in a sentence", "en", "False alarm drills start today at 10.00.", false},
		{"en plain post", "en", "The bridge on Jl. Sudirman reopens today.", false},
		{"empty", "id", "", false},
		{"id label opening a very long first line", "id", "[HOAKS] " + strings.Repeat("pesan berantai ", 60), true},
		{"id capitals past the part of a long line that is read", "id", strings.Repeat("pesan berantai ", 60) + "HOAKS", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := NewAnalysis(tc.text, lexicon(t), []string{tc.lang})
			if got := DebunkLabel(a); got != tc.want {
				t.Errorf("DebunkLabel(%q) = %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}

func TestTrustContextSeverity(t *testing.T) {
	const quoted = `Warga menerima pesan "ketik AMIN jika setuju" di grup WhatsApp.`
	const debunk = "[HOAKS] Pesan berantai soal bantuan\n\n" + quoted
	const debunkEN = "Fact check: a chain message about free data\n\nIt says \"type amen if you agree\" and is false."
	span := func(text, sub string) (int, int) {
		i := strings.Index(text, sub)
		if i < 0 {
			t.Fatalf("%q not in %q", sub, text)
		}
		return i, i + len(sub)
	}
	cases := []struct {
		name, lang, text, sub string
		in, want              lint.Severity
	}{
		{"unquoted keeps its severity", "id", "Ketik AMIN jika setuju.", "Ketik AMIN jika", lint.Warning, lint.Warning},
		{"unquoted error drops one level after a label (SPEC §3)", "id", "[HOAKS] Ketik AMIN jika setuju.", "Ketik AMIN jika", lint.Error, lint.Warning},
		{"quoted warning becomes info", "id", quoted, "ketik AMIN jika", lint.Warning, lint.Info},
		{"quoted error becomes warning", "id", quoted, "ketik AMIN jika", lint.Error, lint.Warning},
		{"quoted info stays info", "id", quoted, "ketik AMIN jika", lint.Info, lint.Info},
		{"quoted error after a debunk label is info", "id", debunk, "ketik AMIN jika", lint.Error, lint.Info},
		{"en quoted error after a debunk label is info", "en", debunkEN, "type amen if", lint.Error, lint.Info},
		{"off stays off", "id", quoted, "ketik AMIN jika", lint.Off, lint.Off},
		{"a span running out of the quotes is not quoted", "id", quoted, "AMIN jika setuju\" di grup", lint.Warning, lint.Warning},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := NewAnalysis(tc.text, lexicon(t), []string{tc.lang})
			s, e := span(tc.text, tc.sub)
			if got, keep := applyContext(lint.TrustContext, a, s, e, tc.in); got != tc.want || !keep {
				t.Errorf("applyContext(%q, %s) = %s, %v; want %s, true", tc.sub, tc.in, got, keep, tc.want)
			}
		})
	}
}
