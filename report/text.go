package report

import (
	"bufio"
	"fmt"
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
		t.w.WriteString(t.styles.path.Sprint(r.Path) + "\n")
		t.lastPath = r.Path
	}
	loc := t.opts.Locale
	var lines excerptLine
	for _, f := range r.Findings {
		sevStyle := t.styles.sev[f.Severity]
		msg := f.Message.In(loc)
		if f.Platform != "" {
			msg += t.styles.dim.Sprintf(" [%s]", f.Platform)
		}
		fmt.Fprintf(t.w, "%s:%d:%d  %s  %s  %s\n", f.Path, f.Range.Start.Line, f.Range.Start.Column,
			sevStyle.Sprint(severityWord(f.Severity, loc)), t.styles.rule.Sprint(f.Rule), msg)
		if r.Post != nil {
			t.excerpt(r, f, sevStyle, &lines)
		}
		if s := f.Suggestion.In(loc); s != "" {
			label := "suggestion"
			if loc == i18n.ID {
				label = "saran"
			}
			fmt.Fprintf(t.w, "    %s %s\n", t.styles.sugg.Sprint("→ "+label+":"), s)
		}
	}
	return nil
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
func (t *textFormatter) excerpt(r engine.PostResult, f rules.Finding, style *color.Color, cache *excerptLine) {
	const maxWidth = 100
	if !cache.set || cache.n != f.Range.Start.Line {
		line := r.Post.SourceLine(f.Range.Start.Line)
		line = strings.ReplaceAll(line, "\t", " ")
		*cache = excerptLine{set: true, n: f.Range.Start.Line, runes: []rune(line), blank: strings.TrimSpace(line) == "",
			wide: uniseg.StringWidth(line) > maxWidth}
	}
	if cache.blank {
		return
	}
	runes := cache.runes
	startCol := min(max(f.Range.Start.Column-1, 0), len(runes))
	endCol := len(runes)
	if f.Range.End.Line == f.Range.Start.Line {
		endCol = min(max(f.Range.End.Column-1, startCol+1), len(runes))
	}
	// Long lines are shown around the span so the underline stays visible.
	from, to := 0, len(runes)
	if cache.wide {
		from = max(0, startCol-20)
		to = min(len(runes), from+maxWidth)
	}
	prefix, shown := "", string(runes[from:to])
	if from > 0 {
		prefix = "…"
	}
	suffix := ""
	if to < len(runes) {
		suffix = "…"
	}
	fmt.Fprintf(t.w, "    %s%s%s\n", t.dimmed(prefix), shown, t.dimmed(suffix))
	spanStart := max(startCol, from)
	spanEnd := max(min(endCol, to), spanStart+1)
	pad := uniseg.StringWidth(prefix) + uniseg.StringWidth(string(runes[from:spanStart]))
	width := max(1, uniseg.StringWidth(string(runes[spanStart:min(spanEnd, len(runes))])))
	fmt.Fprintf(t.w, "    %s%s\n", strings.Repeat(" ", pad), style.Sprint(strings.Repeat("^", width)))
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
		t.w.WriteString(summaryLine(s, t.opts.Locale, t.styles) + "\n")
	}
	return t.w.Flush()
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
