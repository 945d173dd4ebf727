package rules

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/postlint/postlint/prose"
)

// The built-in word lists: words/<lang>/<list>.txt, one phrase per line,
// '#' starts a comment, and "phrase => suggestion" gives a replacement.
//
//go:embed words
var wordFiles embed.FS

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
	lists   map[string]map[string]*compiledList // list → lang → matcher
	builtin []string                            // lists shipped in the binary, sorted
	// sets caches FoldedSet results: built once per list and languages on
	// first use, read-only afterwards, shared by every worker.
	sets  sync.Map      // string → map[string]Entry
	trust *trustLexicon // normalised copies for the trust rules (normalize.go)
}

// compiledList is one list in one language. Its matcher is built on first
// use: a pre-commit run on one draft should not pay for lists its rules
// never reach (compiling every list took about 11 ms of each start).
type compiledList struct {
	entries []Entry
	once    sync.Once
	matcher *prose.Matcher
	err     error
}

// compile builds the matcher once; callers hold a list whose phrases were
// checked (built-in lists by TestBuiltinListsCompile, user extras at
// start-up).
func (c *compiledList) compile() (*prose.Matcher, error) {
	c.once.Do(func() {
		phrases := make([]string, len(c.entries))
		for i, e := range c.entries {
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

// NewLexicon loads the embedded lists and appends the extra entries.
func NewLexicon(extra Extra) (*Lexicon, error) {
	raw := map[string]map[string][]Entry{}
	err := fs.WalkDir(wordFiles, "words", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".txt" {
			return err
		}
		data, err := wordFiles.ReadFile(p)
		if err != nil {
			return err
		}
		lang := path.Base(path.Dir(p))
		list := strings.TrimSuffix(path.Base(p), ".txt")
		add(raw, list, lang, parseList(string(data), lang)...)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading built-in word lists: %w", err)
	}
	builtin := make([]string, 0, len(raw))
	for list := range raw {
		builtin = append(builtin, list)
	}
	sort.Strings(builtin)
	extended := map[string]bool{} // list+lang with user phrases, checked now
	for lang, lists := range extra {
		for list, phrases := range lists {
			for _, ph := range phrases {
				add(raw, list, lang, parseList(ph, lang)...)
			}
			extended[list+"\x00"+lang] = true
		}
	}
	lex := &Lexicon{lists: map[string]map[string]*compiledList{}, builtin: builtin}
	for list, byLang := range raw {
		lex.lists[list] = map[string]*compiledList{}
		for lang, entries := range byLang {
			c := &compiledList{entries: entries}
			if extended[list+"\x00"+lang] {
				if _, err := c.compile(); err != nil {
					return nil, fmt.Errorf("word list %s (%s): %w", list, lang, err)
				}
			}
			lex.lists[list][lang] = c
		}
	}
	lex.trust = newTrustLexicon(raw)
	return lex, nil
}

func add(raw map[string]map[string][]Entry, list, lang string, entries ...Entry) {
	if raw[list] == nil {
		raw[list] = map[string][]Entry{}
	}
	raw[list][lang] = append(raw[list][lang], entries...)
}

// parseList reads list lines.
func parseList(data, lang string) []Entry {
	var out []Entry
	for _, line := range strings.Split(data, "\n") {
		if i := strings.Index(line, "#"); i >= 0 && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
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
			out = append(out, e)
		}
	}
	return out
}

// Lists returns the names of the built-in word lists, sorted: the names a
// config may extend.
func (l *Lexicon) Lists() []string { return l.builtin }

// FoldedSet returns a list's entries in the given languages keyed by their
// folded phrase, for rules that look words up rather than scan for
// phrases. The set is built once and must not be modified.
func (l *Lexicon) FoldedSet(list string, langs []string) map[string]Entry {
	key := list + "\x00" + strings.Join(langs, ",")
	if s, ok := l.sets.Load(key); ok {
		return s.(map[string]Entry)
	}
	out := map[string]Entry{}
	for _, lang := range langs {
		for _, e := range l.Entries(list, lang) {
			out[prose.FoldString(e.Phrase)] = e
		}
	}
	s, _ := l.sets.LoadOrStore(key, out)
	return s.(map[string]Entry)
}

// derived caches structures rules build from the lists (Derived).
func (l *Lexicon) derived(key string, build func() any) any {
	key = "derived\x00" + key
	if v, ok := l.sets.Load(key); ok {
		return v
	}
	v, _ := l.sets.LoadOrStore(key, build())
	return v
}

// Entries returns a list's entries in one language.
func (l *Lexicon) Entries(list, lang string) []Entry {
	if c := l.lists[list][lang]; c != nil {
		return c.entries
	}
	return nil
}

// find matches a list in the given languages; overlapping hits from two
// languages keep the earlier, longer one.
func (l *Lexicon) find(list string, langs []string, text string, toks []prose.Token) []LexMatch {
	return l.findFolded(list, langs, prose.FoldTokens(text, toks))
}

// findFolded is find over tokens folded once per post (Analysis.folded).
func (l *Lexicon) findFolded(list string, langs []string, f *prose.Folded) []LexMatch {
	var out []LexMatch
	for _, lang := range langs {
		c := l.lists[list][lang]
		if c == nil {
			continue
		}
		for _, m := range c.get().FindAllFolded(f) {
			out = append(out, LexMatch{Start: m.Start, End: m.End, Entry: c.entries[m.Phrase]})
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
