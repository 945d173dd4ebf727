package rules

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// trustStress is a paragraph that triggers every trust rule's search paths
// at once: matches, negations, quotes, entities, capitals, numbers, names.
const trustStress = "PENTING!! Info dari grup sebelah, katanya korban pencabulan Rina Marlina (14) siswi SMP Negeri 3 warga RT 05. " +
	"Jangan sebarkan \"sebarkan sebelum dihapus!!\" #viralkan @akun https://bit.ly/x NIK 3275012345670001, 80 persen menurut penelitian. " +
	"Ternyata Ini Penyebabnya… Ketik amin. Salah sendiri, tewas mengenaskan. SEMUA REKENING BANK DIBLOKIR?!\n\n"

// BenchmarkTrustRules lints a 1 MB post dense with trust findings; the
// rules' lookups are binary searches, so time grows with size, not with
// size times matches.
func BenchmarkTrustRules(b *testing.B) {
	text := strings.Repeat(trustStress, (1<<20)/len(trustStress))
	post := draft.Parse("stress.txt", draft.FormatText, []byte(text), draft.Options{})[0]
	lex, err := NewLexicon(Extra{i18n.ID: {"blocklist": {"bangsat"}}})
	if err != nil {
		b.Fatal(err)
	}
	var rs []Rule
	for _, r := range All() {
		if r.Doc().Category == lint.CategoryTrust {
			rs = append(rs, r)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		an := NewAnalysis(post.Text, lex, []string{i18n.ID, i18n.EN})
		for _, r := range rs {
			r.Check(NewPass(post, nil, "image", "id", an, r.Doc()))
		}
	}
}

// trustPieces are fragments that reach the trust rules' edge cases when
// strung together at random: quotes left open, entities next to matches,
// invalid UTF-8, digit runs, capitals, labels.
var trustPieces = []string{"Sebarkan", "!!", "?!", "\"", "'", "“", "”", " ", "\n", "\n\n", "#viral", "@x", "https://bit.ly/a",
	"KTP", "AWAS", "SEMUA", "REKENING", "3275", "0123", ".", "-", "(15)", "RT 05", "Budi", "Santoso", "korban", "pencabulan",
	"anak", "kasus", "NIK:", "Rp", "80%", "persen", "menurut", "penelitian", "katanya", "[HOAKS]", "jangan", "b4ngs4t", "\xff",
	"é", "🎉", "Ternyata", "Ini", "…", "ketik amin", "sebelum dihapus", "share", "before it's deleted", "SMP Negeri 3", "Jl.",
	"warga", "Bekasi", "Bunga", "AS", ":"}

// checkTrustRobust runs every trust rule on text and fails on a panic or a
// span outside the text.
func checkTrustRobust(t *testing.T, lex *Lexicon, rs []Rule, text string) {
	t.Helper()
	post := &draft.Post{Path: "fuzz.txt", Index: 1, Text: text}
	an := NewAnalysis(text, lex, []string{i18n.ID, i18n.EN})
	for _, r := range rs {
		func() {
			defer func() {
				if e := recover(); e != nil {
					t.Fatalf("%s panics on %q: %v", r.Doc().ID, text, e)
				}
			}()
			p := NewPass(post, nil, "image", "", an, r.Doc())
			r.Check(p)
			for _, f := range p.Findings() {
				if f.Start > f.End || f.End > len(text) || f.Start < -1 {
					t.Fatalf("%s: span %d..%d outside %q", r.Doc().ID, f.Start, f.End, text)
				}
			}
		}()
	}
}

func TestTrustRulesRobust(t *testing.T) {
	lex, err := NewLexicon(Extra{i18n.ID: {"blocklist": {"bangsat", "otak udang"}}})
	if err != nil {
		t.Fatal(err)
	}
	rs := trustRules(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for n := rng.IntN(30); n >= 0; n-- {
			b.WriteString(trustPieces[rng.IntN(len(trustPieces))])
			if rng.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		checkTrustRobust(t, lex, rs, b.String())
	}
}

func FuzzTrustRules(f *testing.F) {
	f.Add(trustStress)
	f.Add("[HOAKS] 'sebarkan sebelum dihapus!!' NIK: 3275 0123 4567 0001 \"")
	f.Add("\xffb@ngs4t (15) AS (15) Bunga (15)")
	lex, err := NewLexicon(Extra{i18n.ID: {"blocklist": {"bangsat"}}})
	if err != nil {
		f.Fatal(err)
	}
	var rs []Rule
	for _, r := range All() {
		if r.Doc().Category == lint.CategoryTrust {
			rs = append(rs, r)
		}
	}
	f.Fuzz(func(t *testing.T, text string) { checkTrustRobust(t, lex, rs, text) })
}
