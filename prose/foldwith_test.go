package prose

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFoldTokensWith checks that tokens folded with AppendFold match what
// they should (FoldTokens is this fold), and that another form matches
// with the tokens' spans kept.
func TestFoldTokensWith(t *testing.T) {
	m, err := NewMatcher([]string{"sebarkan", "tag <n> teman", "pada hari * tanggal", "sebar-", "cek fakta", "amin"})
	if err != nil {
		t.Fatal(err)
	}
	span := func(text, from, to string, phrase int) Match {
		start := strings.Index(text, from)
		return Match{Start: start, End: start + strings.Index(text[start:], to) + len(to), Phrase: phrase}
	}
	long := "Pada hari Senin tanggal 5, jangan lupa TAG 3 teman dan sebarkan info ini. Cek Fakta!"
	for _, tc := range []struct {
		text string
		want []Match
	}{
		{long, []Match{span(long, "Pada", "tanggal", 2), span(long, "TAG", "teman", 1), span(long, "sebarkan", "sebarkan", 0), span(long, "Cek", "Fakta", 4)}},
		{"", nil},
		{"🎉", nil},
		{"Sebarluaskan ke semua grup.", []Match{{Start: 0, End: len("Sebarluaskan"), Phrase: 3}}},
		{"Cafe\u0301 \xff SEBARKAN", []Match{span("Cafe\u0301 \xff SEBARKAN", "SEBARKAN", "SEBARKAN", 0)}},
	} {
		toks := Tokens(tc.text)
		for name, f := range map[string]*Folded{
			"FoldTokens":                 FoldTokens(tc.text, toks),
			"FoldTokensWith(AppendFold)": FoldTokensWith(tc.text, toks, func(dst []byte, tok string, _ TokenKind) []byte { return AppendFold(dst, tok) }),
		} {
			if got := m.FindAllFolded(f); !slices.Equal(got, tc.want) {
				t.Errorf("%s: FindAllFolded(%q) = %v, want %v", name, tc.text, got, tc.want)
			}
		}
	}
	// Repeated letters collapsed: the match spans the elongated word.
	text := "Ketik AAAMIIINN ya"
	collapse := func(dst []byte, tok string, _ TokenKind) []byte {
		start := len(dst)
		for _, c := range AppendFold(nil, tok) {
			if len(dst) == start || dst[len(dst)-1] != c {
				dst = append(dst, c)
			}
		}
		return dst
	}
	got := m.FindAllFolded(FoldTokensWith(text, Tokens(text), collapse))
	if want := []Match{{Start: strings.Index(text, "AAA"), End: strings.Index(text, " ya"), Phrase: 5}}; !slices.Equal(got, want) {
		t.Errorf("collapsed: got %v, want %v", got, want)
	}
}

// collapseSecond is a second form for FoldedPair tests: a word's folded
// form with repeated letters collapsed and q read as k, folded once more
// when it is not ASCII; other tokens keep their plain form.
func collapseSecond(dst, plain []byte, kind TokenKind) ([]byte, bool) {
	if kind != Word {
		return dst, false
	}
	start := len(dst)
	var prev rune = -1
	for _, r := range string(plain) {
		if r == 'q' {
			r = 'k'
		}
		if r != prev {
			dst = utf8.AppendRune(dst, r)
		}
		prev = r
	}
	for _, c := range dst[start:] {
		if c >= utf8.RuneSelf {
			form := string(dst[start:])
			dst = AppendFold(dst[:start], form)
			break
		}
	}
	if string(dst[start:]) == string(plain) {
		return dst[:start], false
	}
	return dst, true
}

