package rules

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/lazyre"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/twittertext"
)

// MarkdownSyntax reports Markdown that social platforms print as typed:
// **bold**, __bold__, ~~strike~~, # headings, [text](url) links, ``` fences
// and quote blocks, plus *italic* and _italic_ (info: readers take a word
// between asterisks as emphasis anyway). Hashtags (#Info), arithmetic
// (5 * 3), snake_case, emoticons and plain "- item" or "• item" lists are
// not Markdown. WhatsApp renders *bold*, _italic_, ~strike~, ``` and >
// quotes itself, so posts for WhatsApp alone are only checked for the rest.
type MarkdownSyntax struct {
	// Emphasis also reports *italic* and _italic_ (as info).
	Emphasis bool `toml:"emphasis"`
}

func init() { register("markdown-syntax", func() Rule { return &MarkdownSyntax{Emphasis: true} }) }

// Doc documents the rule.
func (*MarkdownSyntax) Doc() lint.Doc {
	return lint.Doc{
		ID:        "markdown-syntax",
		Category:  lint.CategoryFormat,
		Severity:  lint.Warning,
		Summary:   i18n.English("Markdown such as **bold**, # heading or [text](url): platforms print the symbols literally"),
		Rationale: i18n.English("Facebook, Instagram, X, LinkedIn, TikTok, Threads and YouTube do not render Markdown: a caption drafted in a Markdown editor shows its asterisks, hashes and brackets to every reader, and a [text](url) link loses its text. Write plain text: a short line on its own for a heading, the bare link after its label. Single *stars* or _underscores_ are only a note, because readers know them from chat apps; WhatsApp renders *bold*, _italic_, ~strike~, ``` and > quotes, so posts for WhatsApp alone are not checked for those. `postlint fix` drops the markers of **bold** and __bold__ (posts for WhatsApp alone keep *bold* and ~strike~), the hashes of headings, and writes links as \"text: url\"; strike-through (its crossing-out carries meaning), images, code fences, quote blocks and italics are left to you."),
		Source:    "postlint's own contract: social platforms do not render Markdown; WhatsApp Help Centre on formatting text (*bold*, _italic_, ~strikethrough~)",
		Bad:       i18n.English("## Free health checks\n**Saturday**, 08.00–12.00. [Register here](https://example.id/daftar)"),
		Good:      i18n.English("Free health checks 🩺\nSaturday, 08.00–12.00. Register: https://example.id/daftar"),
		Options: []lint.OptionDoc{
			{Name: "emphasis", Help: i18n.English("also note *italic* and _italic_ (info)")},
		},
		Fixable: true,
	}
}

// Markdown patterns, compiled once; emphasis is found by a scanner
// (nextEmphasis).
var (
	mdFence     = lazyre.New("(?m)^[ \t]{0,3}```.*$")
	mdHeading   = lazyre.New(`(?m)^[ \t]{0,3}(#{1,6})[ \t]+(\S.*?)[ \t]*#*[ \t]*$`)
	mdQuoteLine = lazyre.New(`(?m)^[ \t]{0,3}>.*$`)
	mdLink      = lazyre.New(`(!?)\[([^\[\]\n]+)\]\(([^()\s]+)\)`)
)

// mdSpan is a finding before it is reported.
type mdSpan struct {
	start, end int
	sev        lint.Severity
	what       i18n.Text
	plain      string
	// fix replaces the span when fixable is set: the plain text of a
	// heading, a link or bold and struck-through words.
	fix     string
	fixable bool
}

