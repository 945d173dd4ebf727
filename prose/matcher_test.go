package prose

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type found struct {
	Text   string
	Phrase int
}

func findTexts(text string, ms []Match) []found {
	var out []found
	for _, m := range ms {
		out = append(out, found{text[m.Start:m.End], m.Phrase})
	}
	return out
}

func TestMatcher(t *testing.T) {
	tests := []struct {
		name    string
		phrases []string
		text    string
		want    []found
	}{
		{"case-insensitive", []string{"sebarkan"}, "SEBARKAN sekarang, Sebarkan!", []found{{"SEBARKAN", 0}, {"Sebarkan", 0}}},
		{"whole tokens only", []string{"guna"}, "Pengguna yang berguna. Guna meningkatkan layanan, berguna-guna.", []found{{"Guna", 0}}},
		{"reduplication is a different word", []string{"anak", "teman-"}, "anak-anak dan anak, teman-teman", []found{{"anak", 0}, {"teman-teman", 1}}},
		{"leftmost-longest", []string{"share", "share before it's deleted", "before"},
			"Please share before it's deleted!", []found{{"share before it's deleted", 1}}},
		{"longest falls back to shorter", []string{"share", "share before it's deleted"},
			"share before it is deleted", []found{{"share", 0}}},
		{"overlapping phrases do not overlap", []string{"tag teman", "teman kamu"},
			"Ayo tag teman kamu", []found{{"tag teman", 0}}},
		{"adjacent matches", []string{"ayo", "yuk"}, "ayo yuk ayo", []found{{"ayo", 0}, {"yuk", 1}, {"ayo", 0}}},
		{"same length prefers the earlier phrase", []string{"klik suka", "klik suka"}, "klik suka jika", []found{{"klik suka", 0}}},
		{"wildcard one to three words", []string{"pada hari * tanggal"},
			"Pada hari Senin tanggal 5. pada hari Senin pagi ini tanggal 6. pada hari tanggal. pada hari a b c d tanggal.",
			[]found{{"Pada hari Senin tanggal", 0}, {"pada hari Senin pagi ini tanggal", 0}}},
		{"wildcard does not cross punctuation", []string{"pada hari * tanggal"}, "pada hari Senin, tanggal 5", nil},
		{"wildcard takes the longest", []string{"like untuk * love untuk"},
			"like untuk setuju love untuk tidak love untuk", []found{{"like untuk setuju love untuk", 0}}},
		{"two wildcards", []string{"kegiatan * dilaksanakan * kantor"},
			"Kegiatan rapat koordinasi dilaksanakan di kantor", []found{{"Kegiatan rapat koordinasi dilaksanakan di kantor", 0}}},
		{"number placeholder", []string{"tag <n> teman", "bagikan ke <n> grup"},
			"Tag 3 teman! bagikan ke 10 grup, tag tiga teman, tag Rp10.000 teman",
			[]found{{"Tag 3 teman", 0}, {"bagikan ke 10 grup", 1}, {"tag Rp10.000 teman", 0}}},
		{"number first", []string{"<n> persen"}, "naik 2,5 persen dan 10 Persen", []found{{"2,5 persen", 0}, {"10 Persen", 0}}},
		{"prefix", []string{"sebar-"}, "Sebarkan, sebarluaskan, sebar, disebarkan, sebar-sebar", []found{{"Sebarkan", 0}, {"sebarluaskan", 0}, {"sebar", 0}, {"sebar-sebar", 0}}},
		{"prefix after a word", []string{"jangan sebar-"}, "Jangan sebarkan! jangan disebarkan", []found{{"Jangan sebarkan", 0}}},
		{"punctuation in a phrase", []string{"sebarkan!", "viral !"}, "Sebarkan!!! VIRAL! viral", []found{{"Sebarkan!", 0}, {"VIRAL!", 1}}},
		{"curly and straight quotes", []string{`komen "ya"`, "don't"},
			"Komen “YA” dan komen \"ya\", don’t", []found{{"Komen “YA”", 0}, {"komen \"ya\"", 0}, {"don’t", 1}}},
		{"dashes fold", []string{"<n> - <n>"}, "buka 08.00–10.00 WIB", []found{{"08.00–10.00", 0}}},
		{"multi-byte text", []string{"kafé baru", "ласкаво"}, "KAFÉ BARU dibuka, Ласкаво просимо",
			[]found{{"KAFÉ BARU", 0}, {"Ласкаво", 1}}},
		{"decomposed accents", []string{"kafé"}, "Kafe\u0301 kami", []found{{"Kafe\u0301", 0}}},
		{"phrase at start and end", []string{"ayo", "sekarang"}, "Ayo daftar sekarang", []found{{"Ayo", 0}, {"sekarang", 1}}},
		{"whole text", []string{"ketik amin"}, "ketik amin", []found{{"ketik amin", 0}}},
		{"across a line break", []string{"tag teman"}, "tag\nteman", []found{{"tag\nteman", 0}}},
		{"emoji between words blocks", []string{"tag teman"}, "tag 🎉 teman", nil},
		{"emoji phrase", []string{"like 👍 jika"}, "Like 👍 jika setuju", []found{{"Like 👍 jika", 0}}},
		{"hashtag phrase", []string{"#viral"}, "ini #Viral dan viral", []found{{"#Viral", 0}}},
		{"soft hyphen hidden in a word", []string{"sebarkan"}, "sebar\u00adkan", []found{{"sebar\u00adkan", 0}}},
		{"nothing", []string{"hoaks"}, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := NewMatcher(tt.phrases)
			if err != nil {
				t.Fatal(err)
			}
			got := findTexts(tt.text, m.FindAll(tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("FindAll(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
			if ref := findTexts(tt.text, refFindAll(tt.phrases, tt.text)); !cmp.Equal(ref, got) {
				t.Errorf("reference matcher disagrees:\n%s", cmp.Diff(ref, got))
			}
		})
	}
}

func TestMatcherOffsets(t *testing.T) {
	m, err := NewMatcher([]string{"jangan sebar-", "hoaks"})
	if err != nil {
		t.Fatal(err)
	}
	text := "☕ Kafé: JANGAN SEBARKAN “HOAKS”"
	want := []Match{{Start: strings.Index(text, "JANGAN"), End: strings.Index(text, " “"), Phrase: 0},
		{Start: strings.Index(text, "HOAKS"), End: strings.Index(text, "”"), Phrase: 1}}
	if diff := cmp.Diff(want, m.FindAll(text)); diff != "" {
		t.Error(diff)
	}
}

func TestFindAllTokens(t *testing.T) {
	m, err := NewMatcher([]string{"tag teman", "sebarkan !"})
	if err != nil {
		t.Fatal(err)
	}
	text := "Sebarkan! Tag teman"
	if diff := cmp.Diff(m.FindAll(text), m.FindAllTokens(text, Tokens(text))); diff != "" {
		t.Error(diff)
	}
	// With Words the punctuation phrase cannot match.
	got := findTexts(text, m.FindAllTokens(text, Words(text)))
	if diff := cmp.Diff([]found{{"Tag teman", 0}}, got); diff != "" {
		t.Error(diff)
	}
	// Tokens that do not fit the text are ignored, not a panic.
	bad := []Token{{-1, 3, Word}, {5, 2, Word}, {0, 999, Word}, {10, 13, Word}, {14, 19, Word}}
	got = findTexts(text, m.FindAllTokens(text, bad))
	if diff := cmp.Diff([]found{{"Tag teman", 0}}, got); diff != "" {
		t.Error(diff)
	}
}

func TestNewMatcherErrors(t *testing.T) {
	for _, p := range []string{"", "   ", "*", "* <n>", "<n>", "* tanggal", "pada hari *", "\u00ad", "a * * * * * b"} {
		m, err := NewMatcher([]string{"ok", p})
		if err == nil {
			t.Errorf("NewMatcher(%q) succeeded, want an error", p)
			continue
		}
		if m != nil {
			t.Errorf("NewMatcher(%q) returned a matcher with its error", p)
		}
		if !strings.Contains(err.Error(), "phrase 1") {
			t.Errorf("error %q does not name the phrase", err)
		}
	}
}

func TestMatcherLen(t *testing.T) {
	m, err := NewMatcher([]string{"a", "b c", "d-"})
	if err != nil {
		t.Fatal(err)
	}
	if m.Len() != 3 {
		t.Errorf("Len = %d, want 3", m.Len())
	}
	empty, err := NewMatcher(nil)
	if err != nil || empty.Len() != 0 || empty.FindAll("apa saja") != nil {
		t.Errorf("empty matcher: %v, %d", err, empty.Len())
	}
}

// TestMatcherAgainstReference compares the indexed matcher with a brute-force
// one on random phrases and texts built from a small vocabulary, so matches
// and near-misses are frequent.
func TestMatcherAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := []string{"ayo", "Ayo", "sebar", "sebarkan", "tag", "3", "10.000", "teman", "!", ",", "“", `"`, "jangan", "kafé", "KAFE\u0301", "🎉"}
	pvocab := []string{"ayo", "sebar-", "sebarkan", "tag", "<n>", "teman", "!", `"`, "jangan", "kafé", "*", "🎉"}
	for round := 0; round < 300; round++ {
		var phrases []string
		for len(phrases) < 1+rng.IntN(6) {
			var els []string
			for k := 0; k < 1+rng.IntN(4); k++ {
				els = append(els, pvocab[rng.IntN(len(pvocab))])
			}
			p := strings.Join(els, " ")
			if _, err := parsePhrase(p); err == nil {
				phrases = append(phrases, p)
			}
		}
		var words []string
		for k := 0; k < rng.IntN(40); k++ {
			words = append(words, vocab[rng.IntN(len(vocab))])
		}
		text := strings.Join(words, " ")
		m, err := NewMatcher(phrases)
		if err != nil {
			t.Fatal(err)
		}
		got, want := m.FindAll(text), refFindAll(phrases, text)
		if !cmp.Equal(want, got) {
			t.Fatalf("phrases %q text %q:\n%s", phrases, text, cmp.Diff(findTexts(text, want), findTexts(text, got)))
		}
	}
}

func TestMatcherAllocs(t *testing.T) {
	skipUnderRace(t)
	m, err := NewMatcher([]string{"sebarkan", "tag <n> teman", "pada hari * tanggal", "sebar-"})
	if err != nil {
		t.Fatal(err)
	}
	text := "Pada hari Senin tanggal 5, jangan lupa tag 3 teman dan sebarkan info ini."
	toks := Tokens(text)
	m.FindAllTokens(text, toks)
	// One allocation: the result slice.
	if a := testing.AllocsPerRun(100, func() { m.FindAllTokens(text, toks) }); a > 1 {
		t.Errorf("FindAllTokens allocates %.0f times, want at most 1", a)
	}
	f := FoldTokens(text, toks)
	if a := testing.AllocsPerRun(100, func() { m.FindAllFolded(f) }); a > 1 {
		t.Errorf("FindAllFolded allocates %.0f times, want at most 1", a)
	}
}

// refFindAll is a deliberately simple matcher: at each token it tries every
// phrase by recursion over folded token strings, keeping the longest match
// (earliest phrase on ties).
func refFindAll(phrases []string, text string) []Match {
	toks := Tokens(text)
	folded := make([]string, len(toks))
	for i, t := range toks {
		folded[i] = FoldString(text[t.Start:t.End])
	}
	parsed := make([][]Elem, len(phrases))
	for i, p := range phrases {
		parsed[i], _ = parsePhrase(p)
	}
	var match func(els []Elem, ti int) int
	match = func(els []Elem, ti int) int {
		if len(els) == 0 {
			return ti
		}
		if ti >= len(toks) {
			return -1
		}
		e, wordish := els[0], toks[ti].Kind == Word || toks[ti].Kind == Number
		switch e.Kind {
		case ElemLit:
			if folded[ti] == e.Text {
				return match(els[1:], ti+1)
			}
		case ElemPrefix:
			if wordish && strings.HasPrefix(folded[ti], e.Text) {
				return match(els[1:], ti+1)
			}
		case ElemNum:
			if toks[ti].Kind == Number {
				return match(els[1:], ti+1)
			}
		case ElemWild:
			best := -1
			for k := 1; k <= 3 && ti+k <= len(toks); k++ {
				if kd := toks[ti+k-1].Kind; kd != Word && kd != Number {
					break
				}
				best = max(best, match(els[1:], ti+k))
			}
			return best
		}
		return -1
	}
	var out []Match
	for ti := 0; ti < len(toks); {
		best, bestP := -1, -1
		for p, els := range parsed {
			if els == nil {
				continue
			}
			if e := match(els, ti); e > best {
				best, bestP = e, p
			}
		}
		if best < 0 {
			ti++
			continue
		}
		out = append(out, Match{toks[ti].Start, toks[best-1].End, bestP})
		ti = best
	}
	return out
}

func TestFindAllFoldedMatchesFindAllTokens(t *testing.T) {
	m, err := NewMatcher([]string{"sebarkan", "tag <n> teman", "pada hari * tanggal", "sebar-", "cek fakta"})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Pada hari Senin tanggal 5, jangan lupa TAG 3 teman dan sebarkan info ini. Cek Fakta!",
		"", "🎉", "Sebarluaskan ke semua grup.",
		// More matches than FindAllFolded keeps on the stack, and a text
		// longer than it scans there.
		strings.Repeat("sebarkan, cek fakta! ", 20),
		strings.Repeat("Tag 3 teman, sebarkan. ", 200),
	} {
		toks := Tokens(text)
		want := m.FindAllTokens(text, toks)
		f := FoldTokens(text, toks)
		for range 2 { // a Folded is reusable
			if got := m.FindAllFolded(f); !slices.Equal(got, want) {
				t.Errorf("FindAllFolded(%q) = %v, want %v", text, got, want)
			}
		}
	}
}
