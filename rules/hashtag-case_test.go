package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
)

func TestHashtagCase(t *testing.T) {
	def := func() Rule { return &HashtagCase{FallbackLetters: 14, AllCaps: true} }
	runCases(t, def, []ruleCase{
		{name: "id two words in lower case", src: "Dirgahayu Republik Indonesia! #indonesiamaju", want: []string{"warning #indonesiamaju"}},
		{name: "id three words", src: "Yuk belanja di pasar. #banggabuatanindonesia", want: []string{"warning #banggabuatanindonesia"}},
		{name: "id acronym and words", src: "Pelatihan gratis untuk pelaku usaha. #umkmnaikkelas #ktpgratis", want: []string{"warning #umkmnaikkelas", "warning #ktpgratis"}},
		{name: "en two words", src: "Join our free workshop this Friday. #digitalliteracy", want: []string{"warning #digitalliteracy"}},
		{name: "en suffixed word", src: "Shop small this weekend. #supportlocalbusinesses", want: []string{"warning #supportlocalbusinesses"}},
		{name: "all caps", src: "Dirgahayu RI! #INDONESIAMAJU", want: []string{"warning #INDONESIAMAJU"}},
		{name: "words and a year", src: "Upacara di alun-alun. #sumpahpemuda2025", want: []string{"warning #sumpahpemuda2025"}},
		{name: "function word joins", src: "Tetap di rumah ya. #dirumahaja", want: []string{"warning #dirumahaja"}},
		{name: "lower-case fallback when the lists cannot split", src: "Pendakian dibuka lagi. #bromotenggersemeru", want: []string{"warning #bromotenggersemeru"}},

		// Traps.
		{name: "single lower-case words are fine", src: "Pameran kain. #batik #yogyakarta #indonesia #ramadan #kuliner", want: nil},
		{name: "single affixed words are fine", src: "Layanan sudah dibuka. #dibuka #kesehatan #makanan #kotaku #pariwisata #kewarganegaraan", want: nil},
		{name: "camel case is fine", src: "Dirgahayu! #IndonesiaMaju #BanggaBuatanIndonesia #DigitalLiteracy", want: nil},
		{name: "acronyms with digits are fine", src: "Upacara HUT RI. #HUTRI81 #Lebaran2026 #lebaran2026 #PEMILU2024", want: nil},
		{name: "names made of short function words are not split", src: "Sarapan soto dulu. #soto #normal #simpati", want: nil},
		{name: "en single words", src: "Happy weekend everyone. #weekend #together #breakfast #facebook", want: nil},
		{name: "short unknown word under the fallback", src: "Info resmi. #kemenpanrb", want: nil},
		{name: "mixed case is left alone", src: "Info resmi. #Indonesiamaju #KTPel", want: nil},
		{name: "hashtag-like text in a URL", src: "Baca https://example.go.id/#indonesiamaju hari ini.", want: nil},
		{name: "underscore separates words", src: "Info resmi. #indonesia_maju", want: nil},
	})
	runCases(t, func() Rule { return &HashtagCase{FallbackLetters: 0, AllCaps: false} }, []ruleCase{
		{name: "all_caps off", src: "Dirgahayu! #INDONESIAMAJU", want: nil},
		{name: "fallback off", src: "Pendakian dibuka. #bromotenggersemeru", want: nil},
		{name: "lower case still checked", src: "Dirgahayu! #indonesiamaju", want: []string{"warning #indonesiamaju"}},
	})
}

func TestHashtagCaseSuggestion(t *testing.T) {
	tests := []struct{ tag, want string }{
		{"#indonesiamaju", "#IndonesiaMaju"},
		{"#digitalliteracy", "#DigitalLiteracy"},
		{"#banggabuatanindonesia", "#BanggaBuatanIndonesia"},
		{"#umkmnaikkelas", "#UMKMNaikKelas"},
		{"#KTPGRATIS", "#KTPGratis"},
		{"#sumpahpemuda2025", "#SumpahPemuda2025"},
		{"#kesehatanmental", "#KesehatanMental"},
		{"#ayokevaksin", "#AyoKeVaksin"},
		{"#pemkotsurabaya", "#PemkotSurabaya"},
		{"#hariini", "#HariIni"},
	}
	for _, tc := range tests {
		fs := checkDraft(t, &HashtagCase{FallbackLetters: 14, AllCaps: true}, "Info hari ini. "+tc.tag)
		if len(fs) != 1 {
			t.Errorf("%s: %d findings, want 1", tc.tag, len(fs))
			continue
		}
		if got := fs[0].Suggestion.EN; !strings.HasPrefix(got, "write "+tc.want+":") {
			t.Errorf("%s: suggestion %q, want %s", tc.tag, got, tc.want)
		}
		if got := fs[0].Suggestion.ID; !strings.HasPrefix(got, "tulis "+tc.want+":") {
			t.Errorf("%s: Indonesian suggestion %q, want %s", tc.tag, got, tc.want)
		}
	}
}

