package rules

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/strindex"
	"github.com/postlint/postlint/lint"
)

// HashtagCase reports hashtags of two or more words written in one case
// (#indonesiamaju, #INDONESIAMAJU): screen readers cannot tell where the
// words start and read them as one unknown word. The words are found by
// splitting the hashtag with the hashtag-words lists and the stopword lists
// (dynamic programming: fewest words wins), and the suggestion gives the
// CamelCase form. A hashtag that is one word (#batik, #yogyakarta) never
// fires, nor does one that already mixes cases (#IndonesiaMaju).
type HashtagCase struct {
	// FallbackLetters reports an all-lower-case hashtag that the lists
	// cannot split when it has at least this many letters (0: never).
	FallbackLetters int `toml:"fallback_letters"`
	// AllCaps also checks hashtags written in capitals.
	AllCaps bool `toml:"all_caps"`
}

func init() {
	register("hashtag-case", func() Rule { return &HashtagCase{FallbackLetters: 14, AllCaps: true} })
}

// Doc documents the rule.
func (*HashtagCase) Doc() lint.Doc {
	return lint.Doc{
		ID:        "hashtag-case",
		Category:  lint.CategoryAccessibility,
		Severity:  lint.Warning,
		Summary:   i18n.English("hashtag of two or more words written all in lower case or all in capitals: write it in CamelCase"),
		Rationale: i18n.English("Screen readers cannot see word breaks in #indonesiamaju and read it as one strange word, or spell out #INDONESIAMAJU letter by letter. A capital at the start of each word (#IndonesiaMaju) fixes it and is easier for everyone to read. Words are found with the built-in hashtag-words lists (Indonesian and English, with province and city names) plus the stopword lists; a hashtag the lists cannot split is reported only when it is all lower case and long (fallback_letters). Acronyms in the list (UMKM, KTP, HUT, RI) stay in capitals. Extend the lists with [words.id] hashtag-words = [...]. `postlint fix` writes the CamelCase form when the lists split every part of the hashtag in exactly one best way."),
		Source:    "University of Michigan College of Engineering's accessibility guide on hashtags (WCAG 3.1.2); University of Maine on hashtags and screen readers (2020); Access Central on CamelCase hashtags (2024)",
		Bad:       i18n.English("#digitalliteracy #supportlocalbusiness"),
		Good:      i18n.English("#DigitalLiteracy #SupportLocalBusiness"),
		Options: []lint.OptionDoc{
			{Name: "fallback_letters", Help: i18n.English("report an all-lower-case hashtag the word lists cannot split once it has this many letters (0: never)")},
			{Name: "all_caps", Help: i18n.English("also check hashtags written in capitals")},
		},
		Fixable: true,
	}
}

// Validate checks the options.
func (r *HashtagCase) Validate() error {
	if r.FallbackLetters < 0 {
		return fmt.Errorf("fallback_letters must not be negative")
	}
	return nil
}

// Check splits each single-case hashtag into words.
func (r *HashtagCase) Check(p *Pass) {
	var (
		words tagWords
		ready bool
		room  [32]tagPart // split's scratch space, on the stack while it fits
	)
	parts := room[:0]
	for _, tag := range p.Text.Hashtags() {
		lower, upper := caseCounts(tag.Text)
		if lower > 0 && upper > 0 || lower+upper == 0 || lower == 0 && !r.AllCaps {
			continue
		}
		if !ready {
			words, ready = newTagWords(p.Text.lexicon), true
		}
		var sp tagSplit
		sp, parts = words.split(tag.Text, parts[:0])
		covered := p.Text.Text[tag.Start:tag.End]
		switch {
		case sp.multi:
			msg := i18n.Sprintf("hashtag %q runs %d words together in lower case: screen readers read it as one unknown word",
				"tagar %q menyambung %d kata dalam huruf kecil: pembaca layar membacanya sebagai satu kata asing", covered, sp.words)
			if lower == 0 {
				msg = i18n.Sprintf("hashtag %q runs %d words together in capitals: screen readers spell it out or read it as one word",
					"tagar %q menyambung %d kata dalam huruf kapital: pembaca layar mengejanya atau membacanya sebagai satu kata", covered, sp.words)
			}
			rep := Report{
				Start: tag.Start, End: tag.End, Message: msg,
				Suggestion: i18n.Sprintf("write #%s: a capital letter at the start of each word", "tulis #%s: huruf kapital di awal setiap kata", sp.camel),
			}
			// Fixed only when every run of letters has one best split.
			if !sp.unknown && !sp.ambiguous && strings.HasSuffix(covered, tag.Text) {
				rep.Fix = &Fix{Start: tag.Start, End: tag.End, Text: covered[:len(covered)-len(tag.Text)] + sp.camel}
			}
			p.Report(rep)
		case lower > 0 && sp.unknown && r.FallbackLetters > 0 && lower >= r.FallbackLetters:
			p.Report(Report{
				Start: tag.Start, End: tag.End,
				Message: i18n.Sprintf("hashtag %q is %d lower-case letters with no word breaks: screen readers cannot tell where words start",
					"tagar %q terdiri atas %d huruf kecil tanpa batas kata: pembaca layar tidak tahu di mana kata dimulai", covered, lower),
				Suggestion: i18n.T("capitalise the first letter of each word (#LikeThis); if it is one word, add it to [words.<lang>] hashtag-words",
					"tulis huruf pertama setiap kata dengan kapital (#SepertiIni); bila memang satu kata, tambahkan ke [words.<lang>] hashtag-words"),
			})
		}
	}
}

