package prose

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// MatcherSet is many phrase lists (groups) compiled into one index over
// folded first tokens, so that a text is scanned once for all of them
// rather than once per list. Each group's matches are exactly what a
// Matcher of that group alone finds: leftmost-longest, without overlaps,
// ties going to the earlier phrase. A MatcherSet is safe for concurrent use.
//
// A set may match its groups on different views of one text, the same
// tokens folded in different forms (NewMatcherSetViews): one scan then
// serves lists matched on the plain folded tokens and lists matched on a
// normalised form of them (FoldedPair).
type MatcherSet struct {
	parts  []setPart // one per view some group scans, by view
	base   []int32   // group → index of its first phrase in its part's matcher
	groups int
	pool   sync.Pool // *setScratch
}

// setPart is the groups of a set that scan one view, compiled together.
type setPart struct {
	view  int
	all   *Matcher // the phrases of the part's groups, group after group
	group []int32  // phrase → group
	// next is, for each phrase, the TokenHash of its second element when
	// that is a literal, so that a phrase whose first token is found is
	// dropped without matching it when the next token differs (most are);
	// or nextSingle for a phrase of one literal, which matches where it is
	// indexed, or nextAny.
	next []uint16
	// The phrases whose first element is a literal, split by their second:
	// pairs holds those whose second is a literal too, by the hashes of
	// both tokens, and rest those whose second is no literal, by the first
	// token's hash. A common first word starts many phrases, and looking
	// its next token up finds the few that can match in place of trying
	// them all.
	pairs pairIndex
	rest  HashIndex
	// The phrases of one literal, by word: words indexes the distinct
	// words by hash, and word k's phrases are wordPhrases[wordStart[k]:
	// wordStart[k+1]]. A word in several lists is compared once.
	words       HashIndex
	wordText    []string
	wordStart   []int32
	wordPhrases []int32
	// The phrases whose first element is <n>: numNext those whose second
	// is a literal, by its hash, and numRest the others.
	numNext HashIndex
	numRest []int32
	// prefixFirst rules out the tokens no first prefix can start.
	prefixFirst prefixStarts
}

// Values of setPart.next that are no TokenHash (hashes have 12 bits).
const (
	nextSingle = 0xFFFF // the phrase is one literal token
	nextAny    = 0xFFFE // the phrase's second element is no literal, or it has none
)

// setScratch is one scan's working memory, pooled so that a scan allocates
// only its result.
type setScratch struct {
	cands []setCand
	// By group: slot is 0 between scans, and end is the end of the
	// group's last match kept.
	slot, end     []int32
	present, next []int32 // the groups with matches; by their place in it
}

// NewMatcherSet compiles the groups of phrases (see NewMatcher for the
// syntax), every group matched on the one view FindAllFolded takes. A
// group holding a bad phrase matches nothing; errs[g] says why (nil for a
// good group), so that one bad list does not disable the others.
func NewMatcherSet(groups [][]string) (set *MatcherSet, errs []error) {
	return NewMatcherSetViews(groups, nil)
}

// NewMatcherSetViews is NewMatcherSet with group g matched on view
// views[g] of the texts FindAllViews scans (0 for every group when views
// is nil). Views are numbered from 0; negative ones are taken as 0.
func NewMatcherSetViews(groups [][]string, views []int) (set *MatcherSet, errs []error) {
	set = &MatcherSet{groups: len(groups), base: make([]int32, len(groups))}
	errs = make([]error, len(groups))
	viewOf := func(g int) int {
		if g < len(views) && views[g] > 0 {
			return views[g]
		}
		return 0
	}
	nviews := 1
	for g := range groups {
		nviews = max(nviews, viewOf(g)+1)
	}
	in := make([]bool, len(groups)) // the groups of the view compiled
	for v := range nviews {
		part := setPart{view: v}
		some := false
		for g := range groups {
			in[g] = viewOf(g) == v
			some = some || in[g]
		}
		if !some {
			continue
		}
		set.compile(&part, groups, in, errs)
		set.parts = append(set.parts, part)
	}
	set.pool.New = func() any { return new(setScratch) }
	return set, errs
}

