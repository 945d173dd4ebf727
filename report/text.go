package report

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"

	"github.com/fatih/color"
	"github.com/postlint/postlint/engine"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/rules"
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
}

type textStyles struct {
	path, rule, dim, sugg *color.Color
	sev                   map[rules.Severity]*color.Color
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
		w:    bufio.NewWriter(o.W),
		opts: o,
		styles: textStyles{
			path: mk(color.Bold), rule: mk(color.FgMagenta), dim: mk(color.Faint), sugg: mk(color.FgGreen),
			sev: map[rules.Severity]*color.Color{
				rules.Error:   mk(color.FgRed, color.Bold),
				rules.Warning: mk(color.FgYellow, color.Bold),
				rules.Info:    mk(color.FgCyan),
			},
		},
	}
}

func (t *textFormatter) Post(r engine.PostResult) error {
	if len(r.Findings) == 0 {
		return nil
	}
	if r.Path != t.lastPath {
		if t.lastPath != "" {
			t.w.WriteString("\n")
		}
		t.w.WriteString(t.styles.path.Sprint(visibleControls(r.Path, "")) + "\n")
		t.lastPath = r.Path
	}
	loc := t.opts.Locale
	var lines excerptLine
	for _, f := range r.Findings {
		sevStyle := t.styles.sev[f.Severity]
		msg := visibleControls(f.Message.In(loc), "\t")
		if p := platformList(f); p != "" {
			msg += t.styles.dim.Sprintf(" [%s]", p)
		}
		if f.Fix != nil {
			msg += t.styles.sugg.Sprint(" (" + fixableWord(loc) + ")")
		}
		fmt.Fprintf(t.w, "%s:%s  %s  %s  %s\n", visibleControls(f.Path, ""), textLocation(f, loc),
			sevStyle.Sprint(severityWord(f.Severity, loc)), t.styles.rule.Sprint(visibleControls(f.Rule, "")), msg)
		if r.Post != nil {
			t.excerpt(r, f, sevStyle, &lines)
		}
		if s := f.Suggestion.In(loc); s != "" {
			label := "suggestion"
			if loc == i18n.ID {
				label = "saran"
			}
			fmt.Fprintf(t.w, "    %s %s\n", t.styles.sugg.Sprint("→ "+label+":"), visibleControls(s, "\t"))
		}
	}
	return nil
}

