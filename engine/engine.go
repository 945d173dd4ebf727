// Package engine runs postlint: it finds the drafts, reads them, runs the
// rules for each post and platform, applies directives and the severity
// filter, and hands the findings to the reporters in a fixed order, whatever
// the number of workers.
package engine

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"maps"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/prose"
	"github.com/postlint/postlint/rules"
)

// UsageError is a mistake in the command line (exit code 2).
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usageError(msg string) error { return &UsageError{Msg: msg} }

// maxJobs caps --jobs.
const maxJobs = 256

// Options are the command-line settings of a run.
type Options struct {
	Config *config.Config
	// Platforms, Media and Lang override what posts and config say.
	Platforms []string
	Media     platform.Media
	Lang      string
	Enable    []string
	Disable   []string
	// MinSeverity drops findings below it.
	MinSeverity lint.Severity
	// Jobs is the number of workers: 0 for one per core, at most maxJobs;
	// a negative number is a usage error.
	Jobs int
	// Stdin is read for the path "-"; StdinFilename makes it behave as
	// that file.
	Stdin         io.Reader
	StdinFilename string
	// KeepPosts hands each post's text to the reporters (HTML needs it).
	KeepPosts bool
	// ReadFile reads a draft; nil reads from disk. --staged replaces it.
	ReadFile func(path string) ([]byte, error)
	// ReadStagedFile reads a subtitle file (an absolute path with symbolic
	// links resolved) as staged, ok false when it is not in the index; nil
	// reads from disk. --staged sets it, so that the commit's subtitle
	// file is checked, not the working copy's.
	ReadStagedFile func(path string) (data []byte, ok bool, err error)
	// ForceExclude filters files named on the command line as a walk
	// would (for the pre-commit framework, which names every file).
	ForceExclude bool
	// Listed, when set, replaces walking the paths: it lists the files to
	// lint (--staged, --changed-since), and the paths only narrow it.
	Listed *FileList
	// Outputs are the report files the run writes; a run that would lint
	// one of them is a usage error, found before any draft is read.
	Outputs []Output
	// Rules are extra rules run beside the built-in and custom ones, for
	// programs that embed the engine; their IDs must be new.
	Rules []rules.Rule
	// Note receives notes about files left out on purpose (a symlink
	// leading out of the tree); nil drops them.
	Note func(msg string)
	// Fix applies the findings' fixes before reporting (see fix.go);
	// OnFixed, when set, receives each changed file in path order before
	// its findings reach the sink.
	Fix     FixMode
	OnFixed func(FixedFile) error
}

// FileList is a list of files from outside postlint, such as git's list of
// staged files.
type FileList struct {
	// Root is the folder Paths are relative to (the repository's top).
	Root string
	// Paths are slash-separated and relative to Root.
	Paths []string
}

// windowPerJob is how many files a run may hold per worker between
// handing them out and writing their results (Run).
const windowPerJob = 32

// Engine lints drafts with one configuration.
type Engine struct {
	opts    Options
	cfg     *config.Config
	lexicon *rules.Lexicon
	builder *ruleBuilder
	base    ruleSet

	scratch   sync.Pool     // *postScratch
	readBufs  sync.Pool     // *[]byte, see lintFile
	parseOpts draft.Options // how every file is read into posts
	// freshScratch gives every post a postScratch of its own, and every
	// file a read buffer of its own, reusing nothing: tests compare the
	// findings with and without reuse.
	freshScratch bool
	// poisonReads has lintFile fill a read buffer with garbage before it
	// goes back to the pool, so that anything still reading it differs.
	poisonReads bool

	mu       sync.Mutex
	bySet    map[string]ruleSet        // rule sets per combination of overrides
	platSpec map[string]*platform.Spec // the config's, one copy each, read-only
}

