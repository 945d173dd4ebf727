package rules

import (
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
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
		if r.Doc().Category == CategoryTrust {
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
