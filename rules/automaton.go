package rules

import (
	"cmp"
	"math/bits"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/postlint/postlint/prose"
)

// hotAutomaton compiles the lists that posts are matched against into one
// prose.MatcherSet, so that a post's folded tokens are scanned once for all
// of them, where matching each list alone scanned them some thirty times.
// The lexicon's automaton holds the word lists, matched on the plain
// folded tokens, and the trust rules' lists normalised in normElongation
// mode, matched on the same tokens with repeated letters collapsed: a
// post's tokens are folded once in both forms (foldPost) and scanned once
// for both kinds of list. Each list's matches are the ones its own Matcher
// finds (TestAutomatonSameAsMatchers, TestNormMatchSameAsListsAlone).
//
// Most lists are only looked up as sets (common-words, hashtag-words) or
// matched on other texts, and indexing their phrases would slow every
// token's look-up. So the automaton holds the hot lists: those some post
// has been matched against. A post matched against a list the current
// automaton lacks matches that list alone, as before, and marks it hot;
// once such lone matches add up to about the cost of a rebuild
// (rebuildAfter), the next post rebuilds the automaton with every hot
// list. After the first posts the hot lists settle and each post is
// scanned once. Which lists the automaton holds changes how a list is
// matched, never what it matches, so findings do not depend on the order
// posts are linted in.
//
// The block lists in normLeet and normRespell modes have automata of
// their own (trustLexicon.autos). A list's id is its index in lists.
type hotAutomaton struct {
	lists []automatonList // by id; nil for a list not made yet (trustLexicon)
	// second is the first id of the lists matched on the second view of
	// a post (the normalised one of a prose.FoldedPair); the lists before
	// it are matched on the first.
	second int
	hot    []atomic.Uint64 // bit id: the list has been matched on a post
	cur    atomic.Pointer[hotSet]
	build  sync.Mutex // one rebuild at a time
	// alone counts the matches of lists the current automaton lacks,
	// each made by the list's own matcher, since it was built.
	alone atomic.Int64
}

// rebuildAfter is how many lists a post may match alone, counted over
// all posts since the automaton was built, before it is rebuilt with the
// lists that have become hot. Rebuilding at once whenever a list became
// hot rebuilt it eight to twelve times in a run on the 10k generated
// corpus (seed 1), at 3 to 6 ms each, while a list matched alone took 2
// to 4 µs: some thousand of those cost one rebuild. Waiting until the
// lone matches have cost about what a rebuild does spends at most twice
// what the best choice in hindsight would have, however the lists turn
// hot, and a list that turned hot once and is seldom asked for again no
// longer costs a rebuild.
const rebuildAfter = 1024

// automatonList is a list an automaton can hold.
type automatonList interface {
	// matcherPhrases returns the list's phrases as NewMatcher takes them.
	matcherPhrases() []string
}

// hotSet is the automaton of the lists hot when it was built; read-only.
type hotSet struct {
	set   *prose.MatcherSet
	group []int32 // list id → group in set, -1 if the list is not in it
	lists int     // how many lists it holds
}

// initAutomaton numbers the word lists, and after them the trust lists
// in normElongation mode (trustLexicon.normLists), two per list number
// (trustLangs); NewLexicon calls it once all lists are known.
func (l *Lexicon) initAutomaton() {
	// By list number and language: byNum is in that order.
	n := 0
	for _, byLang := range l.byNum {
		n += len(byLang)
	}
	lists := make([]automatonList, n, n+len(l.byNum)*len(trustLangs))
	n = 0
	for _, byLang := range l.byNum {
		for _, c := range byLang {
			c.id = n
			lists[n] = c
			n++
		}
	}
	l.auto.init(lists[:cap(lists)], n)
}

// init sets the automaton's lists, by id, the lists from id second on
// matched on the second view; an entry may be left nil and set (before
// the list is marked hot) when the list is made.
func (a *hotAutomaton) init(lists []automatonList, second int) {
	a.lists, a.second = lists, second
	a.hot = make([]atomic.Uint64, (len(lists)+63)/64)
}

// markHot records that list id was matched on a post.
func (a *hotAutomaton) markHot(id int) {
	w, bit := &a.hot[id>>6], uint64(1)<<(id&63)
	if w.Load()&bit == 0 {
		w.Or(bit)
	}
}

