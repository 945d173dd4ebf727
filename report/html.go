package report

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/prose"
	"github.com/postlint/postlint/twittertext"
)

func init() {
	register("html", Factory{New: newHTML, NeedsPosts: true,
		Help: "one self-contained HTML page: each post as the feed shows it, the fold, findings in place"})
}

var (
	//go:embed html.tmpl
	htmlTemplate string
	//go:embed html.css
	htmlCSS string
	//go:embed html.js
	htmlJS string
)

// htmlFormatter renders each post's cards as it arrives and keeps only the
// rendered HTML; the page around them (summary, filters, rule notes) is
// written at Finish, when the totals are known.
type htmlFormatter struct {
	w    *bufio.Writer
	opts Options
	l    *htmlLabels
	tmpl *template.Template

	body  bytes.Buffer // finished file sections
	cur   *htmlFile    // the file being read
	files []htmlFileSummary
	cards int
	posts int

	ruleUsed map[string]bool
	catCount map[string]int
	sevCount map[lint.Severity]int
	clean    int
}

// htmlFile collects one file's cards until the next file starts.
type htmlFile struct {
	htmlFileSummary
	cards bytes.Buffer
}

type htmlFileSummary struct {
	ID   string
	Path string
	// Short is the path without the directory every file shares, for the
	// narrow summary table.
	Short                   string
	Posts                   int
	Errors, Warnings, Infos int
}

func newHTML(o Options) Formatter {
	l := htmlLabelsIn(o.Locale)
	return &htmlFormatter{
		w: newWriter(o.W), opts: o, l: l,
		tmpl:     template.Must(template.New("html").Funcs(htmlFuncs()).Parse(htmlTemplate)),
		ruleUsed: map[string]bool{}, catCount: map[string]int{}, sevCount: map[lint.Severity]int{},
	}
}

// htmlFuncs are the template's functions: made with the formatter, not
// by package init, which every run pays for.
func htmlFuncs() template.FuncMap {
	return template.FuncMap{
		"sevIcon": sevIcon,
		"cardData": func(l *htmlLabels, c cardView) cardData {
			return cardData{L: l, C: c}
		},
	}
}

// cardData hands a card and the page's words to a sub-template.
type cardData struct {
	L *htmlLabels
	C cardView
}

func sevIcon(s string) string {
	switch s {
	case "error":
		return "✖"
	case "warning":
		return "⚠"
	}
	return "ℹ"
}

// Post renders one post: a card per target platform.
func (h *htmlFormatter) Post(r lint.PostResult) error {
	if h.cur == nil || h.cur.Path != r.Path {
		if err := h.flushFile(); err != nil {
			return err
		}
		h.cur = &htmlFile{htmlFileSummary: htmlFileSummary{ID: "file-" + strconv.Itoa(len(h.files)+1), Path: r.Path}}
	}
	h.posts++
	h.cur.Posts++
	for _, f := range r.Findings {
		switch f.Severity {
		case lint.Error:
			h.cur.Errors++
		case lint.Warning:
			h.cur.Warnings++
		case lint.Info:
			h.cur.Infos++
		}
		h.sevCount[f.Severity]++
		h.catCount[categoryOf(f)]++
		h.ruleUsed[f.Rule] = true
	}
	if len(r.Findings) == 0 {
		h.clean++
	}
	view := h.postView(r)
	return h.tmpl.ExecuteTemplate(&h.cur.cards, "post", view)
}

// flushFile renders the finished file's section into the body.
func (h *htmlFormatter) flushFile() error {
	if h.cur == nil {
		return nil
	}
	f := h.cur.htmlFileSummary
	err := h.tmpl.ExecuteTemplate(&h.body, "file", struct {
		htmlFileSummary
		Counts []sevCount
		Cards  template.HTML
	}{f, h.sevCounts(f, true), template.HTML(h.cur.cards.String())}) //nolint:gosec // rendered by this template
	h.files = append(h.files, h.cur.htmlFileSummary)
	h.cur = nil
	return err
}

