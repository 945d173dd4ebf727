package rules

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/corpus"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
	"golang.org/x/text/unicode/norm"
)

func TestAcronym(t *testing.T) {
	newRule := func() Rule { return &Acronym{MaxUndefined: 2, ChainMin: 3, MaxLetters: 7} }
	runCases(t, newRule, []ruleCase{
		{name: "id dateline city in capitals is not an acronym", src: "JAKARTA, Humas – Pendaftaran CPNS dibuka hari ini di seluruh kantor BKN.", want: []string{"info BKN"}},
		{name: "en dateline city", src: "SURABAYA – The new bus terminal opens today.", want: nil},
		{name: "id listed short form", src: "Disdukcapil membuka layanan Sabtu di semua kecamatan.", want: []string{"info Disdukcapil"}},
		{name: "id defined with the full name first", src: "Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) membuka layanan Sabtu. Disdukcapil juga melayani akta.", want: nil},
		{name: "id defined with the full name after", src: "Disdukcapil (Dinas Kependudukan dan Pencatatan Sipil) membuka layanan Sabtu.", want: nil},
		{name: "id full name anywhere explains it", src: "Kemensetneg membuka pameran arsip. Kementerian Sekretariat Negara mengundang pelajar.", want: nil},
		{name: "id Kemensetneg trap is defined", src: "Kementerian Sekretariat Negara (Kemensetneg) membuka magang untuk mahasiswa.", want: nil},
		{name: "id chain of short forms", src: "Asdep Humas Kemensetneg menerima tim Facebook Indonesia.",
			want: []string{"warning Asdep"}},
		{name: "id more than two undefined", src: "Rapat membahas APBD, RPJMD, dan SPBE bersama OPD.",
			want: []string{"warning APBD"}},
		{name: "id well-known acronyms are fine", src: "Bawa KTP, KK, dan kartu BPJS. Pelaku UMKM dapat mendaftar di kantor RT/RW.", want: nil},
		{name: "id hashtags are not acronyms", src: "Cetak KTP-el kini bisa Sabtu. #KTPel #LayananDKI #PPID", want: nil},
		{name: "id Roman numerals and COVID-19", src: "Vaksinasi COVID-19 tahap III digelar di Bab IV gedung. Kabinet Jilid II hadir.", want: nil},
		{name: "id ALL-CAPS shouting is not acronyms", src: "JALAN DITUTUP TOTAL MALAM INI. Silakan lewat jalur lain.", want: nil},
		{name: "id capitals heading in a sentence", src: "🚗 INFO MUDIK LEBARAN 2026 🚗 Jadwal angkutan mudik gratis sudah keluar, cek di situs Kemenhub.", want: []string{"info Kemenhub"}},
		{name: "id prefix pattern", src: "Warga bisa mengadu ke Dishub atau Kemenkes lewat aplikasi.", want: []string{"info Dishub"}},
		{name: "id look-alikes of the prefix pattern", src: "Terima Kasih kepada Kementerian Perdagangan dan Dinas Perdagangan atas Diskusi Publik hari ini.", want: nil},
		{name: "id sentence start is not a prefix acronym", src: "Disampaikan kepada warga bahwa air mati besok.", want: nil},
		{name: "id initials explain an acronym", src: "Badan Penanggulangan Bencana Daerah siaga. BPBD membuka posko di tiap kecamatan.", want: nil},
		{name: "id Humas alone is fine", src: "Tim Humas menyiapkan siaran pers.", want: nil},
		{name: "id Kasi is case-sensitive", src: "Tolong kasi tahu tetangga ya.", want: nil},
		{name: "en undefined caps acronym", src: "The DPMPTSP office now issues permits online.", want: []string{"info DPMPTSP"}},
		{name: "en plural acronym", src: "Loans for MSMEs open today. Every MSME can apply.", want: []string{"info MSMEs"}},
		{name: "en plural defined", src: "Micro, Small and Medium Enterprises (MSMEs) can apply for loans. MSMEs pay no fee.", want: nil},
		{name: "en defined in brackets", src: "The Regional Disaster Management Agency (BPBD) opened shelters.", want: nil},
		{name: "en well-known", src: "The CEO of a BUMN joined the UN forum in the US. Read the FAQ.", want: nil},
		{name: "en no prefix patterns in English", src: "The Central District and the Disaster Office opened today.", want: nil},
		{name: "id ordinary words in capitals are emphasis", src: "Selamat! Tim kita LOLOS ke final dan UNGGUL di klasemen. WOW, KEREN sekali.", want: nil},
		{name: "id affixed ordinary words in capitals", src: "Pendaftaran DIBUKA hari ini, cek info TERBARU di kantor kelurahan.", want: nil},
		{name: "id amin stretched or not", src: "Semoga ibu-ibu kita sehat selalu. Ketik AMIN atau AAMIIN di kolom komentar.", want: nil},
		{name: "id debunk label is no acronym", src: "[HOAKS] Akun WhatsApp diblokir besok malam. [SALAH] kata Kominfo.", want: nil},
		{name: "id fake bold is emphasis", src: "Layanan 𝗕𝗔𝗥𝗨 dari kelurahan: 𝗡𝗘𝗪 jadwal buka Sabtu.", want: nil},
		{name: "id initials of a person are no acronym", src: "Polisi menangkap pria berinisial DN (32) di rumahnya. Tersangka lain berinisial RA juga diperiksa.", want: nil},
		{name: "id initials trap: an acronym before a bracketed year is still one", src: "Dana BPNT (2026) cair pekan depan.", want: []string{"info BPNT"}},
		{name: "id a real acronym beside capitals words", src: "PENTING: pencairan PKH tahap II dimulai Senin.", want: []string{"info PKH"}},
		{name: "id widely known acronyms", src: "Antrean RSUD, IGD, dan KUA kini lewat aplikasi; bawa STNK dan SIM. Naik MRT atau KRL.", want: nil},
		{name: "en ordinary words in capitals are emphasis", src: "Comment YES if you agree! Type AMEN and share. DONE? WARNING: MISSING child.", want: nil},
		{name: "en debunk label is no acronym", src: "FALSE: Lemon water does not cure cancer, says the health office.", want: nil},
		{name: "en widely known acronyms", src: "Scan the QR code, never share your PIN or OTP. RSVP by Friday; CCTV covers the hall. Take the MRT-J home.", want: nil},
		{name: "id a quoted keyword to type", src: "Komen \"UDUK\" kalau kamu tim nasi uduk, komen \"LONTONG\" kalau tim lontong sayur!", want: nil},
		{name: "id a quoted acronym without a reply verb", src: "Program \"PKH\" cair pekan depan di kantor pos.", want: []string{"info PKH"}},
		{name: "en a quoted keyword to type", src: "Reply \"REG\" to subscribe or \"UNREG\" to leave the list.", want: nil},
		{name: "en initials before an age", src: "Police arrested a man identified by the initials DN (32) on Tuesday.", want: nil},
	})
	fs := checkDraft(t, newRule(), "Disdukcapil membuka layanan.")
	if len(fs) != 1 || fs[0].Suggestion.EN != `explain each at first use, e.g. "Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)", or use plain words` {
		t.Errorf("suggestion = %+v", fs)
	}
	// One finding per post: its message lists the acronyms and names the chain.
	for src, want := range map[string]string{
		"Disdukcapil membuka layanan.":                              `acronym "Disdukcapil" is not explained in the post`,
		"Warga bisa mengadu ke Dishub atau PPID.":                   `2 acronyms are not explained in the post (Dishub, PPID)`,
		"Rapat membahas APBD, RPJMD, dan SPBE.":                     `3 unexplained acronyms (APBD, RPJMD, SPBE): more than 2 loses readers`,
		"Asdep Humas Kemensetneg hadir.":                            `2 acronyms are not explained in the post (Asdep, Kemensetneg); chain of 3 short forms "Asdep Humas Kemensetneg": hard to read`,
		"The Sekda, OPD, PPID, SPBE and SAKIP teams met on Monday.": `5 unexplained acronyms (Sekda, OPD, PPID, SPBE, SAKIP): more than 2 loses readers`,
	} {
		fs := checkDraft(t, newRule(), src)
		if len(fs) != 1 || fs[0].Message.EN != want {
			t.Errorf("%q:\n  got  %+v\n  want one finding %q", src, fs, want)
		}
	}
	if fs := checkDraft(t, &Acronym{MaxUndefined: 5, ChainMin: 0, MaxLetters: 7}, "Asdep Humas Kemensetneg hadir."); len(fs) != 1 || fs[0].Severity != lint.Info {
		t.Errorf("chain_min 0 should switch chains off: %+v", fs)
	}
	if err := (&Acronym{MaxLetters: 1}).Validate(); err == nil {
		t.Error("max_letters below 2 should be rejected")
	}
}