// current returns an automaton of every hot list, rebuilding it when lists
// have become hot since it was built. While another goroutine rebuilds it,
// the automaton built before is returned: the lists it lacks are matched
// alone, which a post does anyway until the rebuild lands, where waiting
// for the lock left a core idle for the whole build (a few milliseconds,
// some ten times in a run of thousands of posts).
func (a *hotAutomaton) current() *hotSet {
	s := a.cur.Load()
	if s != nil && (a.alone.Load() < rebuildAfter || s.lists == a.hotCount()) {
		return s
	}
	if s == nil {
		a.build.Lock()
	} else if !a.build.TryLock() {
		return s
	}
	defer a.build.Unlock()
	if s = a.cur.Load(); s != nil && (a.alone.Load() < rebuildAfter || s.lists == a.hotCount()) {
		return s
	}
	a.alone.Store(0)
	var ids []int
	for id := range a.lists {
		if a.hot[id>>6].Load()&(1<<(id&63)) != 0 {
			ids = append(ids, id)
		}
	}
	s = &hotSet{group: make([]int32, len(a.lists)), lists: len(ids)}
	for id := range s.group {
		s.group[id] = -1
	}
	groups := make([][]string, len(ids))
	views := make([]int, len(ids))
	for g, id := range ids {
		s.group[id] = int32(g)
		// A list that cannot be compiled matches nothing, as
		// compiledList.get and normList.get have it
		// (TestBuiltinListsCompile and NewLexicon's check of the user's
		// phrases rule that out).
		groups[g] = a.lists[id].matcherPhrases()
		if id >= a.second {
			views[g] = 1
		}
	}
	s.set, _ = prose.NewMatcherSetViews(groups, views)
	a.cur.Store(s)
	return s
}

// matchedAlone records that a post matched a list the current automaton
// lacks with the list's own matcher.
func (a *hotAutomaton) matchedAlone() { a.alone.Add(1) }

// hotCount returns how many lists are hot.
func (a *hotAutomaton) hotCount() int {
	n := 0
	for i := range a.hot {
		n += bits.OnesCount64(a.hot[i].Load())
	}
	return n
}

// matcherPhrases returns the list's phrases, one per entry.
func (c *compiledList) matcherPhrases() []string {
	entries := c.list()
	phrases := make([]string, len(entries))
	for i, e := range entries {
		phrases[i] = e.Phrase
	}
	return phrases
}

// postScan is a post's scan by the lexicon's automaton: its plain and
// normalised tokens, scanned once for the word lists and the trust lists.
type postScan struct {
	set     *hotSet
	matches prose.SetMatches
}

// foldedPair returns the post's tokens folded for the word lists and
// normalised in normElongation mode for the trust lists, folded once for
// both (foldPost). It does not go through the folded view's declaration:
// the trust rules read the normalised tokens, which are made with it.
func (a *Analysis) foldedPair() (*prose.Folded, *normView) {
	if a.done&(1<<slotFolded) == 0 {
		a.folded = foldPost(a)
		a.done |= 1 << slotFolded
	}
	return a.folded, a.trust.views[normElongation]
}

// scanLists returns the post's scan by the lexicon's automaton, made on
// first use: the automaton of the lists earlier posts were matched
// against scans both views at once.
func (a *Analysis) scanLists() *postScan {
	if a.lexScan.set == nil {
		plain, norm := a.foldedPair()
		s := a.lexicon.auto.current()
		// The scan is laid out in the memory of the worker's post before.
		a.buf.scan = s.set.FindAllViewsReusing(a.buf.scan, plain, norm.folded)
		a.lexScan = postScan{set: s, matches: a.buf.scan}
		// The lists a post reads are mostly those earlier posts read,
		// which the scan holds, and the rules read about half of what it
		// finds: room for that many at once, where growing the store
		// from nothing copied it several times (and room for all of it
		// was more than growing).
		if n := a.lexScan.matches.Len(); n > 0 && cap(a.found.all) == 0 {
			a.found.all = make([]LexMatch, 0, n/2+8)
		}
	}
	return &a.lexScan
}

// storeLexMatches appends to the post's store the matches of a list in
// langs, as findFolded finds them, and returns where they start: the
// lists the post's scan holds are read from it, the others matched alone.
func (a *Analysis) storeLexMatches(list listID, langs []string) int {
	l := a.lexicon
	folded := a.Folded()
	// The scan is made before the lists are marked: the first post,
	// when none is hot, matches its lists alone, as it does the trust
	// lists (normMatch), and no automaton is built for a list or two.
	scan := a.scanLists()
	for _, c := range l.langsOf(list) {
		if contains(langs, c.lang) {
			l.auto.markHot(c.id)
		}
	}
	off := len(a.found.all)
	a.found.all = l.collect(a.found.all, list, langs, func(c *compiledList) []prose.Match {
		if g := scan.set.group[c.id]; g >= 0 {
			return scan.matches.Group(int(g))
		}
		l.auto.matchedAlone()
		return c.get().FindAllFolded(folded)
	})
	return off
}

