package prose

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// Match is one phrase found by a Matcher: the byte span [Start, End) in the
// original text and the index of the phrase in the list given to NewMatcher.
type Match struct{ Start, End, Phrase int }

// Matcher finds phrases in text: case-insensitive, on whole tokens,
// leftmost-longest and without overlaps. Whole tokens means the phrase "guna"
// does not match pengguna or berguna, and "anak" does not match the
// reduplicated anak-anak (the prefix "anak-" does).
//
// It indexes phrases by their first token in a map and compares folded tokens
// one by one, which is far faster than a regexp alternation of hundreds of
// phrases and keeps offsets in the original text. A Matcher is safe for
// concurrent use.
type Matcher struct {
	phrases    [][]elem
	byFirst    map[string][]int32 // phrases whose first element is a literal
	byPrefix   map[string][]int32 // phrases whose first element is a prefix
	prefixLens []int              // distinct byte lengths of byPrefix keys, ascending
	numFirst   []int32            // phrases whose first element is <n>
	pool       sync.Pool          // *matchScratch
	// firstHashes and prefixSig summarise the byFirst and byPrefix keys:
	// most tokens of a post start no phrase of a list, and a bit test rules
	// them out before the map look-up. A token's hash is computed once when
	// the text is folded (matchScratch.hashes).
	firstHashes TokenSet
	prefixSig   tokenSigSet
}

// TokenSet is a set of token hashes (TokenHash), 4,096 bits, that stands
// for a set of tokens without allocating: a token whose bit is clear is
// certainly absent, one whose bit is set is probably present.
type TokenSet [64]uint64

// TokenHash is FNV-1a of a folded token, reduced to 12 bits.
func TokenHash[S ~string | ~[]byte](f S) uint16 {
	h := uint32(2166136261)
	for i := 0; i < len(f); i++ {
		h ^= uint32(f[i])
		h *= 16777619
	}
	return uint16(h^h>>16) & 4095
}

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

type elemKind uint8

const (
	elLit    elemKind = iota // one token, compared folded
	elPrefix                 // a word or number that starts with text
	elNum                    // any Number token
	elWild                   // 1 to 3 word or number tokens
)

type elem struct {
	kind elemKind
	text string // folded literal or prefix
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
	// Every phrase's elements share one array, and every first-element
	// index one array of ids: a process builds the matchers of most word
	// lists, and one allocation per phrase and per first word made that a
	// good part of a one-draft run's memory (and page faults).
	m := &Matcher{phrases: make([][]elem, len(phrases))}
	var pp phraseParser
	ends := make([]int32, len(phrases))
	fields := 0
	for _, p := range phrases {
		fields += strings.Count(p, " ") + 1
	}
	all := make([]elem, 0, fields+fields/8) // punctuation inside a field is an element too
	firsts := make([]firstRef, 0, len(phrases))
	for i, p := range phrases {
		start := len(all)
		var err error
		if all, err = pp.appendPhrase(all, p); err != nil {
			return nil, fmt.Errorf("prose: phrase %d %q: %w", i, p, err)
		}
		ends[i] = int32(len(all))
		switch first := all[start]; first.kind {
		case elLit:
			firsts = append(firsts, firstRef{text: first.text, id: int32(i)})
			m.firstHashes.Add(TokenHash(first.text))
		case elPrefix:
			firsts = append(firsts, firstRef{text: first.text, id: int32(i), prefix: true})
			m.prefixSig.add(first.text)
			m.prefixLens = append(m.prefixLens, len(first.text))
		case elNum:
			m.numFirst = append(m.numFirst, int32(i))
		}
	}
	start := int32(0)
	for i, end := range ends {
		m.phrases[i] = all[start:end:end]
		start = end
	}
	m.byFirst, m.byPrefix = indexFirsts(firsts)
	slices.Sort(m.prefixLens)
	m.prefixLens = slices.Compact(m.prefixLens)
	m.pool.New = func() any { return new(matchScratch) }
	return m, nil
}

// firstRef is a phrase's first literal or prefix element.
type firstRef struct {
	text   string
	id     int32
	prefix bool
}

// indexFirsts maps each first literal and each first prefix to the
// phrases that start with it, in ascending order; the id lists are slices
// of one array.
func indexFirsts(firsts []firstRef) (byFirst, byPrefix map[string][]int32) {
	slices.SortStableFunc(firsts, func(a, b firstRef) int {
		if a.prefix != b.prefix {
			if a.prefix {
				return 1
			}
			return -1
		}
		return strings.Compare(a.text, b.text)
	})
	ids := make([]int32, len(firsts))
	lits, prefixes := 0, 0
	for i, f := range firsts {
		ids[i] = f.id
		if i == 0 || f.text != firsts[i-1].text || f.prefix != firsts[i-1].prefix {
			if f.prefix {
				prefixes++
			} else {
				lits++
			}
		}
	}
	byFirst, byPrefix = make(map[string][]int32, lits), make(map[string][]int32, prefixes)
	for i := 0; i < len(firsts); {
		j := i + 1
		for j < len(firsts) && firsts[j].text == firsts[i].text && firsts[j].prefix == firsts[i].prefix {
			j++
		}
		if firsts[i].prefix {
			byPrefix[firsts[i].text] = ids[i:j:j]
		} else {
			byFirst[firsts[i].text] = ids[i:j:j]
		}
		i = j
	}
	return byFirst, byPrefix
}

