package rules

import (
	"cmp"
	"embed"
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"
	"testing"
	"unsafe"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/gentable"
	"github.com/postlint/postlint/internal/strindex"
	"github.com/postlint/postlint/prose"
)

// wordFiles are the word lists words_table.go is rendered from.
//
//go:embed words
var wordFiles embed.FS

// readWordFile reads a list file, "" if there is none. ReadFile returns a
// copy that nothing else holds or writes; the string shares its bytes
// rather than copying them again.
func readWordFile(name string) string {
	data, _ := wordFiles.ReadFile(name)
	if len(data) == 0 {
		return ""
	}
	return unsafe.String(&data[0], len(data))
}

// writeTables makes TestGeneratedTables write words_table.go (go generate).
var writeTables = gentable.Flag()

// TestGeneratedTables renders words_table.go from the word files with the
// code that reads them at run time, and fails when the committed file is
// not what it renders: run go generate ./rules after changing a list.
func TestGeneratedTables(t *testing.T) {
	src, err := renderWordTables()
	if err != nil {
		t.Fatal(err)
	}
	if err := gentable.Sync("words_table.go", src, *writeTables); err != nil {
		t.Fatalf("%v: run go generate ./rules", err)
	}
}

// foldedTableLists are the lists whose folded index (foldedKeys) the
// tables hold: those rules look words up in (foldedSet, inList) on most
// posts. The other lists are indexed on first use; an index costs the
// binary about 30 bytes per entry.
var foldedTableLists = []string{
	"acronym-allowlist", "acronym-chain-words", "acronym-lookalikes",
	"be-forms", "caps-allowlist", "government-acronyms",
	"hidden-verb-exceptions", "irregular-participles",
	"link-citation-labels", "link-pointers", "link-shorteners",
	"name-companions", "name-connectors", "passive-adverbs",
	"passive-affixed", "passive-exceptions",
}

// matcherTableLists and normMatcherTableLists are the lists whose
// matchers the tables hold, of their entries (compiledList.compile) and of
// their normalised phrases (normList.get): those a run on one draft
// builds for most posts. 109 matchers were built over 300 generated
// drafts linted one per run, out of 333 distinct ones; the others are
// compiled on first use, as the tables of all cost the binary about 1 MB.
var (
	matcherTableLists = []string{
		"alt-redundant-prefixes", "audience-words", "benefit-markers",
		"ceremony-adjuncts", "ceremony-nouns", "ceremony-verbs",
		"condition-openers", "contact-cues", "cta", "cta-negations",
		"debunk-labels", "emoji-noun-slots", "emoji-verb-slots",
		"engagement-bait", "filler-phrases", "generic-hashtags",
		"greeting-lines", "imperative-exceptions", "imperative-verbs",
		"invitations", "link-in-bio", "office-words", "prompts",
		"reader-modals", "weak-openers",
	}
	normMatcherTableLists = []string{
		"alarm-words", "anonymous-source", "chain-loud", "chain-message",
		"chain-urgency", "claim-appeals", "claim-cures", "claim-cures-weak",
		"claim-exempt", "clickbait", "clickbait-deixis", "clickbait-gossip",
		"clickbait-headline-openers", "clickbait-hyperbole",
		"clickbait-listicle", "clickbait-not-questions", "clickbait-openers",
		"clickbait-question-words", "clickbait-quiz", "deletion-cues",
		"engagement-bait", "graphic-ambiguous", "graphic-description",
		"health-terms", "legend-cues", "named-sources", "prompts",
		"share-pressure", "share-verbs", "source-verbs", "source-verbs-after",
		"trust-negations", "victim-blaming", "victim-case", "victim-not-crime",
		"victim-sexual-crime",
	}
)

// builtinFile is a word file of the embedded tree.
type builtinFile struct{ name, lang, path string }

// builtinFiles walks the embedded word files, by language and name.
func builtinFiles() ([]builtinFile, error) {
	var out []builtinFile
	langs, err := wordFiles.ReadDir("words")
	if err != nil {
		return nil, err
	}
	for _, d := range langs {
		if !d.IsDir() {
			continue
		}
		files, err := wordFiles.ReadDir("words/" + d.Name())
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			if f.IsDir() || path.Ext(f.Name()) != ".txt" {
				continue
			}
			out = append(out, builtinFile{
				name: strings.TrimSuffix(f.Name(), ".txt"),
				lang: d.Name(),
				path: "words/" + d.Name() + "/" + f.Name(),
			})
		}
	}
	return out, nil
}

