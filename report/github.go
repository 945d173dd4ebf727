package report

import (
	"bufio"
	"strconv"
	"strings"

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
}

func newGitHub(o Options) Formatter {
	return &githubFormatter{w: bufio.NewWriter(o.W), opts: o}
}

var (
	// The runner decodes these in the message...
	githubData = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	// ...and these too in property values, where : and , are separators.
	githubProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

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
		g.w.WriteString(githubLine(f, g.opts.Locale))
		g.w.WriteByte('\n')
	}
	return nil
}

// githubLine is `::error file=F,line=L,col=C,endLine=L,endColumn=E,title=RULE::message`.
// The runner drops columns on a span over several lines, so they are only
// given for a span within one line.
func githubLine(f lint.Finding, locale string) string {
	var props []string
	if f.Path != "-" {
		props = append(props, "file="+githubProperty.Replace(visibleControls(f.Path, "\r\n")))
	}
	// A workbook has no lines to annotate: its findings name their cell
	// in the message and attach to the file.
	if hasRegion(f) && !inWorkbook(f) {
		r := f.Range
		props = append(props, "line="+strconv.Itoa(r.Start.Line))
		if end := sameLineEnd(f); end > 0 {
			props = append(props, "col="+strconv.Itoa(r.Start.Column), "endLine="+strconv.Itoa(r.End.Line), "endColumn="+strconv.Itoa(end))
		} else if r.End.Line > r.Start.Line {
			props = append(props, "endLine="+strconv.Itoa(r.End.Line))
		} else if r.Start.Column >= 1 {
			props = append(props, "col="+strconv.Itoa(r.Start.Column))
		}
	}
	props = append(props, "title="+githubProperty.Replace(visibleControls(f.Rule, "\r\n")))
	// The log shows the line as it is, escape sequences included: control
	// characters other than line breaks (which the runner decodes) are
	// printed as escapes, as in the text report.
	msg := visibleControls(describe(f, locale, "\n"), "\t\r\n")
	return "::" + githubCommand(f.Severity) + " " + strings.Join(props, ",") + "::" + githubData.Replace(msg)
}

func (g *githubFormatter) Finish(lint.Summary) error {
	return g.w.Flush()
}
