package prose

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// Match is one phrase found by a Matcher: the byte span [Start, End) in the
// original text and the index of the phrase in the list given to NewMatcher.
type Match struct{ Start, End, Phrase int }

// Matcher finds phrases in text: case-insensitive, on whole tokens,
// leftmost-longest and without overlaps. Whole tokens means the phrase "guna"
// does not match pengguna or berguna, and "anak" does not match the
// reduplicated anak-anak (the prefix "anak-" does).
//
// It indexes phrases by the hash of their first token and compares folded
// tokens one by one, which is far faster than a regexp alternation of
// hundreds of phrases and keeps offsets in the original text. A Matcher is
// safe for concurrent use.
type Matcher struct {
	elems      []Elem     // the elements of every phrase, phrase after phrase
	ends       []int32    // phrase p is elems[ends[p]:ends[p+1]]
	lits       *HashIndex // phrases whose first element is a literal
	prefixes   *HashIndex // phrases whose first element is a prefix; nil if none
	prefixLens []int      // distinct byte lengths of first prefixes, ascending
	numFirst   []int32    // phrases whose first element is <n>
	pool       sync.Pool  // *matchScratch
	// prefixSig summarises the first prefixes: a bit test rules out most
	// of a token's leading parts before they are hashed.
	prefixSig tokenSigSet
}

// HashIndex is a Matcher's first-token index, one of its tables (see
// MatcherTables): it finds the phrases whose first element is a given
// folded token from the token's TokenHash, which the text's tokens already
// carry (matchScratch.hashes). A Go map took most of the time and memory
// of building a Matcher, and a one-draft run builds the matchers of dozens
// of lists; this index is a few flat arrays made by counting. It returns
// every phrase whose first token has the hash, so that callers compare the
// token itself (matchAt does); 12-bit hashes seldom collide in a list.
type HashIndex struct {
	Present TokenSet   // the hashes of the indexed tokens
	Rank    [64]uint16 // Present bits in the words before word w
	Start   []int32    // the k-th present hash's phrases are IDs[Start[k]:Start[k+1]]
	IDs     []int32    // phrase ids, ascending within a hash
}

// get returns the phrases whose first token has hash h.
func (x *HashIndex) get(h uint16) []int32 {
	w := x.Present[h>>6]
	bit := uint64(1) << (h & 63)
	if w&bit == 0 {
		return nil
	}
	k := int(x.Rank[h>>6]) + bits.OnesCount64(w&(bit-1))
	return x.IDs[x.Start[k]:x.Start[k+1]]
}

// build indexes phrase ids[i] under hash hs[i]; ids must be ascending.
func (x *HashIndex) build(hs []uint16, ids []int32) {
	for _, h := range hs {
		x.Present.Add(h)
	}
	n := 0
	for w, word := range x.Present {
		x.Rank[w] = uint16(n)
		n += bits.OnesCount64(word)
	}
	x.Start, x.IDs = layOut(hs, ids, n, x.slot)
}

// layOut groups ids by slot: ids[i] goes to slot(keys[i]), one of n
// slots, and slot k's ids are out[start[k]:start[k+1]], in their order in
// ids. It counts the ids per slot and places them in one pass (a counting
// sort), where sorting the tokens as strings cost more than parsing them.
func layOut(keys []uint16, ids []int32, n int, slot func(uint16) int) (start, out []int32) {
	// start[k+2] counts slot k's ids; after the prefix sums, placing
	// each id at start[k+1]++ leaves start[k+1] at the end of slot k,
	// which is where slot k+1 starts.
	start = make([]int32, n+2)
	for _, k := range keys {
		start[slot(k)+2]++
	}
	for k := 2; k < len(start); k++ {
		start[k] += start[k-1]
	}
	out = make([]int32, len(ids))
	for i, key := range keys {
		k := slot(key) + 1
		out[start[k]] = ids[i]
		start[k]++
	}
	return start[: n+1 : n+1], out
}

// slot returns the rank of present hash h among the present hashes.
func (x *HashIndex) slot(h uint16) int {
	w := x.Present[h>>6]
	return int(x.Rank[h>>6]) + bits.OnesCount64(w&(uint64(1)<<(h&63)-1))
}

// TokenSet is a set of token hashes (TokenHash), 4,096 bits, that stands
// for a set of tokens without allocating: a token whose bit is clear is
// certainly absent, one whose bit is set is probably present.
type TokenSet [64]uint64

// TokenHash is FNV-1a of a folded token, reduced to 12 bits.
func TokenHash[S ~string | ~[]byte](f S) uint16 {
	h := uint32(tokenHashSeed)
	for i := 0; i < len(f); i++ {
		h ^= uint32(f[i])
		h *= tokenHashPrime
	}
	return tokenHashOf(h)
}