func TestHashtagCaseUserWords(t *testing.T) {
	lex, err := NewLexicon(Extra{"id": {"hashtag-words": {"bromo", "tengger", "semeru"}}})
	if err != nil {
		t.Fatal(err)
	}
	text := "Pendakian dibuka lagi. #bromotenggersemeru"
	post := draft.Parse("post.md", draft.FormatMarkdown, []byte(text), draft.Options{})[0]
	pass := NewPass(post, nil, "text", "id", NewAnalysis(post.Text, lex, []string{i18n.ID}), (&HashtagCase{}).Doc())
	(&HashtagCase{FallbackLetters: 14, AllCaps: true}).Check(pass)
	fs := pass.Findings()
	if len(fs) != 1 || !strings.Contains(fs[0].Suggestion.EN, "#BromoTenggerSemeru") {
		t.Errorf("with user words: %+v", fs)
	}
}

func TestHashtagCaseValidate(t *testing.T) {
	if err := (&HashtagCase{FallbackLetters: -1}).Validate(); err == nil {
		t.Error("negative fallback_letters should be rejected")
	}
}

func TestHashtagCaseFix(t *testing.T) {
	def := func() Rule { return &HashtagCase{FallbackLetters: 14, AllCaps: true} }
	runFixCases(t, nil, def, []fixCase{
		{name: "id lower case", src: "Dukung produk lokal #banggabuatanindonesia", want: "Dukung produk lokal #BanggaBuatanIndonesia"},
		{name: "id acronym stays in capitals", src: "Ayo belanja #umkmnaikkelas", want: "Ayo belanja #UMKMNaikKelas"},
		{name: "id capitals", src: "Semangat #INDONESIAMAJU", want: "Semangat #IndonesiaMaju"},
		{name: "en lower case", src: "Join the workshop #digitalliteracy #supportlocalbusiness", want: "Join the workshop #DigitalLiteracy #SupportLocalBusiness"},

		// No fix.
		{name: "already CamelCase", src: "Dukung #BanggaBuatanIndonesia"},
		{name: "one word", src: "Pameran #batik di #yogyakarta"},
		{name: "a long tag the lists cannot split", src: "Ikuti #qwertzuiopasdfghjk hari ini"},
	})
	// A tag with two equally good splits is reported, not fixed; with one
	// best split it is fixed.
	one, err := NewLexicon(Extra{"en": {"hashtag-words": {"sale", "mart"}}})
	if err != nil {
		t.Fatal(err)
	}
	runFixCases(t, one, def, []fixCase{
		{name: "one best split", src: "Visit #salemart today", want: "Visit #SaleMart today"},
	})
	lex, err := NewLexicon(Extra{"en": {"hashtag-words": {"sale", "salem", "mart", "art"}}})
	if err != nil {
		t.Fatal(err)
	}
	runFixCases(t, lex, def, []fixCase{
		{name: "two best splits", src: "Visit #salemart today"},
	})
	if fs := lintLex(t, lex, def(), "Visit #salemart today"); len(fs) != 1 {
		t.Errorf("the ambiguous tag is still reported: %+v", fs)
	}
}

// caseCountsRef is caseCounts as first written, the oracle of
// TestCaseCountsSameAsBefore: it counts the lower- and upper-case letters of s.
func caseCountsRef(s string) (lower, upper int) {
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r):
			upper++
		}
	}
	return lower, upper
}

// TestCaseCountsSameAsBefore compares caseCounts with its first form on
// random strings of ASCII and other letters, digits and invalid bytes.
func TestCaseCountsSameAsBefore(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 19))
	pieces := []string{"a", "Z", "m", "Q", "0", "_", "é", "É", "ß", "ǅ", "Σ", "ς", "\xff", "\xc3", "😀", "ı", "İ"}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(10) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		gl, gu := caseCounts(s)
		wl, wu := caseCountsRef(s)
		if gl != wl || gu != wu {
			t.Fatalf("caseCounts(%q) = %d, %d, want %d, %d", s, gl, gu, wl, wu)
		}
	}
}
