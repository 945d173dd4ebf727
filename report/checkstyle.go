package report

import (
	"bufio"
	"encoding/xml"
	"strconv"

	"github.com/postlint/postlint/lint"
)

func init() {
	register("checkstyle", Factory{New: newCheckstyle, Help: "Checkstyle XML, for Jenkins, reviewdog and other CI dashboards"})
}

// checkstyleFormatter streams <file> elements in path order: every file
// linted appears, with one <error> per finding.
type checkstyleFormatter struct {
	w       *bufio.Writer
	opts    Options
	started bool
	path    string // the current file, "" when none
	opened  bool   // whether its <file> start tag is written
	num     []byte // a number's digits, the buffer kept
}

func newCheckstyle(o Options) Formatter {
	return &checkstyleFormatter{w: newWriter(o.W), opts: o}
}

func (c *checkstyleFormatter) start() {
	if !c.started {
		c.w.WriteString(xml.Header + "<checkstyle version=\"4.3\">\n")
		c.started = true
	}
}

func (c *checkstyleFormatter) Post(r lint.PostResult) error {
	c.start()
	// The posts of a file (CSV rows) arrive one after another.
	if r.Path != c.path {
		c.closeFile()
		c.path = r.Path
	}
	// Pieces are written one by one rather than joined first: a run
	// writes an element per finding.
	for _, f := range r.Findings {
		if !c.opened {
			c.w.WriteString("  <file name=\"")
			c.w.WriteString(xmlAttr(c.path))
			c.w.WriteString("\">\n")
			c.opened = true
		}
		c.w.WriteString("    <error")
		if hasRegion(f) {
			c.attrInt(" line=\"", f.Range.Start.Line)
			if f.Range.Start.Column >= 1 {
				c.attrInt(" column=\"", f.Range.Start.Column)
			}
		}
		c.w.WriteString(" severity=\"")
		c.w.WriteString(f.Severity.String())
		c.w.WriteString("\" message=\"")
		c.w.WriteString(xmlAttr(describe(f, c.opts.Locale, " ")))
		c.w.WriteString("\" source=\"postlint.")
		c.w.WriteString(xmlAttr(f.Rule))
		c.w.WriteString("\"/>\n")
	}
	return nil
}

// attrInt writes an attribute whose value is a number; open is its name
// and opening quote.
func (c *checkstyleFormatter) attrInt(open string, n int) {
	c.w.WriteString(open)
	c.num = strconv.AppendInt(c.num[:0], int64(n), 10)
	c.w.Write(c.num)
	c.w.WriteByte('"')
}

// closeFile ends the current <file>; a file without findings is an empty
// element.
func (c *checkstyleFormatter) closeFile() {
	switch {
	case c.opened:
		c.w.WriteString("  </file>\n")
	case c.path != "":
		c.w.WriteString("  <file name=\"")
		c.w.WriteString(xmlAttr(c.path))
		c.w.WriteString("\"/>\n")
	}
	c.path, c.opened = "", false
}

func (c *checkstyleFormatter) Finish(lint.Summary) error {
	c.start()
	c.closeFile()
	c.w.WriteString("</checkstyle>\n")
	return c.w.Flush()
}