func parsePhrase(p string) ([]elem, error) {
	var pp phraseParser
	return pp.appendPhrase(nil, p)
}

// phraseParser parses phrases, reusing its token buffer between them.
type phraseParser struct{ toks []Token }

// appendPhrase appends the elements of phrase p to els; on error els is
// returned as it was.
func (pp *phraseParser) appendPhrase(els []elem, p string) ([]elem, error) {
	start := len(els)
	concrete, wild := false, 0
	for rest := p; ; {
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		if rest == "" {
			break
		}
		f := rest
		if i := strings.IndexFunc(rest, unicode.IsSpace); i >= 0 {
			f, rest = rest[:i], rest[i:]
		} else {
			rest = ""
		}
		switch {
		case f == "*":
			els = append(els, elem{kind: elWild})
			wild++
			continue
		case f == "<n>":
			els = append(els, elem{kind: elNum})
			continue
		case len(f) > 1 && f[len(f)-1] == '-' && isOneWord(f[:len(f)-1]):
			els = append(els, elem{kind: elPrefix, text: FoldString(f[:len(f)-1])})
			concrete = true
			continue
		}
		pp.toks = AppendTokens(pp.toks[:0], f)
		for _, t := range pp.toks {
			if folded := FoldString(f[t.Start:t.End]); folded != "" {
				els = append(els, elem{kind: elLit, text: folded})
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
	case phrase[0].kind == elWild || phrase[len(phrase)-1].kind == elWild:
		return els[:start], fmt.Errorf("phrase starts or ends with the wildcard *")
	case wild > maxWildPerPhrase:
		return els[:start], fmt.Errorf("phrase has more than %d wildcards", maxWildPerPhrase)
	}
	return els, nil
}

// isOneWord reports whether s is exactly one word or number token.
func isOneWord(s string) bool {
	t, next, ok := nextToken(s, 0, true)
	return ok && t.Start == 0 && next == len(s) && (t.Kind == Word || t.Kind == Number)
}

// Len returns the number of phrases.
func (m *Matcher) Len() int { return len(m.phrases) }

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
	if len(m.phrases) == 0 || len(toks) == 0 {
		return nil
	}
	sc.fold(text, toks)
	return m.scan(toks, sc, sc)
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
	if len(m.phrases) == 0 || len(f.toks) == 0 {
		return nil
	}
	sc := m.pool.Get().(*matchScratch)
	out := m.scan(f.toks, &f.fs, sc)
	m.pool.Put(sc)
	return out
}

// scan finds the matches over folded tokens fs, collecting them in sc.
func (m *Matcher) scan(toks []Token, fs, sc *matchScratch) []Match {
	out := sc.matches[:0]
	for ti := 0; ti < len(toks); {
		f, ok := fs.tok(ti)
		best, bestP := -1, -1
		if ok {
			try := func(ps []int32) {
				for _, p := range ps {
					if end := m.matchAt(m.phrases[p], toks, fs, ti); end > best || end == best && end >= 0 && int(p) < bestP {
						best, bestP = end, int(p)
					}
				}
			}
			if m.firstHashes.MayHold(fs.hashes[ti]) {
				try(m.byFirst[string(f)])
			}
			for _, l := range m.prefixLens {
				if l > len(f) {
					break
				}
				if m.prefixSig.mayHold(f[:l]) {
					try(m.byPrefix[string(f[:l])])
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
	sc.matches = out
	if len(out) == 0 {
		return nil
	}
	// The scratch slice goes back to the pool; the caller gets its own copy.
	return append([]Match(nil), out...)
}

// matchAt returns the end token index of the longest match of els starting
// at token ti, or -1.
func (m *Matcher) matchAt(els []elem, toks []Token, sc *matchScratch, ti int) int {
	for k, e := range els {
		if ti >= len(toks) {
			return -1
		}
		f, ok := sc.tok(ti)
		if !ok {
			return -1
		}
		switch e.kind {
		case elLit:
			if string(f) != e.text {
				return -1
			}
		case elPrefix:
			if kind := toks[ti].Kind; kind != Word && kind != Number ||
				len(f) < len(e.text) || string(f[:len(e.text)]) != e.text {
				return -1
			}
		case elNum:
			if toks[ti].Kind != Number {
				return -1
			}
		case elWild:
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