// Check finds the Markdown constructs.
func (r *MarkdownSyntax) Check(p *Pass) {
	text := p.Text.Text
	whatsapp := targetsOnly(p, "whatsapp")
	// Most posts hold none of the characters Markdown needs; skip the
	// regular expressions for them.
	var fences mdIntervals
	if strings.Contains(text, "```") || strings.Contains(text, "~~~") {
		fences = mdFenceBlocks(text)
	}
	var found []mdSpan
	if !whatsapp {
		for _, f := range fences {
			found = append(found, mdSpan{start: f[0], end: f[1], sev: lint.Warning, what: i18n.T("a ``` code fence", "pagar kode ```")})
		}
	}
	// A heading needs a '#' followed by a space or tab; a bare '#' is
	// usually a hashtag.
	hasHash := strings.Contains(text, "# ") || strings.Contains(text, "#\t")
	hasQuote, hasLink := strings.Contains(text, ">"), strings.Contains(text, "](")
	for _, m := range headingMatches(text, hasHash) {
		if !fences.overlaps(m[0], m[0]+1) {
			plain := headingText(text[m[4]:m[1]])
			found = append(found, mdSpan{start: m[2], end: m[1], sev: lint.Warning, what: i18n.T("a Markdown heading", "judul Markdown"),
				plain: plain, fix: plain, fixable: plain != ""})
		}
	}
	if !whatsapp && hasQuote {
		found = append(found, mdQuotes(text, fences)...)
	}
	for _, m := range linkMatches(text, hasLink) {
		label, url := text[m[4]:m[5]], text[m[6]:m[7]]
		what := i18n.T("a Markdown link", "tautan Markdown")
		if m[3] > m[2] {
			what = i18n.T("a Markdown image", "gambar Markdown")
		}
		plain := linkText(label, url)
		// An image's file name means nothing to readers: dropping it or
		// keeping its alt text is for the writer to choose.
		image := m[3] > m[2]
		found = append(found, mdSpan{start: m[0], end: m[1], sev: lint.Warning, what: what, plain: plain, fix: plain, fixable: !image})
	}
	found = append(found, r.inline(p, whatsapp, fences, found)...)
	for _, f := range found {
		sugg := i18n.T("remove the Markdown: platforms print it as typed", "hapus Markdown-nya: platform menampilkannya apa adanya")
		if f.plain != "" {
			sugg = i18n.Sprintf("write it as plain text: %q", "tulis sebagai teks biasa: %q", excerpt(f.plain, 60))
		}
		r := Report{
			Start: f.start, End: f.end, Severity: f.sev,
			Message: i18n.Sprintf("%s (%q): social platforms do not render Markdown and show the symbols",
				"%s (%q): platform media sosial tidak menampilkan Markdown dan memperlihatkan simbolnya", f.what, excerpt(text[f.start:f.end], 40)),
			Suggestion: sugg,
		}
		if f.fixable {
			r.Fix = &Fix{Start: f.start, End: f.end, Text: f.fix}
		}
		p.Report(r)
	}
}

// inline finds bold, strike-through and italic markers outside fences,
// links, headings, quotes and URLs. Where two overlap, the one that starts
// first is kept.
func (r *MarkdownSyntax) inline(p *Pass, whatsapp bool, fences mdIntervals, blocks []mdSpan) []mdSpan {
	text := p.Text.Text
	covered := make(mdIntervals, 0, len(blocks))
	for _, b := range blocks {
		covered = append(covered, [2]int{b.start, b.end})
	}
	covered = covered.merged()
	// Bold is fixed by dropping its markers. WhatsApp renders *bold* and
	// ~strike~, so a post for WhatsApp alone keeps bold and strike-through
	// in WhatsApp's own markers. Elsewhere strike-through has no fix: the
	// crossing-out carries meaning (an old price) that plain text would
	// turn around. Italic is only a note: readers already take it as
	// emphasis.
	kinds := []struct {
		marker   string // what opens and closes the span (nextEmphasis)
		sev      lint.Severity
		what     i18n.Text
		guard    bool // needs a non-word character on both sides
		skip     bool
		fix      bool   // fixed by dropping the markers
		whatsapp string // WhatsApp's marker, for posts for WhatsApp alone
	}{
		{"**", lint.Warning, i18n.T("Markdown bold", "huruf tebal Markdown"), false, false, true, "*"},
		{"__", lint.Warning, i18n.T("Markdown bold", "huruf tebal Markdown"), true, false, true, "*"},
		{"~~", lint.Warning, i18n.T("Markdown strike-through", "coretan Markdown"), false, false, false, "~"},
		{"*", lint.Info, i18n.T("Markdown italic", "huruf miring Markdown"), true, whatsapp || !r.Emphasis, false, ""},
		{"_", lint.Info, i18n.T("Markdown italic", "huruf miring Markdown"), true, whatsapp || !r.Emphasis, false, ""},
	}
	var cands []mdSpan
	for _, k := range kinds {
		if k.skip || !strings.Contains(text, k.marker) {
			continue
		}
		for _, m := range findInline(text, k.marker, k.guard) {
			if fences.overlaps(m[0], m[1]) || covered.overlaps(m[0], m[1]) || entityAt(p.Text.URLs(), m[0]) {
				continue
			}
			inner := text[m[2]:m[3]]
			c := mdSpan{start: m[0], end: m[1], sev: k.sev, what: k.what, plain: inner}
			// Markers that a link swallows ("https://e.id/a**") are left
			// alone: dropping them would change the link.
			switch {
			case markerInURL(p.Text.URLs(), m[0], m[2], m[3], m[1]):
			case whatsapp && k.whatsapp != "":
				c.fix, c.fixable = k.whatsapp+inner+k.whatsapp, true
			case k.fix:
				c.fix, c.fixable = inner, true
			}
			cands = append(cands, c)
		}
	}
	slices.SortStableFunc(cands, func(x, y mdSpan) int { return cmp.Compare(x.start, y.start) })
	var out []mdSpan
	last := -1
	for _, c := range cands {
		if c.start >= last {
			out = append(out, c)
			last = c.end
		}
	}
	return out
}