// TokenHash is FNV-1a folded to 12 bits: its seed, its prime and its
// folding, which appendFoldASCII shares.
const (
	tokenHashSeed  = 2166136261
	tokenHashPrime = 16777619
)

func tokenHashOf(h uint32) uint16 { return uint16(h^h>>16) & 4095 }

// Add puts a hash in the set.
func (s *TokenSet) Add(h uint16) { s[h>>6] |= 1 << (h & 63) }

// MayHold reports whether a token of that hash may be in the set.
func (s *TokenSet) MayHold(h uint16) bool { return s[h>>6]&(1<<(h&63)) != 0 }

// tokenSigSet is a set of token signatures (tokenSig), one bit each.
type tokenSigSet [4]uint64

// tokenSig is a cheap 8-bit summary of a folded token: its length and its
// first and last bytes. Equal tokens have equal signatures.
func tokenSig(f []byte) uint8 {
	return uint8(len(f)*37 + int(f[0])*7 + int(f[len(f)-1]))
}

func (s *tokenSigSet) add(key string) {
	if key == "" {
		return
	}
	h := tokenSig([]byte(key))
	s[h>>6] |= 1 << (h & 63)
}

// mayHold reports whether a key with f's signature is in the set.
func (s *tokenSigSet) mayHold(f []byte) bool {
	if len(f) == 0 {
		return true
	}
	h := tokenSig(f)
	return s[h>>6]&(1<<(h&63)) != 0
}

// ElemKind is the kind of a phrase element (Elem).
type ElemKind uint8

// The kinds of phrase elements.
const (
	ElemLit    ElemKind = iota // one token, compared folded
	ElemPrefix                 // a word or number that starts with Text
	ElemNum                    // any Number token
	ElemWild                   // 1 to 3 word or number tokens
)

// Elem is one element of a compiled phrase (see MatcherTables).
type Elem struct {
	Kind ElemKind
	Text string // folded literal or prefix
}

// maxWild is how many tokens one "*" covers at most.
const maxWild = 3

// maxWildPerPhrase bounds the backtracking of one phrase (3^n branches).
const maxWildPerPhrase = 4

// NewMatcher compiles phrases. Each phrase is a sequence of space-separated
// elements:
//   - words and punctuation, matched case-insensitively after folding (see
//     FoldString); an element is tokenised like the text, so "sebarkan!"
//     means the word sebarkan followed by "!", and "“" matches '"';
//   - "*": 1 to 3 word or number tokens (not punctuation: a wildcard does not
//     run over a comma or a sentence end);
//   - "<n>": any Number token (3, 10.000, Rp10.000);
//   - a word with a trailing "-": a prefix ("sebar-" matches sebar, sebarkan
//     and sebarluaskan).
//
// A phrase must contain a word, punctuation or prefix element, may not start
// or end with "*", and may hold at most 4 wildcards. The error names the first
// bad phrase.
func NewMatcher(phrases []string) (*Matcher, error) {
	// Every phrase's elements share one array, and every index one array
	// of ids: a process builds the matchers of most word lists, and one
	// allocation per phrase and per first word made that a good part of a
	// one-draft run's memory (and page faults).
	// The matcher and its index of first literals in one allocation.
	mx := new(struct {
		m    Matcher
		lits HashIndex
	})
	m := &mx.m
	m.ends, m.lits = make([]int32, len(phrases)+1), &mx.lits
	var pp phraseParser
	fields := 0
	for _, p := range phrases {
		fields += strings.Count(p, " ") + 1
	}
	all := make([]Elem, 0, fields+fields/8) // punctuation inside a field is an element too
	// The first literals' hashes and ids, kept on the stack for most lists.
	var litBuf [128]uint16
	var idBuf [128]int32
	litHashes, litIDs := litBuf[:0], idBuf[:0]
	if len(phrases) > len(litBuf) {
		litHashes, litIDs = make([]uint16, 0, len(phrases)), make([]int32, 0, len(phrases))
	}
	var prefixHashes []uint16
	var prefixIDs []int32
	for i, p := range phrases {
		start := len(all)
		var err error
		if all, err = pp.appendPhrase(all, p); err != nil {
			return nil, fmt.Errorf("prose: phrase %d %q: %w", i, p, err)
		}
		m.ends[i+1] = int32(len(all))
		switch first := all[start]; first.Kind {
		case ElemLit:
			litHashes = append(litHashes, TokenHash(first.Text))
			litIDs = append(litIDs, int32(i))
		case ElemPrefix:
			prefixHashes = append(prefixHashes, TokenHash(first.Text))
			prefixIDs = append(prefixIDs, int32(i))
			m.prefixSig.add(first.Text)
			m.prefixLens = append(m.prefixLens, len(first.Text))
		case ElemNum:
			m.numFirst = append(m.numFirst, int32(i))
		}
	}
	m.elems = all
	m.lits.build(litHashes, litIDs)
	if len(prefixIDs) > 0 {
		m.prefixes = new(HashIndex)
		m.prefixes.build(prefixHashes, prefixIDs)
		slices.Sort(m.prefixLens)
		m.prefixLens = slices.Compact(m.prefixLens)
	}
	m.pool.New = func() any { return new(matchScratch) }
	return m, nil
}