// New validates the options and compiles everything a run needs once: rule
// options, word lists, custom rules.
func New(opts Options) (*Engine, error) {
	cfg := opts.Config
	if cfg == nil {
		var err error
		if cfg, err = config.LoadDefault(); err != nil {
			return nil, err
		}
	}
	for i, p := range opts.Platforms {
		name, err := platform.ParseName(p)
		if err != nil {
			return nil, usageError("--platform: " + err.Error())
		}
		opts.Platforms[i] = name
	}
	// --media and --lang take the names and aliases front matter takes
	// (foto, reels, indonesia, inggris …), with the same "did you mean".
	if opts.Media != "" {
		m, ok := platform.ParseMedia(string(opts.Media))
		if !ok {
			return nil, usageError(fmt.Sprintf("--media: unknown media %q (use %s)%s", opts.Media,
				strings.Join(platform.MediaNames(), ", "), didYouMean(platform.SuggestMedia(string(opts.Media)))))
		}
		opts.Media = m
	}
	if opts.Lang != "" {
		l, ok := draft.Canonical("lang", opts.Lang)
		if !ok {
			return nil, usageError(fmt.Sprintf("--lang: unknown language %q (use id, en or auto)%s", opts.Lang,
				didYouMean(draft.Suggest("lang", opts.Lang))))
		}
		opts.Lang = l
	}
	switch {
	case opts.Jobs < 0:
		return nil, usageError(fmt.Sprintf("--jobs: %d workers: use 0 (one per core) or a positive number", opts.Jobs))
	case opts.Jobs == 0:
		opts.Jobs = runtime.NumCPU()
	}
	// More workers than this only add goroutines and buffer: linting is
	// bound by the cores.
	opts.Jobs = min(opts.Jobs, maxJobs)
	lex, err := rules.NewLexicon(rules.Extra(cfg.Words))
	if err != nil {
		return nil, err
	}
	if err := checkWordLists(cfg, lex); err != nil {
		return nil, err
	}
	custom, err := rules.NewCustomRules(cfg.Custom, cfg.Path)
	if err != nil {
		return nil, err
	}
	for _, r := range opts.Rules {
		id := r.Doc().ID
		for _, c := range custom {
			if c.Doc().ID == id {
				return nil, fmt.Errorf("rule %q is defined twice", id)
			}
		}
		if rules.Known(id) || id == "" {
			return nil, fmt.Errorf("rule %q: a rule needs an ID of its own", id)
		}
		custom = append(custom, r)
	}
	b := &ruleBuilder{cfg: cfg, enable: stringSet(opts.Enable), disable: stringSet(opts.Disable), custom: custom}
	b.ids = b.allIDs()
	if err := b.checkIDs(append(append([]string{}, opts.Enable...), opts.Disable...)); err != nil {
		return nil, err
	}
	base, err := b.build(nil)
	if err != nil {
		return nil, err
	}
	// Decode every override once now, so a bad option fails at start-up.
	for _, o := range cfg.Overrides {
		if _, err := b.build([]config.Override{o}); err != nil {
			return nil, err
		}
	}
	if err := cfg.CheckUnknownKeys(); err != nil {
		return nil, err
	}
	specs := make(map[string]*platform.Spec, len(cfg.Specs))
	for name, spec := range cfg.Specs {
		specs[name] = &spec
	}
	e := &Engine{opts: opts, cfg: cfg, lexicon: lex, builder: b, base: base, bySet: map[string]ruleSet{}, platSpec: specs}
	e.scratch.New = func() any { return new(postScratch) }
	e.readBufs.New = func() any { return new([]byte) }
	// Made once: the method value e.builder.known is a closure, which
	// made per file was an allocation per file.
	limit := cfg.MaxDraftSize
	if limit <= 0 {
		limit = config.DefaultMaxDraftSize
	}
	e.parseOpts = draft.Options{KnownRule: b.known, RuleIDs: b.allIDs(), Calendar: cfg.Calendar, MaxDraftSize: limit}
	return e, nil
}

// checkWordLists reports a [words.LANG] table of the config naming a list
// the lexicon lacks.
func checkWordLists(cfg *config.Config, lex *rules.Lexicon) error {
	if len(cfg.Words) == 0 {
		return nil // no list to check: the names are not gathered
	}
	known := append(lex.Lists(), rules.UserOnlyLists()...)
	for _, lang := range slices.Sorted(maps.Keys(cfg.Words)) {
		for _, list := range slices.Sorted(maps.Keys(cfg.Words[lang])) {
			if contains(known, list) {
				continue
			}
			return &config.Error{File: cfg.Path, Line: cfg.WordLine(lang, list),
				Msg: fmt.Sprintf("[words.%s]: unknown word list %q (lists: %s)", lang, list, strings.Join(known, ", "))}
		}
	}
	return nil
}

// Config returns the configuration in force.
func (e *Engine) Config() *config.Config { return e.cfg }

// Rules documents the rules in force for the run, built-in and custom,
// sorted by ID, each with the severity the config gives it. Overrides and
// posts' front matter may still switch other rules on for some drafts.
func (e *Engine) Rules() []lint.Doc {
	docs := make([]lint.Doc, 0, len(e.base))
	for _, ar := range e.base {
		d := ar.doc
		d.Severity = ar.severity
		docs = append(docs, d)
	}
	return docs
}