// findInline finds the emphasis spans that marker opens and closes
// (nextEmphasis) and returns those [start, end, innerStart, innerEnd] whose
// markers are not glued to a neighbouring marker or, with guard, to a
// letter or digit (snake_case, 5*3*2), and whose content has at least two
// letters (so emoticons such as *_* and ^_^ are not emphasis).
func findInline(text, marker string, guard bool) [][4]int {
	var out [][4]int
	for pos := 0; pos < len(text); {
		s, e, ok := nextEmphasis(text, pos, marker)
		if !ok {
			break
		}
		is, ie := s+len(marker), e-len(marker)
		before, after := runeBefore(text, s), runeAt(text, e)
		ok = before != rune(marker[0]) && after != rune(marker[0]) && letterCount(text[is:ie]) >= 2
		if ok && guard {
			ok = !isWordChar(before) && !isWordChar(after)
		}
		if !ok {
			pos = s + 1
			continue
		}
		out = append(out, [4]int{s, e, is, ie})
		pos = e
	}
	return out
}

// nextEmphasis returns the first span at or after from that the ASCII
// marker ("**", "__", "~~", "*" or "_") opens and closes, with no line
// break inside and no white space or marker character just inside either
// marker. With M the marker and C its character, it finds what the
// regular expression
//
//	M([^\sC](?:[^C\n]*?[^\sC])?)M
//
// finds in text[from:] (TestNextEmphasisSameAsRegexp): a scanner, because
// this runs on every post that holds a marker character.
func nextEmphasis(text string, from int, marker string) (start, end int, ok bool) {
	c := marker[0]
	for s := from; s < len(text); s++ {
		i := strings.Index(text[s:], marker)
		if i < 0 {
			break
		}
		s += i
		first := s + len(marker)
		if first >= len(text) || text[first] == c || isSpaceRE(text[first]) {
			continue
		}
		_, w := utf8.DecodeRuneInString(text[first:])
		rest := first + w
		// The longer form first, as the optional group is greedy: the
		// lazy run stops at the first C or line break, so only the
		// character before it can close the span. Its last byte tells
		// white space: no byte of a multi-byte or invalid sequence is.
		j := rest
		for j < len(text) && text[j] != c && text[j] != '\n' {
			j++
		}
		if j > rest && !isSpaceRE(text[j-1]) && strings.HasPrefix(text[j:], marker) {
			return s, j + len(marker), true
		}
		if strings.HasPrefix(text[rest:], marker) {
			return s, rest + len(marker), true
		}
	}
	return 0, 0, false
}

// markerInURL reports whether a link overlaps the opening marker
// [start, innerStart) or the closing one [innerEnd, end).
func markerInURL(urls []twittertext.Entity, start, innerStart, innerEnd, end int) bool {
	for _, u := range urls {
		if u.Start < innerStart && u.End > start || u.Start < end && u.End > innerEnd {
			return true
		}
	}
	return false
}