// phrase returns the elements of phrase p.
func (m *Matcher) phrase(p int32) []Elem { return m.elems[m.ends[p]:m.ends[p+1]] }

func parsePhrase(p string) ([]Elem, error) {
	var pp phraseParser
	return pp.appendPhrase(nil, p)
}

// phraseParser parses phrases, reusing its token buffer between them.
type phraseParser struct{ toks []Token }

// appendPhrase appends the elements of phrase p to els; on error els is
// returned as it was.
func (pp *phraseParser) appendPhrase(els []Elem, p string) ([]Elem, error) {
	start := len(els)
	concrete, wild := false, 0
	for f := range strings.FieldsSeq(p) {
		switch {
		case isASCIILetters(f):
			// Most elements are plain words: one Word token, as
			// AppendTokens would find, without tokenising.
			els = append(els, Elem{Kind: ElemLit, Text: FoldString(f)})
			concrete = true
			continue
		case f == "*":
			els = append(els, Elem{Kind: ElemWild})
			wild++
			continue
		case f == "<n>":
			els = append(els, Elem{Kind: ElemNum})
			continue
		case len(f) > 1 && f[len(f)-1] == '-' && isOneWord(f[:len(f)-1]):
			els = append(els, Elem{Kind: ElemPrefix, Text: FoldString(f[:len(f)-1])})
			concrete = true
			continue
		}
		pp.toks = AppendTokens(pp.toks[:0], f)
		for _, t := range pp.toks {
			if folded := FoldString(f[t.Start:t.End]); folded != "" {
				els = append(els, Elem{Kind: ElemLit, Text: folded})
				concrete = true
			}
		}
	}
	phrase := els[start:]
	switch {
	case len(phrase) == 0:
		return els[:start], fmt.Errorf("empty phrase")
	case !concrete:
		return els[:start], fmt.Errorf("phrase has no word or punctuation, only wildcards")
	case phrase[0].Kind == ElemWild || phrase[len(phrase)-1].Kind == ElemWild:
		return els[:start], fmt.Errorf("phrase starts or ends with the wildcard *")
	case wild > maxWildPerPhrase:
		return els[:start], fmt.Errorf("phrase has more than %d wildcards", maxWildPerPhrase)
	}
	return els, nil
}

// isASCIILetters reports whether s is made of ASCII letters only, and is
// so one Word token.
func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return len(s) > 0
}

// isOneWord reports whether s is exactly one word or number token.
func isOneWord(s string) bool {
	t, next, ok := nextToken(s, 0, true)
	return ok && t.Start == 0 && next == len(s) && (t.Kind == Word || t.Kind == Number)
}

// Len returns the number of phrases.
func (m *Matcher) Len() int { return len(m.ends) - 1 }

// FindAll returns the phrases found in text, in order.
func (m *Matcher) FindAll(text string) []Match {
	sc := m.pool.Get().(*matchScratch)
	sc.toks = AppendTokens(sc.toks[:0], text)
	out := m.find(text, sc.toks, sc)
	m.pool.Put(sc)
	return out
}

// FindAllTokens is FindAll over a tokenisation of text the caller already has,
// normally from Tokens. With tokens from Words, phrases that contain
// punctuation cannot match. Tokens outside text never match.
func (m *Matcher) FindAllTokens(text string, toks []Token) []Match {
	sc := m.pool.Get().(*matchScratch)
	out := m.find(text, toks, sc)
	m.pool.Put(sc)
	return out
}

// matchScratch holds the folded tokens of one text; pooled so that matching
// a post allocates only its result.
type matchScratch struct {
	toks    []Token
	folded  []byte
	offs    []int32  // token i is folded[offs[2i]:offs[2i+1]]; -1 if invalid
	hashes  []uint16 // TokenHash of each folded token
	matches []Match
}