// caseCounts counts the lower- and upper-case letters of s. ASCII bytes,
// most of every hashtag, are told by their range without decoding them.
func caseCounts(s string) (lower, upper int) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				lower++
			case 'A' <= c && c <= 'Z':
				upper++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLower(r):
			lower++
		case unicode.IsUpper(r):
			upper++
		}
		i += n
	}
	return lower, upper
}

// Kinds of hashtag words.
const (
	tagStop    = 1 << iota // a function word from the prose stopword lists
	tagContent             // a word from the hashtag-words lists
	tagAcronym             // written in capitals in the list
)

// builtinTagWords returns the built-in hashtag words, read in place from
// the tables (builtinTagTable): built at run time, their index took a
// tenth of a run on one draft, most of it fresh memory for a map.
func builtinTagWords() *builtinWords { return &builtinTagTable }

// builtinWords holds the built-in hashtag-words lists, folded to lower
// case, with their kinds; it is never modified. The prose stopwords are in
// it too, as tagStop: the words looked up are in lower case, so one lookup
// tells what prose.IsStopword would in both languages.
type builtinWords struct {
	keys   []string // distinct, in lower case
	kinds  []uint8  // of keys
	slots  []int32  // strindex slots of keys
	shape  wordShape
	ends   tagEnds
	counts [2]int // entries per language of bothLangs, to spot user additions
}

func addTagWord(m map[string]uint8, phrase string) {
	key := strings.ToLower(phrase)
	kind := m[key] | tagContent
	if phrase == strings.ToUpper(phrase) && phrase != key {
		kind |= tagAcronym
	}
	m[key] = kind
}

// tagWords looks words up for one post: the built-in lists plus the
// entries users add with [words.<lang>] hashtag-words.
type tagWords struct {
	builtin *builtinWords
	words   strindex.Index // builtin's keys
	extra   map[string]uint8
}

// listHashtagWords is the word list read here, resolved once (wordList).
var listHashtagWords = wordList("hashtag-words")

func newTagWords(lex *Lexicon) tagWords {
	b := builtinTagWords()
	w := tagWords{builtin: b, words: strindex.FromSlots(b.keys, b.slots)}
	if lex == nil {
		return w
	}
	for li, lang := range bothLangs {
		var entries []Entry
		if c := lex.inLang(listHashtagWords, lang); c != nil {
			entries = c.list()
		}
		if len(entries) == b.counts[li] {
			continue // no user additions in this language
		}
		for _, e := range entries {
			if w.extra == nil {
				w.extra = map[string]uint8{}
			}
			addTagWord(w.extra, e.Phrase)
		}
	}
	return w
}

