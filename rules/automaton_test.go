package rules

import (
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/corpus"
	"github.com/postlint/postlint/prose"
)

// automatonTexts returns the texts the differential tests compare on: the
// bundled examples, the eval posts and generated corpus posts.
func automatonTexts(t testing.TB, generated int) []string {
	t.Helper()
	var texts []string
	for _, root := range []string{"../examples", "../testdata/eval/posts"} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			texts = append(texts, string(data))
			for _, post := range draft.Parse(p, draft.FormatOf(p), data, draft.Options{}) {
				texts = append(texts, post.Text)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range generated {
		name, content := corpus.Post(r, i)
		for _, post := range draft.Parse(name, draft.FormatOf(name), []byte(content), draft.Options{}) {
			texts = append(texts, post.Text)
		}
	}
	return texts
}

// checkAutomaton compares, on text, each list's matches read from the
// automaton with its own Matcher's, per language and through the
// language merge of Analysis.Match.
// all is every list of lex in one MatcherSet, list id as group.
func checkAutomaton(t testing.TB, lex *Lexicon, all *prose.MatcherSet, text string) {
	t.Helper()
	f := prose.FoldTokens(text, prose.Tokens(text))
	sm := all.FindAllFolded(f)
	for list, byLang := range listsByName(lex) {
		for lang, c := range byLang {
			want := c.get().FindAllFolded(f)
			if got := sm.Group(c.id); !slices.Equal(got, want) {
				t.Fatalf("list %s (%s) on %q: automaton %v, matcher %v", list, lang, text, got, want)
			}
		}
		for _, langs := range [][]string{{i18n.ID}, {i18n.EN}, {i18n.ID, i18n.EN}, {i18n.EN, i18n.ID}} {
			id := lex.listNum(list)
			got := lex.collect(nil, id, langs, func(c *compiledList) []prose.Match { return sm.Group(c.id) })
			if want := lex.findFolded(id, langs, f); !slices.Equal(got, want) {
				t.Fatalf("list %s %v on %q: automaton %v, matcher %v", list, langs, text, got, want)
			}
			if want := collectMerged(lex, list, langs, f); !slices.Equal(got, want) {
				t.Fatalf("list %s %v on %q: collect %v, every language merged %v", list, langs, text, got, want)
			}
		}
	}
	// Through a post's analysis, the lists asked for in a varying order so
	// that the post is scanned for some hot lists, then again for new ones.
	lists := slices.Sorted(maps.Keys(listsByName(lex)))
	rand.New(rand.NewPCG(uint64(len(text)), 7)).Shuffle(len(lists), func(i, j int) { lists[i], lists[j] = lists[j], lists[i] })
	for _, langs := range [][]string{{i18n.ID}, {i18n.EN, i18n.ID}} {
		a := NewAnalysis(text, lex, langs)
		for i, list := range lists {
			id := lex.listNum(list)
			got := a.Match(id)
			if want := lex.findFolded(id, langs, f); !slices.Equal(got, want) {
				t.Fatalf("Analysis.Match(%s) %v on %q: automaton %v, matcher %v", list, langs, text, got, want)
			}
			if i%3 == 0 {
				if got, want := matchBoth(a, id), lex.findFolded(id, bothLangs, f); !slices.Equal(got, want) {
					t.Fatalf("matchBoth(%s) on %q: automaton %v, matcher %v", list, text, got, want)
				}
			}
		}
	}
}

// wordListSet is every word list of lex in one MatcherSet, list id as
// group.
func wordListSet(lex *Lexicon) *prose.MatcherSet {
	groups := make([][]string, lex.auto.second)
	for id, l := range lex.auto.lists[:lex.auto.second] {
		groups[id] = l.matcherPhrases()
	}
	set, _ := prose.NewMatcherSet(groups)
	return set
}

// collectMerged is Lexicon.collect as it was before it skipped the merge
// of one language's matches: every match appended, then, for more than one
// language, sorted and the overlaps dropped.
func collectMerged(lex *Lexicon, list string, langs []string, f *prose.Folded) []LexMatch {
	var out []LexMatch
	for _, lang := range langs {
		c := lex.list(list, lang)
		if c == nil {
			continue
		}
		entries := c.list()
		for _, m := range c.get().FindAllFolded(f) {
			out = append(out, LexMatch{Start: m.Start, End: m.End, Entry: entries[m.Phrase]})
		}
	}
	if len(langs) > 1 {
		sort.SliceStable(out, func(i, j int) bool {
			if out[i].Start != out[j].Start {
				return out[i].Start < out[j].Start
			}
			return out[i].End > out[j].End
		})
		kept := out[:0]
		last := -1
		for _, m := range out {
			if m.Start >= last {
				kept = append(kept, m)
				last = m.End
			}
		}
		out = kept
	}
	return out
}

func TestAutomatonSameAsMatchers(t *testing.T) {
	n := 2000
	if testing.Short() {
		n = 200
	}
	texts := automatonTexts(t, n)
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	// The user's extras join their lists, and new lists are created, in the
	// automaton as in the per-list matchers.
	extra, err := NewLexicon(Extra{
		i18n.ID: {"filler-phrases": {"pada * ini", "sebar-"}, "team-words": {"kami <n>", "resmi"}},
		i18n.EN: {"engagement-bait": {"tag * friends", "share-"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	lexAll, extraAll := wordListSet(lex), wordListSet(extra)
	for _, text := range texts {
		checkAutomaton(t, lex, lexAll, text)
		checkAutomaton(t, extra, extraAll, text)
	}
	t.Logf("%d texts compared", len(texts))
}

func FuzzAutomaton(f *testing.F) {
	f.Add("Bagikan sebelum dihapus!! Tag 3 teman kamu, pada hari Senin tanggal 5")
	f.Add("Share this before it's deleted! Like if you agree, type AMEN")
	f.Add("Menurut sumber terpercaya, info dari grup sebelah: VIRALKAN!!!")
	lex, err := NewLexicon(nil)
	if err != nil {
		f.Fatal(err)
	}
	all := wordListSet(lex)
	f.Fuzz(func(t *testing.T, text string) {
		checkAutomaton(t, lex, all, text)
	})
}

// TestAutomatonConcurrent matches posts on one lexicon from several
// goroutines while its automaton is rebuilt as lists become hot (run with
// -race); every post matches as its lists alone do.
func TestAutomatonConcurrent(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	// Enough posts that lone matches pass rebuildAfter several times
	// over, so that rebuilds happen while other goroutines match.
	texts := automatonTexts(t, 150)
	lists := slices.Sorted(maps.Keys(listsByName(lex)))
	errs := make(chan error, 4)
	for w := range 4 {
		go func() {
			r := rand.New(rand.NewPCG(uint64(w), 3))
			for _, text := range texts {
				f := prose.FoldTokens(text, prose.Tokens(text))
				a := NewAnalysis(text, lex, []string{i18n.ID, i18n.EN})
				for range 8 {
					list := lists[r.IntN(len(lists))]
					if got, want := a.Match(lex.listNum(list)), lex.findFolded(lex.listNum(list), a.langs, f); !slices.Equal(got, want) {
						errs <- fmt.Errorf("Match(%s) on %q: %v, want %v", list, text, got, want)
						return
					}
				}
			}
			errs <- nil
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}

// TestMatchStore stores lists in every mode, with and without matches,
// and finds each again, with its own matches; after a reset it finds
// none of them, and then the ones stored again, fewer and in another
// order, so that the set's places of the post before point among the new
// records.
func TestMatchStore(t *testing.T) {
	var s matchStore
	const lists = 100
	var keys []int
	for n := range listID(lists) {
		for mode := range matchModes {
			if n%3 != 1 {
				keys = append(keys, matchKey(n, mode))
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 4 {
		r.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
		storeAndFind(t, &s, keys[:len(keys)>>round], lists*int(matchModes))
		s.reset()
		for _, key := range keys {
			if _, ok := s.get(key); ok {
				t.Fatalf("key %d found after a reset", key)
			}
		}
	}
}

// storeAndFind stores keys in s, each with some matches, and finds them
// again, and no other key.
func storeAndFind(t *testing.T, s *matchStore, keys []int, size int) {
	t.Helper()
	for i, key := range keys {
		if _, ok := s.get(key); ok {
			t.Fatalf("key %d found before it was stored", key)
		}
		off := len(s.all)
		for j := range i % 3 {
			s.all = append(s.all, LexMatch{Start: i, End: i + j})
		}
		if got := s.add(key, off, size); len(got) != i%3 || cap(got) != len(got) {
			t.Fatalf("add(%d) = %v", key, got)
		}
	}
	for i, key := range keys {
		got, ok := s.get(key)
		if !ok || len(got) != i%3 || cap(got) != len(got) {
			t.Fatalf("get(%d) = %v, %v; want %d matches", key, got, ok, i%3)
		}
		for j, m := range got {
			if m.Start != i || m.End != i+j {
				t.Fatalf("get(%d) = %v, want the matches of list %d", key, got, i)
			}
		}
	}
	for key := range size {
		if _, ok := s.get(key); ok && !slices.Contains(keys, key) {
			t.Fatalf("key %d found, never stored", key)
		}
	}
}

// TestAutomatonRebuildDoesNotWait: while one goroutine rebuilds the
// automaton, another asking for it gets the one built before instead of
// waiting, and the next ask after the rebuild gets every hot list.
func TestAutomatonRebuildDoesNotWait(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	auto := &lex.auto
	if s := auto.current(); s.lists != 0 {
		t.Fatalf("a new automaton holds %d lists, want 0", s.lists)
	}
	auto.markHot(0)
	auto.alone.Store(rebuildAfter)
	before := auto.current()
	if before.lists != 1 || before.group[0] != 0 {
		t.Fatalf("after list 0 became hot: %d lists, group %d; want 1 list in group 0", before.lists, before.group[0])
	}
	auto.markHot(1)
	auto.alone.Store(rebuildAfter)
	auto.build.Lock() // a rebuild in progress
	if got := auto.current(); got != before {
		t.Fatalf("during a rebuild: got an automaton of %d lists, want the one built before", got.lists)
	}
	auto.build.Unlock()
	if got := auto.current(); got.lists != 2 || got.group[1] < 0 {
		t.Fatalf("after the rebuild: %d lists, group of list 1 %d; want 2 lists holding list 1", got.lists, got.group[1])
	}
}

// TestAutomatonRebuildsAfterLoneMatches: a list turning hot does not
// rebuild the automaton by itself; rebuildAfter matches of lists it
// lacks do, and the count starts again.
func TestAutomatonRebuildsAfterLoneMatches(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	auto := &lex.auto
	empty := auto.current()
	auto.markHot(0)
	auto.markHot(1)
	for range rebuildAfter - 1 {
		auto.matchedAlone()
	}
	if got := auto.current(); got != empty {
		t.Fatalf("after %d lone matches: an automaton of %d lists, want the empty one kept", rebuildAfter-1, got.lists)
	}
	auto.matchedAlone()
	got := auto.current()
	if got.lists != 2 || got.group[0] < 0 || got.group[1] < 0 {
		t.Fatalf("after %d lone matches: %d lists (groups %d, %d), want lists 0 and 1", rebuildAfter, got.lists, got.group[0], got.group[1])
	}
	if n := auto.alone.Load(); n != 0 {
		t.Fatalf("the count after a rebuild is %d, want 0", n)
	}
	auto.markHot(2)
	if again := auto.current(); again != got {
		t.Fatal("a list turning hot rebuilt the automaton with no lone match since")
	}
}

// TestFirstPostsMatchListsAlone: a post's scan is made before the lists it
// asks for are marked hot, so the first post of a run matches its lists
// alone and no automaton of its lists is built; once the posts' lone
// matches reach rebuildAfter, the next post's scan holds the lists, and
// every post finds the same matches.
func TestFirstPostsMatchListsAlone(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	text := "Ketik amin jika setuju. Tag a friend who needs this!"
	list := lex.listNum("engagement-bait")
	first := NewAnalysis(text, lex, []string{i18n.ID, i18n.EN})
	want := first.Match(list)
	if len(want) == 0 {
		t.Fatal("no match of engagement-bait on the first post; the test needs one")
	}
	if n := first.lexScan.set.lists; n != 0 {
		t.Fatalf("the first post's scan holds %d lists, want 0", n)
	}
	for post := 2; post <= rebuildAfter+1; post++ {
		a := NewAnalysis(text, lex, []string{i18n.ID, i18n.EN})
		if got := a.Match(list); !slices.Equal(got, want) {
			t.Fatalf("post %d: %v, want %v", post, got, want)
		}
		if a.lexScan.set.lists > 0 {
			t.Logf("post %d is the first scanned with an automaton (%d lists)", post, a.lexScan.set.lists)
			return
		}
	}
	t.Fatalf("%d posts asking for a list kept scanning with an empty automaton", rebuildAfter+1)
}
