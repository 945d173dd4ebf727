package report

import (
	"bufio"
	"strconv"

	"github.com/postlint/postlint/lint"
)

func init() {
	register("github", Factory{New: newGitHub, Help: "GitHub Actions workflow commands: annotations on the changed files"})
}

// githubFormatter prints one workflow command per finding and nothing
// else, so the runner turns every line into an annotation.
type githubFormatter struct {
	w    *bufio.Writer
	opts Options
	line []byte // the last finding's command, its memory kept
}

func newGitHub(o Options) Formatter {
	return &githubFormatter{w: newWriter(o.W), opts: o}
}

func githubCommand(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "notice"
}

func (g *githubFormatter) Post(r lint.PostResult) error {
	for _, f := range r.Findings {
		g.line = appendGitHubLine(g.line[:0], f, g.opts.Locale)
		g.line = append(g.line, '\n')
		g.w.Write(g.line)
	}
	return nil
}

// appendGitHubLine appends a finding's workflow command to dst:
// `::error file=F,line=L,col=C,endLine=L,endColumn=E,title=RULE::message`.
// The runner drops columns on a span over several lines, so they are only
// given for a span within one line. It is built in a buffer the formatter
// keeps, not joined from strings: a run writes one per finding.
func appendGitHubLine(dst []byte, f lint.Finding, locale string) []byte {
	dst = append(dst, "::"...)
	dst = append(dst, githubCommand(f.Severity)...)
	dst = append(dst, ' ')
	props := 0
	prop := func(key string) {
		if props > 0 {
			dst = append(dst, ',')
		}
		props++
		dst = append(dst, key...)
		dst = append(dst, '=')
	}
	num := func(key string, n int) {
		prop(key)
		dst = strconv.AppendInt(dst, int64(n), 10)
	}
	if f.Path != "-" {
		prop("file")
		dst = appendGitHubEscaped(dst, visibleControls(f.Path, "\r\n"), true)
	}
	// A workbook has no lines to annotate: its findings name their cell
	// in the message and attach to the file.
	if hasRegion(f) && !inWorkbook(f) {
		r := f.Range
		num("line", r.Start.Line)
		if end := sameLineEnd(f); end > 0 {
			num("col", r.Start.Column)
			num("endLine", r.End.Line)
			num("endColumn", end)
		} else if r.End.Line > r.Start.Line {
			num("endLine", r.End.Line)
		} else if r.Start.Column >= 1 {
			num("col", r.Start.Column)
		}
	}
	prop("title")
	dst = appendGitHubEscaped(dst, visibleControls(f.Rule, "\r\n"), true)
	dst = append(dst, "::"...)
	// The log shows the line as it is, escape sequences included: control
	// characters other than line breaks (which the runner decodes) are
	// printed as escapes, as in the text report.
	return appendGitHubEscaped(dst, visibleControls(describe(f, locale, "\n"), "\t\r\n"), false)
}

// appendGitHubEscaped appends s with what the runner decodes escaped: %,
// CR and LF in a message, and : and , too in a property value, where
// they separate.
func appendGitHubEscaped(dst []byte, s string, property bool) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '%':
			dst = append(dst, "%25"...)
		case c == '\r':
			dst = append(dst, "%0D"...)
		case c == '\n':
			dst = append(dst, "%0A"...)
		case property && c == ':':
			dst = append(dst, "%3A"...)
		case property && c == ',':
			dst = append(dst, "%2C"...)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

func (g *githubFormatter) Finish(lint.Summary) error {
	return g.w.Flush()
}