// Run lints the paths and streams results to sink. Missing paths are
// reported in the returned error after the others are linted.
func (e *Engine) Run(paths []string, sink lint.Sink) (lint.Summary, error) {
	start := time.Now()
	found, err := e.collect(paths)
	if err != nil {
		return lint.Summary{}, err
	}
	files := found.files
	if err := e.checkOutputs(files); err != nil {
		return lint.Summary{}, err
	}
	var sum lint.Summary
	sum.Files = len(files)
	// Feed at most a window of files ahead of the writer so memory stays
	// flat on very large trees while every worker stays busy. File i's
	// result goes to slot i of a ring of that size: file i+size is handed
	// out only once file i has been read, so a slot is never shared, and
	// a run holds a window of channels, not one per file. The window is
	// wide enough that a worker rarely waits for the writer behind a slow
	// file or a busy moment: at 4 files a worker, the workers of a 10k run
	// spent two to three times as long waiting for work as at 32.
	size := max(1, min(windowPerJob*e.opts.Jobs, len(files)))
	window := make(chan struct{}, size)
	results := make([]chan fileResult, size)
	for i := range results {
		results[i] = make(chan fileResult, 1)
	}
	var wg sync.WaitGroup
	if len(files) == 1 {
		// One file, as a pre-commit hook often has, is linted here: a
		// worker would allocate from another processor's caches, and on a
		// run this short every fresh page of memory is a page fault, most
		// of what the run costs.
		window <- struct{}{}
		// Its posts, though, share the cores: a content calendar of a
		// thousand rows is one file. (A lone post's rules do not: on
		// two goroutines it took as long, for a fifth more CPU, each
		// waiting for word lists the other was building.)
		f := files[0]
		f.cores = e.opts.Jobs
		results[0] <- e.lintFileSafe(f)
	} else {
		// The window bounds what is handed out; the queue holds it. A
		// queue without room made each worker wait, file after file, for
		// the feeder to be scheduled, and cores idled in between.
		work := make(chan int, size)
		for w := 0; w < min(e.opts.Jobs, max(1, len(files))); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range work {
					results[i%size] <- e.lintFileSafe(files[i])
				}
			}()
		}
		go func() {
			for i := range files {
				window <- struct{}{}
				work <- i
			}
			close(work)
		}()
	}
	var sinkErr error
	var fixErr FixError
	for i := range files {
		done := <-results[i%size]
		<-window
		if sinkErr == nil {
			sinkErr = e.fixed(done, &sum, &fixErr)
		}
		for _, r := range done.posts {
			sum.Posts++
			for _, f := range r.Findings {
				sum.Count(f)
				if f.Rule == internalErrorRule {
					sum.Internal++
				}
			}
			if sinkErr == nil {
				sinkErr = sink.Post(r)
			}
		}
	}
	wg.Wait()
	sum.Elapsed = time.Since(start)
	if sinkErr != nil {
		return sum, sinkErr
	}
	var errs []error
	if err := found.notFound(); err != nil {
		errs = append(errs, err)
	}
	if len(fixErr.Files) > 0 {
		errs = append(errs, &fixErr)
	}
	if len(errs) == 1 {
		return sum, errs[0]
	}
	return sum, errors.Join(errs...)
}

// MissingError lists paths that do not exist, and named folders and
// include globs that hold no draft (exit code 2, after the rest was
// linted).
type MissingError struct {
	Paths []string
	// NoDrafts are messages naming a folder or glob that gave no draft.
	NoDrafts []string
}

func (e *MissingError) Error() string {
	msgs := make([]string, 0, len(e.Paths)+len(e.NoDrafts))
	for _, p := range e.Paths {
		msgs = append(msgs, p+": no such file or directory")
	}
	return strings.Join(append(msgs, e.NoDrafts...), "\n")
}

// notFound is the run's *MissingError, or nil when every path and glob
// gave something to lint.
func (c collected) notFound() error {
	if len(c.missing) == 0 && len(c.noDrafts) == 0 {
		return nil
	}
	return &MissingError{Paths: c.missing, NoDrafts: c.noDrafts}
}

// lintFile reads and lints one file.
//
// A regular text file is read into a buffer of the worker's, kept from
// file to file: draft.Parse copies a text file into the string its posts
// are cut from before anything keeps it, so nothing holds the buffer once
// lintData returns. Workbooks, which the zip reader reads in place, and
// other sources get a buffer of their own.
func (e *Engine) lintFile(f fileRef) []lint.PostResult {
	if f.stdin || e.opts.ReadFile != nil || !f.regular || f.format == draft.FormatXLSX || e.freshScratch {
		data, err := e.read(f)
		return e.lintData(f, data, err)
	}
	buf := e.readBufs.Get().(*[]byte)
	data, err := readRegularInto(*buf, f.path, e.parseOpts.MaxDraftSize)
	res := e.lintData(f, data, err)
	if cap(data) > cap(*buf) {
		*buf = data[:0] // a larger file's buffer serves the next
	}
	if e.poisonReads {
		b := (*buf)[:cap(*buf)]
		for i := range b {
			b[i] = 0xff
		}
	}
	e.readBufs.Put(buf)
	return res
}