func (sc *matchScratch) fold(text string, toks []Token) {
	sc.foldWith(text, toks, appendFoldToken)
}

// appendFoldToken is AppendFold as a fold step of foldWith.
func appendFoldToken(dst []byte, tok string, _ TokenKind) []byte { return AppendFold(dst, tok) }

// foldWith lays out each token's form for matching, made by fold, with its
// hash; a token whose span lies outside text gets none.
func (sc *matchScratch) foldWith(text string, toks []Token, fold func(dst []byte, tok string, kind TokenKind) []byte) {
	sc.folded = sc.folded[:0]
	sc.offs = sc.offs[:0]
	sc.hashes = sc.hashes[:0]
	for _, t := range toks {
		if t.Start < 0 || t.Start > t.End || t.End > len(text) {
			sc.offs = append(sc.offs, -1, -1)
			sc.hashes = append(sc.hashes, 0)
			continue
		}
		start := len(sc.folded)
		sc.folded = fold(sc.folded, text[t.Start:t.End], t.Kind)
		sc.offs = append(sc.offs, int32(start), int32(len(sc.folded)))
		sc.hashes = append(sc.hashes, TokenHash(sc.folded[start:]))
	}
}

// tok returns the folded text of token i and whether the token is usable.
func (sc *matchScratch) tok(i int) ([]byte, bool) {
	a := sc.offs[2*i]
	if a < 0 {
		return nil, false
	}
	return sc.folded[a:sc.offs[2*i+1]], true
}

func (m *Matcher) find(text string, toks []Token, sc *matchScratch) []Match {
	if m.Len() == 0 || len(toks) == 0 {
		return nil
	}
	sc.fold(text, toks)
	out := m.scan(toks, sc, sc.matches[:0])
	sc.matches = out
	return cloneMatches(out)
}

// Folded is a text's tokens folded once, for matching the same text with
// many matchers (every word list of a post) without folding it again for
// each. It is read-only once made and safe to share.
type Folded struct {
	toks []Token
	fs   matchScratch
}

// FoldTokens folds the tokens of text for FindAllFolded.
func FoldTokens(text string, toks []Token) *Folded {
	return FoldTokensWith(text, toks, appendFoldToken)
}

// presize gives the scratch room for the forms of toks, which seldom
// outgrow text: one allocation each where growing them by appends took a
// dozen per post.
func (sc *matchScratch) presize(text string, toks []Token) {
	sc.folded = make([]byte, 0, len(text))
	sc.offs = make([]int32, 0, 2*len(toks))
	sc.hashes = make([]uint16, 0, len(toks))
}

// FindAllFolded is FindAllTokens over tokens folded beforehand.
func (m *Matcher) FindAllFolded(f *Folded) []Match {
	if m.Len() == 0 || len(f.toks) == 0 {
		return nil
	}
	if len(f.toks) > stackScanTokens {
		sc := m.pool.Get().(*matchScratch)
		out := m.scan(f.toks, &f.fs, sc.matches[:0])
		sc.matches = out
		m.pool.Put(sc)
		return cloneMatches(out)
	}
	// A post's matches are collected on the stack, not in pooled scratch:
	// they are few, and most matchers are only ever used here, where a
	// pool's per-CPU arrays and scratch cost each matcher its own memory.
	var buf [16]Match
	return cloneMatches(m.scan(f.toks, &f.fs, buf[:0]))
}

// cloneMatches returns a copy of scratch matches for the caller to keep,
// nil if there are none.
func cloneMatches(out []Match) []Match {
	if len(out) == 0 {
		return nil
	}
	return append([]Match(nil), out...)
}

// stackScanTokens is the most tokens FindAllFolded collects matches for
// on the stack; a longer text may have more matches than fit, and grows
// them in pooled scratch instead.
const stackScanTokens = 512

// scan appends the matches over folded tokens fs to out.
func (m *Matcher) scan(toks []Token, fs *matchScratch, out []Match) []Match {
	lits := m.lits
	for ti := 0; ti < len(toks); {
		f, ok := fs.tok(ti)
		best, bestP := -1, -1
		if ok {
			try := func(ps []int32) {
				for _, p := range ps {
					if end := m.matchAt(m.phrase(p), toks, fs, ti); end > best || end == best && end >= 0 && int(p) < bestP {
						best, bestP = end, int(p)
					}
				}
			}
			// Most tokens start no phrase: the bit test, inlined, rules
			// them out before the look-up.
			if h := fs.hashes[ti]; lits.Present.MayHold(h) {
				try(lits.get(h))
			}
			for _, l := range m.prefixLens {
				if l > len(f) {
					break
				}
				if m.prefixSig.mayHold(f[:l]) {
					try(m.prefixes.get(TokenHash(f[:l])))
				}
			}
			if toks[ti].Kind == Number {
				try(m.numFirst)
			}
		}
		if best < 0 {
			ti++
			continue
		}
		out = append(out, Match{Start: toks[ti].Start, End: toks[best-1].End, Phrase: bestP})
		ti = best
	}
	return out
}