// keepLeftmostLongest sorts matches by start, longer first, and drops
// those that overlap an earlier one, in place.
func keepLeftmostLongest(out []LexMatch) []LexMatch {
	if len(out) < 2 {
		return out
	}
	slices.SortStableFunc(out, func(x, y LexMatch) int {
		if x.Start != y.Start {
			return cmp.Compare(x.Start, y.Start)
		}
		return cmp.Compare(y.End, x.End)
	})
	kept := out[:0]
	last := -1
	for _, m := range out {
		if m.Start >= last {
			kept = append(kept, m)
			last = m.End
		}
	}
	return kept
}

// matchStore holds a post's matches of every list it asked for, word lists
// (Match, matchBoth) and trust lists (normMatch), one list after another
// in one backing array, so that the lists with matches share an
// allocation and a list found nowhere costs none. A list's matches are
// found by key (matchKey) through a sparse set: at[key] is the place of
// the key's record in recs when that record holds the key, and anything
// else when the post has not stored it. Emptying recs empties the set, so
// a new post clears none of it, where an array of records by key would
// have to be cleared (or stamped with the post) and was several times as
// large; at is kept from post to post.
type matchStore struct {
	at   []int32         // by matchKey; made with the first list stored
	recs []storedMatches // in the order stored
	all  []LexMatch
}

// storedMatches are the matches of one list, all[off:off+n].
type storedMatches struct {
	key    int32 // matchKey
	off, n int32
}

// The modes of the keys of the word lists' matches, after the trust
// lists' (their normMode): in the post's languages (Match) and in both
// (matchBoth).
const (
	plainMatches = normModes + iota
	bothMatches
	matchModes
)

// matchKey is the key of a list's matches in a mode.
func matchKey(list listID, mode normMode) int { return int(list)*int(matchModes) + int(mode) }

// get returns the matches stored under key, nil for none, and whether
// there are any.
func (s *matchStore) get(key int) ([]LexMatch, bool) {
	if key < len(s.at) {
		if i := int(s.at[key]); i < len(s.recs) && s.recs[i].key == int32(key) {
			return s.of(&s.recs[i]), true
		}
	}
	return nil, false
}

// add stores all[off:] under key and returns them; keys is the number of
// keys of the lexicon's lists.
func (s *matchStore) add(key, off, keys int) []LexMatch {
	if key >= len(s.at) {
		at := make([]int32, max(keys, key+1))
		copy(at, s.at)
		s.at = at
	}
	if s.recs == nil {
		// Room for the lists a post reads, most of sixty, where growing
		// from nothing took several allocations.
		s.recs = make([]storedMatches, 0, 64)
	}
	s.at[key] = int32(len(s.recs))
	s.recs = append(s.recs, storedMatches{key: int32(key), off: int32(off), n: int32(len(s.all) - off)})
	return s.of(&s.recs[len(s.recs)-1])
}

// reset empties the store for the next post and keeps its memory: the
// set, emptied with its records, and the matches' array. The array is not
// cleared: a match holds offsets and an entry of the lexicon's lists,
// which outlive every post, so it keeps nothing of a post alive, and
// clearing it to its capacity, twice a post, was a percent of a run.
func (s *matchStore) reset() {
	s.all = keepBuffer(s.all)
	s.recs = keepBuffer(s.recs)
}

// of returns the matches a record holds, nil for none. They are read-only:
// their capacity ends with them, so that an append copies them.
func (s *matchStore) of(r *storedMatches) []LexMatch {
	if r.n == 0 {
		return nil
	}
	return s.all[r.off : r.off+r.n : r.off+r.n]
}

// storeKeys is the number of keys the lexicon's lists have.
func (l *Lexicon) storeKeys() int { return len(l.byNum) * int(matchModes) }

// growMatches makes room for n more matches in out: at first for a few
// more than n, as most posts' matches fit in a few, where growing from
// nothing took several allocations.
func growMatches(out []LexMatch, n int) []LexMatch {
	if cap(out) == 0 {
		return make([]LexMatch, 0, max(16, n))
	}
	return slices.Grow(out, n)
}
