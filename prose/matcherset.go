package prose

import (
	"fmt"
	"sync"
)

// MatcherSet is many phrase lists (groups) compiled into one index over
// folded first tokens, so that a text is scanned once for all of them
// rather than once per list. Each group's matches are exactly what a
// Matcher of that group alone finds: leftmost-longest, without overlaps,
// ties going to the earlier phrase. A MatcherSet is safe for concurrent use.
type MatcherSet struct {
	all    *Matcher // the phrases of every group, group after group
	group  []int32  // phrase → group
	single []bool   // phrase is one literal token: it matches where it is indexed
	base   []int32  // group → index of its first phrase in all
	groups int
	pool   sync.Pool // *setScratch
}

// setScratch is one scan's working memory, pooled so that a scan allocates
// only its result.
type setScratch struct {
	cands, sorted []setCand
	count, next   []int32
}

// NewMatcherSet compiles the groups of phrases (see NewMatcher for the
// syntax). A group holding a bad phrase matches nothing; errs[g] says why
// (nil for a good group), so that one bad list does not disable the others.
func NewMatcherSet(groups [][]string) (set *MatcherSet, errs []error) {
	set = &MatcherSet{groups: len(groups), base: make([]int32, len(groups))}
	errs = make([]error, len(groups))
	// Groups are nearly always good: compile every phrase at once, and
	// only when that fails parse each group's phrases to leave the bad
	// groups out (a set is rebuilt as word lists are first used, so
	// parsing every phrase twice was most of its cost).
	all, err := NewMatcher(set.collect(groups, nil))
	if err != nil {
		for g, ps := range groups {
			for i, p := range ps {
				if _, err := parsePhrase(p); err != nil {
					errs[g] = fmt.Errorf("prose: phrase %d %q: %w", i, p, err)
					break
				}
			}
		}
		// Every phrase left was parsed above, so this cannot fail.
		if all, err = NewMatcher(set.collect(groups, errs)); err != nil {
			panic(fmt.Sprintf("prose: phrases parsed once fail a second time: %v", err))
		}
	}
	set.all = all
	set.pool.New = func() any { return new(setScratch) }
	set.single = make([]bool, all.Len())
	for p := range set.single {
		els := all.phrase(int32(p))
		set.single[p] = len(els) == 1 && els[0].Kind == ElemLit
	}
	return set, errs
}

// collect lays out the phrases of the groups without an error, group
// after group, and records each phrase's group and each group's first
// phrase.
func (s *MatcherSet) collect(groups [][]string, errs []error) []string {
	n := 0
	for _, ps := range groups {
		n += len(ps)
	}
	phrases := make([]string, 0, n)
	s.group = make([]int32, 0, n)
	for g, ps := range groups {
		s.base[g] = int32(len(phrases))
		if errs != nil && errs[g] != nil {
			continue
		}
		phrases = append(phrases, ps...)
		for range ps {
			s.group = append(s.group, int32(g))
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
	offs    []int32 // group g's matches are matches[offs[g]:offs[g+1]]
}

// Group returns the matches of group g, in order; the caller must not
// modify them.
func (r *SetMatches) Group(g int) []Match {
	if r == nil || g < 0 || g+1 >= len(r.offs) {
		return nil
	}
	if m := r.matches[r.offs[g]:r.offs[g+1]]; len(m) > 0 {
		return m
	}
	return nil
}

// setCand is the longest match of one group at one token: the best
// (longest, then earliest) phrase of the group that starts there.
type setCand struct {
	group, tok, end, phrase int32
}

// FindAllFolded scans folded tokens once and returns every group's
// matches. They are returned by value, to be kept in the caller's own
// struct: a scan allocates only when something matches.
func (s *MatcherSet) FindAllFolded(f *Folded) SetMatches {
	var out SetMatches
	m := s.all
	if m.Len() == 0 || len(f.toks) == 0 {
		return out
	}
	toks, fs := f.toks, &f.fs
	sc := s.pool.Get().(*setScratch)
	defer s.pool.Put(sc)
	cands := sc.cands[:0]
	defer func() { sc.cands = cands[:0] }()
	for ti := range toks {
		tok, ok := fs.tok(ti)
		if !ok {
			continue
		}
		// Phrases are tried in any order; the best per group is kept in
		// cands[first:], one entry per group that matches here.
		first := len(cands)
		try := func(ps []int32) {
			for _, p := range ps {
				g := s.group[p]
				var end int
				if s.single[p] {
					// The index holds phrases by the hash of their
					// first token: compare the token itself.
					end = -1
					if m.elems[m.ends[p]].Text == string(tok) {
						end = ti + 1
					}
				} else {
					end = m.matchAt(m.phrase(p), toks, fs, ti)
				}
				if end < 0 {
					continue
				}
				local := p - s.base[g]
				found := false
				for k := first; k < len(cands); k++ {
					c := &cands[k]
					if c.group != g {
						continue
					}
					found = true
					if int32(end) > c.end || int32(end) == c.end && local < c.phrase {
						c.end, c.phrase = int32(end), local
					}
					break
				}
				if !found {
					cands = append(cands, setCand{group: g, tok: int32(ti), end: int32(end), phrase: local})
				}
			}
		}
		if h := fs.hashes[ti]; m.lits.Present.MayHold(h) {
			try(m.lits.get(h))
		}
		for _, l := range m.prefixLens {
			if l > len(tok) {
				break
			}
			if m.prefixSig.mayHold(tok[:l]) {
				try(m.prefixes.get(TokenHash(tok[:l])))
			}
		}
		if toks[ti].Kind == Number {
			try(m.numFirst)
		}
	}
	if len(cands) == 0 {
		return out // no offsets: Group finds every group empty
	}
	out.offs = make([]int32, s.groups+1)
	// Bucket the candidates by group, keeping token order (counting sort),
	// then keep each group's leftmost-longest, non-overlapping ones: a
	// group's candidate at a token inside its previous match is dropped,
	// as a Matcher of the group alone never tries it.
	sc.count = append(sc.count[:0], make([]int32, s.groups+1)...)
	count := sc.count
	for _, c := range cands {
		count[c.group+1]++
	}
	for g := 1; g <= s.groups; g++ {
		count[g] += count[g-1]
	}
	sc.sorted = append(sc.sorted[:0], cands...)
	sc.next = append(sc.next[:0], count[:s.groups]...)
	sorted, next := sc.sorted, sc.next
	for _, c := range cands {
		sorted[next[c.group]] = c
		next[c.group]++
	}
	n := 0 // matches kept
	for g := 0; g < s.groups; g++ {
		pos := int32(-1)
		for _, c := range sorted[count[g]:count[g+1]] {
			if c.tok >= pos {
				n++
				pos = c.end
			}
		}
	}
	out.matches = make([]Match, 0, n)
	for g := 0; g < s.groups; g++ {
		out.offs[g] = int32(len(out.matches))
		pos := int32(-1)
		for _, c := range sorted[count[g]:count[g+1]] {
			if c.tok < pos {
				continue
			}
			out.matches = append(out.matches, Match{Start: toks[c.tok].Start, End: toks[c.end-1].End, Phrase: int(c.phrase)})
			pos = c.end
		}
	}
	out.offs[s.groups] = int32(len(out.matches))
	return out
}
