package report

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/engine"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/rules"
)

// renderHTML runs the html formatter over results.
func renderHTML(t *testing.T, locale string, results ...lint.PostResult) string {
	t.Helper()
	var buf bytes.Buffer
	var docs []lint.Doc
	for _, r := range rules.All() {
		docs = append(docs, rules.Translated(r.Doc()))
	}
	f := newHTML(Options{W: &buf, Locale: locale, Rules: docs, Builtin: rules.BuiltinDoc, Version: "test", Specs: platform.Defaults()})
	var sum lint.Summary
	files := map[string]bool{}
	for _, r := range results {
		sum.Posts++
		files[r.Path] = true
		for _, fd := range r.Findings {
			sum.Count(fd)
		}
		if err := f.Post(r); err != nil {
			t.Fatal(err)
		}
	}
	sum.Files = len(files)
	if err := f.Finish(sum); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// postResult reads a draft and attaches findings given as text spans.
func postResult(t *testing.T, path, src string, platforms []string, findings ...lint.Finding) lint.PostResult {
	t.Helper()
	posts := draft.Parse(path, draft.FormatOf(path), []byte(src), draft.Options{})
	p := posts[0]
	for i := range findings {
		findings[i].Path = path
		findings[i].Post = 1
		if findings[i].Start >= 0 {
			findings[i].Range = p.Range(findings[i].Start, findings[i].End)
		}
	}
	media := p.Meta.Media
	if media == "" {
		media = "text"
	}
	return lint.PostResult{Path: path, Index: 1, Post: p, Platforms: platforms, Media: media, Lang: p.Meta.Lang, Findings: findings}
}

// index is strings.Index for slicing: a missing sub fails the test.
func index(t *testing.T, s, sub string) int {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not found in:\n%s", sub, s)
	}
	return i
}

func span(text, sub string) (int, int) {
	i := strings.Index(text, sub)
	return i, i + len(sub)
}

// segString draws segments compactly: [ids:text] for marked runs, >n for a
// reference, ^n for an insertion point, plain text otherwise.
func segString(segs []segView) string {
	var b strings.Builder
	for _, s := range segs {
		switch {
		case s.Ref != nil && s.Ref.Point:
			b.WriteString("^" + strconv.Itoa(s.Ref.Num))
		case s.Ref != nil:
			b.WriteString(">" + strconv.Itoa(s.Ref.Num))
		default:
			var text strings.Builder
			for _, p := range s.Parts {
				if p.Class != "" {
					text.WriteString("{" + p.Text + "}")
				} else {
					text.WriteString(p.Text)
				}
			}
			if s.Mark != nil {
				b.WriteString("[" + strings.ReplaceAll(s.Mark.IDs, "f", "") + ":" + text.String() + "]")
			} else {
				b.WriteString(text.String())
			}
		}
	}
	return b.String()
}