// kind returns the word's kinds (0 when unknown); w is lower case (it
// comes from strings.ToLower, which lowers nothing twice), so the
// stopwords of builtin find it as prose.IsStopword would.
//
// Most pieces of a split hashtag are no word: the built-in words' shape
// and their two-letter ends rule them out before the map hashes them.
func (t *tagWords) kind(w string) uint8 {
	var k uint8
	if t.builtin.shape.mayHold(w) && t.builtin.ends.mayHold(w) {
		if i := t.words.Find(w); i >= 0 {
			k = t.builtin.kinds[i]
		}
	}
	if t.extra != nil {
		k |= t.extra[w]
	}
	return k
}

// tagEnds rejects most strings that are not in a set of words before the
// set is hashed, more sharply than wordShape: with thousands of words,
// nearly every first byte, last byte and length is some word's, but few
// pieces share a word's first two bytes, last two bytes and length. It is
// a Bloom filter of one bit per word, indexed by a hash of those.
type tagEnds [tagEndsBits / 64]uint64

// A few thousand words fill a few per cent of tagEnds' bits.
const (
	tagEndsLog  = 16
	tagEndsBits = 1 << tagEndsLog
)

// add records w as one of the set's words.
func (e *tagEnds) add(w string) {
	if len(w) >= 2 {
		h := tagEndsHash(w)
		e[h/64] |= 1 << (h % 64)
	}
}

// mayHold reports whether w may be one of the set's words: false means it
// is not. A word of fewer than two bytes is not recorded, and may be.
func (e *tagEnds) mayHold(w string) bool {
	if len(w) < 2 {
		return true
	}
	h := tagEndsHash(w)
	return e[h/64]&(1<<(h%64)) != 0
}

// tagEndsHash hashes the first two bytes, last two bytes and length of w,
// two bytes long or more, to a bit of tagEnds.
func tagEndsHash(w string) uint32 {
	n := len(w)
	x := uint32(w[0]) | uint32(w[1])<<8 | uint32(w[n-2])<<16 | uint32(w[n-1])<<24
	// Fibonacci hashing: the top bits mix all of x.
	return (x ^ uint32(n)*0x85ebca6b) * 0x9e3779b1 >> (32 - tagEndsLog)
}

// content reports a list word that is not an acronym.
func (t *tagWords) content(w string) bool {
	k := t.kind(w)
	return k&tagContent != 0 && k&tagAcronym == 0
}

// Affixes that attach to a listed word without changing it. Indonesian
// prefixes here are never words on their own; "di" and "ke", which are also
// prepositions, only count when the whole hashtag is one word (#dibuka,
// #kesehatan) or as the confixes di-…-kan/-i and ke-…-an.
var (
	tagSuffixes = []string{"nya", "kan", "an", "i", "lah", "kah", "ku", "mu", "pun", "s", "es", "ed", "ing", "er", "ers", "ly"}
	tagPrefixes = []string{"ber", "ter", "per", "se", "pe", "pem", "pen", "peng", "peny", "me", "mem", "men", "meng", "meny"}
	// tagPrefixesLoose are the prefixes with "di" and "ke", in the order
	// form tries them.
	tagPrefixesLoose = append([]string{"di", "ke"}, tagPrefixes...)
)

// tagAffixTables holds the affixes by the byte that starts (ends) them, so
// that a piece is compared only with those that can fit it; read only.
type tagAffixTables struct {
	suffixesByEnd, prefixesByStart, prefixesLooseStart *[256][]string
}

// tagAffixes builds the tables on first use, by a post with a hashtag to
// split: built at start-up, their 18 KB were a cost to every run.
var tagAffixes = sync.OnceValue(func() tagAffixTables {
	return tagAffixTables{
		suffixesByEnd:      affixesBy(tagSuffixes, func(a string) byte { return a[len(a)-1] }),
		prefixesByStart:    affixesBy(tagPrefixes, func(a string) byte { return a[0] }),
		prefixesLooseStart: affixesBy(tagPrefixesLoose, func(a string) byte { return a[0] }),
	}
})

// affixesBy groups affixes by a byte of theirs, each group in the order of
// affixes.
func affixesBy(affixes []string, key func(string) byte) *[256][]string {
	var t [256][]string
	for _, a := range affixes {
		t[key(a)] = append(t[key(a)], a)
	}
	return &t
}