func renderWordTables() ([]byte, error) {
	files, err := builtinFiles()
	if err != nil {
		return nil, fmt.Errorf("reading built-in word lists: %w", err)
	}
	// By name and language, the order NewLexicon groups them in.
	slices.SortFunc(files, func(x, y builtinFile) int {
		return cmp.Or(cmp.Compare(x.name, y.name), cmp.Compare(x.lang, y.lang))
	})
	f := gentable.NewFile("rules", "go test -run ^TestGeneratedTables$ -args -write-tables")
	f.Printf("\nimport \"github.com/postlint/postlint/prose\"\n")
	f.Printf("\n// builtinWordLists holds the word files, parsed (parseList) and\n")
	f.Printf("// normalised in normElongation mode (normalizeEntries).\n")
	f.Printf("var builtinWordLists = [...]builtinList{\n")
	var common [2][]string // id, en
	matchers := newMatcherTableSet()
	for _, file := range files {
		entries := parseList(readWordFile(file.path), file.lang)
		norm := normalizeEntries(entries, normElongation)
		f.Printf("{\nname: %q, lang: %q,\nentries: []Entry{\n", file.name, file.lang)
		for _, e := range entries {
			f.Printf("{%q, %q, %q},\n", e.Phrase, e.Suggestion, e.Lang)
		}
		f.Printf("},\nnorm: normTable{\nphrases: []string{\n")
		f.Strings(norm.phrases)
		f.Printf("},\n")
		if len(norm.firstHashes) > 0 {
			f.Printf("firstHashes: []uint16{\n")
			gentable.Ints(f, norm.firstHashes)
			f.Printf("},\n")
		}
		if norm.anyFirst {
			f.Printf("anyFirst: true,\n")
		}
		f.Printf("},\n")
		if slices.Contains(foldedTableLists, file.name) {
			keys, entryOf := foldedKeys(entries)
			ix := strindex.New(keys)
			f.Printf("folded: &foldedTable{\nkeys: []string{\n")
			f.Strings(keys)
			f.Printf("},\nslots: []int32{\n")
			gentable.Ints(f, ix.Slots())
			f.Printf("},\n")
			if entryOf != nil {
				f.Printf("entryOf: []int32{\n")
				gentable.Ints(f, entryOf)
				f.Printf("},\n")
			}
			f.Printf("},\n")
		}
		if slices.Contains(matcherTableLists, file.name) {
			i, err := matchers.add(entryPhrases(entries))
			if err != nil {
				return nil, fmt.Errorf("%s (%s): %w", file.name, file.lang, err)
			}
			f.Printf("matcher: &builtinMatchers[%d],\n", i)
		}
		if slices.Contains(normMatcherTableLists, file.name) {
			i, err := matchers.add(norm.phrases)
			if err != nil {
				return nil, fmt.Errorf("%s (%s), normalised: %w", file.name, file.lang, err)
			}
			f.Printf("normMatcher: &builtinMatchers[%d],\n", i)
		}
		f.Printf("},\n")
		if file.name == "common-words" {
			for _, e := range entries {
				k := slices.Index([]string{i18n.ID, i18n.EN}, file.lang)
				common[k] = append(common[k], e.Phrase)
			}
		}
	}
	f.Printf("}\n")
	matchers.render(f)

	var names []string
	for _, file := range files {
		names = append(names, file.name)
	}
	slices.Sort(names)
	f.Printf("\n// builtinListNames are the names of the built-in lists, sorted.\n")
	f.Printf("var builtinListNames = [...]string{\n")
	names = slices.Compact(names)
	f.Strings(names)
	f.Printf("}\n")
	f.Printf("\n// builtinListNameSlots indexes builtinListNames (strindex).\n")
	f.Printf("var builtinListNameSlots = [...]int32{\n")
	nameIx := strindex.New(names)
	gentable.Ints(f, nameIx.Slots())
	f.Printf("}\n")

	f.Printf("\n// builtinCommonForms indexes the Indonesian common words normalised in\n")
	f.Printf("// normLeet and normRespell modes (commonWords), for the block lists.\n")
	f.Printf("var builtinCommonForms = [normModes]commonForms{\n")
	for _, mode := range []normMode{normLeet, normRespell} {
		idEntries := make([]Entry, len(common[0]))
		for i, ph := range common[0] {
			idEntries[i] = Entry{Phrase: ph, Lang: i18n.ID}
		}
		forms := commonWords(idEntries, mode)
		f.Printf("%s: {\nkeys: []string{\n", [...]string{normLeet: "normLeet", normRespell: "normRespell"}[mode])
		f.Strings(forms)
		f.Printf("},\nslots: []int32{\n")
		ix := strindex.New(forms)
		gentable.Ints(f, ix.Slots())
		f.Printf("},\n},\n")
	}
	f.Printf("}\n")

	var titles []Entry
	for _, lang := range bothLangs {
		titles = append(titles, builtinEntries("title-tokens", lang)...)
	}
	renderTitleTable(f, newTitleTable(titles))
	renderTagTable(f, newBuiltinWords())

	keys := slices.Concat(common[0], common[1])
	idx := newCommonWordIndex(keys, len(common[0])) // folds keys
	f.Printf("\n// builtinCommonWordKeys, builtinCommonWordSlots and builtinCommonWordLangs\n")
	f.Printf("// are the common-words index (newCommonWordIndex) of the built-in lists.\n")
	f.Printf("var builtinCommonWordKeys = []string{\n")
	f.Strings(keys)
	f.Printf("}\n\nvar builtinCommonWordSlots = []int32{\n")
	gentable.Ints(f, idx.words.Slots())
	f.Printf("}\n\nvar builtinCommonWordLangs = []uint8{\n")
	gentable.Ints(f, idx.langs)
	f.Printf("}\n")
	return f.Source()
}

