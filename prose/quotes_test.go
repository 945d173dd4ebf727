package prose

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestQuotedSpans(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"none", "Tidak ada kutipan di sini.", nil},
		{"straight double", `Kominfo: "Jangan sebarkan hoaks!" Cek dulu.`, []string{"Jangan sebarkan hoaks!"}},
		{"curly double", "Dia bilang “sebarkan ke 10 grup” itu hoaks.", []string{"sebarkan ke 10 grup"}},
		{"guillemets", "Judul «Awas Penipuan» beredar.", []string{"Awas Penipuan"}},
		{"low-high quotes", "Kata „viralkan“ sering dipakai.", []string{"viralkan"}},
		{"mixed curly and straight", "Pesan “ketik amin\" itu hoaks.", []string{"ketik amin"}},
		{"single quotes", "Istilah 'hoaks' dan ‘disinformasi’ berbeda.", []string{"hoaks", "disinformasi"}},
		{"apostrophes are not quotes", "Salat Jum'at, don't, Jum’at, it's.", nil},
		{"apostrophe inside single quotes", "Pesan 'Jum'at berkah' beredar.", []string{"Jum'at berkah"}},
		{"plural possessive", "The students' books and the teachers' room.", nil},
		{"leading apostrophe without closer", "Tahun '90-an dan 'kan sudah.", nil},
		{"single quotes inside double", `Dia bilang "ada 'hoaks' di sini" tadi.`, []string{"ada 'hoaks' di sini"}},
		{"unclosed double runs to paragraph end", "Pesan \"sebarkan segera\nke semua grup\n\nParagraf baru.", []string{"sebarkan segera\nke semua grup"}},
		{"single quotes do not span paragraphs", "Kata 'awas\n\nlagi' di sini.", nil},
		{"empty quotes", `Ini "" kosong.`, nil},
		{"several", `"Satu" dan "dua" serta “tiga”.`, []string{"Satu", "dua", "tiga"}},
		{"quote at start of line after dash", "Kata -'siap' itu.", []string{"siap"}},
		{"multi-byte content", "Dia bilang “Kafé ☕ tutup”.", []string{"Kafé ☕ tutup"}},
		{"invalid utf-8", "\"a\xffb\" '\xfe'", []string{"a\xffb", "\xfe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := spanTexts(tt.text, QuotedSpans(tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("QuotedSpans(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
