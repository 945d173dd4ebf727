package rules

import (
	"slices"
	"testing"
)

// TestIdAffixForms checks the forms generated for each affix, nasal
// assimilation included, and the limits on short roots.
func TestIdAffixForms(t *testing.T) {
	cases := []struct {
		root      string
		want, not []string
	}{
		{"dungu", []string{"dungu", "dungunya", "dungukan", "dungui", "dungulah", "dungumu", "dunguku", "didungu", "terdungu", "berdungu", "mendungukan", "pendunguan", "kedunguan", "dungu-dungu", "dungu-dungunya"}, nil},
		{"bodoh", []string{"membodohi", "pembodohan", "dibodohi", "kebodohan"}, []string{"mbodohi"}},
		{"pukul", []string{"memukul", "memukulnya", "pemukul", "dipukul"}, nil},
		{"tipu", []string{"menipu", "penipu", "penipuan", "ditipu", "tertipu"}, nil},
		{"kirim", []string{"mengirim", "pengiriman"}, nil},
		{"sapu", []string{"menyapu", "penyapu"}, nil},
		{"ambil", []string{"mengambil", "pengambilan"}, nil},
		{"lihat", []string{"melihat", "pelihat"}, nil},
		{"rusak", []string{"merusak", "perusak", "berusak"}, []string{"berrusak"}},
		{"bom", []string{"bom", "bomnya"}, []string{"mengebom", "dibom"}}, // three letters: suffixes only
		{"tai", []string{"tai", "tainya", "taimu", "taiku", "tailah"}, []string{"petai", "ditai", "taian", "taii"}},
		{"ab", []string{"ab"}, []string{"abnya"}},
		{"otak udang", []string{"otak udang"}, []string{"otak udangnya"}},
	}
	for _, tc := range cases {
		got := idAffixForms(tc.root)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("idAffixForms(%q) lacks %q", tc.root, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("idAffixForms(%q) holds %q", tc.root, w)
			}
		}
	}
	if got := idAffixForms("kabar"); !slices.Contains(got, "mengabarkan") || !slices.Contains(got, "mengkabarkan") {
		t.Errorf("k-initial roots take meng- with and without the k: %q", got)
	}
	if got := idAffixForms("bomb"); !slices.Contains(got, "mengebomb") {
		t.Errorf("one-syllable roots take menge-: %q", got)
	}
}

// TestIdAffixRoots checks that stripping finds the root under each affix
// and that the shortest roots are not returned.
func TestIdAffixRoots(t *testing.T) {
	cases := []struct {
		word string
		root string
		ok   bool
	}{
		{"dibuka", "buka", true},
		{"terbaru", "baru", true},
		{"berhasil", "hasil", true},
		{"menulis", "tulis", true},
		{"memukul", "pukul", true},
		{"mengirim", "kirim", true},
		{"menyapu", "sapu", true},
		{"melihat", "lihat", true},
		{"mendungukan", "dungu", true},
		{"pembodohan", "bodoh", true},
		{"kebodohan", "bodoh", true},
		{"dungunya", "dungu", true},
		{"dungu-dungu", "dungu", true},
		{"dengarlah", "dengar", true},
		{"petai", "tai", false},  // a prefix needs a root of four letters
		{"dikti", "kti", false},  // an acronym is no prefixed word
		{"pemkab", "kab", false}, // nor is a short form
	}
	for _, tc := range cases {
		got := idAffixRoots(tc.word)
		if slices.Contains(got, tc.root) != tc.ok {
			t.Errorf("idAffixRoots(%q) = %q: root %q expected %v", tc.word, got, tc.root, tc.ok)
		}
	}
}

// FuzzIdAffixes checks that the affix functions never panic and that every
// generated form strips back to its root.
func FuzzIdAffixes(f *testing.F) {
	for _, s := range []string{"dungu", "tipu", "bom", "a", "", "-", "a-", "ngeri", "nyanyi", "meng", "pe", "dungu-dungu", "x\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		forms := idAffixForms(s)
		if len(forms) == 0 || forms[0] != s {
			t.Fatalf("idAffixForms(%q) must start with the root: %q", s, forms)
		}
		idAffixRoots(s)
		blockForms(s, "id", nil)
		if len(s) > 12 {
			return // keep each input cheap
		}
		for _, form := range forms[1:] {
			if !slices.Contains(idAffixRoots(form), s) {
				t.Fatalf("form %q of %q does not strip back to it: %q", form, s, idAffixRoots(form))
			}
		}
	})
}