// renderTitleTable writes the title index of the built-in lists.
func renderTitleTable(f *gentable.File, t *titleTable) {
	f.Printf("\n// builtinTitleTable indexes the title-tokens lists (newTitleTable).\n")
	f.Printf("var builtinTitleTable = titleTable{\nkeys: []string{\n")
	f.Strings(t.keys)
	f.Printf("},\nslots: []int32{\n")
	gentable.Ints(f, t.slots)
	f.Printf("},\nstarts: []int32{\n")
	gentable.Ints(f, t.starts)
	f.Printf("},\ntitles: []titleEntry{\n")
	for _, e := range t.titles {
		f.Printf("{%q, %q, %v, %v},\n", e.phrase, e.dotless, e.dotted, e.internal)
	}
	f.Printf("},\nmaxLen: %d,\nshapes: [8][26]uint32{\n", t.maxLen)
	for _, row := range t.shapes {
		f.Printf("{")
		gentable.Ints(f, row[:])
		f.Printf("},\n")
	}
	f.Printf("},\n}\n")
}

// TestBuiltinTagTableIsBuilt checks the hashtag words read from the tables
// against those built from the word files, and that every word is found
// with its kinds.
func TestBuiltinTagTableIsBuilt(t *testing.T) {
	want := newBuiltinWords()
	if d := gocmp.Diff(want, builtinTagWords(), gocmp.AllowUnexported(builtinWords{}, wordShape{})); d != "" {
		t.Fatalf("builtinTagTable differs from newBuiltinWords (-built +tables): %s\nrun go generate ./rules", d)
	}
	words := newTagWords(nil)
	for w, k := range builtinTagKinds() {
		if got := words.kind(w); got != k {
			t.Errorf("kind(%q) = %b, want %b", w, got, k)
		}
	}
}

// renderTagTable writes the built-in hashtag words.
func renderTagTable(f *gentable.File, b *builtinWords) {
	f.Printf("\n// builtinTagTable is the built-in hashtag words (newBuiltinWords).\n")
	f.Printf("var builtinTagTable = builtinWords{\nkeys: []string{\n")
	f.Strings(b.keys)
	f.Printf("},\nkinds: []uint8{\n")
	gentable.Ints(f, b.kinds)
	f.Printf("},\nslots: []int32{\n")
	gentable.Ints(f, b.slots)
	f.Printf("},\nshape: wordShape{\nstarts: [256]uint64{\n")
	gentable.Uint64s(f, b.shape.starts[:])
	f.Printf("},\nends: [256]uint64{\n")
	gentable.Uint64s(f, b.shape.ends[:])
	f.Printf("},\nempty: %v, long: %v,\n},\nends: tagEnds{\n", b.shape.empty, b.shape.long)
	gentable.Uint64s(f, b.ends[:])
	f.Printf("},\ncounts: [2]int{%d, %d},\n}\n", b.counts[0], b.counts[1])
}

// newBuiltinWords builds builtinWords from the word files, for the tables.
func newBuiltinWords() *builtinWords {
	kinds := builtinTagKinds()
	b := &builtinWords{}
	for li, lang := range bothLangs {
		b.counts[li] = len(builtinEntries("hashtag-words", lang))
	}
	for _, w := range slices.Sorted(maps.Keys(kinds)) {
		b.keys = append(b.keys, w)
		b.kinds = append(b.kinds, kinds[w])
		b.shape.add(w)
		b.ends.add(w)
	}
	ix := strindex.New(b.keys)
	b.slots = ix.Slots()
	return b
}

// builtinTagKinds maps each built-in hashtag word and stopword, in lower
// case, to its kinds.
func builtinTagKinds() map[string]uint8 {
	m := map[string]uint8{}
	for _, lang := range bothLangs {
		for _, e := range builtinEntries("hashtag-words", lang) {
			addTagWord(m, e.Phrase)
		}
		for _, w := range prose.Stopwords(lang) {
			m[w] |= tagStop
		}
	}
	return m
}

