package rules

import (
	"testing"

	"github.com/postlint/postlint/i18n"
)

func TestBlocklist(t *testing.T) {
	lex, err := NewLexicon(Extra{
		i18n.ID: {"blocklist": {"bangsat", "anjing", "kampret => jangan dipakai", "otak udang"}},
		i18n.EN: {"blocklist": {"idiot"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	cases := []ruleCase{
		{name: "id plain term", src: "Dasar bangsat, kerjanya lambat.", want: []string{"error bangsat"}},
		{name: "id elongated", src: "Bangsaaat, antreannya panjang banget.", want: []string{"error Bangsaaat"}},
		{name: "id doubled letter", src: "Anjiing, macet lagi.", want: []string{"error Anjiing"}},
		{name: "id leetspeak digits", src: "Dasar b4ngs4t!", want: []string{"error b4ngs4t"}},
		{name: "id leetspeak at sign", src: "Dasar b@ngsat!", want: []string{"error b@ngsat"}},
		{name: "id two-word term", src: "Pejabatnya 0tak udaaang semua.", want: []string{"error 0tak udaaang"}},
		{name: "id in a hashtag", src: "Macet lagi #kampret", want: []string{"error kampret"}},
		{name: "id whole words only", src: "Kampretania adalah nama toko, bukan umpatan. Bangsatnya? Tidak ada.", want: nil},
		{name: "id mention is skipped", src: "Terima kasih @b4ngsat_official atas dukungannya.", want: nil},
		{name: "id link is skipped", src: "Baca di https://example.id/bangsat-kata-kasar", want: nil},
		{name: "id numbers stay numbers", src: "Kuota 4000 peserta, daftar di kelurahan.", want: nil},
		{name: "id quoted term is downgraded", src: "Warga melaporkan akun yang menulis \"bangsat\" di kolom komentar.", want: []string{"warning bangsat"}},
		{name: "en term", src: "Only an idiot would miss this.", want: []string{"error idiot"}},
		{name: "en leetspeak", src: "Only an 1d10t would miss this.", want: []string{"error 1d10t"}},
		{name: "en clean post", src: "Registration closes on Friday: sign up today.", want: nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := describe(tc.src, lintLex(t, lex, &Blocklist{Leetspeak: true}, tc.src))
			if !equalStrings(got, tc.want) {
				t.Errorf("findings:\n  got  %q\n  want %q", got, tc.want)
			}
		})
	}
	t.Run("suggestion from the list", func(t *testing.T) {
		fs := lintLex(t, lex, &Blocklist{Leetspeak: true}, "Kampret, hujan lagi.")
		if len(fs) != 1 || fs[0].Suggestion.EN != `write "jangan dipakai"` {
			t.Errorf("want the list's suggestion, got %+v", fs)
		}
	})
	t.Run("leetspeak off", func(t *testing.T) {
		src := "Dasar b4ngs4t, bangsaaat!"
		got := describe(src, lintLex(t, lex, &Blocklist{Leetspeak: false}, src))
		if !equalStrings(got, []string{"error bangsaaat"}) {
			t.Errorf("leetspeak = false should still collapse letters but not read digits: %q", got)
		}
	})
	t.Run("no list, no findings", func(t *testing.T) {
		if fs := lint(t, &Blocklist{Leetspeak: true}, "Dasar bangsat."); len(fs) != 0 {
			t.Errorf("postlint must ship no blocklist terms: %+v", fs)
		}
	})
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