// form reports whether w is a listed word with a suffix, a prefix or both.
// With loose, "di-" and "ke-" count as prefixes too.
//
// Pieces of a hashtag are tried by the hundred, and most have no affix:
// a root has three or more letters, and the affixes start and end with
// few letters (tagAffixStart, tagSuffixEnd), which rule most pieces out
// before any comparison.
func (t *tagWords) form(w string, loose bool) bool {
	if t.suffixed(w) {
		return true
	}
	if len(w) < 2+3 || !tagAffixStart(w[0]) {
		return false // every prefix has two letters or more, and starts so
	}
	affixes := tagAffixes()
	prefixes := affixes.prefixesByStart[w[0]]
	if loose {
		prefixes = affixes.prefixesLooseStart[w[0]]
	}
	for _, pre := range prefixes {
		root, ok := strings.CutPrefix(w, pre)
		if ok && utf8.RuneCountInString(root) >= 3 && (t.content(root) || t.suffixed(root)) {
			return true
		}
	}
	// Confixes: ke-…-an (kesehatan), di-…-kan and di-…-i (dibagikan).
	for _, c := range [][2]string{{"ke", "an"}, {"di", "kan"}, {"di", "i"}} {
		if strings.HasPrefix(w, c[0]) && strings.HasSuffix(w, c[1]) && len(w) > len(c[0])+len(c[1]) {
			if root := w[len(c[0]) : len(w)-len(c[1])]; utf8.RuneCountInString(root) >= 3 && t.content(root) {
				return true
			}
		}
	}
	return false
}

// tagAffixStart reports a byte that starts some prefix or confix: a
// word starting otherwise has none (TestTagAffixFilters).
func tagAffixStart(c byte) bool {
	switch c {
	case 'b', 'd', 'k', 'm', 'p', 's', 't':
		return true
	}
	return false
}

// tagSuffixEnd reports a byte that ends some suffix: a word ending
// otherwise has none (TestTagAffixFilters).
func tagSuffixEnd(c byte) bool {
	switch c {
	case 'a', 'd', 'g', 'h', 'i', 'n', 'r', 's', 'u', 'y':
		return true
	}
	return false
}

// suffixed reports a listed word plus one suffix.
func (t *tagWords) suffixed(w string) bool {
	if len(w) < 1+3 || !tagSuffixEnd(w[len(w)-1]) {
		return false
	}
	for _, suf := range tagAffixes().suffixesByEnd[w[len(w)-1]] {
		root, ok := strings.CutSuffix(w, suf)
		if ok && utf8.RuneCountInString(root) >= 3 && t.content(root) {
			return true
		}
	}
	return false
}

// tagSplit is the outcome of splitting one hashtag.
type tagSplit struct {
	multi   bool // some run of letters holds two or more words
	unknown bool // some run of letters could not be split
	// ambiguous: some run has two or more best splits, so the CamelCase
	// form is one guess among others.
	ambiguous bool
	words     int // words found in all runs
	// camel is the hashtag body in CamelCase, written only when multi:
	// nothing else reads it, and most hashtags are one word.
	camel string
}

// Splitting limits and costs: fewest words first, then fewest stopwords,
// then fewest affixed forms.
const (
	maxTagRun   = 48 // letters split per run; longer runs are left alone
	maxTagPiece = 24 // letters in one word
	tagCostWord = 1000
	tagCostStop = 100
	tagCostForm = 10
)

// tagPart is a piece of a hashtag body as the CamelCase form writes it.
type tagPart struct {
	text string
	word bool // a word found by splitting, written with a capital
}

// split cuts the hashtag body into runs of letters (digits and underscores
// already separate words) and each run into words. The parts are appended
// to parts, scratch space that is returned to be reused for the next
// hashtag, and only a body of two or more words is written out in
// CamelCase.
func (t *tagWords) split(body string, parts []tagPart) (tagSplit, []tagPart) {
	var sp tagSplit
	for i := 0; i < len(body); {
		r, n := utf8.DecodeRuneInString(body[i:])
		if !unicode.IsLetter(r) {
			parts = append(parts, tagPart{text: body[i : i+n]})
			i += n
			continue
		}
		j := i
		for j < len(body) {
			r2, n2 := utf8.DecodeRuneInString(body[j:])
			if !unicode.IsLetter(r2) {
				break
			}
			j += n2
		}
		run := body[i:j]
		i = j
		// Each piece has two letters or more, or is the whole run.
		var room [maxTagRun/2 + 1]string
		pieces, ambiguous, ok := t.splitRun(room[:0], strings.ToLower(run))
		sp.ambiguous = sp.ambiguous || ambiguous
		if !ok {
			sp.unknown = true
			parts = append(parts, tagPart{text: run})
			continue
		}
		sp.words += len(pieces)
		if len(pieces) > 1 {
			sp.multi = true
		}
		for _, pc := range pieces {
			parts = append(parts, tagPart{text: pc, word: true})
		}
	}
	if sp.multi {
		sp.camel = t.camel(parts)
	}
	return sp, parts
}