// TestPrebuiltTablesStandOnlyForBuiltinLists checks both ways a list is
// read: a list the config does not extend is read from the tables, and
// its normalised phrases are what normalizeEntries makes of it; a list
// the config extends gets the config's entries after the built-in ones,
// and is normalised and indexed at run time, with them.
func TestPrebuiltTablesStandOnlyForBuiltinLists(t *testing.T) {
	plain, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	extra := Extra{
		i18n.ID: {"cta": {"isi formulirnya", "Klik  Tautannya => klik tautan"}, "common-words": {"katabarusekali"}},
		i18n.EN: {"common-words": {"brandnewword"}},
	}
	extended, err := NewLexicon(extra)
	if err != nil {
		t.Fatal(err)
	}
	files, err := builtinFiles()
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		want := parseList(readWordFile(file.path), file.lang)
		if got := plain.Entries(file.name, file.lang); !slices.Equal(got, want) {
			t.Errorf("%s (%s): entries differ from the file's", file.name, file.lang)
		}
		if got := builtinEntries(file.name, file.lang); !slices.Equal(got, want) {
			t.Errorf("%s (%s): built-in entries differ from the file's", file.name, file.lang)
		}
		for _, ph := range extra[file.lang][file.name] {
			want = append(want, parseList(ph, file.lang)...)
		}
		if got := extended.Entries(file.name, file.lang); !slices.Equal(got, want) {
			t.Errorf("%s (%s): extended entries = %d, want %d", file.name, file.lang, len(got), len(want))
		}
		for _, lex := range []*Lexicon{plain, extended} {
			c := lex.list(file.name, file.lang)
			norm := c.prebuiltNorm(normElongation)
			if (norm == nil) != (lex == extended && len(extra[file.lang][file.name]) > 0) {
				t.Errorf("%s (%s): prebuilt normalised phrases used = %v with %d extra entries", file.name, file.lang, norm != nil, len(c.extra))
			}
			byLang := lex.trust.normLists(normElongation, lex.listNum(file.name))
			nl := byLang[slices.Index(trustLangs, file.lang)]
			nl.prepare()
			want := normalizeEntries(c.list(), normElongation)
			if !slices.Equal(nl.phrases, want.phrases) || !slices.Equal(nl.firstHashes, want.firstHashes) || nl.anyFirst != want.anyFirst {
				t.Errorf("%s (%s): normalised phrases differ from normalizeEntries'", file.name, file.lang)
			}
		}
	}

	if builtinEntries("no-such-list", i18n.ID) != nil {
		t.Error("builtinEntries found a list that does not exist")
	}

	// The common-words index: the tables' for the plain lexicon, one with
	// the config's words for the extended one; both agree with an index
	// built at run time from the entries.
	for _, lex := range []*Lexicon{plain, extended} {
		a := &Analysis{lexicon: lex}
		got := commonWordLangs(a)
		if commonWordLangs(a) != got {
			t.Error("the common-words index is not built once")
		}
		var keys []string
		for _, lang := range []string{i18n.ID, i18n.EN} {
			for _, e := range lex.Entries("common-words", lang) {
				keys = append(keys, e.Phrase)
			}
		}
		ids := len(lex.Entries("common-words", i18n.ID))
		want := newCommonWordIndex(keys, ids)
		for _, k := range append(keys, "katabarusekali", "brandnewword", "", "not a word") {
			if g, w := got.langsOf(k), want.langsOf(k); g != w {
				t.Errorf("langsOf(%q) = %d, want %d", k, g, w)
			}
		}
	}
	if got := commonWordLangs(&Analysis{lexicon: extended}); got.langsOf("katabarusekali") != commonID || got.langsOf("brandnewword") != commonEN {
		t.Error("the config's common words are not in the index")
	}
	if got := commonWordLangs(&Analysis{lexicon: plain}); got.langsOf("katabarusekali") != 0 {
		t.Error("a lexicon without extras has the config's common words")
	}
}

