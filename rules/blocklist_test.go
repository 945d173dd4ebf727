package rules

import (
	"testing"

	"github.com/postlint/postlint/i18n"
)

func TestBlocklist(t *testing.T) {
	lex, err := NewLexicon(Extra{
		i18n.ID: {"blocklist": {"bangsat", "anjing", "kampret => jangan dipakai", "otak udang", "dungu", "bodoh", "tipu", "tolol", "babi", "tai"}},
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
		{name: "id whole words only", src: "Kampretania adalah nama toko, bukan umpatan.", want: nil},
		{name: "id suffix -nya", src: "Dungunya minta ampun.", want: []string{"error Dungunya"}},
		{name: "id suffix -nya on a respelled root", src: "Bangsadnya kabur lagi.", want: []string{"error Bangsadnya"}},
		{name: "id meN- with -kan", src: "Kebijakan itu mendungukan rakyat.", want: []string{"error mendungukan"}},
		{name: "id meN- with -i", src: "Mereka membodohi warga.", want: []string{"error membodohi"}},
		{name: "id meN- drops the t", src: "Jangan mau ditipu, mereka menipu warga.", want: []string{"error ditipu", "error menipu"}},
		{name: "id peN- with -an", src: "Ini pembodohan publik dan penipu.", want: []string{"error pembodohan", "error penipu"}},
		{name: "id an affixed form that is an ordinary word is left out", src: "Waspada penipuan lewat telepon.", want: nil},
		{name: "id di- ter- ber-", src: "Warga dibodohi, pejabat terbodoh, jangan bertolol.", want: []string{"error bertolol", "error dibodohi", "error terbodoh"}},
		{name: "id suffixes -lah -mu -ku", src: "Tolollah kau. Otak dungumu, otak bodohku.", want: []string{"error Tolollah", "error bodohku", "error dungumu"}},
		{name: "id confix ke-an", src: "Kebodohan ini harus berhenti.", want: []string{"error Kebodohan"}},
		{name: "id reduplication", src: "Dasar dungu-dungu semua.", want: []string{"error dungu-dungu"}},
		{name: "id respelled final t/d", src: "Dasar bangsad!", want: []string{"error bangsad"}},
		{name: "id respelled k/q", src: "Qampret, macet lagi.", want: []string{"error Qampret"}},
		{name: "id respelled with leetspeak and stretching", src: "B4ngs44d kau.", want: []string{"error B4ngs44d"}},
		{name: "id short root takes suffixes only", src: "Tainya di mana-mana. Sambal petai enak, santai saja.", want: []string{"error Tainya"}},
		{name: "id a form that is an ordinary word", src: "Massa membabi buta merusak pagar. Babinya lepas.", want: []string{"error Babinya"}},
		{name: "id unrelated words around a root", src: "Menu Sabtu: udang, petai, dan tahu; pendengar radio santai saja, bodi mobil tetap mulus.", want: nil},
		{name: "id phrase of two words matches as written", src: "Dasar otak udangnya.", want: nil},
		{name: "id mention is skipped", src: "Terima kasih @b4ngsat_official atas dukungannya.", want: nil},
		{name: "id link is skipped", src: "Baca di https://example.id/bangsat-kata-kasar", want: nil},
		{name: "id numbers stay numbers", src: "Kuota 4000 peserta, daftar di kelurahan.", want: nil},
		{name: "id quoted term is downgraded", src: "Warga melaporkan akun yang menulis \"bangsat\" di kolom komentar.", want: []string{"warning bangsat"}},
		{name: "en term", src: "Only an idiot would miss this.", want: []string{"error idiot"}},
		{name: "en leetspeak", src: "Only an 1d10t would miss this.", want: []string{"error 1d10t"}},
		{name: "en clean post", src: "Registration closes on Friday: sign up today.", want: nil},
		{name: "en respelled final t/d", src: "Only an idiod would miss this.", want: []string{"error idiod"}},
		{name: "en gets no Indonesian affixes", src: "Such idiotic rules; the idiotnya joke is not English.", want: nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := describe(tc.src, lintLex(t, lex, newBlocklist(true), tc.src))
			if !equalStrings(got, tc.want) {
				t.Errorf("findings:\n  got  %q\n  want %q", got, tc.want)
			}
		})
	}
	t.Run("suggestion from the list", func(t *testing.T) {
		fs := lintLex(t, lex, newBlocklist(true), "Kampret, hujan lagi.")
		if len(fs) != 1 || fs[0].Suggestion.EN != `write "jangan dipakai"` {
			t.Errorf("want the list's suggestion, got %+v", fs)
		}
	})
	t.Run("leetspeak off", func(t *testing.T) {
		src := "Dasar b4ngs4t, bangsaaat!"
		got := describe(src, lintLex(t, lex, newBlocklist(false), src))
		if !equalStrings(got, []string{"error bangsaaat"}) {
			t.Errorf("leetspeak = false should still collapse letters but not read digits: %q", got)
		}
	})
	t.Run("no list, no findings", func(t *testing.T) {
		if fs := checkDraft(t, newBlocklist(true), "Dasar bangsat."); len(fs) != 0 {
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
