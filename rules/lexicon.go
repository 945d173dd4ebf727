package rules

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/postlint/postlint/internal/strindex"
	"github.com/postlint/postlint/prose"
)

// The built-in word lists are words/<lang>/<list>.txt, one phrase per
// line, '#' starts a comment, and "phrase => suggestion" gives a
// replacement. The lexicon reads them as parsed at build time
// (builtinWordLists in words_table.go, which TestGeneratedTables renders
// from the files and keeps fresh); the binary does not hold the files.
//
//go:generate go test -run ^TestGeneratedTables$ -args -write-tables

// builtinList is a built-in list in one language as words_table.go holds
// it: parsed and normalised at build time, read in place. A run on one
// draft parsed the files, normalised their entries and indexed them on each
// start, on fresh pages of memory.
type builtinList struct {
	name, lang string
	entries    []Entry
	// norm is the entries normalised in normElongation mode, the mode
	// every list is matched in.
	norm normTable
	// folded indexes the entries by folded phrase, for the lists most
	// posts look words up in (nil for the others).
	folded *foldedTable
	// matcher and normMatcher are the tables of the matchers of the
	// entries and of norm's phrases (prose.MatcherTables), built at build
	// time: a run on one draft built the matchers of dozens of lists.
	matcher, normMatcher *prose.MatcherTables
}

// Entry is one phrase of a word list.
type Entry struct {
	Phrase     string
	Suggestion string
	Lang       string
}

// LexMatch is a word-list hit in a post's text.
type LexMatch struct {
	Start, End int
	Entry      Entry
}

// Lexicon holds every word list, compiled once at start-up.
type Lexicon struct {
	// own are the names of the lists the config makes of its own, sorted,
	// numbered from firstConfigList after the lists a rule may name.
	own []string
	// byNum holds each list's languages by list number, sorted by
	// language (none for a user-only list the config leaves empty).
	byNum   [][]*compiledList
	builtin []string // lists shipped in the binary, sorted (builtinListNames)
	// built holds the structures rules build from the lists (derived),
	// by derivedID, read-only once stored.
	built [numDerived]atomic.Value
	trust *trustLexicon // normalised copies for the trust rules (normalize.go)
	// auto compiles the lists posts are matched against into one
	// MatcherSet, so that a post is scanned once for all (automaton.go).
	auto hotAutomaton
}

// compiledList is one list in one language. Its built-in entries were
// parsed at build time; its matcher is built on first use: a pre-commit
// run on one draft should not pay for lists its rules never reach
// (parsing and compiling every list took about a third of each start).
type compiledList struct {
	name    string       // the list's name
	builtin *builtinList // nil for a list only the config adds to
	lang    string       // the list's language
	extra   []Entry      // the config's entries, after the built-in ones
	entries []Entry      // the built-in entries and extra, set by NewLexicon
	once    sync.Once
	matcher *prose.Matcher
	err     error
	id      int // the list's number in the automaton (initAutomaton)
	// folded indexes the entries by folded phrase, made on first use
	// (foldedIndex): out of line, as most lists are never looked up in.
	foldOnce sync.Once
	folded   *foldedIndex
}

// list returns the entries: the built-in ones, read in place, and the
// config's after them.
func (c *compiledList) list() []Entry { return c.entries }

// prebuilt returns the list as words_table.go holds it, nil when the
// tables built from it at build time do not stand for it: a list only the
// config makes, or one the config adds entries to.
func (c *compiledList) prebuilt() *builtinList {
	if len(c.extra) > 0 {
		return nil
	}
	return c.builtin
}

// prebuiltNorm returns the entries normalised in mode at build time, nil
// when they must be normalised at run time: in another mode, or when the
// config adds entries to the list.
func (c *compiledList) prebuiltNorm(mode normMode) *normTable {
	b := c.prebuilt()
	if b == nil || mode != normElongation {
		return nil
	}
	return &b.norm
}