// TestListNumbersFollowNames checks the list numbers, languages and
// normalised lists NewLexicon takes from the tables, and those it makes at run
// time when the config adds a list or a language of its own.
func TestListNumbersFollowNames(t *testing.T) {
	files, err := builtinFiles()
	if err != nil {
		t.Fatal(err)
	}
	var builtin []string
	for _, f := range files {
		builtin = append(builtin, f.name)
	}
	slices.Sort(builtin)
	builtin = slices.Compact(builtin)
	for _, extra := range []Extra{nil, {i18n.ID: {"cta": {"isi formulirnya"}}}, {i18n.ID: {"blocklist": {"kata kasar"}}},
		{"fr": {"cta": {"cliquez ici"}, "zz-new": {"mot"}}, i18n.EN: {"aaa-new": {"word"}}}} {
		lex, err := NewLexicon(extra)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(lex.Lists(), builtin) {
			t.Errorf("%v: Lists() = %d names, want the %d built-in ones", extra, len(lex.Lists()), len(builtin))
		}
		// Each list's languages, from the files and the config.
		want := map[string][]string{}
		for _, f := range files {
			want[f.name] = append(want[f.name], f.lang)
		}
		for lang, lists := range extra {
			for list := range lists {
				if !slices.Contains(want[list], lang) {
					want[list] = append(want[list], lang)
				}
			}
		}
		// The lists a rule may name, by number, then the config's own.
		names := append([]string{""}, builtin...)
		names = append(names, UserOnlyLists()...)
		var own []string
		for list := range want {
			if !slices.Contains(names, list) {
				own = append(own, list)
			}
		}
		slices.Sort(own)
		names = append(names, own...)
		if len(lex.byNum) != len(names) || len(lex.trust.norm) != len(names) {
			t.Errorf("%v: %d lists and %d normalised lists for %d lists", extra, len(lex.byNum), len(lex.trust.norm), len(names))
			continue
		}
		for i, list := range names[1:] {
			id := listID(i + 1)
			if n := lex.listNum(list); n != id || lex.listName(id) != list {
				t.Errorf("%v: list %s is number %d, want %d, named %q", extra, list, n, id, lex.listName(id))
			}
			if id < firstConfigList && wordList(list) != id {
				t.Errorf("%v: list %s is number %d, a rule's handle on it %d", extra, list, id, wordList(list))
			}
			var langs []string
			for _, c := range lex.langsOf(id) {
				if c.name != list {
					t.Errorf("%v: list %s holds %s", extra, list, c.name)
				}
				langs = append(langs, c.lang)
			}
			if slices.Sort(want[list]); !slices.Equal(langs, want[list]) {
				t.Errorf("%v: list %s is in %v, want %v", extra, list, langs, want[list])
			}
			for k, nl := range lex.trust.normLists(normElongation, id) {
				if nl != nil && (nl.source.name != list || nl.source.lang != trustLangs[k] || nl.id != lex.auto.second+int(id)*len(trustLangs)+k || lex.auto.lists[nl.id] != nl) {
					t.Errorf("%v: normalised list %s (%s) is %s (%s), id %d", extra, list, trustLangs[k], nl.source.name, nl.source.lang, nl.id)
				}
			}
			if blocks := lex.trust.normLists(normLeet, id); (blocks != nil) != (contains(blockLists, list) && len(langs) > 0) {
				t.Errorf("%v: list %s normalised for the block lists = %v", extra, list, blocks != nil)
			}
		}
		for _, list := range []string{"", "no-such-list", "cta "} {
			if lex.listNum(list) != 0 {
				t.Errorf("%v: list %q found", extra, list)
			}
		}
		if lex.langsOf(0) != nil || lex.langsOf(listID(len(names))) != nil || lex.listName(0) != "" || lex.listName(listID(len(names))) != "" {
			t.Errorf("%v: lists found under no list or past the last", extra)
		}
	}
}

// listsByName returns the lexicon's lists by name and language.
func listsByName(lex *Lexicon) map[string]map[string]*compiledList {
	m := map[string]map[string]*compiledList{}
	for i, byLang := range lex.byNum {
		if len(byLang) == 0 {
			continue
		}
		list := lex.listName(listID(i))
		m[list] = map[string]*compiledList{}
		for _, c := range byLang {
			m[list][c.lang] = c
		}
	}
	return m
}

