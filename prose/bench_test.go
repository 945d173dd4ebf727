package prose

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// benchPost is a realistic ~500-byte caption from a government PR account.
const benchPost = `Assalamualaikum Wr. Wb. Bapak/Ibu yang kami hormati.
Dalam rangka HUT ke-80 RI, Pemerintah Kabupaten Bogor melalui Dinas Kesehatan mengadakan vaksinasi gratis pada hari Sabtu (17/8) pukul 08.00–12.00 WIB di Jl. Tegar Beriman No. 1, Cibinong. 💉🇮🇩

Syarat:
- Fotokopi KTP/KK
- Sudah sarapan, dll.

Info lengkap: https://dinkes.bogorkab.go.id/vaksin. Jangan lupa ajak keluarga! Tag 3 teman kamu dan bagikan informasi ini kepada yang membutuhkan 🙏

#BogorSehat #HUTRI80 @dinkesbogor`

// benchPhrases returns n phrases: the real list entries first, then
// generated ones in the same shapes (plain, prefix, wildcard, <n>).
func benchPhrases(n int) []string {
	real := []string{
		"pada hari ini", "pada hari * tanggal", "dalam rangka", "assalamualaikum", "salam sejahtera",
		"om swastiastu", "namo buddhaya", "salam kebajikan", "bapak/ibu yang kami hormati", "yang terhormat",
		"kepada yth", "dengan hormat", "puji syukur", "bertempat di", "telah dilaksanakan", "telah diselenggarakan",
		"sehubungan dengan", "menindaklanjuti", "berdasarkan surat", "pada kesempatan ini", "adapun", "dalam upaya",
		"guna", "perlu kami sampaikan", "diberitahukan kepada", "yuk", "ayo", "simak selengkapnya", "klik tautan",
		"link di bio", "daftar sekarang", "hubungi", "ajak keluarga", "bagikan informasi ini kepada",
		"like jika", "ketik amin", "katakan amin", "tag <n> teman", "tag teman", "tandai teman", "bagikan jika setuju",
		"share jika setuju", "bagikan ke <n> grup", "sebarkan !", "viralkan", "share sebelum dihapus",
		"jangan berhenti di kamu", "forward ke <n> grup", "info dari grup sebelah", "copas dari sebelah",
		"ternyata", "inilah", "bikin kaget", "fakta mengejutkan", "siapa sangka", "jangan kaget",
		"we are pleased to announce", "learn more", "sign up", "tag a friend", "share if", "share before it's deleted",
		"you won't believe", "what happens next", "it should be noted that", "in order to", "sebar-", "viral-",
	}
	rng := rand.New(rand.NewPCG(7, 11))
	syl := []string{"ka", "ba", "ma", "ri", "sa", "tu", "la", "pe", "ng", "an", "kan", "di", "ber", "me"}
	word := func() string {
		var b strings.Builder
		for k := 0; k < 2+rng.IntN(3); k++ {
			b.WriteString(syl[rng.IntN(len(syl))])
		}
		return b.String()
	}
	out := append([]string(nil), real...)
	for len(out) < n {
		switch rng.IntN(6) {
		case 0:
			out = append(out, word()+"-")
		case 1:
			out = append(out, word()+" * "+word())
		case 2:
			out = append(out, word()+" <n> "+word())
		default:
			out = append(out, word()+" "+word())
		}
	}
	return out[:n]
}

// benchText returns about size bytes of post-like text.
func benchText(size int) string {
	rng := rand.New(rand.NewPCG(3, 5))
	phrases := benchPhrases(300)
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(benchPost)
		b.WriteString("\n\n")
		for k := 0; k < 40; k++ {
			p := phrases[rng.IntN(len(phrases))]
			p = strings.NewReplacer(" * ", " hari Senin ", "<n>", "10", "-", "kan").Replace(p)
			b.WriteString(p)
			b.WriteString([]string{" ", ", ", ". ", "! ", "\n"}[rng.IntN(5)])
		}
	}
	return b.String()
}

func BenchmarkSentences(b *testing.B) {
	for _, bc := range []struct {
		name string
		text string
	}{{"post", benchPost}, {"100KB", benchText(100 << 10)}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.text)))
			for b.Loop() {
				Sentences(bc.text)
			}
		})
	}
}

func BenchmarkWords(b *testing.B) {
	b.Run("Words", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(benchPost)))
		for b.Loop() {
			Words(benchPost)
		}
	})
	b.Run("Tokens", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(benchPost)))
		for b.Loop() {
			Tokens(benchPost)
		}
	})
	b.Run("AppendWords reuse", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(benchPost)))
		buf := make([]Token, 0, 256)
		for b.Loop() {
			buf = AppendWords(buf[:0], benchPost)
		}
	})
}

func BenchmarkMatcher(b *testing.B) {
	m, err := NewMatcher(benchPhrases(300))
	if err != nil {
		b.Fatal(err)
	}
	big := benchText(100 << 10)
	for _, bc := range []struct {
		name string
		text string
	}{{"post", benchPost}, {"100KB", big}} {
		b.Run(fmt.Sprintf("FindAll/%s", bc.name), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.text)))
			for b.Loop() {
				m.FindAll(bc.text)
			}
		})
		toks := Tokens(bc.text)
		b.Run(fmt.Sprintf("FindAllTokens/%s", bc.name), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.text)))
			for b.Loop() {
				m.FindAllTokens(bc.text, toks)
			}
		})
	}
	b.Run("NewMatcher/300", func(b *testing.B) {
		b.ReportAllocs()
		phrases := benchPhrases(300)
		for b.Loop() {
			if _, err := NewMatcher(phrases); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkDetectLang(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		DetectLang(benchPost)
	}
}

func BenchmarkSyllables(b *testing.B) {
	words := Words(benchPost)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range words {
			Syllables(benchPost[t.Start:t.End], "id")
		}
	}
}

// BenchmarkSyllablesEN counts the benchmark post's words by the English
// rules, as the readability check does for English posts.
func BenchmarkSyllablesEN(b *testing.B) {
	words := Words(benchPost)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range words {
			Syllables(benchPost[t.Start:t.End], "en")
		}
	}
}

// BenchmarkLetterCounts counts the letters of the post and of each of
// its words, as the caps checks do.
func BenchmarkLetterCounts(b *testing.B) {
	words := Words(benchPost)
	b.ReportAllocs()
	for b.Loop() {
		LetterCounts(benchPost)
		for _, t := range words {
			LetterCounts(benchPost[t.Start:t.End])
		}
	}
}

func TestBenchInputs(t *testing.T) {
	if n := len(benchPost); n < 400 || n > 700 {
		t.Errorf("benchPost is %d bytes, want about 500", n)
	}
	m, err := NewMatcher(benchPhrases(300))
	if err != nil {
		t.Fatal(err)
	}
	if m.Len() != 300 {
		t.Errorf("benchmark matcher has %d phrases, want 300", m.Len())
	}
	if got := len(m.FindAll(benchPost)); got < 5 {
		t.Errorf("benchmark post has only %d matches; the benchmark would not exercise matching", got)
	}
	got := spanTexts(benchPost, Sentences(benchPost))
	t.Logf("%d sentences: %q", len(got), got)
}

// BenchmarkNewMatcherLists builds a Matcher of every built-in word list, as
// a run that uses them all does on its first posts.
func BenchmarkNewMatcherLists(b *testing.B) {
	lists := builtinLists(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, phrases := range lists {
			if _, err := NewMatcher(phrases); err != nil {
				b.Fatal(err)
			}
		}
	}
}
