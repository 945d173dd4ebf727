package report

import (
	"bufio"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/fatih/color"
	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/rivo/uniseg"
)

func init() {
	register("text", Factory{New: newText, NeedsPosts: true, Help: "human-readable report, coloured on a terminal (default)"})
}

// textFormatter prints findings grouped by file, each with its source line
// underlined, and a summary.
type textFormatter struct {
	w        *bufio.Writer
	opts     Options
	lastPath string
	styles   textStyles
	line     sourceLine // the line excerpts are cut from, reused
	num      []byte     // a location's digits, the buffer kept
}

type textStyles struct {
	path, rule, dim, sugg *color.Color
	sev                   map[lint.Severity]*color.Color
}

func newText(o Options) Formatter {
	mk := func(attrs ...color.Attribute) *color.Color {
		c := color.New(attrs...)
		if o.Color {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	return &textFormatter{
		w:    newWriter(o.W),
		opts: o,
		styles: textStyles{
			path: mk(color.Bold), rule: mk(color.FgMagenta), dim: mk(color.Faint), sugg: mk(color.FgGreen),
			sev: map[lint.Severity]*color.Color{
				lint.Error:   mk(color.FgRed, color.Bold),
				lint.Warning: mk(color.FgYellow, color.Bold),
				lint.Info:    mk(color.FgCyan),
			},
		},
	}
}

// Post prints the post's findings under its file's path, printed once
// per file: each finding as "  LINE:COL  severity  rule  message", then
// the source line with the span underlined, then the suggestion. Editors
// and CI that want path:line:col on every line use --format github,
// checkstyle or json.
func (t *textFormatter) Post(r lint.PostResult) error {
	if len(r.Findings) == 0 {
		return nil
	}
	if r.Path != t.lastPath {
		if t.lastPath != "" {
			t.w.WriteString("\n")
		}
		t.w.WriteString(t.styled(t.styles.path, visibleControls(r.Path, "")))
		t.w.WriteByte('\n')
		t.lastPath = r.Path
	}
	loc := t.opts.Locale
	msgs := i18n.Messages(loc)
	line := &t.line
	line.forget()
	suggestion := t.styled(t.styles.sugg, "→ "+msgs.T("suggestion")+":")
	// Each piece is written as it is: formatting a line with Fprintf
	// boxed every piece, five allocations a finding.
	for _, f := range r.Findings {
		sevStyle := t.styles.sev[f.Severity]
		t.w.WriteString("  ")
		if f.Range.Cell == nil {
			// line:column, written without making a string of it
			t.num = strconv.AppendInt(t.num[:0], int64(f.Range.Start.Line), 10)
			t.num = append(t.num, ':')
			t.num = strconv.AppendInt(t.num, int64(f.Range.Start.Column), 10)
			t.w.Write(t.num)
		} else {
			t.w.WriteString(textLocation(f, loc))
		}
		t.w.WriteString("  ")
		t.w.WriteString(t.styled(sevStyle, severityWord(f.Severity, msgs)))
		t.w.WriteString("  ")
		t.w.WriteString(t.styled(t.styles.rule, visibleControls(f.Rule, "")))
		t.w.WriteString("  ")
		t.w.WriteString(visibleControls(f.Message.In(loc), "\t"))
		if plats := f.OnPlatforms(); len(plats) > 0 {
			if t.opts.Color {
				t.w.WriteString(t.styled(t.styles.dim, " ["+platformList(f)+"]"))
			} else {
				t.w.WriteString(" [")
				for i, p := range plats {
					if i > 0 {
						t.w.WriteString(", ")
					}
					t.w.WriteString(p)
				}
				t.w.WriteByte(']')
			}
		}
		if f.Fix != nil {
			t.w.WriteString(t.styled(t.styles.sugg, " ("+msgs.T("fixable")+")"))
		}
		t.w.WriteByte('\n')
		if r.Post != nil {
			t.excerpt(r.Post, f, sevStyle, line)
		}
		if s := f.Suggestion.In(loc); s != "" {
			t.w.WriteString("    ")
			t.w.WriteString(suggestion)
			t.w.WriteByte(' ')
			t.w.WriteString(visibleControls(s, "\t"))
			t.w.WriteByte('\n')
		}
	}
	return nil
}

// textLocation is where a finding is, after the path: line:column, with
// the calendar cell of a CSV row after it ("7:12 (row 5, column
// Naskah)"), or a workbook's cell reference alone ("Kalender!C5"), since
// a workbook has no lines.
func textLocation(f lint.Finding, locale string) string {
	c := f.Range.Cell
	if c != nil && c.Sheet() != "" {
		return visibleControls(c.Ref(), "")
	}
	loc := strconv.Itoa(f.Range.Start.Line) + ":" + strconv.Itoa(f.Range.Start.Column)
	if c != nil {
		loc += " (" + visibleControls(c.Label().In(locale), "") + ")"
	}
	return loc
}

// visibleControls replaces the characters a terminal would act on rather
// than show with escapes, so that a draft cannot retitle the window, clear
// the screen, overwrite a line or reorder what is printed: C0 controls
// (\x1b, \r, \n, …) except those in keep, DEL, C1 controls (\u009b) and
// the bidirectional embeddings, overrides and isolates (\u202e).
func visibleControls(s, keep string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return controlEscape(r) != "" && !strings.ContainsRune(keep, r) })
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if e := controlEscape(r); e != "" && !strings.ContainsRune(keep, r) {
			b.WriteString(e)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// controlEscape returns the escape visibleControls prints for r, or "" for
// a character shown as it is.
func controlEscape(r rune) string {
	switch {
	case r == '\n':
		return `\n`
	case r == '\r':
		return `\r`
	case r < 0x20 || r == 0x7F:
		return fmt.Sprintf(`\x%02x`, r)
	case r >= 0x80 && r <= 0x9F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return ""
}

// excerptIndent is what precedes an excerpt and its underline.
const excerptIndent = "    "

// minExcerptWidth is the narrowest excerpt shown, however narrow the
// terminal: below it an excerpt says too little to be worth a wrap.
const minExcerptWidth = 20

// sourceLine is the source line the last excerpt showed, kept for the
// next finding on the same line: a long line is read once per post, and
// each excerpt then costs its own window.
type sourceLine struct {
	n     int // line number; 0 before the first
	text  string
	offs  []int // byte offset of each code point, and len(text)
	blank bool
	// whole and near are the cells of the last whole line and of the
	// last look around a span, back, ahead and shown those of the last
	// cut excerpt (before and after its span, and both), their memory
	// kept for the next excerpt: each excerpt of a long line made them
	// anew, most of the memory a one-draft run's report took.
	whole, near, back, ahead, shown []cell
}

func (l *sourceLine) load(p *draft.Post, n int) {
	if l.n == n {
		return
	}
	l.set(n, p.SourceLine(n))
}

// forget drops the line, keeping its memory: the next load reads a line
// of another post.
func (l *sourceLine) forget() { l.n = 0 }

// set makes text the line; n is its number, or -1 for text that is not a
// line of the file (a workbook cell's), which the next load replaces.
func (l *sourceLine) set(n int, text string) {
	text = strings.ReplaceAll(text, "\t", " ")
	if size := utf8.RuneCountInString(text) + 1; cap(l.offs) < size {
		// One allocation of the line's size: grown by append, a long
		// line's offsets were copied about ten times, each copy into fresh
		// memory, on the one excerpt a pre-commit hook often prints.
		l.offs = make([]int, 0, size)
	}
	l.offs = l.offs[:0]
	for i := range text {
		l.offs = append(l.offs, i)
	}
	l.offs = append(l.offs, len(text))
	l.n, l.text, l.blank = n, text, strings.TrimSpace(text) == ""
}

// runes is the line's length in code points.
func (l *sourceLine) runes() int { return len(l.offs) - 1 }

// cell is one character as people see it (a grapheme cluster) as the
// excerpt prints it: control characters as escapes (visibleControls).
type cell struct {
	from, to int // code points of the line
	shown    string
	width    int // columns on a terminal
}

// cells appends to out the cells of the line from code point from onwards,
// stopping once they fill the given number of columns or reach code point
// stop, whichever comes first.
func (l *sourceLine) cells(out []cell, from, stop, columns int) []cell {
	if out == nil {
		// A cell holds at least one code point and mostly one column.
		out = make([]cell, 0, max(0, min(stop-from, columns)))
	}
	rest, at, used, state := l.text[l.offs[from]:l.offs[stop]], from, 0, -1
	for rest != "" && used < columns {
		// A printable ASCII character followed by ASCII (or nothing) is a
		// cluster of its own, one column wide, and the next starts afresh:
		// no rule joins it to what follows. Most drafts are mostly that.
		if b := rest[0]; b >= 0x20 && b < 0x7f && (len(rest) == 1 || rest[1] < utf8.RuneSelf) {
			out = append(out, cell{from: at, to: at + 1, shown: rest[:1], width: 1})
			rest, at, used, state = rest[1:], at+1, used+1, -1
			continue
		}
		var cluster string
		var w int
		cluster, rest, w, state = uniseg.FirstGraphemeClusterInString(rest, state)
		c := cell{from: at, to: at + utf8.RuneCountInString(cluster), shown: cluster, width: w}
		if strings.IndexFunc(cluster, func(r rune) bool { return controlEscape(r) != "" }) >= 0 {
			c.shown = visibleControls(cluster, "")
			c.width = uniseg.StringWidth(c.shown)
		}
		out = append(out, c)
		at, used = c.to, used+c.width
	}
	return out
}

// cellsBefore returns the cells just before code point to that fill at
// most columns columns, in order, in the memory of l.back: valid until
// the next call.
func (l *sourceLine) cellsBefore(to, columns int) []cell {
	// Segment a stretch before to that is surely wide enough (every code
	// point but a few joiners and marks takes a column); a stretch that
	// starts inside a cluster only costs a little context.
	from := max(0, to-4*columns-8)
	l.back = l.cells(l.back[:0], from, to, math.MaxInt)
	all := l.back
	used, i := 0, len(all)
	for i > 0 && used+all[i-1].width <= columns {
		i--
		used += all[i].width
	}
	return all[i:]
}

// clusterStart returns where the character holding code point at starts:
// a span may start inside an emoji sequence or on a combining mark.
func (l *sourceLine) clusterStart(at int) int {
	if at >= l.runes() {
		return at
	}
	l.near = l.cells(l.near[:0], max(0, at-32), min(l.runes(), at+32), math.MaxInt)
	for _, c := range l.near {
		if c.to > at {
			return min(c.from, at)
		}
	}
	return at
}

func widthOf(cs []cell) int {
	w := 0
	for _, c := range cs {
		w += c.width
	}
	return w
}

// excerpt prints the finding's first line with the span underlined, cut
// so that the line and its underline fit the report's width: a long line
// is shown around the start of the span, with "…" where it is cut.
// Widths are those of what is printed: wide (CJK, emoji) characters take
// two columns, control characters their escapes.
func (t *textFormatter) excerpt(p *draft.Post, f lint.Finding, style *color.Color, line *sourceLine) {
	startCol, endCol := f.Range.Start.Column-1, -1
	if f.Range.End.Line == f.Range.Start.Line {
		endCol = f.Range.End.Column - 1
	}
	if inWorkbook(f) {
		// A workbook has no source lines: show the line of the cell's
		// text that holds the finding.
		text, from, to, ok := p.CellExcerpt(f.Range, f.Start, f.End)
		if !ok {
			return
		}
		line.set(-1, text)
		startCol, endCol = from, to
	} else {
		line.load(p, f.Range.Start.Line)
	}
	if line.blank {
		return
	}
	n := line.runes()
	start := min(max(startCol, 0), n)
	end := n
	if endCol >= 0 {
		end = min(max(endCol, start+1), n)
	}
	avail := max(t.width()-len(excerptIndent), minExcerptWidth)
	if start == n {
		avail-- // the underline stands after the last character
	}
	const ellipsis = "…" // one column
	var shown []cell
	cutLeft, cutRight := false, false
	line.whole = line.cells(line.whole[:0], 0, n, avail+1)
	if whole := line.whole; widthOf(whole) <= avail && (len(whole) == 0 || whole[len(whole)-1].to == n) {
		shown = whole
	} else {
		// Some context before the span, then as much as fits after it.
		context := min(20, avail/4)
		first := line.clusterStart(start)
		before := line.cellsBefore(first, context)
		from := first
		if len(before) > 0 {
			from = before[0].from
		}
		cutLeft = from > 0
		room := avail - 1 // the "…" that ends a cut line
		if cutLeft {
			room--
		}
		line.ahead = line.cells(line.ahead[:0], first, n, room-widthOf(before))
		after := line.ahead
		if widthOf(after) > room-widthOf(before) {
			after = after[:len(after)-1]
		}
		// A copy: the next cellsBefore reuses before's memory.
		line.shown = append(append(line.shown[:0], before...), after...)
		shown = line.shown
		if len(after) > 0 && after[len(after)-1].to == n || len(after) == 0 && start == n {
			// The line ends inside the window: use the room left for
			// more context before it.
			left := avail - widthOf(shown)
			if cutLeft {
				left--
			}
			if more := line.cellsBefore(from, left); len(more) > 0 {
				// more ends l.back, whose memory nothing else holds.
				shown = append(more, shown...)
				cutLeft = more[0].from > 0
			}
		} else {
			cutRight = true
		}
	}
	pad, carets := 0, 0
	t.w.WriteString(excerptIndent)
	if cutLeft {
		pad = 1
		t.w.WriteString(t.styled(t.styles.dim, ellipsis))
	}
	for _, c := range shown {
		t.w.WriteString(c.shown)
		switch {
		case c.to <= start:
			pad += c.width
		case c.from < end:
			carets += c.width
		}
	}
	if cutRight {
		t.w.WriteString(t.styled(t.styles.dim, ellipsis))
	}
	t.w.WriteByte('\n')
	t.w.WriteString(excerptIndent)
	for range pad {
		t.w.WriteByte(' ')
	}
	if t.opts.Color {
		t.w.WriteString(style.Sprint(strings.Repeat("^", max(1, carets))))
	} else {
		for range max(1, carets) {
			t.w.WriteByte('^')
		}
	}
	t.w.WriteByte('\n')
}

// styled is s in c's style: s itself when the report has no colours,
// without going through color, which formats and allocates either way.
func (t *textFormatter) styled(c *color.Color, s string) string {
	if !t.opts.Color {
		return s
	}
	return c.Sprint(s)
}

// width is the number of columns the report fits in.
func (t *textFormatter) width() int {
	if t.opts.Width > 0 {
		return t.opts.Width
	}
	return 80
}

// severityWord names a severity the way the text report prints it.
func severityWord(s lint.Severity, msgs i18n.Catalog) string {
	switch s {
	case lint.Error:
		return msgs.T("error")
	case lint.Warning:
		return msgs.T("warning")
	case lint.Info:
		return msgs.T("info")
	}
	return s.String()
}

func (t *textFormatter) Finish(s lint.Summary) error {
	if !t.opts.Quiet {
		if t.lastPath != "" {
			t.w.WriteString("\n")
		}
		if s.Fixed > 0 {
			t.w.WriteString(fixedLine(s, t.opts.Locale) + "\n")
		}
		t.w.WriteString(summaryLine(s, t.opts.Locale, t.styles) + "\n")
		if s.Fixable > 0 {
			t.w.WriteString(fixableLine(s, t.opts.Locale) + "\n")
		}
	}
	return t.w.Flush()
}

// fixedLine reads like "Fixed 5 problems in 2 files.".
func fixedLine(s lint.Summary, locale string) string {
	msgs := i18n.Messages(locale)
	return msgs.Tf("Fixed %s in %s.", msgs.Count(s.Fixed, "%d problem", "%d problems"), msgs.Count(s.FixedFiles, "%d file", "%d files"))
}

// fixableLine reads like "2 fixable with --fix".
func fixableLine(s lint.Summary, locale string) string {
	return i18n.Messages(locale).Tf("%d fixable with --fix", s.Fixable)
}

// summaryLine reads like "3 errors, 2 warnings, 1 info in 4 posts (12
// files) in 35 ms".
func summaryLine(s lint.Summary, locale string, st textStyles) string {
	msgs := i18n.Messages(locale)
	where := msgs.Tf("in %s (%s) in %d ms", msgs.Count(s.Posts, "%d post", "%d posts"), msgs.Count(s.Files, "%d file", "%d files"), s.Elapsed.Milliseconds())
	if s.Errors+s.Warnings+s.Infos == 0 {
		return st.sugg.Sprint(msgs.T("No problems")+" ") + where
	}
	return fmt.Sprintf("%s, %s, %s %s",
		st.sev[lint.Error].Sprint(msgs.Count(s.Errors, "%d error", "%d errors")),
		st.sev[lint.Warning].Sprint(msgs.Count(s.Warnings, "%d warning", "%d warnings")),
		st.sev[lint.Info].Sprint(msgs.Count(s.Infos, "%d info", "%d infos")), where)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