// lintData lints one file's content (or reports err, the failure to read
// it): the per-post rules on each post, then the file rules on all of
// them, then directives and filters per post.
func (e *Engine) lintData(f fileRef, data []byte, err error) []lint.PostResult {
	var posts []*draft.Post
	if err != nil {
		p := &draft.Post{Path: f.display, Index: 1, Line: 1, Format: f.format}
		pr := draft.Problem{Rule: "draft-error", Range: draft.Range{Start: draft.Position{Line: 1, Column: 1}, End: draft.Position{Line: 1, Column: 1}}, Fatal: true}
		pr.Message, pr.Suggestion = draftReadProblem(err)
		p.Problems = []draft.Problem{pr}
		posts = []*draft.Post{p}
	} else {
		posts = e.parse(f, data)
	}
	fileSet, setErr := e.ruleSetFor(f.rel)
	var states []*postState
	if f.cores > 1 && len(posts) > 1 {
		states = e.lintPostsShared(posts, f, fileSet, setErr)
	} else {
		states = make([]*postState, len(posts))
		for i, p := range posts {
			states[i] = e.lintPost(p, f, fileSet, setErr)
		}
	}
	if setErr == nil {
		e.checkFile(f, fileSet, states)
	}
	out := make([]lint.PostResult, 0, len(posts))
	for _, st := range states {
		out = append(out, e.finish(st))
	}
	return out
}

// read returns a file's bytes: stdin, the --staged reader, or the disk,
// at most max_draft_size of them.
func (e *Engine) read(f fileRef) ([]byte, error) {
	limit := e.parseOpts.MaxDraftSize // the config's, or the default
	switch {
	case f.stdin:
		return readCapped(e.opts.Stdin, limit)
	case e.opts.ReadFile != nil:
		data, err := e.opts.ReadFile(f.path)
		if err == nil && int64(len(data)) > limit {
			return nil, &sizeError{limit}
		}
		return data, err
	case f.regular:
		return readRegular(f.path, limit)
	}
	return readFileCapped(f.path, limit)
}

func (e *Engine) parse(f fileRef, data []byte) []*draft.Post {
	return draft.Parse(f.display, f.format, data, e.parseOpts)
}

// postState is one post on its way through lintFile.
type postState struct {
	post     *draft.Post
	res      lint.PostResult
	set      ruleSet // the file's rules with the post's own options
	findings []lint.Finding
}

// lintPostsShared lints the posts of a file linted alone on f.cores
// goroutines. It is lintData's loop in a function of its own so that what
// its goroutines share is on the heap only when it runs: lintData's own
// list of a file's posts stays on the stack.
func (e *Engine) lintPostsShared(posts []*draft.Post, f fileRef, fileSet ruleSet, setErr error) []*postState {
	states := make([]*postState, len(posts))
	shared(f.cores, len(posts), func(i int) {
		states[i] = e.lintPost(posts[i], f, fileSet, setErr)
	})
	return states
}