// prebuiltNormMatcher returns the tables of the matcher of the list's phrases
// normalised in mode, nil when they must be compiled at run time: in
// another mode, or when the config adds entries to the list.
func (c *compiledList) prebuiltNormMatcher(mode normMode) *prose.MatcherTables {
	if c.prebuiltNorm(mode) == nil {
		return nil
	}
	return c.builtin.normMatcher
}

// extended reports whether the config adds entries to a list in any
// language: structures built from a built-in list at build time do not
// stand for it then.
func (l *Lexicon) extended(list string) bool {
	for _, c := range l.langsOf(l.listNum(list)) {
		if len(c.extra) > 0 {
			return true
		}
	}
	return false
}

// compile builds the matcher once; callers hold a list whose phrases were
// checked (built-in lists by TestBuiltinListsCompile, user extras at
// start-up).
func (c *compiledList) compile() (*prose.Matcher, error) {
	c.once.Do(func() {
		if b := c.prebuilt(); b != nil && b.matcher != nil {
			c.matcher = prose.MatcherFromTables(b.matcher)
			return
		}
		entries := c.list()
		phrases := make([]string, len(entries))
		for i, e := range entries {
			phrases[i] = e.Phrase
		}
		c.matcher, c.err = prose.NewMatcher(phrases)
	})
	return c.matcher, c.err
}

// get returns the matcher, or one that matches nothing if the list could
// not be compiled (which tests and start-up checks rule out).
func (c *compiledList) get() *prose.Matcher {
	m, err := c.compile()
	if err != nil || m == nil {
		empty, _ := prose.NewMatcher(nil)
		return empty
	}
	return m
}

// Extra word-list entries from the config's [words.<lang>] tables.
type Extra map[string]map[string][]string // lang → list → phrases

// NewLexicon takes the built-in lists and adds the extra entries. The
// built-in lists' matchers are compiled on first use; lists with extra
// entries are compiled now, so that a bad phrase in the config is
// reported at start-up.
func NewLexicon(extra Extra) (*Lexicon, error) {
	lex := &Lexicon{builtin: builtinListNames[:]}
	// One allocation for the built-in lists, where one each was most of
	// what making a lexicon allocated; byNum holds them by number
	// (listID) and language.
	lists := make([]compiledList, len(builtinWordLists))
	all := make([]*compiledList, len(lists))
	for i := range builtinWordLists {
		b := &builtinWordLists[i]
		c := &lists[i]
		c.name, c.lang, c.builtin, c.entries = b.name, b.lang, b, b.entries
		all[i] = c
	}
	lex.setLists(all)
	var extended, added []*compiledList // lists with user phrases, checked now; lists new to the lexicon
	for lang, lists := range extra {
		for list, phrases := range lists {
			c := lex.list(list, lang)
			if c == nil {
				c = &compiledList{name: list, lang: lang}
				added = append(added, c)
			}
			for _, ph := range phrases {
				c.extra = append(c.extra, parseList(ph, lang)...)
			}
			c.entries = append(c.entries[:len(c.entries):len(c.entries)], c.extra...)
			extended = append(extended, c)
		}
	}
	for _, c := range extended {
		if _, err := c.compile(); err != nil {
			return nil, fmt.Errorf("word list %s (%s): %w", c.name, c.lang, err)
		}
	}
	if len(added) > 0 { // the config adds lists or languages of its own
		for _, c := range added {
			if knownList(c.name) == 0 && !slices.Contains(lex.own, c.name) {
				lex.own = append(lex.own, c.name)
			}
		}
		slices.Sort(lex.own)
		all = append(all, added...)
		slices.SortFunc(all, func(x, y *compiledList) int {
			return cmp.Or(cmp.Compare(lex.listNum(x.name), lex.listNum(y.name)), cmp.Compare(x.lang, y.lang))
		})
		lex.setLists(all)
	}
	lex.initAutomaton()
	lex.trust = newTrustLexicon(lex)
	return lex, nil
}