// compile builds a part from the groups g for which in[g] is set.
func (s *MatcherSet) compile(part *setPart, groups [][]string, in []bool, errs []error) {
	// Groups are nearly always good: compile every phrase at once, and
	// only when that fails parse each group's phrases to leave the bad
	// groups out (a set is rebuilt as word lists are first used, so
	// parsing every phrase twice was most of its cost).
	all, err := NewMatcher(s.collect(part, groups, in, nil))
	if err != nil {
		for g, ps := range groups {
			if !in[g] {
				continue
			}
			for i, p := range ps {
				if _, err := parsePhrase(p); err != nil {
					errs[g] = fmt.Errorf("prose: phrase %d %q: %w", i, p, err)
					break
				}
			}
		}
		// Every phrase left was parsed above, so this cannot fail.
		if all, err = NewMatcher(s.collect(part, groups, in, errs)); err != nil {
			panic(fmt.Sprintf("prose: phrases parsed once fail a second time: %v", err))
		}
	}
	part.all = all
	part.next = make([]uint16, all.Len())
	var pairKeys, restHashes, numHashes []uint16
	var pairIDs, restIDs, numIDs []int32
	var singles []wordPhrase
	for p := range part.next {
		els := all.phrase(int32(p))
		next := uint16(nextAny)
		switch {
		case len(els) == 1 && els[0].Kind == ElemLit:
			next = nextSingle
		case len(els) > 1 && els[1].Kind == ElemLit:
			next = TokenHash(els[1].Text)
		}
		part.next[p] = next
		switch {
		case els[0].Kind == ElemNum && next < nextAny:
			numHashes = append(numHashes, next)
			numIDs = append(numIDs, int32(p))
		case els[0].Kind == ElemNum:
			part.numRest = append(part.numRest, int32(p))
		case els[0].Kind == ElemPrefix:
			part.prefixFirst.add(els[0].Text)
		case els[0].Kind != ElemLit:
		case next == nextSingle:
			singles = append(singles, wordPhrase{els[0].Text, int32(p)})
		case next < nextAny:
			pairKeys = append(pairKeys, pairKey(TokenHash(els[0].Text), next))
			pairIDs = append(pairIDs, int32(p))
		default:
			restHashes = append(restHashes, TokenHash(els[0].Text))
			restIDs = append(restIDs, int32(p))
		}
	}
	part.pairs.build(pairKeys, pairIDs)
	part.rest.build(restHashes, restIDs)
	part.numNext.build(numHashes, numIDs)
	part.buildWords(singles)
}

// wordPhrase is a phrase of one literal, word.
type wordPhrase struct {
	word   string
	phrase int32
}

// buildWords indexes the part's one-word phrases by word. Sorting them
// groups each word's phrases, ascending as they were laid out.
func (part *setPart) buildWords(singles []wordPhrase) {
	slices.SortStableFunc(singles, func(a, b wordPhrase) int { return strings.Compare(a.word, b.word) })
	part.wordPhrases = make([]int32, len(singles))
	part.wordStart = []int32{0}
	var hashes []uint16
	var ids []int32
	for i, wp := range singles {
		if i == 0 || wp.word != singles[i-1].word {
			if i > 0 {
				part.wordStart = append(part.wordStart, int32(i))
			}
			hashes = append(hashes, TokenHash(wp.word))
			ids = append(ids, int32(len(part.wordText)))
			part.wordText = append(part.wordText, wp.word)
		}
		part.wordPhrases[i] = wp.phrase
	}
	if len(singles) > 0 {
		part.wordStart = append(part.wordStart, int32(len(singles)))
	}
	part.words.build(hashes, ids)
}