func TestAcronymAllowlistFromConfig(t *testing.T) {
	lex, err := NewLexicon(Extra{"id": {"acronym-allowlist": {"Forkopimda", "PUPR"}}})
	if err != nil {
		t.Fatal(err)
	}
	src := "Bupati bersama Forkopimda dan Dinas PUPR meninjau jembatan."
	posts := draft.Parse("post.md", draft.FormatMarkdown, []byte(src), draft.Options{})
	r := &Acronym{MaxUndefined: 2, ChainMin: 3, MaxLetters: 7}
	pass := NewPass(posts[0], nil, "text", "id", NewAnalysis(posts[0].Text, lex, []string{"id"}), r.Doc())
	r.Check(pass)
	if fs := pass.Findings(); len(fs) != 0 {
		t.Errorf("allowlisted acronyms were flagged: %+v", fs)
	}
	if fs := checkDraft(t, r, src); len(fs) != 1 || fs[0].Message.EN != "2 acronyms are not explained in the post (Forkopimda, PUPR)" {
		t.Errorf("without the extra allowlist both should be flagged: %+v", fs)
	}
}

// TestAcronymPrefixIsThePattern holds acronymPrefix to the pattern it
// replaces, on every prefix with endings that should and should not
// match, and on other words.
func TestAcronymPrefixIsThePattern(t *testing.T) {
	re := regexp.MustCompile(`^(?:Kemen|Kemenko|Dis|Pem(?:prov|kab|kot)|Set(?:da|neg|kab)|Bapp|Ka(?:bag|bid|dis|si|subbag)|Per(?:da|bup|wal|gub|pres|men))[a-z]*$`)
	words := []string{"", "K", "Kemen", "Kemenkes", "Kemenkopolhukam", "KemenKes", "Kemen2", "Kemenkés", "kemenkes",
		"Diskominfo", "Dis", "Disdik-", "Pemprov", "Pemkab", "Pemkot", "Pemda", "Setda", "Setdako", "Setneg", "Bappeda",
		"Bapperida", "Kabag", "Kasubbag", "Kasi", "Kadis", "Perda", "Perbup", "Perwal", "Pergub", "Perpres", "Permendagri",
		"Permen ", "Persib", "Dinas", "Kemarin", "Setiap", "Bapak", "KEMENKES", "Pemkot Sleman"}
	for _, p := range acronymPrefixes {
		for _, end := range []string{"", "a", "kes", "Kes", "1", "-x", "é", "z", "{", "`", "ab\n"} {
			words = append(words, p+end, p[:len(p)-1]+end)
		}
	}
	for _, w := range words {
		if got, want := acronymPrefix(w), re.MatchString(w); got != want {
			t.Errorf("acronymPrefix(%q) = %v, the pattern says %v", w, got, want)
		}
	}
}