// lintPost reads what the post's front matter points at (its subtitle
// file) and runs the per-post rules on it. f is the post's file and
// fileSet the rule set for the file (setErr when an override in the config
// failed).
func (e *Engine) lintPost(p *draft.Post, f fileRef, fileSet ruleSet, setErr error) *postState {
	rel := f.rel
	st := &postState{post: p, res: lint.PostResult{Path: p.Path, Index: p.Index}}
	if e.opts.KeepPosts {
		st.res.Post = p
	}
	set, err := fileSet, setErr
	if err == nil {
		set, err = e.builder.withPostOptions(set, p.Meta.RuleOptions)
	}
	if err != nil {
		r, _ := p.Meta.KeyRange("postlint")
		st.findings = append(st.findings, problemFinding(p, draft.Problem{Rule: "front-matter", Range: r,
			Message: i18n.Sprintf("%v", "%v", err)}, nil))
		set = e.base
	}
	st.set = set
	for _, pr := range p.Problems {
		st.findings = append(st.findings, problemFinding(p, pr, set))
	}
	st.res.Platforms = e.platformsFor(p, rel)
	st.res.Media = e.mediaFor(p)
	if p.Fatal() {
		return st
	}
	if p.Meta.Subtitles != "" && st.res.Media.IsVideo() {
		e.loadSubtitles(p, f)
	}
	sc := e.getScratch()
	// The analysis comes first: language detection reads its tokens. It
	// is the worker's, reset for the post: its buffers are the last
	// post's, which is done with them (see postScratch); that post left
	// it empty, which makes this Reset cheap.
	an := &sc.an
	an.Reset(p.Text, e.lexicon, nil)
	lang := e.langFor(p, an)
	st.res.Lang = lang
	langs := bothLangs
	if lang != "" {
		sc.lang[0] = lang
		langs = sc.lang[:]
	}
	an.SetLangs(langs)
	// The engine's one copy of each target platform's spec serves every
	// per-platform rule of every post (rules read it, never write it).
	specs := sc.specs[:0]
	for _, name := range st.res.Platforms {
		spec := e.platSpec[name]
		if spec == nil {
			spec = new(platform.Spec) // as a map's missing value reads
		}
		specs = append(specs, spec)
	}
	// The rules' findings are gathered in a buffer kept from post to post
	// and copied out once, at their final size: appended to a fresh slice,
	// a post's 30-odd findings of some 250 bytes were copied as it grew,
	// a tenth of all the bytes a run allocated.
	found := sc.findings[:0]
	found = append(found, st.findings...)
	for i := range set {
		ar := &set[i]
		// A post disables a rule or two, if any: a look through the list
		// costs less than a map made per post.
		if contains(p.Meta.Disable, ar.doc.ID) {
			continue
		}
		if ar.file {
			continue // runs once per file, in checkFile
		}
		if !ar.doc.PerPlatform {
			found, _ = e.check(found, &sc.pass, ar, p, nil, st.res.Media, lang, an)
			continue
		}
		for k := range specs {
			var crashed bool
			if found, crashed = e.check(found, &sc.pass, ar, p, specs[k], st.res.Media, lang, an); crashed {
				break // one report of a crash per rule is enough
			}
		}
	}
	if len(found) > 0 {
		st.findings = slices.Clone(found) // nil for none, as before
	}
	// The pool keeps the buffers, not the post: its findings are cleared,
	// the pass lets go of its post and analysis, and of any memory its
	// findings outgrew the buffer into (it gathers in the buffer), and
	// the analysis of its text and views (the next post's Reset then has
	// nothing to clear).
	clear(found)
	sc.findings = found[:0]
	sc.pass.Reset(nil, nil, "", "", nil, nil)
	sc.pass.Gather(sc.findings)
	an.Reset("", e.lexicon, nil)
	clear(specs)
	sc.specs = specs[:0]
	e.scratch.Put(sc)
	return st
}

// getScratch returns a postScratch for a post, the pool's unless
// freshScratch.
func (e *Engine) getScratch() *postScratch {
	if e.freshScratch {
		return new(postScratch)
	}
	return e.scratch.Get().(*postScratch)
}

// bothLangs are the languages whose word lists apply to a post whose
// language is undecided. Read-only.
var bothLangs = []string{i18n.ID, i18n.EN}

// postScratch is what linting a post reuses from the post before: the
// analysis of its text, the pass every rule reports through, the buffer
// findings gather in, and the post's languages and platform specs. A
// worker lints one post at a time with it, and nothing that outlives the
// post holds its memory: findings are copied out of the buffer and hold
// no view of the analysis (strings of the post's text, fixes of their
// own), and file rules see the posts, not their analyses.
type postScratch struct {
	an       rules.Analysis
	pass     rules.Pass
	findings []lint.Finding
	lang     [1]string
	specs    []*platform.Spec

	// The file rules' pass and lists, for checkFile: the file's findings
	// are copied out of the pass's buffer rule by rule, and the rules keep
	// nothing of the pass or the lists once CheckFile returns.
	filePass  rules.FilePass
	filePosts []rules.FilePost
	owners    []*postState
}

// checkFile runs the file rules over the file's readable posts and hands
// each finding to the post it points at.
func (e *Engine) checkFile(f fileRef, set ruleSet, states []*postState) {
	if !hasFileRule(set) {
		return
	}
	sc := e.getScratch()
	posts := sc.filePosts[:0]
	owners := sc.owners[:0] // owners[i] is the state of posts[i]
	for _, st := range states {
		if st.post.Fatal() {
			continue
		}
		posts = append(posts, rules.FilePost{Post: st.post, Platforms: st.res.Platforms, Media: st.res.Media, Lang: st.res.Lang})
		owners = append(owners, st)
	}
	if len(posts) > 0 {
		e.runFileRules(&sc.filePass, f, set, posts, owners)
	}
	// The pool keeps the buffers, not the file's posts or findings.
	clear(posts)
	clear(owners)
	sc.filePosts, sc.owners = posts[:0], owners[:0]
	fs := sc.filePass.Findings()
	clear(fs[:cap(fs)]) // earlier rules' findings too
	sc.filePass.Reset("", nil, lint.Doc{})
	e.scratch.Put(sc)
}

