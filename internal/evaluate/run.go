package evaluate

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/engine"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/rules"
)

// HeadlineSet is a headline CSV to evaluate.
type HeadlineSet struct {
	Name string // "headlines-en", "click-id"
	Path string
	Lang string // the language the headlines are linted in: id or en
	// Required makes a missing file an error; otherwise the set is skipped
	// with a note.
	Required bool
}

// Options say what to evaluate.
type Options struct {
	// PostsDir holds the labelled posts, one folder per data set; ""
	// evaluates none. A missing folder is an error when PostsRequired is
	// set, else a note.
	PostsDir      string
	PostsRequired bool
	// SkipSets are data-set folders below PostsDir left out of the run.
	SkipSets  []string
	Headlines []HeadlineSet
	// Rules are the rules to score (see SelectRules).
	Rules []string
	// Jobs is the engine's number of workers (0: one per core).
	Jobs int
	// Note receives one line for each data set that is absent.
	Note func(msg string)
}

// Collect lints every labelled post and headline with postlint's built-in
// configuration, every rule on, and returns the items to score. Malformed
// data (a bad label, a post postlint cannot read, a bad CSV row) is a
// DataErrors listing every problem with its file and line.
func Collect(o Options) ([]Item, error) {
	note := o.Note
	if note == nil {
		note = func(string) {}
	}
	var items []Item
	if o.PostsDir != "" {
		posts, err := collectPosts(o, note)
		if err != nil {
			return nil, err
		}
		items = append(items, posts...)
	}
	for _, hs := range o.Headlines {
		if hs.Path == "" {
			continue
		}
		heads, err := collectHeadlines(hs, o, note)
		if err != nil {
			return nil, err
		}
		items = append(items, heads...)
	}
	return items, nil
}

// postFile is one labelled post found under the posts folder.
type postFile struct {
	path  string // as given to the engine
	name  string // relative to the posts folder, slash-separated
	set   string
	label Label
}

func findPosts(o Options) ([]postFile, error) {
	var files []postFile
	err := filepath.WalkDir(o.PostsDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(o.PostsDir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if p != o.PostsDir && (strings.HasPrefix(d.Name(), ".") || (!strings.Contains(rel, "/") && contains(o.SkipSets, rel))) {
				return filepath.SkipDir
			}
			return nil
		}
		// README files document a folder; they are not posts.
		if strings.HasPrefix(d.Name(), ".") || strings.ToLower(filepath.Ext(p)) != ".md" || strings.EqualFold(d.Name(), "README.md") {
			return nil
		}
		set := filepath.Base(filepath.Clean(o.PostsDir))
		if first, _, nested := strings.Cut(rel, "/"); nested {
			set = first
		}
		files = append(files, postFile{path: p, name: rel, set: set})
		return nil
	})
	sort.Slice(files, func(i, j int) bool { return files[i].name < files[j].name })
	return files, err
}

func collectPosts(o Options, note func(string)) ([]Item, error) {
	st, err := os.Stat(o.PostsDir)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !o.PostsRequired:
		note(fmt.Sprintf("posts: %s not found; skipped", o.PostsDir))
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("posts: %w", err)
	case !st.IsDir():
		return nil, fmt.Errorf("posts: %s is not a folder", o.PostsDir)
	}
	files, err := findPosts(o)
	if err != nil {
		return nil, fmt.Errorf("posts: %w", err)
	}
	var bad DataErrors
	paths := make([]string, 0, len(files))
	for i := range files {
		data, err := os.ReadFile(files[i].path)
		if err != nil {
			return nil, fmt.Errorf("posts: %w", err)
		}
		if files[i].label, err = ParseLabel(files[i].path, data); err != nil {
			var de *DataError
			if !errors.As(err, &de) {
				return nil, err
			}
			bad = append(bad, de)
		}
		paths = append(paths, files[i].path)
	}
	if len(bad) > 0 {
		bad.sort()
		return nil, bad
	}
	if len(files) == 0 {
		note(fmt.Sprintf("posts: no labelled posts (*.md) in %s", o.PostsDir))
		return nil, nil
	}
	cfg, err := config.LoadDefault()
	if err != nil {
		return nil, err
	}
	eng, err := engine.New(engine.Options{Config: cfg, Enable: rules.IDs(), MinSeverity: lint.Info, Jobs: o.Jobs, KeepPosts: true})
	if err != nil {
		return nil, err
	}
	sink := &collector{}
	if _, err := eng.Run(paths, sink); err != nil {
		return nil, fmt.Errorf("posts: %w", err)
	}
	byPath := map[string]lint.PostResult{}
	for _, r := range sink.results {
		byPath[r.Path] = r
	}
	var items []Item
	for _, f := range files {
		res, ok := byPath[filepath.ToSlash(f.path)]
		if !ok {
			return nil, fmt.Errorf("posts: postlint returned nothing for %s", f.path)
		}
		bad = append(bad, unreadable(f.path, res.Findings)...)
		items = append(items, Item{
			Set: f.set, Group: GroupOf(f.set), Name: f.name, Text: postText(res),
			Expect: f.label.Expect, Maybe: f.label.Maybe, Scored: o.Rules, Findings: res.Findings,
		})
	}
	if len(bad) > 0 {
		bad.sort()
		return nil, bad
	}
	return items, nil
}