// matchAt returns the end token index of the longest match of els starting
// at token ti, or -1.
func (m *Matcher) matchAt(els []Elem, toks []Token, sc *matchScratch, ti int) int {
	for k, e := range els {
		if ti >= len(toks) {
			return -1
		}
		f, ok := sc.tok(ti)
		if !ok {
			return -1
		}
		switch e.Kind {
		case ElemLit:
			if string(f) != e.Text {
				return -1
			}
		case ElemPrefix:
			if kind := toks[ti].Kind; kind != Word && kind != Number ||
				len(f) < len(e.Text) || string(f[:len(e.Text)]) != e.Text {
				return -1
			}
		case ElemNum:
			if toks[ti].Kind != Number {
				return -1
			}
		case ElemWild:
			best := -1
			for w := 1; w <= maxWild && ti+w <= len(toks); w++ {
				t := toks[ti+w-1]
				if _, ok := sc.tok(ti + w - 1); !ok || t.Kind != Word && t.Kind != Number {
					break
				}
				best = max(best, m.matchAt(els[k+1:], toks, sc, ti+w))
			}
			return best
		}
		ti++
	}
	return ti
}

// MatcherTables are the tables of a Matcher, plain values and strings: a
// program can render a fixed list's (Tables) as Go source at build time,
// where the linker lays them out as static data, and wrap them in a
// Matcher at run time (MatcherFromTables) without building anything.
// They must not be modified.
type MatcherTables struct {
	Elems []Elem  // the elements of every phrase, phrase after phrase
	Ends  []int32 // phrase p is Elems[Ends[p]:Ends[p+1]]
	// Lits indexes the phrases whose first element is a literal, Prefixes
	// those whose first element is a prefix (nil if none).
	Lits       HashIndex
	Prefixes   *HashIndex
	PrefixLens []int   // distinct byte lengths of first prefixes, ascending
	NumFirst   []int32 // phrases whose first element is <n>
	PrefixSig  [4]uint64
}

// Tables returns the matcher's tables; they share its memory.
func (m *Matcher) Tables() MatcherTables {
	return MatcherTables{
		Elems:      m.elems,
		Ends:       m.ends,
		Lits:       *m.lits,
		Prefixes:   m.prefixes,
		PrefixLens: m.prefixLens,
		NumFirst:   m.numFirst,
		PrefixSig:  m.prefixSig,
	}
}

// MatcherFromTables makes the Matcher whose Tables t are, reading them in
// place: no copy, no hashing. It panics if t cannot be a Matcher's tables
// (the phrase ends or an index's lengths do not agree); the elements and
// ids are not read, which would touch every page of them.
func MatcherFromTables(t *MatcherTables) *Matcher {
	if len(t.Ends) == 0 || t.Ends[0] != 0 || int(t.Ends[len(t.Ends)-1]) != len(t.Elems) {
		panic("prose: matcher tables: phrase ends do not fit the elements")
	}
	t.Lits.check()
	if t.Prefixes != nil {
		t.Prefixes.check()
	}
	m := &Matcher{
		elems:      t.Elems,
		ends:       t.Ends,
		lits:       &t.Lits,
		prefixes:   t.Prefixes,
		prefixLens: t.PrefixLens,
		numFirst:   t.NumFirst,
		prefixSig:  tokenSigSet(t.PrefixSig),
	}
	m.pool.New = func() any { return new(matchScratch) }
	return m
}

// check panics if the index's ranks and starts do not fit its hashes.
func (x *HashIndex) check() {
	n := 0
	for w, word := range x.Present {
		if int(x.Rank[w]) != n {
			panic("prose: matcher tables: index ranks do not fit its hashes")
		}
		n += bits.OnesCount64(word)
	}
	if len(x.Start) != n+1 || x.Start[0] != 0 || int(x.Start[n]) != len(x.IDs) {
		panic("prose: matcher tables: index starts do not fit its hashes")
	}
}

// Form returns the folded form of token i, and false for a token that
// matches nothing (its span lies outside the text): a fold made another
// way can be compared with it.
func (f *Folded) Form(i int) ([]byte, bool) { return f.fs.tok(i) }