// TestCommonFormsBothWays checks the normalised common words the block
// lists leave out: the tables' for the built-in list, and an index made at
// run time, with the config's words, when the config extends the list.
func TestCommonFormsBothWays(t *testing.T) {
	plain, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	extended, err := NewLexicon(Extra{i18n.ID: {"common-words": {"b4rusekali"}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []normMode{normLeet, normRespell} {
		for _, lex := range []*Lexicon{plain, extended} {
			got := lex.trust.common[mode].get()
			if lex.trust.common[mode].get() != got {
				t.Error("the common forms are not made once")
			}
			words := commonWords(lex.Entries("common-words", i18n.ID), mode)
			want := strindex.New(words)
			for _, word := range append(words, "barusekali", "b4rusekali", "", "bangsat") {
				if g, w := got.Find(word), want.Find(word); g != w {
					t.Errorf("mode %d: Find(%q) = %d, want %d", mode, word, g, w)
				}
			}
		}
		newWord := normalizeWord("b4rusekali", mode)
		if extended.trust.common[mode].get().Find(newWord) < 0 {
			t.Errorf("mode %d: the config's common word %q is not left out", mode, newWord)
		}
		if plain.trust.common[mode].get().Find(newWord) >= 0 {
			t.Errorf("mode %d: a lexicon without extras has the config's common word", mode)
		}
	}
}

// foldedMap is the reference for a WordSet: a map filled in language and
// entry order, a later entry replacing an earlier one that folds alike.
func foldedMap(lex *Lexicon, list string, langs []string) map[string]Entry {
	m := map[string]Entry{}
	for _, lang := range langs {
		for _, e := range lex.Entries(list, lang) {
			m[prose.FoldString(e.Phrase)] = e
		}
	}
	return m
}

// TestWordSetsSameAsMaps checks foldedSet and inList against maps of the
// folded entries, for every built-in list in every choice of languages,
// with the folded tables read from words_table.go (plain) and made at run
// time (extended, where the config adds to the lists), and that the
// tables stand for a list only when the config leaves it alone.
func TestWordSetsSameAsMaps(t *testing.T) {
	plain, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	extra := Extra{
		i18n.ID: {"acronym-allowlist": {"BPBD", "XYZW"}, "passive-exceptions": {"dipakai"}, "office-words": {"balai"}},
		i18n.EN: {"caps-allowlist": {"NASA"}, "be-forms": {"bee"}, "brand-new-list": {"Hello"}},
		// A third language, so that a set holds three lists.
		"xx": {"acronym-allowlist": {"BPBD", "QQQ"}, "brand-new-list": {"hello", "Salut"}},
	}
	extended, err := NewLexicon(extra)
	if err != nil {
		t.Fatal(err)
	}
	files, err := builtinFiles()
	if err != nil {
		t.Fatal(err)
	}
	prebuilt := 0
	for _, file := range files {
		c := plain.list(file.name, file.lang)
		if (c.prebuiltFolded() != nil) != slices.Contains(foldedTableLists, file.name) {
			t.Errorf("%s (%s): folded table used = %v", file.name, file.lang, c.prebuiltFolded() != nil)
		}
		if c.prebuiltFolded() != nil {
			prebuilt++
			if ce := extended.list(file.name, file.lang); len(ce.extra) > 0 && ce.prebuiltFolded() != nil {
				t.Errorf("%s (%s): folded table used for an extended list", file.name, file.lang)
			}
		}
	}
	if prebuilt == 0 {
		t.Error("no list has a folded table")
	}
	langChoices := [][]string{{i18n.ID}, {i18n.EN}, {i18n.ID, i18n.EN}, {i18n.EN, i18n.ID}, {i18n.ID, "xx", i18n.EN}, nil}
	names := append(plain.Lists(), "brand-new-list", "no-such-list")
	for _, lex := range []*Lexicon{plain, extended} {
		for _, list := range names {
			for _, langs := range langChoices {
				want := foldedMap(lex, list, langs)
				set := lex.foldedSet(lex.listNum(list), langs)
				got := map[string]Entry{}
				for k, e := range set.All() {
					if _, dup := got[k]; dup {
						t.Errorf("%s %v: All yields %q twice", list, langs, k)
					}
					got[k] = e
				}
				if !maps.Equal(got, want) {
					t.Errorf("%s %v: All yields %d entries, want %d", list, langs, len(got), len(want))
				}
				probes := slices.Collect(maps.Keys(want))
				for _, lang := range []string{i18n.ID, i18n.EN} {
					for _, e := range lex.Entries(list, lang) {
						probes = append(probes, e.Phrase, strings.ToUpper(e.Phrase), e.Phrase+"s", "")
					}
				}
				for _, p := range probes {
					e, ok := set.Entry(p)
					we, wok := want[p]
					if e != we || ok != wok || set.Has(p) != wok {
						t.Errorf("%s %v: Entry(%q) = %v, %v, want %v, %v", list, langs, p, e, ok, we, wok)
					}
				}
			}
			both := foldedMap(lex, list, []string{i18n.ID, i18n.EN})
			for _, lang := range []string{i18n.ID, i18n.EN} {
				for _, e := range lex.Entries(list, lang) {
					for _, p := range []string{e.Phrase, strings.ToUpper(e.Phrase), e.Phrase + "x"} {
						_, want := both[prose.FoldString(p)]
						if got := lex.inList(lex.listNum(list), p); got != want {
							t.Errorf("inList(%s, %q) = %v, want %v", list, p, got, want)
						}
					}
				}
			}
		}
	}
}

// TestFoldedKeys checks the keys and entries of a list whose phrases fold
// alike: each folded phrase once, standing for its last entry.
func TestFoldedKeys(t *testing.T) {
	entries := []Entry{{Phrase: "Dinas"}, {Phrase: "kota"}, {Phrase: "DINAS", Suggestion: "x"}, {Phrase: "Kota"}, {Phrase: "desa"}}
	keys, entryOf := foldedKeys(entries)
	if !slices.Equal(keys, []string{"dinas", "kota", "desa"}) || !slices.Equal(entryOf, []int32{2, 3, 4}) {
		t.Errorf("foldedKeys = %q, %v", keys, entryOf)
	}
	keys, entryOf = foldedKeys(entries[3:])
	if !slices.Equal(keys, []string{"kota", "desa"}) || entryOf != nil {
		t.Errorf("foldedKeys without repeats = %q, %v", keys, entryOf)
	}
}

// TestNameConnectorsSameAsMergedMap checks the union of name-connectors
// and name-companions against the map they were merged into, a companion
// replacing a connector that folds alike.
func TestNameConnectorsSameAsMergedMap(t *testing.T) {
	for _, extra := range []Extra{nil, {i18n.EN: {"name-companions": {"AND", "with"}}, i18n.ID: {"name-connectors": {"serta"}}}} {
		lex, err := NewLexicon(extra)
		if err != nil {
			t.Fatal(err)
		}
		want := foldedMap(lex, "name-connectors", bothLangs)
		maps.Copy(want, foldedMap(lex, "name-companions", bothLangs))
		set := nameConnectors(&Analysis{lexicon: lex})
		got := maps.Collect(set.All())
		if !maps.Equal(got, want) {
			t.Errorf("%v: the union holds %d entries, want %d", extra, len(got), len(want))
		}
		for k, e := range want {
			if g, ok := set.Entry(k); !ok || g != e || !set.Has(k) {
				t.Errorf("%v: Entry(%q) = %v, %v, want %v", extra, k, g, ok, e)
			}
		}
		if set.Has("not a connector") {
			t.Errorf("%v: the union holds a word of neither list", extra)
		}
	}
	if nameConnectors(&Analysis{}).Has("dan") {
		t.Error("no lexicon, yet a connector")
	}
}

// entryPhrases returns the entries' phrases, as compile gives them to
// prose.NewMatcher.
func entryPhrases(entries []Entry) []string {
	phrases := make([]string, len(entries))
	for i, e := range entries {
		phrases[i] = e.Phrase
	}
	return phrases
}

// matcherTableSet collects the matchers of the built-in lists for
// builtinMatchers, once per distinct phrase list: most lists' normalised
// phrases are their entries' phrases.
type matcherTableSet struct {
	byPhrases map[string]int
	tables    []prose.MatcherTables
}

func newMatcherTableSet() *matcherTableSet {
	return &matcherTableSet{byPhrases: map[string]int{}}
}

// add compiles phrases and returns their matcher's position in the set.
func (s *matcherTableSet) add(phrases []string) (int, error) {
	key := strings.Join(phrases, "\n")
	if i, ok := s.byPhrases[key]; ok {
		return i, nil
	}
	m, err := prose.NewMatcher(phrases)
	if err != nil {
		return 0, err
	}
	s.byPhrases[key] = len(s.tables)
	s.tables = append(s.tables, m.Tables())
	return len(s.tables) - 1, nil
}

var elemKindNames = [...]string{
	prose.ElemLit: "prose.ElemLit", prose.ElemPrefix: "prose.ElemPrefix",
	prose.ElemNum: "prose.ElemNum", prose.ElemWild: "prose.ElemWild",
}

// render writes the set as builtinMatchers.
func (s *matcherTableSet) render(f *gentable.File) {
	f.Printf("\n// builtinMatchers are the matchers of the built-in lists' phrases and\n")
	f.Printf("// normalised phrases (prose.NewMatcher), read by prose.MatcherFromTables.\n")
	f.Printf("var builtinMatchers = [...]prose.MatcherTables{\n")
	for _, t := range s.tables {
		f.Printf("{\nElems: []prose.Elem{\n")
		for _, e := range t.Elems {
			// Keyed, as vet asks of another package's struct; most
			// elements are literals, the zero kind.
			switch {
			case e.Kind == prose.ElemLit:
				f.Printf("{Text: %q},\n", e.Text)
			case e.Text == "":
				f.Printf("{Kind: %s},\n", elemKindNames[e.Kind])
			default:
				f.Printf("{Kind: %s, Text: %q},\n", elemKindNames[e.Kind], e.Text)
			}
		}
		f.Printf("},\nEnds: []int32{\n")
		gentable.Ints(f, t.Ends)
		f.Printf("},\nLits: ")
		renderHashIndex(f, &t.Lits)
		if t.Prefixes != nil {
			f.Printf("Prefixes: &")
			renderHashIndex(f, t.Prefixes)
		}
		if len(t.PrefixLens) > 0 {
			f.Printf("PrefixLens: []int{")
			gentable.Ints(f, t.PrefixLens)
			f.Printf("},\n")
		}
		if len(t.NumFirst) > 0 {
			f.Printf("NumFirst: []int32{")
			gentable.Ints(f, t.NumFirst)
			f.Printf("},\n")
		}
		if t.PrefixSig != [4]uint64{} {
			f.Printf("PrefixSig: [4]uint64{%#x, %#x, %#x, %#x},\n", t.PrefixSig[0], t.PrefixSig[1], t.PrefixSig[2], t.PrefixSig[3])
		}
		f.Printf("},\n")
	}
	f.Printf("}\n")
}

// renderHashIndex writes a matcher's first-token index as a composite
// literal, its words of hashes and ranks sparse: most are zero.
func renderHashIndex(f *gentable.File, x *prose.HashIndex) {
	f.Printf("prose.HashIndex{\nPresent: prose.TokenSet{")
	for w, word := range x.Present {
		if word != 0 {
			f.Printf("%d: %#x, ", w, word)
		}
	}
	f.Printf("},\nRank: [64]uint16{")
	for w, r := range x.Rank {
		if r != 0 {
			f.Printf("%d: %d, ", w, r)
		}
	}
	f.Printf("},\nStart: []int32{\n")
	gentable.Ints(f, x.Start)
	f.Printf("},\n")
	if len(x.IDs) > 0 {
		f.Printf("IDs: []int32{\n")
		gentable.Ints(f, x.IDs)
		f.Printf("},\n")
	}
	f.Printf("},\n")
}

// TestPrebuiltMatchersSameAsNewMatcher checks every built-in list's
// matchers, of its entries and of its normalised phrases, against
// prose.NewMatcher's of the same phrases: the same tables and the same
// matches on a text of the list's phrases. The lists the tables hold
// matchers for are read from them; a list the config extends is compiled
// at run time, with the config's phrases.
func TestPrebuiltMatchersSameAsNewMatcher(t *testing.T) {
	plain, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	extra := Extra{i18n.ID: {
		"cta":       {"isi formulirnya sekarang"},
		"clickbait": {"ternyata begini rahasianya"},
	}}
	extended, err := NewLexicon(extra)
	if err != nil {
		t.Fatal(err)
	}
	files, err := builtinFiles()
	if err != nil {
		t.Fatal(err)
	}
	checkSame := func(what string, got *prose.Matcher, phrases []string) {
		t.Helper()
		want, err := prose.NewMatcher(phrases)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if diff := gocmp.Diff(want.Tables(), got.Tables(), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("%s: tables differ from NewMatcher's (-want +got):\n%s", what, diff)
		}
		text := strings.Join(phrases, ". ") + ". Sebarkan sekarang juga, tag 3 teman!"
		if g, w := got.FindAll(text), want.FindAll(text); !slices.Equal(g, w) {
			t.Fatalf("%s: %d matches, NewMatcher's %d", what, len(g), len(w))
		}
	}
	prebuilt, prebuiltNorm := 0, 0
	for _, file := range files {
		for _, lex := range []*Lexicon{plain, extended} {
			what := fmt.Sprintf("%s (%s)", file.name, file.lang)
			if lex == extended {
				what += ", extended"
			}
			c := lex.list(file.name, file.lang)
			fromTables := c.builtin.matcher != nil && len(c.extra) == 0
			if want := slices.Contains(matcherTableLists, file.name) && (lex == plain || len(extra[file.lang][file.name]) == 0); fromTables != want {
				t.Errorf("%s: matcher read from the tables = %v, want %v", what, fromTables, want)
			}
			if fromTables && lex == plain {
				prebuilt++
			}
			checkSame(what, c.get(), entryPhrases(c.list()))

			nl := lex.trust.normLists(normElongation, lex.listNum(file.name))[slices.Index(trustLangs, file.lang)]
			fromTables = c.prebuiltNormMatcher(normElongation) != nil
			if want := slices.Contains(normMatcherTableLists, file.name) && (lex == plain || len(extra[file.lang][file.name]) == 0); fromTables != want {
				t.Errorf("%s: normalised matcher read from the tables = %v, want %v", what, fromTables, want)
			}
			if fromTables && lex == plain {
				prebuiltNorm++
			}
			checkSame(what+", normalised", nl.get(), nl.matcherPhrases())
			if c.prebuiltNormMatcher(normLeet) != nil {
				t.Errorf("%s: a matcher of the tables stands for normLeet mode", what)
			}
		}
	}
	if prebuilt == 0 || prebuiltNorm == 0 {
		t.Errorf("%d matchers and %d normalised ones read from the tables", prebuilt, prebuiltNorm)
	}
	for _, tc := range []struct{ list, text, found string }{
		{"cta", "Ayo isi formulirnya sekarang!", "isi formulirnya sekarang"},
	} {
		var got []string
		for _, m := range extended.find(extended.listNum(tc.list), []string{i18n.ID}, tc.text, prose.Tokens(tc.text)) {
			got = append(got, m.Entry.Phrase)
		}
		if !slices.Contains(got, tc.found) {
			t.Errorf("extended %s on %q found %q, want %q among them", tc.list, tc.text, got, tc.found)
		}
	}
	nl := extended.trust.normLists(normElongation, listClickbait)[slices.Index(trustLangs, i18n.ID)]
	if ms := nl.get().FindAll("Ternyata begini rahasianya"); len(ms) == 0 {
		t.Error("the extended clickbait list's normalised matcher misses the config's phrase")
	}
}
