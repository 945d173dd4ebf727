package rules

import (
	"math/bits"
	"sync"
	"sync/atomic"

	"github.com/postlint/postlint/prose"
)

// automaton compiles the word lists that posts are matched against into
// one prose.MatcherSet, so that a post's folded tokens are scanned once
// for all of them, where matching each list alone scanned them some thirty
// times. Each list's matches are the ones its own Matcher finds
// (TestAutomatonSameAsMatchers).
//
// Most lists are only looked up as sets (common-words, hashtag-words) or
// matched on other texts, and indexing their phrases would slow every
// token's look-up. So the automaton holds the hot lists: those some post
// has been matched against. A post matched against a list the current
// automaton lacks matches that list alone, as before, and marks it hot;
// the next post rebuilds the automaton with it. After the first posts the
// hot lists settle and each post is scanned once. Which lists are hot
// changes how a list is matched, never what it matches, so findings do not
// depend on the order posts are linted in.
type automaton = hotAutomaton[*compiledList]

// hotAutomaton is the hot-list scheme above for any kind of list: the
// word lists (automaton) and the trust rules' normalised lists
// (trustLexicon.autos). A list's id is its index in lists.
type hotAutomaton[L automatonList] struct {
	lists []L             // by id; nil for a list not made yet (trustLexicon)
	hot   []atomic.Uint64 // bit id: the list has been matched on a post
	cur   atomic.Pointer[hotSet]
	build sync.Mutex // one rebuild at a time
}

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

// initAutomaton numbers the lists; NewLexicon calls it once all are known.
func (l *Lexicon) initAutomaton() {
	// By name and language: byNum is in that order.
	n := 0
	for _, byLang := range l.byNum {
		n += len(byLang)
	}
	lists := make([]*compiledList, 0, n)
	for _, byLang := range l.byNum {
		lists = append(lists, byLang...)
	}
	for id, c := range lists {
		c.id = id
	}
	l.auto.init(lists)
}

// init sets the automaton's lists, by id; an entry may be left nil and set
// (before the list is marked hot) when the list is made.
func (a *hotAutomaton[L]) init(lists []L) {
	a.lists = lists
	a.hot = make([]atomic.Uint64, (len(lists)+63)/64)
}

// markHot records that list id was matched on a post.
func (a *hotAutomaton[L]) markHot(id int) {
	w, bit := &a.hot[id>>6], uint64(1)<<(id&63)
	if w.Load()&bit == 0 {
		w.Or(bit)
	}
}

// current returns an automaton of every hot list, rebuilding it when lists
// have become hot since it was built.
func (a *hotAutomaton[L]) current() *hotSet {
	s := a.cur.Load()
	if s != nil && s.lists == a.hotCount() {
		return s
	}
	a.build.Lock()
	defer a.build.Unlock()
	if s = a.cur.Load(); s != nil && s.lists == a.hotCount() {
		return s
	}
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
	lists := make([]L, len(ids))
	for g, id := range ids {
		s.group[id] = int32(g)
		lists[g] = a.lists[id]
	}
	s.set = matcherSet(lists)
	a.cur.Store(s)
	return s
}

// hotCount returns how many lists are hot.
func (a *hotAutomaton[L]) hotCount() int {
	n := 0
	for i := range a.hot {
		n += bits.OnesCount64(a.hot[i].Load())
	}
	return n
}

// matcherSet compiles lists into one MatcherSet, list i as group i. A list
// that cannot be compiled matches nothing, as compiledList.get and
// normList.get have it (TestBuiltinListsCompile and NewLexicon's check of
// the user's phrases rule that out).
func matcherSet[L automatonList](lists []L) *prose.MatcherSet {
	groups := make([][]string, len(lists))
	for g, c := range lists {
		groups[g] = c.matcherPhrases()
	}
	set, _ := prose.NewMatcherSet(groups)
	return set
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

// postScan is a post's scan by the automaton.
type postScan struct {
	set     *hotSet
	matches prose.SetMatches
}

// lexFind is findFolded on the post's text: the lists the post's scan
// holds are read from it, the others matched alone.
func (a *Analysis) lexFind(list string, langs []string) []LexMatch {
	l := a.lexicon
	auto := &l.auto
	for _, lang := range langs {
		if c := l.list(list, lang); c != nil {
			auto.markHot(c.id)
		}
	}
	if a.lexScan.set == nil {
		s := auto.current()
		a.lexScan = postScan{set: s, matches: s.set.FindAllFolded(a.Folded())}
	}
	scan := a.lexScan
	return l.collect(list, langs, func(c *compiledList) []prose.Match {
		if g := scan.set.group[c.id]; g >= 0 {
			return scan.matches.Group(int(g))
		}
		return c.get().FindAllFolded(a.Folded())
	})
}