// collect lays out the phrases of the part's groups (in) without an
// error, group after group, and records each phrase's group and each
// group's first phrase.
func (s *MatcherSet) collect(part *setPart, groups [][]string, in []bool, errs []error) []string {
	n := 0
	for g, ps := range groups {
		if in[g] {
			n += len(ps)
		}
	}
	phrases := make([]string, 0, n)
	part.group = make([]int32, 0, n)
	for g, ps := range groups {
		if !in[g] {
			continue
		}
		s.base[g] = int32(len(phrases))
		if errs != nil && errs[g] != nil {
			continue
		}
		phrases = append(phrases, ps...)
		for range ps {
			part.group = append(part.group, int32(g))
		}
	}
	return phrases
}

// Groups returns the number of groups.
func (s *MatcherSet) Groups() int { return s.groups }

// SetMatches are the matches of every group of a MatcherSet in one text.
// Match.Phrase is the phrase's index in its own group. Read-only once made.
type SetMatches struct {
	matches []Match
	// groups are the groups with matches, ascending; the k-th one's
	// matches are matches[offs[k]:offs[k+1]]. A post's scan finds a few
	// of a set's groups: offsets for those alone keep its result small.
	groups, offs []int32
	// index is the array groups and offs lie in, whole, and matches'
	// room: a later scan given this result (FindAllViewsReusing) lays its
	// own out in them.
	index []int32
}

// Group returns the matches of group g, in order; the caller must not
// modify them.
func (r *SetMatches) Group(g int) []Match {
	if r == nil || g < 0 {
		return nil
	}
	k, ok := slices.BinarySearch(r.groups, int32(g))
	if !ok {
		return nil
	}
	return r.matches[r.offs[k]:r.offs[k+1]:r.offs[k+1]]
}

// Len returns the number of matches of every group.
func (r *SetMatches) Len() int { return len(r.matches) }

// setCand is the longest match of one group at one token: the best
// (longest, then earliest) phrase of the group that starts there.
type setCand struct {
	group, tok, end, phrase int32
}

// FindAllFolded scans folded tokens once and returns every group's
// matches. They are returned by value, to be kept in the caller's own
// struct: a scan allocates only when something matches. It is
// FindAllViews with one view.
func (s *MatcherSet) FindAllFolded(f *Folded) SetMatches {
	return s.FindAllViews(f)
}

// FindAllViews is FindAllFolded over the views of one text that the set's
// groups scan (NewMatcherSetViews): views[v] is view v. The views must be
// the same tokens, folded in different forms (as a FoldedPair's are); a
// view a group needs that is missing or nil matches nothing.
func (s *MatcherSet) FindAllViews(views ...*Folded) SetMatches {
	return s.FindAllViewsReusing(SetMatches{}, views...)
}

// FindAllViewsReusing is FindAllViews laying its result out in the memory
// of prev, an earlier result, when it has the room: a caller scanning text
// after text allocates only when a text has more matches than the ones
// before. prev's matches are void once it returns.
func (s *MatcherSet) FindAllViewsReusing(prev SetMatches, views ...*Folded) SetMatches {
	// The result when nothing matches keeps prev's memory too.
	out := SetMatches{matches: prev.matches[:0], index: prev.index}
	var toks []Token
	for _, v := range views {
		if v == nil {
			continue
		}
		if toks == nil {
			toks = v.toks
		} else if len(v.toks) != len(toks) {
			panic("prose: MatcherSet views of different tokens")
		}
	}
	if len(toks) == 0 {
		return out
	}
	sc := s.pool.Get().(*setScratch)
	defer s.pool.Put(sc)
	cands := sc.cands[:0]
	defer func() { sc.cands = cands[:0] }()
	// Each part scans its view in turn: a group, in one part, has its
	// candidates in token order, which is all layOut needs.
	for pi := range s.parts {
		part := &s.parts[pi]
		if part.view >= len(views) || views[part.view] == nil || part.all.Len() == 0 {
			continue
		}
		cands = s.scanPart(part, toks, &views[part.view].fs, cands)
	}
	if len(cands) == 0 {
		return out // no groups: Group finds every group empty
	}
	return s.layOut(sc, out, cands, toks)
}