// foldPairTexts are texts with elongated, accented, dropped and invalid
// runes, and random strings of them.
func foldPairTexts() []string {
	texts := []string{
		"", " ", "\u00ad", "SEBARKAAAN sekarang!!! qontol aamiiin", "Cafe\u0301 \xff kaféé", "\u017f\u0301egar ſſ",
		"ＳＥＢＡＲＫＡＮ İstanbul", "b4ngs4t 10.000 Rp10.000 #tag @user https://x.co", "don’t “hoaks” — ok",
	}
	pieces := []string{"a", "aa", "Q", "q", "é", "e\u0301", "ſ", "\u00ad", "\u200b", " ", "!", "1", "\xff", "K", "k", "ß", "İ", "’", "-", "\u0301"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 3000 {
		var b strings.Builder
		for k := r.IntN(12); k >= 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestFoldedPairSameAsTwoFolds checks a FoldedPair's plain forms against
// FoldTokens, and its second forms against FoldTokensWith making each
// token's second form from its folded one, token by token, with the
// hashes; a token whose second form is its plain one shares its layout.
func TestFoldedPairSameAsTwoFolds(t *testing.T) {
	// shared folds every text in the memory of the texts before.
	var shared FoldedPair
	for _, text := range foldPairTexts() {
		toks := Tokens(text)
		// A token outside the text gets no form in either.
		toks = append(toks[:len(toks):len(toks)], Token{Start: len(text), End: len(text) + 2, Kind: Word})
		var fresh FoldedPair
		fresh.Fold(text, toks, collapseSecond)
		shared.Fold(text, toks, collapseSecond)
		plain := FoldTokens(text, toks)
		second := FoldTokensWith(text, toks, func(dst []byte, tok string, kind TokenKind) []byte {
			f := AppendFold(nil, tok)
			start := len(dst)
			out, differs := collapseSecond(dst, f, kind)
			if !differs {
				return append(out[:start], f...)
			}
			return out
		})
		for i := range toks {
			for _, c := range []struct {
				name      string
				got, want *Folded
			}{{"plain", &fresh.Plain, plain}, {"second", &fresh.Second, second},
				{"plain, reused", &shared.Plain, plain}, {"second, reused", &shared.Second, second}} {
				g, gok := c.got.Form(i)
				w, wok := c.want.Form(i)
				if string(g) != string(w) || gok != wok || c.got.fs.hashes[i] != c.want.fs.hashes[i] {
					t.Fatalf("%q token %d, %s form: %q %v (hash %d), want %q %v (hash %d)", text, i, c.name, g, gok, c.got.fs.hashes[i], w, wok, c.want.fs.hashes[i])
				}
			}
			for _, p := range []*FoldedPair{&fresh, &shared} {
				if f, _ := p.Plain.Form(i); string(f) == string(mustForm(&p.Second, i)) && p.Plain.fs.offs[2*i] != p.Second.fs.offs[2*i] {
					t.Fatalf("%q token %d: equal forms laid out twice", text, i)
				}
			}
		}
	}
}

func mustForm(f *Folded, i int) []byte {
	b, _ := f.Form(i)
	return b
}

// TestFoldHashedGivesThePlainHash: the hash FoldHashed hands its second
// function is TokenHash of the plain form, token by token.
func TestFoldHashedGivesThePlainHash(t *testing.T) {
	for _, text := range []string{"", "Halo DUNIA, apa kabar?", "Café “kopi” — ſtraße \u212Aelvin 2025!", "\xffA b\u00AD c"} {
		var p FoldedPair
		calls := 0
		p.FoldHashed(text, Tokens(text), func(dst, plain []byte, hash uint16, _ TokenKind) ([]byte, bool) {
			calls++
			if want := TokenHash(plain); hash != want {
				t.Errorf("%q: hash of %q is %d, want %d", text, plain, hash, want)
			}
			return dst, false
		})
		if calls != len(Tokens(text)) {
			t.Errorf("%q: second called %d times for %d tokens", text, calls, len(Tokens(text)))
		}
	}
}

// checkFoldASCII fails t when appendFoldASCII of s after dst differs from
// AppendFold and TokenHash, or claims a text outside ASCII.
func checkFoldASCII(t *testing.T, dst []byte, s string) {
	t.Helper()
	before := string(dst)
	out, h, ascii := appendFoldASCII(dst, s)
	if want := isASCIIString(s); ascii != want {
		t.Fatalf("appendFoldASCII(%q): ascii %v, want %v", s, ascii, want)
	}
	if !ascii {
		if string(out) != before {
			t.Fatalf("appendFoldASCII(%q) changed dst to %q", s, out)
		}
		return
	}
	want := AppendFold([]byte(before), s)
	if string(out) != string(want) || h != TokenHash(want[len(before):]) {
		t.Fatalf("appendFoldASCII(%q, %q) = %q (hash %d), want %q (hash %d)", before, s, out, h, want, TokenHash(want[len(before):]))
	}
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func TestAppendFoldASCIISameAsAppendFold(t *testing.T) {
	for c := range 256 {
		checkFoldASCII(t, nil, string([]byte{byte(c)}))
		checkFoldASCII(t, []byte("x"), "A"+string([]byte{byte(c)})+"z")
	}
	for _, text := range foldPairTexts() {
		// The tokens one after another in one buffer, with room and
		// without, as FoldHashed lays them out.
		roomy := make([]byte, 0, len(text))
		var tight []byte
		for _, tok := range Tokens(text) {
			s := text[tok.Start:tok.End]
			checkFoldASCII(t, roomy, s)
			checkFoldASCII(t, tight[:len(tight):len(tight)], s)
			roomy, tight = AppendFold(roomy, s), AppendFold(tight, s)
		}
	}
}

func FuzzAppendFoldASCII(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add("", s)
	}
	f.Add("ab", "KATA")
	f.Fuzz(func(t *testing.T, dst, s string) { checkFoldASCII(t, []byte(dst), s) })
}