func TestSegmentOverlapsAndFold(t *testing.T) {
	mk := func(n int) *findingView { return &findingView{ID: "f" + strconv.Itoa(n), Num: n, Sev: "warning"} }
	text := "abcdefghij #tag"
	tests := []struct {
		name         string
		cut          int
		spans        [][2]int
		above, below string
	}{
		{"nested and crossing", -1, [][2]int{{0, 6}, {3, 9}, {5, 5}},
			"[1:abc][1 2:de]^3[1 2:f]>1[2:ghi]>2j {#tag}", ""},
		{"same span twice", -1, [][2]int{{2, 4}, {2, 4}},
			"ab[1 2:cd]>1>2efghij {#tag}", ""},
		{"contained", -1, [][2]int{{0, 10}, {4, 5}},
			"[1:abcd][1 2:e]>2[1:fghij]>1 {#tag}", ""},
		{"cut inside a finding", 4, [][2]int{{2, 7}},
			"ab[1:cd]", "[1:efg]>1hij {#tag}"},
		{"finding ends at the cut", 4, [][2]int{{0, 4}},
			"[1:abcd]>1", "efghij {#tag}"},
		{"cut inside a hashtag", 13, [][2]int{{11, 15}},
			"abcdefghij [1:{#t}]", "[1:{ag}]>1"},
		{"point at the end", -1, [][2]int{{15, 15}},
			"abcdefghij {#tag}^1", ""},
		{"out of range is clamped", -1, [][2]int{{-4, 2}, {14, 99}},
			"[1:ab]>1cdefghij {#ta}[2:{g}]>2", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fs []*findingView
			for i := range tt.spans {
				fs = append(fs, mk(i+1))
			}
			above, below := segment(text, tt.cut, fs, tt.spans, entities(text, nil), htmlLabelsIn(i18n.EN))
			if got := segString(above); got != tt.above {
				t.Errorf("above the cut:\n got %s\nwant %s", got, tt.above)
			}
			if got := segString(below); got != tt.below {
				t.Errorf("below the cut:\n got %s\nwant %s", got, tt.below)
			}
		})
	}
}