// scanPart appends the candidates of the part's groups in its view fs of
// toks, token after token.
func (s *MatcherSet) scanPart(part *setPart, toks []Token, fs *matchScratch, cands []setCand) []setCand {
	m := part.all
	// Resliced to the tokens once, so that the loop indexes them without
	// bounds checks.
	hashes, offs := fs.hashes[:len(toks)], fs.offs[:2*len(toks)]
	for ti := range toks {
		o := offs[2*ti : 2*ti+2 : 2*ti+2] // both offsets, checked once
		a, b := o[0], o[1]
		if a < 0 {
			continue
		}
		// Most tokens start no phrase: a bit test or two rules them
		// out before their form is sliced or anything is looked up.
		h := hashes[ti]
		lit := m.lits.Present.MayHold(h)
		num := toks[ti].Kind == Number
		pre := len(m.prefixLens) > 0 && part.prefixFirst.mayStart(fs.folded, a, b)
		if !lit && !num && !pre {
			continue
		}
		// Phrases are tried in any order but one-word ones first
		// (tryWords); the best per group is kept in cands[first:], one
		// entry per group that matches here.
		first := len(cands)
		tok := fs.folded[a:b]
		if lit {
			if part.words.Present.MayHold(h) {
				cands = s.tryWords(part, part.words.get(h), tok, ti, cands)
			}
			if part.rest.Present.MayHold(h) {
				cands = s.try(part, part.rest.get(h), toks, fs, tok, ti, first, cands)
			}
			if ti+1 < len(toks) {
				if ps := part.pairs.get(pairKey(h, hashes[ti+1])); len(ps) > 0 {
					cands = s.try(part, ps, toks, fs, tok, ti, first, cands)
				}
			}
		}
		if pre {
			for _, l := range m.prefixLens {
				if l > len(tok) {
					break
				}
				if m.prefixSig.mayHold(tok[:l]) {
					cands = s.try(part, m.prefixes.get(TokenHash(tok[:l])), toks, fs, tok, ti, first, cands)
				}
			}
		}
		if num {
			if ti+1 < len(toks) {
				if h := hashes[ti+1]; part.numNext.Present.MayHold(h) {
					cands = s.try(part, part.numNext.get(h), toks, fs, tok, ti, first, cands)
				}
			}
			cands = s.try(part, part.numRest, toks, fs, tok, ti, first, cands)
		}
	}
	return cands
}

// prefixStarts tells which forms a part's first prefixes may start: a
// prefix matches a form that begins with its first byte, and an empty
// one (which a prefix folded to nothing would be) every form. Most forms
// begin with none of the few first bytes, and are not cut and hashed for
// each prefix length.
type prefixStarts struct {
	first [4]uint64 // the first bytes of the non-empty prefixes
	empty bool      // some prefix is empty
}

// add records a first prefix.
func (p *prefixStarts) add(prefix string) {
	if prefix == "" {
		p.empty = true
		return
	}
	c := prefix[0]
	p.first[c>>6] |= 1 << (c & 63)
}

// mayStart reports whether a first prefix may start the form folded[a:b].
func (p *prefixStarts) mayStart(folded []byte, a, b int32) bool {
	if a >= b {
		return p.empty
	}
	c := folded[a]
	return p.empty || p.first[c>>6]&(1<<(c&63)) != 0
}