// textLocation is where a finding is, after the path: line:column, with
// the calendar cell of a CSV row after it ("7:12 (row 5, column
// Naskah)"), or a workbook's cell reference alone ("Kalender!C5"), since
// a workbook has no lines.
func textLocation(f rules.Finding, locale string) string {
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

// excerptLine is the source line the last excerpt showed, kept for the
// next finding: on a long line each finding reads only its own window.
type excerptLine struct {
	set   bool
	n     int
	runes []rune
	blank bool
	wide  bool // wider than an excerpt
}

// excerpt prints the finding's first line with the span underlined.
// Control characters are printed as escapes (visibleControls); the
// underline is measured on what is printed.
func (t *textFormatter) excerpt(r engine.PostResult, f rules.Finding, style *color.Color, cache *excerptLine) {
	const maxWidth = 100
	startCol, endCol := f.Range.Start.Column-1, -1
	if f.Range.End.Line == f.Range.Start.Line {
		endCol = f.Range.End.Column - 1
	}
	if inWorkbook(f) {
		// A workbook has no source lines: show the line of the cell's
		// text that holds the finding.
		line, from, to, ok := r.Post.CellExcerpt(f.Range, f.Start, f.End)
		if !ok {
			return
		}
		line = strings.ReplaceAll(line, "\t", " ")
		*cache = excerptLine{runes: []rune(line), blank: strings.TrimSpace(line) == "",
			wide: uniseg.StringWidth(visibleControls(line, "")) > maxWidth}
		startCol, endCol = from, to
	} else if !cache.set || cache.n != f.Range.Start.Line {
		line := r.Post.SourceLine(f.Range.Start.Line)
		line = strings.ReplaceAll(line, "\t", " ")
		*cache = excerptLine{set: true, n: f.Range.Start.Line, runes: []rune(line), blank: strings.TrimSpace(line) == "",
			wide: uniseg.StringWidth(visibleControls(line, "")) > maxWidth}
	}
	if cache.blank {
		return
	}
	runes := cache.runes
	startCol = min(max(startCol, 0), len(runes))
	if endCol < 0 {
		endCol = len(runes)
	} else {
		endCol = min(max(endCol, startCol+1), len(runes))
	}
	// Long lines are shown around the span so the underline stays visible.
	from, to := 0, len(runes)
	if cache.wide {
		from = max(0, startCol-20)
		to = min(len(runes), from+maxWidth)
	}
	// Only the window is escaped and measured, so a finding on a long
	// line costs the window, not the line.
	shownRunes := make([]string, to-from)
	for i, c := range runes[from:to] {
		if e := controlEscape(c); e != "" {
			shownRunes[i] = e
		} else {
			shownRunes[i] = string(c)
		}
	}
	// Widths are measured on whole stretches: an emoji with its
	// variation selector is one wide character, not two narrow ones.
	width := func(a, b int) int { return uniseg.StringWidth(strings.Join(shownRunes[a-from:b-from], "")) }
	prefix, shown := "", strings.Join(shownRunes, "")
	if from > 0 {
		prefix = "…"
	}
	suffix := ""
	if to < len(runes) {
		suffix = "…"
	}
	fmt.Fprintf(t.w, "    %s%s%s\n", t.dimmed(prefix), shown, t.dimmed(suffix))
	spanStart := min(max(startCol, from), to)
	spanEnd := max(min(endCol, to), spanStart+1)
	pad := uniseg.StringWidth(prefix) + width(from, spanStart)
	carets := max(1, width(spanStart, min(spanEnd, to)))
	fmt.Fprintf(t.w, "    %s%s\n", strings.Repeat(" ", pad), style.Sprint(strings.Repeat("^", carets)))
}

// dimmed styles s, leaving an empty string without escape codes.
func (t *textFormatter) dimmed(s string) string {
	if s == "" {
		return ""
	}
	return t.styles.dim.Sprint(s)
}

func severityWord(s rules.Severity, locale string) string {
	if locale == i18n.ID {
		switch s {
		case rules.Error:
			return "galat"
		case rules.Warning:
			return "peringatan"
		}
		return "info"
	}
	return s.String()
}

func (t *textFormatter) Finish(s engine.Summary) error {
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

// fixableWord marks a finding that postlint fix would solve.
func fixableWord(locale string) string {
	if locale == i18n.ID {
		return "bisa diperbaiki"
	}
	return "fixable"
}

// fixedLine reads like "Fixed 5 problems in 2 files.".
func fixedLine(s engine.Summary, locale string) string {
	if locale == i18n.ID {
		return fmt.Sprintf("%d masalah diperbaiki di %d berkas.", s.Fixed, s.FixedFiles)
	}
	return fmt.Sprintf("Fixed %d %s in %d %s.", s.Fixed, plural(s.Fixed, "problem", "problems"), s.FixedFiles, plural(s.FixedFiles, "file", "files"))
}

// fixableLine reads like "2 fixable with --fix".
func fixableLine(s engine.Summary, locale string) string {
	if locale == i18n.ID {
		return fmt.Sprintf("%d bisa diperbaiki dengan --fix", s.Fixable)
	}
	return fmt.Sprintf("%d fixable with --fix", s.Fixable)
}

// summaryLine reads like "3 errors, 2 warnings, 1 info in 4 posts (12
// files) in 35 ms".
func summaryLine(s engine.Summary, locale string, st textStyles) string {
	ms := s.Elapsed.Milliseconds()
	if locale == i18n.ID {
		where := fmt.Sprintf("di %d unggahan (%d berkas) dalam %d ms", s.Posts, s.Files, ms)
		if s.Errors+s.Warnings+s.Infos == 0 {
			return st.sugg.Sprint("Tidak ada masalah ") + where
		}
		return fmt.Sprintf("%s, %s, %s %s", st.sev[rules.Error].Sprintf("%d galat", s.Errors),
			st.sev[rules.Warning].Sprintf("%d peringatan", s.Warnings), st.sev[rules.Info].Sprintf("%d info", s.Infos), where)
	}
	where := fmt.Sprintf("in %d %s (%d %s) in %d ms", s.Posts, plural(s.Posts, "post", "posts"), s.Files, plural(s.Files, "file", "files"), ms)
	if s.Errors+s.Warnings+s.Infos == 0 {
		return st.sugg.Sprint("No problems ") + where
	}
	return fmt.Sprintf("%s, %s, %s %s",
		st.sev[rules.Error].Sprintf("%d %s", s.Errors, plural(s.Errors, "error", "errors")),
		st.sev[rules.Warning].Sprintf("%d %s", s.Warnings, plural(s.Warnings, "warning", "warnings")),
		st.sev[rules.Info].Sprintf("%d %s", s.Infos, plural(s.Infos, "info", "infos")), where)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