// setLists sets the lexicon's lists: all sorted by list number and
// language (listNum).
func (l *Lexicon) setLists(all []*compiledList) {
	l.byNum = make([][]*compiledList, int(firstConfigList)+len(l.own))
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].name == all[i].name {
			j++
		}
		l.byNum[l.listNum(all[i].name)] = all[i:j:j]
		i = j
	}
}

// listNum returns a list's number, 0 if there is no such list: for the
// lists a config names, as the rules' own are resolved when declared
// (wordList).
func (l *Lexicon) listNum(list string) listID {
	if id := knownList(list); id != 0 {
		return id
	}
	if i := slices.Index(l.own, list); i >= 0 {
		return firstConfigList + listID(i)
	}
	return 0
}

// langsOf returns a list in each of its languages, sorted by language.
func (l *Lexicon) langsOf(list listID) []*compiledList {
	if list > 0 && int(list) < len(l.byNum) {
		return l.byNum[list]
	}
	return nil
}

// inLang returns a list in one language, nil if it has no entries in it.
func (l *Lexicon) inLang(list listID, lang string) *compiledList {
	for _, c := range l.langsOf(list) {
		if c.lang == lang {
			return c
		}
	}
	return nil
}

// list returns the named list in one language, nil if it has no entries
// in it.
func (l *Lexicon) list(list, lang string) *compiledList {
	return l.inLang(l.listNum(list), lang)
}

// builtinEntries returns a built-in list's entries in one language, nil
// if there is no such list.
func builtinEntries(list, lang string) []Entry {
	for i := range builtinWordLists {
		if b := &builtinWordLists[i]; b.name == list && b.lang == lang {
			return b.entries
		}
	}
	return nil
}

// parseList reads list lines.
func parseList(data, lang string) []Entry {
	out := make([]Entry, 0, strings.Count(data, "\n")+1)
	scanList(data, lang, func(e Entry) { out = append(out, e) })
	return out
}

// scanList calls fn with each entry of a list file, in order.
func scanList(data, lang string, fn func(Entry)) {
	for len(data) > 0 {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		if i := strings.IndexByte(line, '#'); i >= 0 && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		e := Entry{Phrase: line, Lang: lang}
		if i := strings.Index(line, "=>"); i >= 0 {
			e.Phrase = strings.TrimSpace(line[:i])
			e.Suggestion = strings.TrimSpace(line[i+2:])
		}
		if e.Phrase != "" {
			fn(e)
		}
	}
}

// AppendPhrases appends the phrases of a list in one language to dst, as
// Entries lists them: a rule that builds its own index of a large list
// (common-words) takes the phrases without copying the entries.
func (l *Lexicon) AppendPhrases(dst []string, list, lang string) []string {
	c := l.list(list, lang)
	if c == nil {
		return dst
	}
	dst = slices.Grow(dst, len(c.entries))
	for _, e := range c.entries {
		dst = append(dst, e.Phrase)
	}
	return dst
}

// Lists returns the names of the built-in word lists, sorted: the names a
// config may extend.
func (l *Lexicon) Lists() []string { return l.builtin }

// foldedSet returns a list's entries in the given languages by folded
// phrase, for rules that look words up rather than scan for phrases.
// Where two languages list the same folded phrase, the later language's
// entry stands. Rules ask once per word: the set is made of the list's
// languages without allocating, as most sets have one or two.
func (l *Lexicon) foldedSet(list listID, langs []string) WordSet {
	var set WordSet
	for _, lang := range langs {
		if c := l.inLang(list, lang); c != nil {
			set.add(c)
		}
	}
	return set
}

// WordSet is a word list in one or more languages, looked up by folded
// phrase (prose.FoldString): what foldedSet returns. Each language's
// index is made once per lexicon, or read from the tables (foldedIndex).
// The zero value holds nothing.
type WordSet struct {
	// The lists, in the order asked for; a later one wins: in few while
	// there are two at most, in more (and not few) when there are more.
	few  [2]*compiledList
	more []*compiledList
}