func FuzzAcronymPrefix(f *testing.F) {
	re := regexp.MustCompile(`^(?:Kemen|Kemenko|Dis|Pem(?:prov|kab|kot)|Set(?:da|neg|kab)|Bapp|Ka(?:bag|bid|dis|si|subbag)|Per(?:da|bup|wal|gub|pres|men))[a-z]*$`)
	for _, s := range []string{"Kemenkes", "Diskominfo", "Pemkot", "Kasubbag", "Permen", "Bapp2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := acronymPrefix(w), re.MatchString(w); got != want {
			t.Fatalf("acronymPrefix(%q) = %v, the pattern says %v", w, got, want)
		}
	})
}

// TestRomanNumeralIsThePattern compares romanNumeral with the pattern it
// replaces on every string of X, I, V and one other letter up to seven
// letters long.
func TestRomanNumeralIsThePattern(t *testing.T) {
	re := regexp.MustCompile(`^X{0,3}(?:IX|IV|V?I{0,3})$`)
	words := []string{""}
	for n := 0; n < 7; n++ {
		for _, w := range words {
			if len(w) != n {
				continue
			}
			for _, c := range []string{"X", "I", "V", "a"} {
				words = append(words, w+c)
			}
		}
	}
	for _, w := range words {
		if got, want := romanNumeral(w), re.MatchString(w); got != want {
			t.Errorf("romanNumeral(%q) = %v, the pattern says %v", w, got, want)
		}
	}
}

// FuzzAgeMayFollow: whatever ageAfterRe matches, ageMayFollow lets through.
func FuzzAgeMayFollow(f *testing.F) {
	for _, s := range []string{" (32)", "(15 tahun)", "\t(7 th.)", " (40 years)", "  (3)", "x (3)", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if ageAfterRe.MatchString(s) && !ageMayFollow(s) {
			t.Fatalf("ageAfterRe matches %q, but ageMayFollow rules it out", s)
		}
	})
}