// hasFileRule reports whether set holds a file rule.
func hasFileRule(set ruleSet) bool {
	for i := range set {
		if set[i].file {
			return true
		}
	}
	return false
}

// runFileRules runs set's file rules through pass over the file's readable
// posts and hands each finding to its owner, the state of its post.
func (e *Engine) runFileRules(pass *rules.FilePass, f fileRef, set ruleSet, posts []rules.FilePost, owners []*postState) {
	// Findings find their post's state by its index. Most files (a
	// Markdown draft) get none, so the map is made for the first.
	var byIndex map[int]*postState
	ownerOf := func(post int) *postState {
		if byIndex == nil {
			byIndex = make(map[int]*postState, len(owners))
			for _, st := range owners {
				byIndex[st.post.Index] = st
			}
		}
		return byIndex[post]
	}
	for _, ar := range set {
		if !ar.file {
			continue
		}
		fr := ar.rule.(rules.FileRule)
		pass.Reset(f.display, posts, ar.doc)
		if v, crashed := checkFileSafe(fr, pass); crashed {
			first := owners[0]
			first.findings = append(first.findings, internalError(first.post, ar.doc.ID, v))
			continue
		}
		for _, fd := range pass.Findings() {
			if ar.forced {
				fd.Severity = shiftSeverity(fd.Severity, ar.doc.Severity, ar.severity)
			}
			if st := ownerOf(fd.Post); st != nil {
				st.findings = append(st.findings, fd)
			}
		}
	}
}

// finish applies per-post switches, directives and the severity filter,
// merges the findings that differ only in their platform, and sorts them.
func (e *Engine) finish(st *postState) lint.PostResult {
	p := st.post
	findings := keepEnabled(st.findings, st.set, p.Meta.Disable)
	findings, unused := applyDirectives(p, findings, e.builder)
	// unused-directive obeys the same switches as any rule.
	for _, fd := range keepEnabled(unused, st.set, p.Meta.Disable) {
		for _, ar := range st.set {
			if ar.doc.ID == fd.Rule && ar.forced {
				fd.Severity = ar.severity
			}
		}
		findings = append(findings, fd)
	}
	kept := keepFindings(findings, func(f *lint.Finding) bool { return f.Severity >= e.opts.MinSeverity })
	kept = groupPlatforms(kept)
	sortFindings(kept)
	st.res.Findings = kept
	return st.res
}

// keepEnabled drops draft problems of rules that are switched off.
func keepEnabled(findings []lint.Finding, set ruleSet, disabled []string) []lint.Finding {
	// A post has a few findings and the set a few dozen rules: scanning the
	// set per finding costs less than building a map of it per post.
	on := func(id string) bool {
		for i := range set {
			if set[i].doc.ID == id {
				return true
			}
		}
		return false
	}
	// A rule's findings come one after another (a per-platform rule's,
	// one per platform): the last rule's answer is kept for the next.
	var (
		lastRule string
		lastKept bool
		asked    bool // lastRule and lastKept hold an answer
	)
	return keepFindings(findings, func(f *lint.Finding) bool {
		if !asked || f.Rule != lastRule {
			lastRule, asked = f.Rule, true
			lastKept = on(f.Rule) && !contains(disabled, f.Rule) || alwaysReported(f.Rule)
		}
		return lastKept
	})
}

// keepFindings keeps, in place and in order, the findings keep accepts.
// Findings are only moved once one is dropped: a finding is some 240
// bytes with pointers, and most posts drop none.
func keepFindings(fs []lint.Finding, keep func(f *lint.Finding) bool) []lint.Finding {
	n := 0
	for i := range fs {
		if !keep(&fs[i]) {
			continue
		}
		if n != i {
			fs[n] = fs[i]
		}
		n++
	}
	return fs[:n]
}

// check runs one rule on one post in pass, which it resets, and returns
// found with the rule's findings appended; a panic in the rule appends an
// internal-error finding instead of what the rule reported, and crashed
// is set. The rule reports straight into found's spare room (Gather),
// which copies nothing while its findings fit.
func (e *Engine) check(found []lint.Finding, pass *rules.Pass, ar *activeRule, p *draft.Post, spec *platform.Spec, media platform.Media, lang string, an *rules.Analysis) (out []lint.Finding, crashed bool) {
	n := len(found)
	defer func() {
		if v := recover(); v != nil {
			// What the rule reported before it failed, in found's
			// room, is dropped, and cleared: nothing of the post may
			// stay in the buffer past the findings it keeps.
			clear(found[n:cap(found)])
			found = append(found[:n], internalError(p, ar.doc.ID, v))
			out, crashed = found, true
		}
	}()
	pass.Reset(p, spec, media, lang, an, &ar.doc)
	pass.Gather(found)
	ar.rule.Check(pass)
	if ar.forced {
		fs := pass.Findings()
		for i := range fs {
			fs[i].Severity = shiftSeverity(fs[i].Severity, ar.doc.Severity, ar.severity)
		}
	}
	return pass.AppendFindings(found), false
}