// wordSetOf returns the set of lists, in order.
func wordSetOf(lists []*compiledList) WordSet {
	var set WordSet
	for _, c := range lists {
		set.add(c)
	}
	return set
}

// add adds a list after the others.
func (s *WordSet) add(c *compiledList) {
	switch {
	case s.more != nil:
		s.more = append(s.more, c)
	case s.few[0] == nil:
		s.few[0] = c
	case s.few[1] == nil:
		s.few[1] = c
	default:
		s.more = []*compiledList{s.few[0], s.few[1], c}
		s.few = [2]*compiledList{}
	}
}

// lists returns the set's lists, in order.
func (s *WordSet) lists() []*compiledList {
	switch {
	case s.more != nil:
		return s.more
	case s.few[1] != nil:
		return s.few[:]
	case s.few[0] != nil:
		return s.few[:1]
	}
	return nil
}

// Entry returns the entry whose folded phrase is key.
func (s WordSet) Entry(key string) (Entry, bool) {
	lists := s.lists()
	for i := len(lists) - 1; i >= 0; i-- {
		if e, ok := lists[i].foldedIndex().entry(key); ok {
			return e, true
		}
	}
	return Entry{}, false
}

// Has reports whether some entry's folded phrase is key.
func (s WordSet) Has(key string) bool {
	for _, c := range s.lists() {
		if c.foldedIndex().has(key) {
			return true
		}
	}
	return false
}

// All yields each folded phrase of the set with its entry, once.
func (s WordSet) All() iter.Seq2[string, Entry] {
	return func(yield func(string, Entry) bool) {
		lists := s.lists()
		for i, c := range lists {
			ix := c.foldedIndex()
		keys:
			for k, key := range ix.keys {
				for _, later := range lists[i+1:] {
					if later.foldedIndex().has(key) {
						continue keys
					}
				}
				if !yield(key, ix.entryAt(k)) {
					return
				}
			}
		}
	}
}

// foldedTable is a list's entries in one language indexed by folded
// phrase, as words_table.go holds it for the lists rules look words up in
// on most posts (a run-time index cost a one-draft run fresh pages).
type foldedTable struct {
	keys    []string // the distinct folded phrases, in entry order
	slots   []int32  // strindex slots of keys
	entryOf []int32  // see foldedIndex
}

// foldedIndex is a list's entries in one language by folded phrase.
type foldedIndex struct {
	entries []Entry
	keys    []string
	words   strindex.Index // of keys
	// entryOf maps key i to the last entry folding to it, as a map filled
	// in entry order would hold it (nil: key i is entry i's).
	entryOf []int32
}

// foldedKeys returns the distinct folded phrases of entries, in order,
// and, when some entries fold alike, the last entry of each.
func foldedKeys(entries []Entry) (keys []string, entryOf []int32) {
	folded := make([]string, len(entries))
	for i, e := range entries {
		folded[i] = prose.FoldString(e.Phrase)
	}
	first := strindex.New(folded) // finds the first of each
	last := make([]int32, len(folded))
	dup := false
	for i, k := range folded {
		j := first.Find(k)
		last[j] = int32(i)
		dup = dup || j != i
	}
	if !dup {
		return folded, nil
	}
	for i, k := range folded {
		if first.Find(k) == i {
			keys = append(keys, k)
			entryOf = append(entryOf, last[i])
		}
	}
	return keys, entryOf
}

// foldedIndex returns the list's folded index, made once: read from the
// tables for a built-in list they hold that the config does not extend.
func (c *compiledList) foldedIndex() *foldedIndex {
	c.foldOnce.Do(func() {
		f := &foldedIndex{entries: c.list()}
		c.folded = f
		if t := c.prebuiltFolded(); t != nil {
			f.keys, f.entryOf = t.keys, t.entryOf
			f.words = strindex.FromSlots(t.keys, t.slots)
			return
		}
		f.keys, f.entryOf = foldedKeys(f.entries)
		f.words = strindex.New(f.keys)
	})
	return c.folded
}