// headingText is a heading line's text after the opening hashes: without
// a closing run of hashes, which needs a blank before it ("# C#" keeps
// its "#"), and without outer blanks.
func headingText(s string) string {
	s = strings.TrimRight(s, " \t")
	if t := strings.TrimRight(s, "#"); t != s && (t == "" || strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\t")) {
		s = strings.TrimRight(t, " \t")
	}
	return strings.TrimSpace(s)
}

// linkText writes a Markdown link as plain text: "label: url", or the URL
// alone when the label is the URL itself or its start ("example.id" for
// https://example.id/page).
func linkText(label, url string) string {
	bare := strings.TrimPrefix(strings.TrimPrefix(url, "https://"), "http://")
	switch l := strings.TrimSpace(label); {
	case l == url || strings.Contains(l, ".") && !strings.ContainsAny(l, " \t") && strings.HasPrefix(bare, strings.TrimPrefix(strings.TrimPrefix(l, "https://"), "http://")):
		return url
	case strings.HasSuffix(l, ":"):
		return l + " " + url
	}
	return label + ": " + url
}

func isWordChar(r rune) bool {
	return r >= 0 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_')
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// mdIntervals are sorted, disjoint byte ranges.
type mdIntervals [][2]int

// overlaps reports whether [start, end) meets one of the ranges (binary
// search, so long posts with many markers stay linear).
func (iv mdIntervals) overlaps(start, end int) bool {
	i := sort.Search(len(iv), func(i int) bool { return iv[i][1] > start })
	return i < len(iv) && iv[i][0] < end
}

// merged sorts the ranges and joins those that overlap.
func (iv mdIntervals) merged() mdIntervals {
	// slices.SortFunc runs the pdqsort sort.Slice runs, with the same
	// comparisons, so ranges with equal starts end in the same order;
	// sort.Slice allocated its swapper and closure per post.
	slices.SortFunc(iv, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	out := iv[:0]
	for _, r := range iv {
		if n := len(out); n > 0 && r[0] < out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out = append(out, r)
	}
	return out
}

func headingMatches(text string, has bool) [][]int {
	if !has {
		return nil
	}
	return mdHeading.FindAllStringSubmatchIndex(text, -1)
}

func linkMatches(text string, has bool) [][]int {
	if !has {
		return nil
	}
	return mdLink.FindAllStringSubmatchIndex(text, -1)
}

// mdFenceBlocks pairs ``` lines into blocks; an unclosed fence runs to the
// end of the text.
func mdFenceBlocks(text string) mdIntervals {
	var out mdIntervals
	lines := mdFence.FindAllStringIndex(text, -1)
	for i := 0; i < len(lines); i += 2 {
		end := len(text)
		if i+1 < len(lines) {
			end = lines[i+1][1]
		}
		out = append(out, [2]int{lines[i][0], end})
	}
	return out
}

// mdQuotes finds quote blocks that are clearly Markdown: consecutive lines
// starting with ">" where one line is a bare ">" (a paragraph break inside
// a quote) or a nested ">>". Lines starting with "> " alone are often used
// as arrows in plain-text lists, so they are left alone.
func mdQuotes(text string, fences mdIntervals) []mdSpan {
	var out []mdSpan
	lines := mdQuoteLine.FindAllStringIndex(text, -1)
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && lines[j][0] == lines[j-1][1]+1 {
			j++
		}
		clear := false
		var plain []string
		for _, l := range lines[i:j] {
			body := strings.TrimLeft(text[l[0]:l[1]], " \t")[1:]
			trimmed := strings.TrimSpace(body)
			if trimmed == "" || strings.HasPrefix(trimmed, ">") {
				clear = true
			}
			if t := strings.TrimSpace(strings.TrimLeft(trimmed, "> ")); t != "" {
				plain = append(plain, t)
			}
		}
		if clear && !fences.overlaps(lines[i][0], lines[i][0]+1) {
			out = append(out, mdSpan{start: lines[i][0], end: lines[j-1][1], sev: lint.Warning,
				what: i18n.T("a Markdown quote block", "blok kutipan Markdown"), plain: strings.Join(plain, " ")})
		}
		i = j
	}
	return out
}

// Requires declares the analysis views the rule reads.
func (*MarkdownSyntax) Requires() []AnyView {
	return []AnyView{viewURLs}
}