// problemFinding turns a problem the draft reader found into a finding,
// at the rule's severity: its default, or the one the config sets.
func problemFinding(p *draft.Post, pr draft.Problem, set ruleSet) lint.Finding {
	doc := rules.DocOf(pr.Rule)
	sev := doc.Severity
	if sev == lint.Off {
		sev = lint.Error
	}
	for _, ar := range set {
		if ar.doc.ID == pr.Rule && ar.forced {
			sev = ar.severity
		}
	}
	return lint.Finding{
		Path: p.Path, Post: p.Index, Rule: pr.Rule, Category: doc.Category, Severity: sev,
		Range: pr.Range, Start: -1, End: -1, Message: pr.Message, Suggestion: pr.Suggestion,
	}
}

// ruleSetFor returns the rules for a path, with matching overrides applied.
func (e *Engine) ruleSetFor(rel string) (ruleSet, error) {
	var matched []config.Override
	// The key lists the matched overrides' indexes ("0,2,"). Appended to
	// bytes rather than printed to a strings.Builder, it costs nothing for
	// a file no override matches: the builder escaped, once per file.
	var key []byte
	for i, o := range e.cfg.Overrides {
		if matchAny(o.Files, rel) {
			matched = append(matched, o)
			key = strconv.AppendInt(key, int64(i), 10)
			key = append(key, ',')
		}
	}
	if len(matched) == 0 {
		return e.base, nil
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if s, ok := e.bySet[string(key)]; ok {
		return s, nil
	}
	s, err := e.builder.build(matched)
	if err != nil {
		return nil, err
	}
	e.bySet[string(key)] = s
	return s, nil
}

// platformsFor picks the target platforms: --platform, then front matter
// (or the calendar's column), then the platforms of the last matching
// [[overrides]] entry that sets some, then the config's platforms. rel is
// the file's path relative to the config's folder.
func (e *Engine) platformsFor(p *draft.Post, rel string) []string {
	if len(e.opts.Platforms) > 0 {
		return e.opts.Platforms
	}
	if len(p.Meta.Platforms) > 0 {
		return p.Meta.Platforms
	}
	platforms := e.cfg.Platforms
	for _, o := range e.cfg.Overrides {
		if len(o.Platforms) > 0 && matchAny(o.Files, rel) {
			platforms = o.Platforms
		}
	}
	return platforms
}

// langFor decides the post's language: --lang, front matter, config, then
// detection (on an's tokens, or on the text when an is nil); "" when
// undecided.
func (e *Engine) langFor(p *draft.Post, an *rules.Analysis) string {
	for _, l := range []string{e.opts.Lang, p.Meta.Lang, e.cfg.Lang} {
		if l == i18n.ID || l == i18n.EN {
			return l
		}
		if l == "auto" {
			break
		}
	}
	var lang string
	var ok bool
	if an != nil {
		lang, ok = an.DetectLang()
	} else {
		lang, ok = prose.DetectLang(p.Text)
	}
	if ok {
		return lang
	}
	return ""
}

// sortFindings orders findings by line, column, rule, platforms, message,
// stably. It sorts the findings' indices and then moves each finding once,
// to its place: a finding is some 240 bytes with pointers, which sorting
// the findings themselves copied at every comparison and swap (with write
// barriers while the collector runs).
func sortFindings(fs []lint.Finding) {
	n := len(fs)
	if findingsSorted(fs) {
		return
	}
	var buf [64]int32 // a post's findings fit, on the stack
	order := buf[:0]
	if n > len(buf) {
		order = make([]int32, 0, n)
	}
	for i := range n {
		order = append(order, int32(i))
	}
	slices.SortStableFunc(order, func(i, j int32) int { return compareFindings(&fs[i], &fs[j]) })
	// order[k] is the index of the finding that goes to k: each cycle of
	// the permutation is followed once, from its first place, which is
	// set last; a place done is marked -1.
	for start := range n {
		if order[start] < 0 || int(order[start]) == start {
			continue
		}
		first := fs[start]
		k := start
		for {
			from := int(order[k])
			order[k] = -1
			if from == start {
				fs[k] = first
				break
			}
			fs[k] = fs[from]
			k = from
		}
	}
}

// findingsSorted reports whether fs is in sortFindings' order already.
func findingsSorted(fs []lint.Finding) bool {
	for i := 1; i < len(fs); i++ {
		if compareFindings(&fs[i-1], &fs[i]) > 0 {
			return false
		}
	}
	return true
}

// compareFindings orders findings by position, then rule, platforms and
// message. A comparison function rather than sort.SliceStable's less:
// that one reflects on the slice and allocated twice per post.
func compareFindings(a, b *lint.Finding) int {
	if c := cmp.Compare(a.Range.Start.Line, b.Range.Start.Line); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Range.Start.Column, b.Range.Start.Column); c != 0 {
		return c
	}
	if c := strings.Compare(a.Rule, b.Rule); c != 0 {
		return c
	}
	if c := slices.Compare(a.OnPlatforms(), b.OnPlatforms()); c != 0 {
		return c
	}
	return strings.Compare(a.Message.EN, b.Message.EN)
}