// Finish writes the page.
func (h *htmlFormatter) Finish(s lint.Summary) error {
	if err := h.flushFile(); err != nil {
		return err
	}
	l := h.l
	dir := commonDir(h.files)
	for i := range h.files {
		h.files[i].Short = strings.TrimPrefix(h.files[i].Path, dir)
	}
	page := htmlPage{
		Dir: dir,
		L:   l, Lang: h.locale(), Version: h.opts.Version,
		CSS: template.CSS(htmlCSS), JS: template.JS(htmlJS), //nolint:gosec // embedded, fixed
		CSP:      "default-src 'none'; style-src " + cspHash(htmlCSS) + "; script-src " + cspHash(htmlJS) + "; img-src 'none'; base-uri 'none'; form-action 'none'",
		Where:    h.where(s),
		Totals:   h.sevCounts(htmlFileSummary{Errors: s.Errors, Warnings: s.Warnings, Infos: s.Infos}, false),
		Files:    h.files,
		Body:     template.HTML(h.body.String()), //nolint:gosec // rendered by this template
		Rules:    h.ruleViews(),
		Total:    htmlFileSummary{Posts: s.Posts, Errors: s.Errors, Warnings: s.Warnings, Infos: s.Infos},
		Sevs:     h.severityFilters(),
		Cats:     h.categoryFilters(),
		Clean:    h.clean,
		Findings: s.Errors + s.Warnings + s.Infos,
	}
	if err := h.tmpl.ExecuteTemplate(h.w, "page", page); err != nil {
		return fmt.Errorf("html report: %w", err)
	}
	return h.w.Flush()
}