func TestSegmentKeepsCharactersWhole(t *testing.T) {
	text := "héllo wörld"
	// Offsets inside "é" and "ö" move back to the character's start.
	above, _ := segment(text, -1, []*findingView{{ID: "f1", Num: 1, Sev: "info"}}, [][2]int{{2, 9}}, nil, htmlLabelsIn(i18n.EN))
	if got, want := segString(above), "h[1:éllo w]>1örld"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

var (
	refRe  = regexp.MustCompile(`<a class="ref[^"]*"[^>]*>.*?</a>`)
	tagRe  = regexp.MustCompile(`<[^>]+>`)
	cardRe = regexp.MustCompile(`(?s)<article class="card" id="(c\d+)"[^>]*data-platform="([a-z]*)".*?</article>`)
)

// cards returns the first card of each platform in a page.
func cards(page string) map[string]string {
	out := map[string]string{}
	for _, m := range cardRe.FindAllStringSubmatch(page, -1) {
		if _, seen := out[m[2]]; !seen {
			out[m[2]] = m[0]
		}
	}
	return out
}

// plainText is the text of an HTML fragment without the footnote
// references.
func plainText(fragment string) string {
	return unescape(tagRe.ReplaceAllString(refRe.ReplaceAllString(fragment, ""), ""))
}

func unescape(s string) string {
	r := strings.NewReplacer("&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'", "&quot;", `"`, "&amp;", "&")
	return r.Replace(s)
}

func TestHTMLFoldPerPlatform(t *testing.T) {
	// Emoji and combining marks make bytes, runes and characters differ
	// before the fold.
	body := "Cetak KTP-el kini bisa hari Sabtu! 🎉👨‍👩‍👧 Café ñ " + strings.Repeat("Layanan buka pukul 08.00 di semua kecamatan. ", 8)
	src := "---\nplatform: [instagram, linkedin, x]\nlang: id\n---\n" + body
	r := postResult(t, "post.md", src, []string{"instagram", "linkedin", "x"})
	page := renderHTML(t, "en", r)
	cs := cards(page)
	text := r.Post.Text
	for _, tt := range []struct {
		platform, kind string
		cut            int
	}{
		{"instagram", "fold", len(mustVisible(t, text, 125))},
		{"linkedin", "fold", len(mustVisible(t, text, 140))},
		{"x", "limit", platform.Overflow(text, platform.Weighted, 280)},
	} {
		card := cs[tt.platform]
		if card == "" {
			t.Fatalf("no %s card", tt.platform)
		}
		if !strings.Contains(card, `data-fold-kind="`+tt.kind+`"`) || !strings.Contains(card, `data-visible-bytes="`+strconv.Itoa(tt.cut)+`"`) {
			t.Errorf("%s: fold marker should be a %s at byte %d:\n%s", tt.platform, tt.kind, tt.cut, card)
		}
		textDiv := card[index(t, card, `<div class="text"`):]
		before := textDiv[:index(t, textDiv, `<span class="fold`)]
		if got := plainText(before); got != text[:tt.cut] {
			t.Errorf("%s: text before the fold:\n got %q\nwant %q", tt.platform, got, text[:tt.cut])
		}
		below := textDiv[index(t, textDiv, `data-below-fold`):]
		below = below[index(t, below, "</span>")+len("</span>") : strings.LastIndex(below, "</span></div>")]
		if got := plainText(below); got != text[tt.cut:] {
			t.Errorf("%s: text below the fold:\n got %q\nwant %q", tt.platform, got, text[tt.cut:])
		}
	}
	if !strings.Contains(cs["instagram"], "… See more") || !strings.Contains(cs["x"], "Over the limit: X will not publish this part") {
		t.Error("fold labels missing")
	}
}

func mustVisible(t *testing.T, text string, fold int) string {
	t.Helper()
	v, cut := platform.Visible(text, fold)
	if !cut {
		t.Fatalf("text of %d characters is not cut at %d", platform.Count(text, platform.Characters), fold)
	}
	return v
}

func TestHTMLShortPostHasNoFold(t *testing.T) {
	r := postResult(t, "short.md", "---\nplatform: [instagram, x]\n---\nPasar murah hari ini di alun-alun.", []string{"instagram", "x"})
	page := renderHTML(t, "en", r)
	if strings.Contains(page, `data-fold-kind`) || strings.Contains(page, `data-below-fold`) {
		t.Error("a post shorter than the fold has a fold marker")
	}
}

func TestHTMLFindingsPerCard(t *testing.T) {
	src := "---\nplatform: [instagram, facebook]\nmedia: image\n---\nSelasa (2/4), pasar murah dibuka. Cek https://example.go.id dan tanya @humas. #a #b #c #d #e #f"
	text := "Selasa (2/4), pasar murah dibuka. Cek https://example.go.id dan tanya @humas. #a #b #c #d #e #f"
	ds, de := span(text, "Selasa (2/4),")
	hs, he := span(text, "#f")
	r := postResult(t, "p.md", src, []string{"instagram", "facebook"},
		lint.Finding{Rule: "alt-text-missing", Category: "accessibility", Severity: lint.Warning, Start: -1, End: -1,
			Message: i18n.T("the image has no alt text", "gambar tidak memiliki teks alternatif")},
		lint.Finding{Rule: "hook-dateline", Category: "hook", Severity: lint.Warning, Start: ds, End: de,
			Message: i18n.T(`the post opens with a press-release dateline "Selasa (2/4),"`, `unggahan dibuka dengan baris tanggal "Selasa (2/4),"`)},
		lint.Finding{Rule: "hashtag-count", Category: "engagement", Platform: "instagram", Severity: lint.Error, Start: hs, End: he,
			Message: i18n.T("6 hashtags: Instagram accepts at most 5", "6 tagar: Instagram hanya menerima paling banyak 5")},
	)
	page := renderHTML(t, "en", r)
	cs := cards(page)
	ig, fb := cs["instagram"], cs["facebook"]
	if strings.Count(ig, `<li id=`) != 3 || strings.Count(fb, `<li id=`) != 2 {
		t.Errorf("instagram should list 3 findings and facebook 2 (the hashtag cap is Instagram's):\n%s\n%s", ig, fb)
	}
	// The metadata finding is listed above the text, not marked in it.
	meta := ig[index(t, ig, `<ul class="meta"`):index(t, ig, `<div class="text"`)]
	if !strings.Contains(meta, "the image has no alt text") {
		t.Errorf("metadata finding missing above the text:\n%s", meta)
	}
	// The dateline is marked exactly, with its message as description.
	m := regexp.MustCompile(`<mark class="sev-warning" data-f="(c\d+-2)" title="[^"]*" aria-describedby="c\d+-2-msg">([^<]*)</mark>`).FindStringSubmatch(ig)
	if m == nil || m[2] != "Selasa (2/4)," {
		t.Errorf("hook-dateline mark: got %q in\n%s", m, ig)
	}
	if !strings.Contains(ig, `id="`+m[1]+`-msg"`) {
		t.Error("the mark's description points nowhere")
	}
	if !strings.Contains(ig, `<a class="rule" href="#rule-hook-dateline">`) || !strings.Contains(page, `<dt id="rule-hook-dateline">`) {
		t.Error("rule links and anchors missing")
	}
	// Hashtags, mentions and links are styled; links are plain text where
	// they cannot be tapped.
	for _, want := range []string{`<span class="tag">#a</span>`, `<span class="mention">@humas</span>`, `<span class="url nolink">https://example.go.id</span>`} {
		if !strings.Contains(ig, want) {
			t.Errorf("instagram card lacks %s", want)
		}
	}
	if !strings.Contains(fb, `<span class="url">https://example.go.id</span>`) {
		t.Error("facebook link not styled as a link")
	}
	if !strings.Contains(ig, `<mark class="sev-error" data-f="c1-3"`) || strings.Contains(fb, "sev-error") {
		t.Error("the Instagram-only error is marked on the wrong card")
	}
	// Counts: hashtags over the cap, in words as well as colour.
	if !strings.Contains(ig, `<div class="over"><dt>Hashtags</dt><dd><span aria-hidden="true">✖ </span>6 <small>(over the cap of 5)</small></dd></div>`) {
		t.Errorf("hashtag count over the cap not shown:\n%s", ig)
	}
	if !strings.Contains(ig, strconv.Itoa(platform.UTF16Len(text))+" / 2,200 characters (UTF-16)") {
		t.Errorf("length against the limit missing:\n%s", ig)
	}
	// The summary counts each finding once, not once per card.
	if !strings.Contains(page, "1 error</span>") || !strings.Contains(page, "2 warnings</span>") {
		t.Errorf("summary counts wrong")
	}
}

func TestHTMLEscapesEverything(t *testing.T) {
	evil := `<script>alert(1)</script> "quotes" & 'apos' <img src=x onerror=alert(2)> ` + "\u202Eevil\u202C مرحبا שלום"
	src := "---\nplatform: facebook\n---\n" + evil
	r := postResult(t, "<b>evil</b>.md", src, []string{"facebook"},
		lint.Finding{Rule: "hook-fold", Category: "hook", Platform: "facebook", Severity: lint.Warning, Start: 0, End: 25,
			Message:    i18n.T(`readers see only: "`+evil+`"`, `pembaca hanya melihat: "`+evil+`"`),
			Suggestion: i18n.T(`say "</li><script>x()</script>"`, `ok`)},
		lint.Finding{Rule: "front-matter", Category: "format", Severity: lint.Error, Start: -1, End: -1,
			Message: i18n.T(`unknown key "<i onmouseover=alert(3)>"`, `kunci "<i>"`)},
	)
	page := renderHTML(t, "en", r)
	if n := strings.Count(page, "<script"); n != 1 {
		t.Errorf("%d <script elements, want only the page's own", n)
	}
	for _, bad := range []string{"<img", "<i ", "<b>", "</li><script>"} {
		if strings.Contains(page, bad) {
			t.Errorf("unescaped %q in the page", bad)
		}
	}
	if !regexp.MustCompile(`<div class="text" lang="" dir="auto"><mark[^>]*>&lt;script&gt;alert\(1\)&lt;/script&gt;</mark><a class="ref[^>]*>.*?</a> &#34;quotes&#34; &amp; &#39;apos&#39; &lt;img src=x onerror=alert\(2\)&gt;`).MatchString(page) {
		t.Errorf("post text not shown literally:\n%s", page)
	}
	if !strings.Contains(page, "&amp; &#39;apos&#39;") || !strings.Contains(page, "\u202Eevil\u202C مرحبا שלום") {
		t.Error("quotes, ampersand or right-to-left text lost")
	}
	// In the post preview, bidirectional overrides and terminal escapes
	// are shown, not applied; right-to-left script stays as written.
	if !strings.Contains(page, `\u202eevil\u202c مرحبا שלום`) {
		t.Error("bidirectional overrides in the post text not shown as escapes")
	}
	ctl := renderHTML(t, "en", postResult(t, "ctl.md", "Halo \x1b[31mmerah\x1b[0m\u0085.\r\nBaris\tdua.\n", nil))
	if !strings.Contains(ctl, `Halo \x1b[31mmerah\x1b[0m\u0085.`) || strings.ContainsAny(ctl, "\x1b\u0085") || !strings.Contains(ctl, "Baris\tdua.") {
		t.Errorf("control characters in the post text not shown as escapes:\n%s", ctl)
	}
	if !strings.Contains(page, "<bdi>&lt;b&gt;evil&lt;/b&gt;.md</bdi>") {
		t.Error("path not escaped and isolated")
	}
}

func TestHTMLIsSelfContainedAndDeterministic(t *testing.T) {
	r := func() lint.PostResult {
		return postResult(t, "a.md", "---\nplatform: [instagram, x]\n---\nHalo warga! Cek https://example.go.id #info", []string{"instagram", "x"},
			lint.Finding{Rule: "hook-fold", Category: "hook", Severity: lint.Info, Start: 0, End: 5, Message: i18n.T("m", "m")})
	}
	a, b := renderHTML(t, "en", r()), renderHTML(t, "en", r())
	if a != b {
		t.Error("two renderings of the same input differ")
	}
	// The page runs its own inline script and style and nothing else.
	if !strings.Contains(a, "<script>"+htmlJS+"</script>") || !strings.Contains(a, "<style>"+htmlCSS+"</style>") {
		t.Error("script or style altered on the way into the page")
	}
	csp := "script-src " + cspHash(htmlJS)
	if !strings.Contains(unescape(a), csp) || !strings.Contains(unescape(a), "default-src 'none'") {
		t.Errorf("content security policy missing %s", csp)
	}
	for _, bad := range []*regexp.Regexp{
		regexp.MustCompile(`<script[^>]*\ssrc=`), regexp.MustCompile(`<link\b`), regexp.MustCompile(`<img\b`),
		regexp.MustCompile(`@import`), regexp.MustCompile(`url\(`), regexp.MustCompile(`src="`),
	} {
		if bad.MatchString(a) {
			t.Errorf("page loads an outside resource: %s", bad)
		}
	}
}

func TestHTMLLocales(t *testing.T) {
	long := "---\nplatform: instagram\nlang: id\n---\n" + strings.Repeat("Layanan KTP buka hari Sabtu di semua kecamatan. ", 5)
	for _, tt := range []struct {
		locale string
		want   []string
	}{
		{"en", []string{`<html lang="en">`, "postlint report", "… See more", "Hidden until the reader taps", "Filters", "Suggestion:", "2,200"}},
		{"id", []string{`<html lang="id">`, "Laporan postlint", "… selengkapnya", "Tersembunyi sampai pembaca mengetuk", "Saring", "Saran:", "2.200", "galat"}},
	} {
		r := postResult(t, "p.md", long, []string{"instagram"},
			lint.Finding{Rule: "hook-fold", Category: "hook", Platform: "instagram", Severity: lint.Warning, Start: 0, End: 3,
				Message: i18n.T("english message", "pesan bahasa Indonesia"), Suggestion: i18n.T("fix it", "perbaiki")})
		page := renderHTML(t, tt.locale, r)
		for _, w := range tt.want {
			if !strings.Contains(page, w) {
				t.Errorf("%s: page lacks %q", tt.locale, w)
			}
		}
		msg := map[string]string{"en": "english message", "id": "pesan bahasa Indonesia"}[tt.locale]
		if !strings.Contains(page, `<p class="msg" id="c1-1-msg"><bdi>`+msg+`</bdi></p>`) {
			t.Errorf("%s: message not in the locale", tt.locale)
		}
		if !strings.Contains(page, `<div class="text" lang="id" dir="auto">`) {
			t.Errorf("%s: post text lacks its own language", tt.locale)
		}
	}
}

func TestHTMLUnreadableAndEmptyPosts(t *testing.T) {
	fatal := postResult(t, "broken.md", "---\nplatform: x\nthis front matter never closes\n", []string{"x"})
	for _, pr := range fatal.Post.Problems {
		fatal.Findings = append(fatal.Findings, lint.Finding{Path: "broken.md", Post: 1, Rule: pr.Rule, Category: "format", Severity: lint.Error,
			Range: pr.Range, Start: -1, End: -1, Message: pr.Message})
	}
	empty := postResult(t, "empty.md", "---\nplatform: x\n---\n", []string{"x"})
	page := renderHTML(t, "en", fatal, empty, lint.PostResult{Path: "noplatform.txt", Index: 1, Post: &draft.Post{Text: "Halo"}, Media: "text"})
	for _, want := range []string{"The draft could not be read", "(empty post)", "No platform", "never closed"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

// TestHTMLExamplesRender renders the bundled examples through the engine,
// as the command does, and checks a known fold and a known mark.
func TestHTMLExamplesRender(t *testing.T) {
	eng, err := engine.New(engine.Options{KeepPosts: true, Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	f := newHTML(Options{W: &buf, Locale: "en", Builtin: rules.BuiltinDoc, Version: "test", Specs: platform.Defaults()})
	sum, err := eng.Run([]string{filepath.Join("..", "examples")}, f)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Finish(sum); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	src, err := os.ReadFile(filepath.Join("..", "examples", "posts", "2026-04-02-kunjungan-facebook.md"))
	if err != nil {
		t.Fatal(err)
	}
	post := draft.Parse("x.md", draft.FormatMarkdown, src, draft.Options{})[0]
	visible := mustVisible(t, post.Text, 125)
	card := cards(page[index(t, page, "2026-04-02-kunjungan-facebook.md</bdi> <span"):])["instagram"]
	textDiv := card[index(t, card, `<div class="text"`):]
	if got := plainText(textDiv[:index(t, textDiv, `<span class="fold`)]); got != visible {
		t.Errorf("visible part:\n got %q\nwant %q", got, visible)
	}
	if !regexp.MustCompile(`<mark class="sev-warning multi" data-f="c\d+-2(?: c\d+-\d+)+"[^>]*>Selasa \(2/4\),</mark>`).MatchString(card) {
		t.Errorf("hook-dateline and hook-fold overlap not marked:\n%s", card)
	}
}

// TestHTMLSourcesArePlainText: a rule's sources are attributions in plain
// words, shown as text, one after the other.
func TestHTMLSourcesArePlainText(t *testing.T) {
	r := postResult(t, "a.md", "---\nplatform: facebook\n---\nHalo", []string{"facebook"},
		lint.Finding{Rule: "hook-fold", Category: "hook", Platform: "facebook", Severity: lint.Warning, Start: 0, End: 4,
			Message: i18n.T("m", "m")})
	page := renderHTML(t, "en", r)
	i := strings.Index(page, "<p>Source: ")
	if i < 0 {
		t.Fatalf("no sources in the page:\n%s", page)
	}
	line, _, _ := strings.Cut(page[i:], "</p>")
	if strings.Contains(line, "<a ") || !strings.Contains(line, "(2016); Instagram Help Centre") {
		t.Errorf("sources: %s", line)
	}
}