// layOut keeps each group's leftmost-longest, non-overlapping candidates
// (each group's are in token order): a candidate at a token inside its
// group's previous match is dropped, as a Matcher of the group alone
// never tries it. It lays the ones kept out in out group by group, keeping token
// order. Its work is in the candidates and the groups they hold, never in
// all the set's groups: a post finds a few of them.
func (s *MatcherSet) layOut(sc *setScratch, out SetMatches, cands []setCand, toks []Token) SetMatches {
	if len(sc.slot) < s.groups {
		sc.slot, sc.end = make([]int32, s.groups), make([]int32, s.groups)
	}
	// slot[g] is 0 for a group not seen yet; it is left so for the next
	// scan.
	slot, end := sc.slot, sc.end
	present := sc.present[:0]
	n := 0 // candidates kept, compacted in place
	for _, c := range cands {
		g := c.group
		if slot[g] == 0 {
			present = append(present, g)
			slot[g] = 1
		} else if c.tok < end[g] {
			continue
		}
		end[g] = c.end
		cands[n] = c
		n++
	}
	cands = cands[:n]
	slices.Sort(present)
	// The groups, then the offsets: offs[k+1] counts group k's matches,
	// then is where they start.
	if cap(out.index) < 2*len(present)+1 {
		out.index = make([]int32, 2*len(present)+1)
	}
	index := out.index[:2*len(present)+1]
	out.groups, out.offs = index[:len(present)], index[len(present):]
	copy(out.groups, present)
	clear(out.offs)
	for k, g := range present {
		slot[g] = int32(k) + 1
	}
	for _, c := range cands {
		out.offs[slot[c.group]]++
	}
	for k := 1; k < len(out.offs); k++ {
		out.offs[k] += out.offs[k-1]
	}
	if cap(out.matches) < n {
		out.matches = make([]Match, 0, n)
	}
	out.matches = out.matches[:n]
	// next[k] is where group k's next match goes.
	sc.next = append(sc.next[:0], out.offs[:len(present)]...)
	next := sc.next
	for _, c := range cands {
		k := slot[c.group] - 1
		out.matches[next[k]] = Match{Start: toks[c.tok].Start, End: toks[c.end-1].End, Phrase: int(c.phrase)}
		next[k]++
	}
	for _, g := range present {
		slot[g] = 0
	}
	sc.present = present
	return out
}

// try keeps, for each phrase of ps that matches at token ti of the part's
// view, the best match of its group at ti in cands[first:].
func (s *MatcherSet) try(part *setPart, ps []int32, toks []Token, fs *matchScratch, tok []byte, ti, first int, cands []setCand) []setCand {
	m := part.all
	for _, p := range ps {
		g := part.group[p]
		end := -1
		switch next := part.next[p]; {
		case next == nextSingle:
			// The index holds phrases by the hash of their first
			// token: compare the token itself.
			if m.elems[m.ends[p]].Text == string(tok) {
				end = ti + 1
			}
		case next == nextAny || ti+1 < len(toks) && fs.hashes[ti+1] == next:
			end = m.matchAt(m.phrase(p), toks, fs, ti)
		}
		if end < 0 {
			continue
		}
		cands = s.keep(cands, first, g, p, ti, end)
	}
	return cands
}

// tryWords appends the one-word phrases of the words ws (ids in
// part.wordText) that are token ti's form tok, the best of each group.
// It is tried first at ti, so no group has a candidate there yet. The
// words are distinct, so one of them at most is tok; its phrases are
// ascending, a group's together, and a group's first is its best (all
// are one token long): it is kept, without looking for the group among
// the candidates as keep does.
func (s *MatcherSet) tryWords(part *setPart, ws []int32, tok []byte, ti int, cands []setCand) []setCand {
	for _, k := range ws {
		if part.wordText[k] != string(tok) {
			continue
		}
		last := int32(-1)
		for _, p := range part.wordPhrases[part.wordStart[k]:part.wordStart[k+1]] {
			if g := part.group[p]; g != last {
				cands = append(cands, setCand{group: g, tok: int32(ti), end: int32(ti + 1), phrase: p - s.base[g]})
				last = g
			}
		}
		return cands
	}
	return cands
}

// keep records phrase p of group g matching tokens [ti, end) in
// cands[first:], the best match of each group at ti: the longest, then
// the earliest phrase.
func (s *MatcherSet) keep(cands []setCand, first int, g, p int32, ti, end int) []setCand {
	local := p - s.base[g]
	for k := first; k < len(cands); k++ {
		c := &cands[k]
		if c.group != g {
			continue
		}
		if int32(end) > c.end || int32(end) == c.end && local < c.phrase {
			c.end, c.phrase = int32(end), local
		}
		return cands
	}
	return append(cands, setCand{group: g, tok: int32(ti), end: int32(end), phrase: local})
}
