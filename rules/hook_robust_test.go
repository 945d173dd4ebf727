package rules

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/platform"
)

// hookRuleIDs are the hook, clarity and engagement rules whose shape
// detectors (imperatives, labelled links, pasted messages, greetings,
// chains of names, ceremony shapes, passives) these tests stress.
var hookRuleIDs = []string{"hook-weak-opener", "hook-title-chain", "hook-ceremony", "filler-phrase",
	"cta-missing", "engagement-bait", "passive-voice", "too-many-ctas"}

// hookPieces are fragments that reach the detectors' edge cases when strung
// together at random: labels and colons, links, numbers, commas after
// conditions, greetings, titles, quotes left open, invalid UTF-8.
var hookPieces = []string{"Selamat pagi", "Halo", "Sobat", "warga", "Bandung", "!", ",", ".", ":", ";", "\n", "\n\n", "\"",
	"Isi pesan:", "Penjelasan:", "Viral message:", "Jika", "If", "you", "call", "Daftar", "pakai", "di", "https://x.id/a",
	"👉", "0812-3300-4455", "110", "info@example.go.id", "Pengaduan", "Warga", "bisa", "menyiapkan", "tidak perlu", "datang ke",
	"Bagikan", "ke", "teman", "share this with your friends", "Dr.", "H.", "S.Sos.", "Kepala", "Dinas", "didampingi",
	"menerima audiensi", "Dalam rangka", "memimpin rakor", "Disdik", "tertangkap", "kehilangan", "was last seen", "\xff", "é", "🎉",
	"Datanglah", "Tindakan", "mohon maaf", "Cek Fakta:", "Sumber:", "#Tag", "@akun", "Rp10.000", "RPJMD"}

// checkHookRobust runs the rules on text for Facebook and fails on a panic
// or a span outside the text.
func checkHookRobust(t *testing.T, lex *Lexicon, text string) {
	t.Helper()
	post := &draft.Post{Path: "fuzz.txt", Index: 1, Text: text}
	an := NewAnalysis(text, lex, []string{i18n.ID, i18n.EN})
	spec := platform.Defaults()["facebook"]
	for _, id := range hookRuleIDs {
		r, _ := New(id)
		func() {
			defer func() {
				if e := recover(); e != nil {
					t.Fatalf("%s panics on %q: %v", id, text, e)
				}
			}()
			var s *platform.Spec
			if r.Doc().PerPlatform {
				s = &spec
			}
			p := NewPass(post, s, "image", "", an, r.Doc())
			r.Check(p)
			for _, f := range p.Findings() {
				if f.Start > f.End || f.End > len(text) || f.Start < -1 {
					t.Fatalf("%s: span %d..%d outside %q", id, f.Start, f.End, text)
				}
			}
		}()
	}
}

func TestHookRulesRobust(t *testing.T) {
	lex := lexicon(t)
	rng := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		var b strings.Builder
		for n := rng.IntN(30); n >= 0; n-- {
			b.WriteString(hookPieces[rng.IntN(len(hookPieces))])
			if rng.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		checkHookRobust(t, lex, b.String())
	}
}

func FuzzHookRules(f *testing.F) {
	f.Add("Selamat pagi warga Bandung! Isi pesan:\nSEBARKAN!!\nPenjelasan: hoaks. Jika ragu, hubungi 110.")
	f.Add("Menteri, didampingi Dr. H. Budi, S.Sos., menerima audiensi. Read the guidelines: https://x.id")
	f.Add("\xffDis Din 0812-3300-4455 👉 bit.ly/a Datanglah")
	lex, err := NewLexicon(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) { checkHookRobust(t, lex, text) })
}

// BenchmarkHookRules lints a 1 MB post dense with what the shape detectors
// look at (clause openers, links, numbers, labels, greetings); their
// lookups are binary searches or bounded windows, so time grows with size.
func BenchmarkHookRules(b *testing.B) {
	para := "Selamat pagi warga! Daftar korban: https://x.id/a 👉 bit.ly/b. Info: 0812-3300-4455, layanan 120 pasien. " +
		"Isi pesan:\nSEBARKAN!!\nPenjelasan: hoaks. Jika ragu, tanya petugas. Warga yang kehilangan bisa melapor ke 110. " +
		"Tindakan tegas diambil. Kepala Dinas, didampingi Sekda, menerima audiensi guna membahas RPJMD.\n\n"
	text := strings.Repeat(para, (1<<20)/len(para))
	post := draft.Parse("stress.txt", draft.FormatText, []byte(text), draft.Options{})[0]
	lex, err := NewLexicon(nil)
	if err != nil {
		b.Fatal(err)
	}
	spec := platform.Defaults()["facebook"]
	b.ResetTimer()
	for b.Loop() {
		an := NewAnalysis(post.Text, lex, []string{i18n.ID, i18n.EN})
		for _, id := range hookRuleIDs {
			r, _ := New(id)
			var s *platform.Spec
			if r.Doc().PerPlatform {
				s = &spec
			}
			r.Check(NewPass(post, s, "image", "id", an, r.Doc()))
		}
	}
}