// acronymTestWords are the words of the bundled examples and generated
// drafts, with words that test the edges of the ASCII fast paths.
func acronymTestWords(t *testing.T) []string {
	t.Helper()
	words := []string{"", "a", "A", "kTP", "ktp", "e-KTP", "ktp-el", "MRT-J", "Ǆ", "ǅ", "ǆ", "ß", "İ", "ı", "é", "É",
		"𝗡𝗘𝗪", "ａｂｃ", "ＡＢＣ", "K", "Kemenkes", "NGOs", "ngos", "x2", "X2", "ⅫI", "ⅻ", "'s", "don't", "DON'T"}
	for _, p := range viewTestPosts(t) {
		for _, w := range prose.Tokens(p.Text) {
			words = append(words, p.Text[w.Start:w.End])
		}
	}
	return words
}

// TestLowerASCIIWordHasNoCapital holds the candidates loop's first skip to
// the checks it stands for: a word it skips passes none of the tests that
// make any candidate but a chain word.
func TestLowerASCIIWordHasNoCapital(t *testing.T) {
	r := &Acronym{MaxUndefined: 2, ChainMin: 3, MaxLetters: 7}
	for _, w := range acronymTestWords(t) {
		if !lowerASCIIWord(w) {
			continue
		}
		base, _, _ := strings.Cut(w, "-")
		if strings.IndexFunc(w, unicode.IsUpper) >= 0 || startsUpper(w) || prose.IsUpperWord(w) || prose.IsUpperWord(base) ||
			r.isCapsAcronym(w) || acronymPlural(w) && r.isCapsAcronym(w[:len(w)-1]) || acronymPrefix(base) {
			t.Errorf("lowerASCIIWord(%q) skips a word that may be an acronym", w)
		}
	}
	for _, w := range []string{"KTP", "Polri", "kTP", "é", "ǅ", "ａ"} {
		if lowerASCIIWord(w) {
			t.Errorf("lowerASCIIWord(%q) = true", w)
		}
	}
}

// FuzzLowerASCIIWord: a word lowerASCIIWord lets the loop skip has no
// upper-case letter.
func FuzzLowerASCIIWord(f *testing.F) {
	for _, s := range []string{"ktp", "KTP", "é", "ǅ", "a-b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if lowerASCIIWord(w) && (strings.IndexFunc(w, unicode.IsUpper) >= 0 || prose.IsUpperWord(w)) {
			t.Fatalf("lowerASCIIWord(%q) skips a word with a capital", w)
		}
	})
}

// TestCollapseSpaceAgreesWithFields: text that singleSpaced lets through
// is what collapsing its white space would make of it, collapseSpace is
// strings.Join(strings.Fields(s), " ") and lowerCollapsed is the same of
// strings.ToLower(s), on every string of
// up to four pieces of letters and white space, ASCII and not.
func TestCollapseSpaceAgreesWithFields(t *testing.T) {
	pieces := []string{"a", "B", " ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u2003", "\u0085", "é"}
	texts := []string{""}
	for n := 0; n < 4; n++ {
		for _, s := range texts {
			if utf8.RuneCountInString(s) != n {
				continue
			}
			for _, p := range pieces {
				texts = append(texts, s+p)
			}
		}
	}
	texts = append(texts, "Kementerian Sekretariat Negara", "Dinas  Kesehatan", " Dinkes", "Dinkes ")
	for _, s := range texts {
		collapsed := strings.Join(strings.Fields(s), " ")
		if singleSpaced(s) && collapsed != s {
			t.Errorf("singleSpaced(%q) = true, but its white space collapses to %q", s, collapsed)
		}
		if got := collapseSpace(s); got != collapsed {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, collapsed)
		}
		if got, want := lowerCollapsed(s), strings.Join(strings.Fields(strings.ToLower(s)), " "); got != want {
			t.Errorf("lowerCollapsed(%q) = %q, want %q", s, got, want)
		}
	}
	if !singleSpaced("Kementerian Sekretariat Negara") {
		t.Error("singleSpaced misses the common case")
	}
}