// camel writes the parts of a split hashtag body in CamelCase: each word
// with a capital, an acronym of the lists in capitals, the rest as it is.
func (t *tagWords) camel(parts []tagPart) string {
	size := 0
	for _, p := range parts {
		size += len(p.text) + utf8.UTFMax // room for a capital longer than its letter
	}
	var b strings.Builder
	b.Grow(size)
	for _, p := range parts {
		switch r, n := utf8.DecodeRuneInString(p.text); {
		case !p.word:
			b.WriteString(p.text)
		case t.kind(p.text)&tagAcronym != 0:
			b.WriteString(strings.ToUpper(p.text))
		case unicode.IsLower(r):
			// capitalise, written into b rather than into a new string.
			b.WriteRune(unicode.ToUpper(r))
			b.WriteString(p.text[n:])
		default:
			b.WriteString(p.text)
		}
	}
	return b.String()
}

// splitRun splits a lower-case run of letters into the fewest words, and
// among those the fewest stopwords and affixed forms, and appends them to
// dst. A run that is itself a word is one piece. A split counts only when
// one of its words is a listed word of four letters or more that is not an
// acronym, so function words alone do not cut up a name (#soto is not "so"
// + "to") and all-acronym hashtags (#HUTRI) are left alone. ambiguous is
// set when another split costs as little as the one returned. When ok is
// false, dst comes back as it was.
func (t *tagWords) splitRun(dst []string, run string) (pieces []string, ambiguous, ok bool) {
	if t.kind(run) != 0 || t.form(run, true) {
		return append(dst, run), false, true
	}
	n := utf8.RuneCountInString(run)
	if n > maxTagRun || n < 6 {
		return dst, false, false
	}
	// A run is at most maxTagRun letters: the tables live on the stack.
	var offs, best, back [maxTagRun + 1]int
	var ways [maxTagRun + 1]uint8 // best splits of run[:i], counted up to 2
	k := 0
	for i := range run {
		offs[k] = i
		k++
	}
	offs[n] = len(run)
	ways[0] = 1
	for i := 1; i <= n; i++ {
		best[i] = -1
		for j := max(0, i-maxTagPiece); j <= i-2; j++ {
			if best[j] < 0 {
				continue
			}
			c := t.pieceCost(run[offs[j]:offs[i]])
			if c < 0 {
				continue
			}
			switch total := best[j] + tagCostWord + c; {
			case best[i] < 0 || total < best[i]:
				best[i], back[i], ways[i] = total, j, ways[j]
			case total == best[i]:
				ways[i] = min(2, ways[i]+ways[j])
			}
		}
	}
	if best[n] < 0 {
		return dst, false, false
	}
	strong := false
	for i := n; i > 0; i = back[i] {
		pc := run[offs[back[i]]:offs[i]]
		if utf8.RuneCountInString(pc) >= 4 && (t.content(pc) || t.kind(pc) == 0) {
			strong = true
			break
		}
	}
	if !strong {
		return dst, false, false
	}
	from := len(dst)
	for i := n; i > 0; i = back[i] {
		dst = append(dst, run[offs[back[i]]:offs[i]])
	}
	slices.Reverse(dst[from:])
	return dst, ways[n] > 1, true
}

// pieceCost returns the extra cost of a piece (0 for a listed word), or -1
// when the piece is not a word.
func (t *tagWords) pieceCost(pc string) int {
	k := t.kind(pc)
	switch {
	case k&tagContent != 0:
		return 0
	case k&tagStop != 0:
		return tagCostStop
	case t.form(pc, false):
		return tagCostForm
	}
	return -1
}

// Requires declares the analysis views the rule reads.
func (*HashtagCase) Requires() []AnyView {
	return []AnyView{viewHashtags}
}