// commonDir is the directory prefix (with its trailing slash) that every
// path shares, or "".
func commonDir(files []htmlFileSummary) string {
	if len(files) < 2 {
		return ""
	}
	prefix := files[0].Path
	for _, f := range files[1:] {
		for !strings.HasPrefix(f.Path, prefix) {
			prefix = prefix[:len(prefix)-1]
		}
	}
	i := strings.LastIndexAny(prefix, `/\`)
	if i < 0 {
		return ""
	}
	return prefix[:i+1]
}

func (h *htmlFormatter) locale() string { return h.l.Lang }

// cspHash is the Content-Security-Policy source for one inline block: the
// page then runs its own script and style and nothing else, and fetches
// nothing.
func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

type htmlPage struct {
	L        *htmlLabels
	Lang     string
	Version  string
	CSS      template.CSS
	JS       template.JS
	CSP      string
	Where    string
	Totals   []sevCount
	Dir      string
	Files    []htmlFileSummary
	Total    htmlFileSummary
	Body     template.HTML
	Rules    []ruleView
	Sevs     []filterView
	Cats     []filterView
	Clean    int
	Findings int
}

type filterView struct {
	Name, Value, Label, Icon string
	Count                    int
}

type ruleView struct {
	ID, Category, Severity, Summary, Rationale string
	// Sources are the rule's attributions, in plain words.
	Sources []string
}

// sevCount is "4 errors" with its severity and icon.
type sevCount struct {
	Sev, Icon, Text string
}

func (h *htmlFormatter) sevCounts(f htmlFileSummary, skipZero bool) []sevCount {
	var out []sevCount
	for _, c := range []struct {
		s lint.Severity
		n int
	}{{lint.Error, f.Errors}, {lint.Warning, f.Warnings}, {lint.Info, f.Infos}} {
		if c.n == 0 && skipZero {
			continue
		}
		out = append(out, sevCount{Sev: c.s.String(), Icon: sevIcon(c.s.String()), Text: h.l.count(c.s, c.n)})
	}
	return out
}

func (h *htmlFormatter) where(s lint.Summary) string {
	l := h.l
	where := fmt.Sprintf(l.InPosts, s.Posts, plural(s.Posts, l.Post, l.PostsWord), s.Files, plural(s.Files, l.FileWord, l.FilesWord))
	if s.Errors+s.Warnings+s.Infos == 0 {
		return l.NoProblems + " " + where
	}
	return where
}

func (h *htmlFormatter) severityFilters() []filterView {
	var out []filterView
	for _, s := range []lint.Severity{lint.Error, lint.Warning, lint.Info} {
		out = append(out, filterView{Name: "sev", Value: s.String(), Label: h.l.sevPlural(s), Icon: sevIcon(s.String()), Count: h.sevCount[s]})
	}
	return out
}

// categoryOrder is the order of the category filters; unknown categories
// (custom rules) follow, sorted.
var categoryOrder = []string{lint.CategoryHook, lint.CategoryLength, lint.CategoryClarity, lint.CategoryEngagement,
	lint.CategoryTrust, lint.CategoryAccessibility, lint.CategoryFormat}

func (h *htmlFormatter) categoryFilters() []filterView {
	var names []string
	for c := range h.catCount {
		names = append(names, c)
	}
	rank := func(c string) int {
		for i, x := range categoryOrder {
			if x == c {
				return i
			}
		}
		return len(categoryOrder)
	}
	sort.Slice(names, func(i, j int) bool {
		ri, rj := rank(names[i]), rank(names[j])
		if ri != rj {
			return ri < rj
		}
		return names[i] < names[j]
	})
	var out []filterView
	for _, c := range names {
		out = append(out, filterView{Name: "cat", Value: c, Label: h.l.category(c), Count: h.catCount[c]})
	}
	return out
}

func categoryOf(f lint.Finding) string {
	if f.Category == "" {
		return "other"
	}
	return f.Category
}

func (h *htmlFormatter) ruleViews() []ruleView {
	docs := map[string]lint.Doc{}
	for _, d := range h.opts.Rules {
		docs[d.ID] = d
	}
	var ids []string
	for id := range h.ruleUsed {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	loc := h.locale()
	var out []ruleView
	for _, id := range ids {
		d, ok := docs[id]
		if !ok {
			d, _ = h.opts.builtinDoc(id)
		}
		rv := ruleView{ID: id, Category: h.l.category(d.Category), Summary: d.Summary.In(loc), Rationale: d.Rationale.In(loc)}
		if d.Severity != lint.Off {
			rv.Severity = h.l.sevWord(d.Severity)
		}
		for _, src := range strings.Split(d.Source, ";") {
			src = strings.TrimSpace(src)
			if src == "" {
				continue
			}
			rv.Sources = append(rv.Sources, src)
		}
		out = append(out, rv)
	}
	return out
}

// postView is one post: its cards side by side.
type postView struct {
	L     *htmlLabels
	Cards []cardView
}

type cardView struct {
	ID        string
	Title     string
	Platform  string
	Initial   string
	Subtitle  string
	Lang      string
	Media     string
	MediaTop  bool
	MediaNote string
	Findings  []findingView
	Meta      []findingView
	Counts    []countView
	Above     []segView
	Below     []segView
	Fold      *foldView
	Empty     bool
	NotLinted bool
	Sevs      string
	Cats      string
}

type findingView struct {
	ID         string // element id, unique in the page
	Key        string // the same for one finding shown on several cards
	Num        int
	Sev        string
	SevWord    string
	Cat        string
	CatLabel   string
	Rule       string
	Platform   string
	Where      string
	Message    string
	Suggestion string
	Meta       bool
}

type countView struct {
	Label, Value, Note string
	Over               bool
}

type foldView struct {
	Kind  string // "fold": the feed folds here; "limit": the platform cuts here
	At    int    // the fold or limit, in Unit
	Unit  string
	Bytes int // byte offset of the cut in the post's text
	Chars int // characters (grapheme clusters) before the cut
	Mark  string
	Label string
}

// segView is a run of text with the same findings, a footnote reference to
// a finding, or an insertion point (a finding that covers no text).
type segView struct {
	Parts []partView
	Mark  *markView
	Ref   *refView
}

type partView struct {
	Text  string
	Class string // tag, mention, url, url nolink
}

type markView struct {
	Class string
	IDs   string
	Title string
	Desc  string
}

type refView struct {
	ID    string
	Num   int
	Sev   string
	Label string // for screen readers: "finding 2, warning"
	Title string
	Point bool
}

func (h *htmlFormatter) postView(r lint.PostResult) postView {
	var text string
	var post *draft.Post
	if r.Post != nil {
		post = r.Post
		text = post.Text
	}
	notLinted := post == nil || post.Fatal()
	pv := postView{L: h.l}
	stats := measure(text)
	specs := h.opts.Specs
	if specs == nil {
		specs = platform.Defaults()
	}
	platforms := r.Platforms
	if notLinted || len(platforms) == 0 {
		platforms = []string{""}
	}
	key := func(i int) string { return "p" + strconv.Itoa(h.posts) + "-" + strconv.Itoa(i+1) }
	for _, name := range platforms {
		h.cards++
		c := cardView{ID: "c" + strconv.Itoa(h.cards), Platform: name, Lang: r.Lang, Media: string(r.Media), NotLinted: notLinted, Empty: text == "" && !notLinted}
		c.Title, c.Initial = h.l.NoPlatform, "?"
		if name != "" {
			c.Title = platform.Title(name)
			c.Initial = c.Title[:1]
		}
		c.Subtitle = h.subtitle(r, post)
		c.MediaNote = h.mediaNote(r.Media, post)
		c.MediaTop = name == "instagram" || name == "tiktok" || name == "youtube"
		var spec *platform.Spec
		if s, ok := specs[name]; ok && name != "" {
			spec = &s
		}
		sevs, cats := map[string]bool{}, map[string]bool{}
		var markedAt []int
		var spans [][2]int
		for i, f := range r.Findings {
			// A finding shows on the card of every platform it lists,
			// and one for no platform on every card.
			if on := f.OnPlatforms(); len(on) > 0 && !slices.Contains(on, name) {
				continue
			}
			n := len(c.Findings) + 1
			fv := findingView{
				ID: c.ID + "-" + strconv.Itoa(n), Key: key(i), Num: n,
				Sev: f.Severity.String(), SevWord: h.l.sevWord(f.Severity), Cat: categoryOf(f), CatLabel: h.l.category(f.Category),
				Rule: f.Rule, Message: f.Message.In(h.locale()), Suggestion: f.Suggestion.In(h.locale()),
				Meta: f.Start < 0 || f.End < 0 || notLinted,
			}
			if on := f.OnPlatforms(); len(on) > 0 {
				titles := make([]string, len(on))
				for i, p := range on {
					titles[i] = platform.Title(p)
				}
				fv.Platform = strings.Join(titles, ", ")
			}
			switch {
			case f.Range.Cell != nil:
				fv.Where = f.Range.Cell.Label().In(h.locale())
			case f.Range.Start.Line > 0:
				fv.Where = fmt.Sprintf(h.l.LineCol, f.Range.Start.Line, f.Range.Start.Column)
			}
			sevs[fv.Sev], cats[fv.Cat] = true, true
			c.Findings = append(c.Findings, fv)
			if !fv.Meta {
				markedAt = append(markedAt, len(c.Findings)-1)
				spans = append(spans, [2]int{f.Start, f.End})
			}
		}
		marked := make([]*findingView, len(markedAt))
		for i, at := range markedAt {
			marked[i] = &c.Findings[at]
		}
		for _, fv := range c.Findings {
			if fv.Meta {
				c.Meta = append(c.Meta, fv)
			}
		}
		c.Sevs, c.Cats = joinKeys(sevs), joinKeys(cats)
		if !notLinted {
			c.Fold = h.fold(text, spec, r.Media)
			c.Counts = h.counts(text, spec, r.Media, stats, c.Fold)
			cut := -1
			if c.Fold != nil {
				cut = c.Fold.Bytes
			}
			c.Above, c.Below = segment(text, cut, marked, spans, entities(text, spec), h.l)
		}
		pv.Cards = append(pv.Cards, c)
	}
	return pv
}

func (h *htmlFormatter) subtitle(r lint.PostResult, post *draft.Post) string {
	var parts []string
	if post != nil && (draft.IsCalendar(post.Format) || r.Index > 1) {
		parts = append(parts, fmt.Sprintf(h.l.PostN, r.Index))
	}
	if post != nil && post.Meta.Account != "" {
		parts = append(parts, post.Meta.Account)
	}
	if post != nil && post.Meta.Date != "" {
		parts = append(parts, post.Meta.Date)
	}
	if r.Media != "" {
		parts = append(parts, h.l.media(r.Media, post))
	}
	if r.Lang != "" {
		parts = append(parts, h.l.language(r.Lang))
	}
	return strings.Join(parts, " · ")
}

// mediaNote stands in for the picture or video: what it is and whether it
// has alt text.
func (h *htmlFormatter) mediaNote(media platform.Media, post *draft.Post) string {
	note := h.l.media(media, post)
	if media.IsPhoto() {
		alts := 0
		if post != nil {
			for _, a := range post.Meta.Alt {
				if strings.TrimSpace(a) != "" {
					alts++
				}
			}
		}
		switch images := max(1, postImages(post)); {
		case alts == 0:
			return note + " · " + h.l.NoAlt
		case images > 1:
			return note + " · " + fmt.Sprintf(h.l.AltOf, min(alts, images), images)
		}
		return note + " · " + h.l.Alt
	}
	return note
}

func postImages(p *draft.Post) int {
	if p == nil {
		return 0
	}
	return p.Meta.Images
}

func joinKeys(m map[string]bool) string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, " ")
}

// fold finds where the feed cuts the post: at the fold (in characters)
// with "See more", or, where the whole post shows (X), at the hard limit.
func (h *htmlFormatter) fold(text string, spec *platform.Spec, media platform.Media) *foldView {
	if spec == nil || text == "" {
		return nil
	}
	if spec.Fold > 0 {
		fold := spec.FoldFor(media)
		visible, cut := platform.Visible(text, fold)
		if !cut {
			return nil
		}
		return &foldView{Kind: "fold", At: fold, Unit: string(platform.Characters), Bytes: len(visible), Chars: fold,
			Mark: "… " + h.l.SeeMore, Label: h.l.BelowFold}
	}
	limit := spec.LimitFor(media)
	at := platform.Overflow(text, spec.Unit, limit)
	if at >= len(text) {
		return nil
	}
	return &foldView{Kind: "limit", At: limit, Unit: string(spec.Unit), Bytes: at, Chars: graphemes(text[:at]),
		Mark: h.l.OverLimitMark, Label: fmt.Sprintf(h.l.OverLimit, platform.Title(spec.Name))}
}

// postStats are the counts shared by every card of a post.
type postStats struct {
	words, sentences, hashtags, mentions, links int
}

// measure counts words the way `postlint stats` does: hashtags, mentions
// and links are not words.
func measure(text string) postStats {
	urls := platform.Links(text)
	tags := twittertext.ExtractHashtags(text)
	mentions := twittertext.ExtractMentions(text)
	all := append(append(append([]twittertext.Entity{}, urls...), tags...), mentions...)
	words := 0
	for _, w := range prose.Words(text) {
		if w.Kind != prose.Word {
			continue
		}
		inside := false
		for _, e := range all {
			if e.Start <= w.Start && w.End <= e.End {
				inside = true
				break
			}
		}
		if !inside {
			words++
		}
	}
	return postStats{words: words, sentences: len(prose.Sentences(text)), hashtags: len(tags), mentions: len(mentions), links: len(urls)}
}

func (h *htmlFormatter) counts(text string, spec *platform.Spec, media platform.Media, st postStats, fold *foldView) []countView {
	l := h.l
	num := func(n int) string { return formatInt(n, h.locale()) }
	var out []countView
	if spec != nil {
		n, limit := platform.Count(text, spec.Unit), spec.LimitFor(media)
		c := countView{Label: l.Length, Value: num(n) + " / " + num(limit) + " " + l.unit(spec.Unit)}
		if n > limit {
			c.Over, c.Note = true, fmt.Sprintf(l.Over, num(n-limit))
		}
		out = append(out, c)
		if fold != nil && fold.Kind == "fold" {
			total := graphemes(text)
			out = append(out, countView{Label: l.BeforeFold, Value: fmt.Sprintf(l.OfChars, num(fold.Chars), num(total)),
				Note: fmt.Sprintf(l.Hidden, num(total-fold.Chars))})
		}
	}
	tags := countView{Label: l.Hashtags, Value: num(st.hashtags)}
	if spec != nil {
		switch {
		case spec.HashtagCap > 0 && st.hashtags > spec.HashtagCap:
			tags.Note, tags.Over = fmt.Sprintf(l.OverMax, num(spec.HashtagCap)), true
		case spec.HashtagCap > 0:
			tags.Note = fmt.Sprintf(l.Max, num(spec.HashtagCap))
		case spec.HashtagAdvised > 0 && st.hashtags > spec.HashtagAdvised:
			tags.Note, tags.Over = fmt.Sprintf(l.OverAdvised, num(spec.HashtagAdvised)), true
		case spec.HashtagAdvised > 0:
			tags.Note = fmt.Sprintf(l.Advised, num(spec.HashtagAdvised))
		}
	}
	out = append(out, tags)
	if st.mentions > 0 {
		m := countView{Label: l.Mentions, Value: num(st.mentions)}
		if spec != nil && spec.MentionCap > 0 {
			m.Note, m.Over = fmt.Sprintf(l.Max, num(spec.MentionCap)), st.mentions > spec.MentionCap
			if m.Over {
				m.Note = fmt.Sprintf(l.OverMax, num(spec.MentionCap))
			}
		}
		out = append(out, m)
	}
	if st.links > 0 {
		c := countView{Label: l.Links, Value: num(st.links)}
		if spec != nil && !spec.LinksClickable {
			c.Note = fmt.Sprintf(l.NotClickable, platform.Title(spec.Name))
		}
		out = append(out, c)
	}
	out = append(out, countView{Label: l.Words, Value: num(st.words)}, countView{Label: l.Sentences, Value: num(st.sentences)})
	return out
}

type entity struct {
	start, end int
	class      string
}

// entities are the hashtags, mentions and links, styled as the platform
// shows them (links are plain text where they cannot be tapped).
func entities(text string, spec *platform.Spec) []entity {
	urlClass := "url"
	if spec != nil && !spec.LinksClickable {
		urlClass = "url nolink"
	}
	var out []entity
	for _, e := range platform.Links(text) {
		out = append(out, entity{e.Start, e.End, urlClass})
	}
	for _, e := range twittertext.ExtractHashtags(text) {
		out = append(out, entity{e.Start, e.End, "tag"})
	}
	for _, e := range twittertext.ExtractMentions(text) {
		out = append(out, entity{e.Start, e.End, "mention"})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	kept := out[:0]
	end := 0
	for _, e := range out {
		if e.start >= end && e.start < e.end && e.end <= len(text) {
			kept = append(kept, e)
			end = e.end
		}
	}
	return kept
}

// segment cuts the text at every finding's edges and at the fold, so that
// overlapping findings become flat runs each marked with every finding
// covering it. It returns the runs before and after the fold (cut < 0: no
// fold). A finding's footnote reference follows its last run.
func segment(text string, cut int, fs []*findingView, spans [][2]int, ents []entity, l *htmlLabels) (above, below []segView) {
	n := len(text)
	type span struct {
		start, end int
		f          *findingView
	}
	var marks []span
	bounds := []int{0, n}
	if cut >= 0 && cut <= n {
		bounds = append(bounds, cut)
	}
	for i, f := range fs {
		s, e := clampRune(text, spans[i][0]), clampRune(text, spans[i][1])
		if e < s {
			e = s
		}
		marks = append(marks, span{s, e, f})
		bounds = append(bounds, s, e)
	}
	sort.Ints(bounds)
	uniq := bounds[:0]
	for i, b := range bounds {
		if i == 0 || b != bounds[i-1] {
			uniq = append(uniq, b)
		}
	}
	bounds = uniq
	// One sweep over the bounds: the findings that end and start at each
	// bound are indexed once, so a post with many findings costs
	// O(bounds + findings) plus the output, not bounds × findings.
	endsAt := map[int][]int{}
	startsAt := map[int][]int{}
	for i, m := range marks {
		endsAt[m.end] = append(endsAt[m.end], i)
		if m.start < m.end {
			startsAt[m.start] = append(startsAt[m.start], i)
		}
	}
	out := &above
	// refsAt adds the references of findings that end at p, and the
	// insertion points of empty findings at p, in the findings' order.
	refsAt := func(p int) {
		for _, i := range endsAt[p] {
			m := marks[i]
			*out = append(*out, segView{Ref: &refView{ID: m.f.ID, Num: m.f.Num, Sev: m.f.Sev, Title: findingTitle(m.f),
				Label: l.Finding + " " + strconv.Itoa(m.f.Num) + ", " + m.f.SevWord, Point: m.start == m.end}})
		}
	}
	var active []int // findings covering the current run, in the findings' order
	next := 0        // the first entity that may reach into the current run
	for i := 0; i+1 < len(bounds); i++ {
		a, b := bounds[i], bounds[i+1]
		refsAt(a)
		if a == cut {
			out = &below
		}
		if len(endsAt[a]) > 0 {
			kept := active[:0]
			for _, j := range active {
				if marks[j].end > a {
					kept = append(kept, j)
				}
			}
			active = kept
		}
		for _, j := range startsAt[a] {
			k, _ := slices.BinarySearch(active, j)
			active = slices.Insert(active, k, j)
		}
		var on []*findingView
		for _, j := range active {
			on = append(on, marks[j].f)
		}
		for next < len(ents) && ents[next].end <= a {
			next++
		}
		seg := segView{Parts: parts(text, a, b, ents[next:])}
		if len(on) > 0 {
			seg.Mark = markFor(on)
		}
		*out = append(*out, seg)
	}
	if n == 0 {
		refsAt(0)
	} else {
		refsAt(n)
	}
	return above, below
}

// clampRune keeps an offset inside the text and on a character boundary.
func clampRune(text string, p int) int {
	p = max(0, min(p, len(text)))
	for p > 0 && p < len(text) && !utf8.RuneStart(text[p]) {
		p--
	}
	return p
}

// parts splits text[a:b] at the hashtags, mentions and links.
func parts(text string, a, b int, ents []entity) []partView {
	var out []partView
	p := a
	for _, e := range ents {
		if e.start >= b {
			break // entities are sorted and do not overlap
		}
		if e.end <= p {
			continue
		}
		s, t := max(e.start, p), min(e.end, b)
		if s > p {
			out = append(out, partView{Text: shownText(text[p:s])})
		}
		out = append(out, partView{Text: shownText(text[s:t]), Class: e.class})
		p = t
	}
	if p < b {
		out = append(out, partView{Text: shownText(text[p:b])})
	}
	return out
}

// shownText is a run of the post as the preview shows it: control
// characters and bidirectional overrides as escapes (\x1b, \u202e), so
// that they neither reorder the page nor hide in it. Line breaks and tabs
// stay: the preview keeps the post's layout.
func shownText(s string) string { return visibleControls(s, "\n\r\t") }

func markFor(on []*findingView) *markView {
	worst := "info"
	ids, desc, titles := make([]string, len(on)), make([]string, len(on)), make([]string, len(on))
	for i, f := range on {
		if sevRank(f.Sev) > sevRank(worst) {
			worst = f.Sev
		}
		ids[i], desc[i], titles[i] = f.ID, f.ID+"-msg", findingTitle(f)
	}
	class := "sev-" + worst
	if len(on) > 1 {
		class += " multi"
	}
	return &markView{Class: class, IDs: strings.Join(ids, " "), Title: strings.Join(titles, "\n"), Desc: strings.Join(desc, " ")}
}

func findingTitle(f *findingView) string {
	return fmt.Sprintf("%d. %s %s (%s): %s", f.Num, sevIcon(f.Sev), f.SevWord, f.Rule, f.Message)
}

func sevRank(s string) int {
	switch s {
	case "error":
		return 3
	case "warning":
		return 2
	}
	return 1
}

func graphemes(s string) int {
	return platform.Count(s, platform.Characters)
}

// formatInt groups thousands the way each language writes them: 2,200 in
// English, 2.200 in Indonesian.
func formatInt(n int, locale string) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	sep := ","
	if locale == i18n.ID {
		sep = "."
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