// prebuiltFolded returns the list's folded table from words_table.go, nil
// when there is none or the config adds entries to the list.
func (c *compiledList) prebuiltFolded() *foldedTable {
	if b := c.prebuilt(); b != nil {
		return b.folded
	}
	return nil
}

func (f *foldedIndex) has(key string) bool { return f.words.Find(key) >= 0 }

func (f *foldedIndex) entry(key string) (Entry, bool) {
	k := f.words.Find(key)
	if k < 0 {
		return Entry{}, false
	}
	return f.entryAt(k), true
}

// entryAt returns the entry of key k.
func (f *foldedIndex) entryAt(k int) Entry {
	if f.entryOf != nil {
		return f.entries[f.entryOf[k]]
	}
	return f.entries[k]
}

// derivedID names a structure rules build from the lists, once per
// lexicon (derived): a number, where a name was hashed on each call, and
// rules ask for some once per word.
type derivedID uint8

const (
	derivedChainWords     derivedID = iota // acronym-chain-words as a set, with the allowlist's shape (acronym.go)
	derivedCommonWords                     // common-words by language (acronym.go)
	derivedTitleEntries                    // the title lists by token (hook-title-chain.go)
	derivedNameConnectors                  // name-connectors and name-companions (hook-title-chain.go)
	derivedGovShortForms                   // government-acronyms' short forms (passive-voice.go)
	derivedBeShape                         // be-forms' word shape (passive-voice.go)
	derivedFillerAdvice                    // filler-phrases' advice by suggestion (filler-phrase.go)
	numDerived
)

// derived returns the structure id names, built on first use. Two
// goroutines may both build it; the first one stored stands.
func (l *Lexicon) derived(id derivedID, build func() any) any {
	slot := &l.built[id]
	if v := slot.Load(); v != nil {
		return v
	}
	slot.CompareAndSwap(nil, build())
	return slot.Load()
}

// Entries returns a list's entries in one language.
func (l *Lexicon) Entries(list, lang string) []Entry {
	if c := l.list(list, lang); c != nil {
		return c.list()
	}
	return nil
}

// find matches a list in the given languages; overlapping hits from two
// languages keep the earlier, longer one.
func (l *Lexicon) find(list listID, langs []string, text string, toks []prose.Token) []LexMatch {
	return l.findFolded(list, langs, prose.FoldTokens(text, toks))
}

// findFolded is find over tokens folded once per post, each list matched
// alone (the automaton does all lists in one scan: see scanFolded).
func (l *Lexicon) findFolded(list listID, langs []string, f *prose.Folded) []LexMatch {
	return l.collect(nil, list, langs, func(c *compiledList) []prose.Match { return c.get().FindAllFolded(f) })
}

// collect appends to out a list's matches in each language, as matches
// returns them for one language's compiledList; overlapping hits from two
// languages keep the earlier, longer one.
func (l *Lexicon) collect(out []LexMatch, list listID, langs []string, matches func(c *compiledList) []prose.Match) []LexMatch {
	start := len(out)
	found := 0 // languages with matches
	for _, lang := range langs {
		c := l.inLang(list, lang)
		if c == nil {
			continue
		}
		ms := matches(c)
		if len(ms) == 0 {
			continue
		}
		found++
		// One allocation per language that matches at most, where
		// appending one match at a time grew the slice several times per
		// list and post.
		out = growMatches(out, len(ms))
		entries := c.list()
		for _, m := range ms {
			out = append(out, LexMatch{Start: m.Start, End: m.End, Entry: entries[m.Phrase]})
		}
	}
	// One language's matches are in order and never overlap (a Matcher's
	// are leftmost-longest): only two languages' need merging.
	if found > 1 {
		out = out[:start+len(keepLeftmostLongest(out[start:]))]
	}
	return out
}