func postText(r lint.PostResult) string {
	if r.Post != nil {
		return r.Post.Text
	}
	return ""
}

// unreadable turns findings that say postlint could not read a post as
// intended (draft-error, front-matter) into data errors: the figures of
// such a post would measure the data, not the rules.
func unreadable(file string, findings []lint.Finding) DataErrors {
	var out DataErrors
	for _, f := range findings {
		if f.Rule == "draft-error" || f.Rule == "front-matter" {
			out = append(out, &DataError{File: file, Line: f.Range.Start.Line, Msg: f.Rule + ": " + f.Message.EN})
		}
	}
	return out
}

func collectHeadlines(hs HeadlineSet, o Options, note func(string)) ([]Item, error) {
	data, err := os.ReadFile(hs.Path)
	if errors.Is(err, fs.ErrNotExist) && !hs.Required {
		note(fmt.Sprintf("%s: %s not found; skipped", hs.Name, hs.Path))
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", hs.Name, err)
	}
	heads, err := ReadHeadlines(hs.Path, data)
	if err != nil {
		return nil, err
	}
	if len(heads) == 0 {
		note(fmt.Sprintf("%s: no headlines in %s", hs.Name, hs.Path))
		return nil, nil
	}
	results, err := lintHeadlines(hs, data, o.Jobs)
	if err != nil {
		return nil, err
	}
	var bad DataErrors
	for _, r := range results {
		bad = append(bad, unreadable(hs.Path, r.Findings)...)
	}
	if len(bad) == 0 && len(results) != len(heads) {
		bad = append(bad, &DataError{File: hs.Path, Msg: fmt.Sprintf("postlint read %d rows where the CSV reader read %d", len(results), len(heads))})
	}
	for i := 0; len(bad) == 0 && i < len(heads); i++ {
		if results[i].Index != heads[i].Row || results[i].Post == nil || results[i].Post.Line != heads[i].Line {
			bad = append(bad, &DataError{File: hs.Path, Line: heads[i].Line, Msg: "postlint and the CSV reader disagree on where this row starts"})
		}
	}
	if len(bad) > 0 {
		bad.sort()
		return nil, bad
	}
	trust := intersect(TrustRules(), o.Rules)
	items := make([]Item, len(heads))
	for i, h := range heads {
		it := Item{
			Set: hs.Name, Group: hs.Name, Name: fmt.Sprintf("row %d", h.Row), Row: h.Row, Headline: true,
			Text: h.Title, Scored: trust, Findings: results[i].Findings,
		}
		if h.Clickbait {
			// A clickbait headline may well trip other trust rules
			// (alarm styling, say); only clickbait is asked of it.
			it.Expect = []string{"clickbait"}
			for _, id := range TrustRules() {
				if id != "clickbait" {
					it.Maybe = append(it.Maybe, id)
				}
			}
		}
		items[i] = it
	}
	return items, nil
}

// lintHeadlines lints a headline CSV as one content calendar whose caption
// is the title column, each row a Facebook post in the set's language.
func lintHeadlines(hs HeadlineSet, data []byte, jobs int) ([]lint.PostResult, error) {
	cfg, err := config.LoadDefault()
	if err != nil {
		return nil, err
	}
	// Only the title is read: it is the post's text, and no other column
	// may set metadata.
	cfg.Calendar = draft.CalendarColumns{Caption: []string{"title"}}
	lang := hs.Lang
	if lang == "" {
		lang = i18n.ID
	}
	eng, err := engine.New(engine.Options{
		Config: cfg, Platforms: []string{"facebook"}, Lang: lang, Enable: rules.IDs(), MinSeverity: lint.Info,
		Jobs: jobs, Stdin: bytes.NewReader(data), StdinFilename: hs.Name + ".csv", KeepPosts: true,
	})
	if err != nil {
		return nil, err
	}
	sink := &collector{}
	if _, err := eng.Run([]string{"-"}, sink); err != nil {
		return nil, fmt.Errorf("%s: %w", hs.Name, err)
	}
	return sink.results, nil
}

// collector keeps the engine's results in order.
type collector struct {
	results []lint.PostResult
}

func (c *collector) Post(r lint.PostResult) error {
	c.results = append(c.results, r)
	return nil
}