// mediaFor decides the post's media type: --media, front matter (or the
// calendar's column), then text.
func (e *Engine) mediaFor(p *draft.Post) platform.Media {
	switch {
	case e.opts.Media != "":
		return e.opts.Media
	case p.Meta.Media != "":
		return p.Meta.Media
	}
	return platform.MediaText
}

func stringSet(list []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range list {
		m[s] = true
	}
	return m
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Posts reads the drafts under paths without running rules, calling visit
// for each post in path order with its platforms, media and language. It
// serves `postlint stats`. A draft that cannot be read is skipped and
// named in the returned *UnreadableError, after the others are visited.
func (e *Engine) Posts(paths []string, visit func(p *draft.Post, platforms []string, media platform.Media, lang string) error) (int, error) {
	found, err := e.collect(paths)
	if err != nil {
		return 0, err
	}
	var unreadable UnreadableError
	for _, f := range found.files {
		data, err := e.read(f)
		if err != nil {
			unreadable.Problems = append(unreadable.Problems, f.display+": cannot read: "+readReason(err))
			continue
		}
		posts := e.parse(f, data)
		for _, p := range posts {
			if p.Fatal() {
				// Say why a draft is not measured rather than skip it; a
				// calendar's planned slot without a caption has nothing
				// to measure and is no problem here.
				if !slices.ContainsFunc(p.Problems, func(pr draft.Problem) bool { return pr.Rule == "caption-missing" }) {
					unreadable.Problems = append(unreadable.Problems, fatalProblem(p))
				}
				continue
			}
			if err := visit(p, e.platformsFor(p, f.rel), e.mediaFor(p), e.langFor(p, nil)); err != nil {
				return 0, err
			}
		}
	}
	var errs []error
	if len(unreadable.Problems) > 0 {
		errs = append(errs, &unreadable)
	}
	if err := found.notFound(); err != nil {
		errs = append(errs, err)
	}
	return len(found.files), errors.Join(errs...)
}

// fatalProblem names where a post that cannot be read as a post is and
// why: "b.md:1:1: the file is binary …", "k.csv (row 3, column Naskah): …".
func fatalProblem(p *draft.Post) string {
	for _, pr := range p.Problems {
		if !pr.Fatal {
			continue
		}
		where := p.Path
		switch {
		case pr.Range.Cell != nil:
			where += " (" + pr.Range.Cell.Label().EN + ")"
		case pr.Range.Start.Line > 0:
			where += fmt.Sprintf(":%d:%d", pr.Range.Start.Line, pr.Range.Start.Column)
		}
		return where + ": " + pr.Message.EN
	}
	return p.Path + ": cannot be read as a post"
}

// UnreadableError lists drafts that could not be read, one problem a line
// (exit code 2, after the others were handled).
type UnreadableError struct{ Problems []string }

func (e *UnreadableError) Error() string { return strings.Join(e.Problems, "\n") }

// checkFileSafe runs a file rule, recovering a panic in it.
func checkFileSafe(fr rules.FileRule, pass *rules.FilePass) (v any, crashed bool) {
	defer func() {
		if r := recover(); r != nil {
			v, crashed = r, true
		}
	}()
	fr.CheckFile(pass)
	return nil, false
}

// shiftSeverity applies a configured severity to a finding. The configured
// level replaces the rule's default and caps findings the rule grades
// higher (hashtag-count's error over a cap becomes "info" when the team
// says info), while findings the rule grades lower keep their distance
// below it (a chain message quoted in a fact check stays a level under the
// configured one), never below info.
func shiftSeverity(got, def, configured lint.Severity) lint.Severity {
	below := max(def-got, 0)
	return max(configured-below, lint.Info)
}

// didYouMean is the ": did you mean …?" part of an unknown-value message,
// or "" without a suggestion.
func didYouMean(suggestion string) string {
	if suggestion == "" {
		return ""
	}
	return fmt.Sprintf("; did you mean %q?", suggestion)
}