// FuzzSingleSpaced: singleSpaced never lets through text whose white
// space collapses to something else, and collapseSpace (and lowerCollapsed
// after lowering) collapses it as Fields and Join do.
func FuzzSingleSpaced(f *testing.F) {
	for _, s := range []string{"Dinas Kesehatan", "a  b", " a", "a\u00a0b", "a\tb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		collapsed := strings.Join(strings.Fields(s), " ")
		if singleSpaced(s) && collapsed != s {
			t.Fatalf("singleSpaced(%q) = true", s)
		}
		if got := collapseSpace(s); got != collapsed {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, collapsed)
		}
		if got, want := lowerCollapsed(s), strings.Join(strings.Fields(strings.ToLower(s)), " "); got != want {
			t.Fatalf("lowerCollapsed(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestAcronymWordSetsAreTheMaps compares shoutedWords and
// sentenceInitialWords, which mark word indices, with the sets of word
// starts they were computed as before.
func TestAcronymWordSetsAreTheMaps(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"INFO MUDIK LEBARAN 2026 🚗 Jadwal angkutan MUDIK GRATIS 12 BUS sudah keluar.",
		"JALAN DITUTUP TOTAL MALAM INI. Silakan lewat jalur lain.\nBPBD SIAGA\n2026 KTP BPJS 3 UMKM\tRSUD  QR"}
	for _, p := range viewTestPosts(t) {
		texts = append(texts, p.Text)
	}
	// Generated drafts, and posts with more words than shoutedWords keeps
	// on the stack.
	r := rand.New(rand.NewPCG(11, 12))
	for i := range 1000 {
		name, content := corpus.Post(r, i)
		for _, p := range draft.Parse(name, draft.FormatOf(name), []byte(content), draft.Options{}) {
			texts = append(texts, p.Text)
		}
	}
	texts = append(texts, strings.Repeat("INFO MUDIK LEBARAN 2026 GRATIS. Jadwal bus BPBD SIAGA #MUDIK ", 80),
		strings.Repeat("JALAN DITUTUP TOTAL. ", 300))
	// Around the three words in capitals both ways need, in either
	// language, in one sentence, one run and neither.
	texts = append(texts, "", "BPBD", "BPBD SIAGA", "BPBD SIAGA PENUH", "Warga diminta SIAGA. BPBD siap.",
		"BPBD, SAR dan TNI siap.", "BPBD siap. SAR siap. TNI siap.", "WHO and UN.", "WHO UN FEMA",
		"The WHO, the UN and FEMA met today.", "STAY HOME", "STAY HOME NOW", "Stay home, stay SAFE now.")
	for _, text := range texts {
		a := NewAnalysis(text, lex, bothLangs)
		words := a.Words()
		if shoutedWords(a, nil) == nil {
			t.Fatalf("shoutedWords on %q is nil: callers would compute it again", text)
		}
		var capsBuf [1]int
		capitals := capitalWordIndices(capsBuf[:0], text, words)
		for name, pair := range map[string]struct {
			bits wordBits
			old  map[int]bool
		}{
			"shoutedWords":                {shoutedWords(a, nil), shoutedWordsByStart(a)},
			"shoutedWords among capitals": {shoutedWords(a, capitals), shoutedWordsByStart(a)},
			"sentenceInitialWords":        {sentenceInitialWords(a), sentenceInitialWordsByStart(a)},
		} {
			marked := 0
			for i, w := range words {
				if pair.bits.has(i) != pair.old[w.Start] {
					t.Fatalf("%s on %q: word %q is %v, was %v", name, text, text[w.Start:w.End], pair.bits.has(i), pair.old[w.Start])
				}
				if pair.bits.has(i) {
					marked++
				}
			}
			if marked != len(pair.old) {
				t.Fatalf("%s on %q: %d words marked, %d before", name, text, marked, len(pair.old))
			}
		}
	}
}

// shoutedWordsByStart is shoutedWords as it was, keyed by word start.
func shoutedWordsByStart(a *Analysis) map[int]bool {
	out := map[int]bool{}
	for _, s := range proseSentences(a) {
		words := s.Words
		var caps []int
		for _, w := range words {
			if prose.IsUpperWord(a.Text[w.Start:w.End]) {
				caps = append(caps, w.Start)
			}
		}
		if len(caps) >= 3 && len(caps)*10 >= len(words)*6 {
			for _, c := range caps {
				out[c] = true
			}
		}
	}
	var run []int
	flush := func() {
		if len(run) >= 3 {
			for _, c := range run {
				out[c] = true
			}
		}
		run = run[:0]
	}
	prevEnd := -1
	for _, w := range a.Words() {
		word := a.Text[w.Start:w.End]
		if w.Kind == prose.Number && prevEnd >= 0 {
			continue
		}
		if !prose.IsUpperWord(word) || prevEnd >= 0 && strings.Trim(a.Text[prevEnd:w.Start], " \t") != "" {
			flush()
		}
		if prose.IsUpperWord(word) {
			run = append(run, w.Start)
			prevEnd = w.End
		} else {
			prevEnd = -1
		}
	}
	flush()
	return out
}

// sentenceInitialWordsByStart is sentenceInitialWords as it was, keyed by
// word start.
func sentenceInitialWordsByStart(a *Analysis) map[int]bool {
	out := map[int]bool{}
	for _, s := range a.Sentences() {
		if w := a.WordsIn(s); len(w) > 0 {
			out[w[0].Start] = true
		}
	}
	lineStart, pos := 0, 0
	last := -1
	for _, w := range a.Words() {
		if nl := strings.LastIndexByte(a.Text[pos:w.Start], '\n'); nl >= 0 {
			lineStart = pos + nl + 1
		}
		pos = w.Start
		if lineStart != last {
			out[w.Start] = true
			last = lineStart
		}
	}
	return out
}

// ordinaryWordBefore is ordinaryWord as it was, with a string per form.
func ordinaryWordBefore(a *Analysis, word string) bool {
	common := commonWordLangs(a)
	folded := prose.FoldString(norm.NFKC.String(word))
	forms := []string{folded, normalizeWord(folded, normElongation)}
	if s, ok := strings.CutSuffix(folded, "s"); ok && len(s) >= 3 {
		forms = append(forms, s)
	}
	for _, w := range forms {
		if common.langsOf(w) != 0 {
			return true
		}
	}
	for _, root := range idAffixRoots(folded)[1:] {
		if common.langsOf(root)&commonID != 0 {
			return true
		}
	}
	return false
}

// TestOrdinaryWordSameAsBefore compares ordinaryWord with the version that
// made a string per form, on every word of the test posts as written and
// in capitals, and on stretched, affixed, plural and styled words.
func TestOrdinaryWordSameAsBefore(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	a := NewAnalysis("", lex, bothLangs)
	words := []string{"AAMIIN", "AMIN", "WOOOW", "DIBUKA", "TERBARU", "STUDENTS", "DAYS", "𝗡𝗘𝗪", "𝗕𝗔𝗥𝗨", "KEREN-KEREN",
		"KEMENANGANNYA", "BPBD", "PKH", "LOLOS", "UNGGUL", "ÉTÉ", "SEHATTT", "GOOOOL", "MENYAPU", "PERTANDINGAN", "KEBERSIHAN"}
	for _, w := range acronymTestWords(t) {
		words = append(words, w, strings.ToUpper(w))
	}
	mismatches := 0
	for _, w := range words {
		if got, want := ordinaryWord(a, w), ordinaryWordBefore(a, w); got != want {
			t.Errorf("ordinaryWord(%q) = %v, was %v", w, got, want)
			if mismatches++; mismatches > 10 {
				t.FailNow()
			}
		}
	}
}

// TestElongationASCIIIsNormalizeWord holds the ASCII path of ordinaryWord
// to normalizeWord on folded words.
func TestElongationASCIIIsNormalizeWord(t *testing.T) {
	words := []string{"", "a", "aa", "aamiin", "wooow", "x--y", "a11b", "''", "ab'ba", "zzz!", "é", "aé"}
	for _, w := range acronymTestWords(t) {
		words = append(words, prose.FoldString(w))
	}
	for _, w := range words {
		got, ok := appendElongationASCII(nil, []byte(w))
		if want := normalizeWord(w, normElongation); ok && string(got) != want {
			t.Errorf("appendElongationASCII(%q) = %q, normalizeWord gives %q", w, got, want)
		}
		if !ok && lowerASCIIWord(w) {
			t.Errorf("appendElongationASCII(%q) refuses an ASCII word", w)
		}
	}
}

// TestMayHaveIDAffixGuardsIDAffixRoots: a word mayHaveIDAffix rules out
// has no root but itself, on the words of the test posts and on every
// string of up to four letters and hyphens drawn from the affixes.
func TestMayHaveIDAffixGuardsIDAffixRoots(t *testing.T) {
	words := []string{""}
	for n := 0; n < 4; n++ {
		for _, w := range words {
			if len(w) != n {
				continue
			}
			for _, c := range "abdeiklmnprstuy-" {
				words = append(words, w+string(c))
			}
		}
	}
	for _, w := range acronymTestWords(t) {
		words = append(words, prose.FoldString(w))
	}
	for _, p := range []string{"ber", "ter", "me", "mem", "men", "meng", "meny", "pe", "pem", "di", "ke"} {
		for _, s := range append([]string{"", "an", "kan", "nya", "i"}, idSuffixes...) {
			words = append(words, p+"baca"+s, p+"kirim"+s, "baca"+s)
		}
	}
	for _, w := range words {
		if !mayHaveIDAffix([]byte(w)) && len(idAffixRoots(w)) != 1 {
			t.Errorf("mayHaveIDAffix(%q) = false, but idAffixRoots finds %q", w, idAffixRoots(w))
		}
	}
}

// acronymCandidatesBefore is Acronym.candidates as it was, with map sets,
// a binary search per word for links and a string per folded word.
func (r *Acronym) acronymCandidatesBefore(p *Pass) []acronymCand {
	a := p.Text
	text := a.Text
	var out []acronymCand
	covered := map[int]bool{}
	allow := listSet(a, listAcronymAllowlist, bothLangs)
	for _, m := range matchBoth(a, listGovernmentAcronyms) {
		got := strings.Join(strings.Fields(text[m.Start:m.End]), " ")
		if got != m.Entry.Phrase && got != strings.ToUpper(m.Entry.Phrase) || inLinkTagMention(a, m.Start) {
			continue
		}
		kind := acroListed
		if allow.Has(prose.FoldString(got)) {
			kind = acroAllowed
		}
		out = append(out, acronymCand{start: m.Start, end: m.End, text: got, expansion: m.Entry.Suggestion, kind: kind})
		for _, w := range a.WordsIn(prose.Span{Start: m.Start, End: m.End}) {
			covered[w.Start] = true
		}
	}
	chainOnly := acronymChainWords(a).set
	lookalikes := listSet(a, listAcronymLookalikes, bothLangs)
	var (
		det      *passiveDetector
		shouting map[int]bool
		initial  map[int]bool
	)
	initialAt := func(start int) bool {
		if initial == nil {
			initial = sentenceInitialWordsByStart(a)
		}
		return initial[start]
	}
	labels := labelSpans(a)
	prefixes := p.Lang != i18n.EN
	for i, w := range a.Words() {
		if covered[w.Start] || w.Kind != prose.Word || inLinkTagMention(a, w.Start) {
			continue
		}
		word := text[w.Start:w.End]
		if styledLetters(word) || prose.Spans(labels).Overlapping(w.Start, w.End) {
			continue
		}
		c := acronymCand{start: w.Start, end: w.End, text: word}
		base, _, _ := strings.Cut(word, "-")
		allowed := allow.Has(prose.FoldString(word))
		if allow.Has(prose.FoldString(base)) && base != word && prose.IsUpperWord(base) {
			allowed = true
		}
		switch {
		case chainOnly[word]:
			c.kind = acroChainOnly
		case r.isCapsAcronym(word) || acronymPlural(word) && r.isCapsAcronym(word[:len(word)-1]):
			if shouting == nil {
				shouting = shoutedWordsByStart(a)
			}
			if shouting[w.Start] || ordinaryWordBefore(a, word) || personInitials(a, i) || replyKeyword(a, w) {
				continue
			}
			c.kind = acroCaps
			if !prose.IsUpperWord(word) {
				c.text = word[:len(word)-1]
				allowed = allow.Has(prose.FoldString(c.text))
			}
			if allowed {
				c.kind = acroAllowed
			}
		case allowed && startsUpper(word):
			c.kind = acroAllowed
		case prefixes && len(base) >= 4 && strings.IndexByte("KDPSB", base[0]) >= 0 &&
			!initialAt(w.Start) && acronymPrefix(base):
			if det == nil {
				det = newPassiveDetector(a)
			}
			low := prose.FoldString(base)
			if lookalikes.Has(low) || det.idException(low) {
				continue
			}
			c.kind = acroPrefix
		default:
			continue
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// TestAcronymCandidatesSameAsBefore runs the candidates of the rule and
// of the version before its shortcuts on the test posts, in both
// languages and with an allowlist and chain words from a config.
func TestAcronymCandidatesSameAsBefore(t *testing.T) {
	builtin, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	extended, err := NewLexicon(Extra{"id": {"acronym-allowlist": {"Forkopimda", "PUPR", "bpbd"}, "acronym-chain-words": {"humas", "Sekda"}}})
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Asdep humas Kemensetneg dan Sekda  hadir.\tDinas  Kependudukan dan Pencatatan Sipil (Disdukcapil) buka.",
		"INFO MUDIK LEBARAN 2026 🚗 cek #KTPel @Dishub.sby https://bpbd.go.id BPBD PKH MSMEs NGOs e-KTP MRT-J",
		"Bupati bersama Forkopimda dan Dinas PUPR meninjau jembatan. Pria berinisial DN (32) ditangkap.",
		// Words before a listed short form: the candidates need sorting.
		"BPBD KPU BAWASLU TNI POLRI hadir bersama Disdukcapil, Bappeda dan Dinkes.",
		"The WHO, UN, NGO and FEMA teams met the Kemenkes and BNPB staff; DPR too.",
		"",
		"semua huruf kecil tanpa singkatan",
		// Short forms with a prefix, at sentence starts and inside.
		"Dinkes mengimbau warga. Kemenkes juga. Kepala Dinkes hadir.\nPerwal baru dan Perbup lama; Kadis ikut.",
		"Dinas Kesehatan dan Bappeda. Kasubbag umum hadir, Kasi juga. Perda-nya: Perpres.",
		"The Kemenkes said so. Dinkes staff and the Bapp team came.",
		// Allowlisted words in every case, with tails and as plurals.
		"Ktp-EL KTPs ktp-el Polri-nya POLRI QRs UN-EU rp Rp RP Bpbd-nya BPBDs PUPR-KU pupr Forkopimda-X FORKOPIMDA humas-HUMAS",
	}
	for _, p := range viewTestPosts(t) {
		texts = append(texts, p.Text)
	}
	texts = append(texts, automatonTexts(t, 300)...)
	r := &Acronym{MaxUndefined: 2, ChainMin: 3, MaxLetters: 7}
	doc := r.Doc()
	for _, lex := range []*Lexicon{builtin, extended} {
		for _, text := range texts {
			posts := draft.Parse("post.md", draft.FormatMarkdown, []byte(text), draft.Options{})
			if len(posts) == 0 {
				continue
			}
			for _, lang := range []string{i18n.ID, i18n.EN} {
				post := posts[0]
				want := r.acronymCandidatesBefore(NewPass(post, nil, "text", lang, NewAnalysis(post.Text, lex, bothLangs), doc))
				// Without a buffer, with one too small and with one
				// holding stale candidates past its length.
				var small [2]acronymCand
				stale := slices.Repeat([]acronymCand{{start: -1, text: "stale"}}, 16)
				for _, out := range [][]acronymCand{nil, small[:0], stale[:0]} {
					got := r.candidates(NewPass(post, nil, "text", lang, NewAnalysis(post.Text, lex, bothLangs), doc), out)
					if !slices.Equal(got, want) {
						t.Fatalf("%s post %q, buffer of %d:\n got  %+v\n want %+v", lang, post.Text, cap(out), got, want)
					}
				}
			}
		}
	}
}

// TestIsUpperOfIsToUpper holds isUpperOf to the comparison with
// strings.ToUpper it replaces, on the listed short forms in their case,
// in capitals and in lower case, and on text outside ASCII.
func TestIsUpperOfIsToUpper(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	phrases := []string{"", "a", "Dinkes", "Straße", "ǅemal", "é", "\xff", "Ｆｕｌｌ", "Kemen PUPR"}
	for _, lang := range bothLangs {
		for _, e := range lex.Entries("government-acronyms", lang) {
			phrases = append(phrases, e.Phrase)
		}
	}
	for _, p := range phrases {
		for _, s := range []string{p, strings.ToUpper(p), strings.ToLower(p), strings.ToUpper(p) + " ", "x" + p, "STRASSE", "ǄEMAL", "ＦＵＬＬ"} {
			if got, want := isUpperOf(s, p), s == strings.ToUpper(p); got != want {
				t.Errorf("isUpperOf(%q, %q) = %v, want %v", s, p, got, want)
			}
		}
	}
}

// FuzzIsUpperOf holds isUpperOf to strings.ToUpper.
func FuzzIsUpperOf(f *testing.F) {
	f.Add("DINKES", "Dinkes")
	f.Add("STRASSE", "Straße")
	f.Fuzz(func(t *testing.T, s, phrase string) {
		if got, want := isUpperOf(s, phrase), s == strings.ToUpper(phrase); got != want {
			t.Fatalf("isUpperOf(%q, %q) = %v, want %v", s, phrase, got, want)
		}
	})
}
