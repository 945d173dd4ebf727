package report

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

func init() {
	register("junit", Factory{New: newJUnit, Help: "JUnit XML, for GitLab test reports, Jenkins and other CI dashboards"})
}

// junitFormatter makes every linted file a test case. A file with findings
// at or above --fail-on fails, with one <failure> that lists them all:
// JUnit allows one failure per test case, and Jenkins, GitLab and most
// readers show only the first of several. Findings below the threshold go
// to the test case's <system-out>, so the report agrees with the exit code
// and still shows every finding. There are no timestamps or durations, so
// the same input gives the same bytes.
type junitFormatter struct {
	w        *bufio.Writer
	opts     Options
	cases    []junitCase
	failures int
}

// junitCase is one file's findings, as report lines.
type junitCase struct {
	path         string
	failing      []string // "path:line:col severity rule message"
	failingRules []string // distinct rule IDs of the failing findings, in order
	firstFailing string   // the first failing finding, for the failure message
	other        []string
}

func newJUnit(o Options) Formatter {
	return &junitFormatter{w: newWriter(o.W), opts: o}
}

// junitLine is one finding as a line of text.
func junitLine(f lint.Finding, locale string) string {
	pos := f.Path
	// A workbook cell is named in the message (describe), not as a line.
	if hasRegion(f) && !inWorkbook(f) {
		pos += ":" + strconv.Itoa(f.Range.Start.Line)
		if f.Range.Start.Column >= 1 {
			pos += ":" + strconv.Itoa(f.Range.Start.Column)
		}
	}
	return pos + " " + f.Severity.String() + " " + f.Rule + " " + describe(f, locale, " ")
}

func (j *junitFormatter) Post(r lint.PostResult) error {
	if len(j.cases) == 0 || j.cases[len(j.cases)-1].path != r.Path {
		j.cases = append(j.cases, junitCase{path: r.Path})
	}
	c := &j.cases[len(j.cases)-1]
	for _, f := range r.Findings {
		line := junitLine(f, j.opts.Locale)
		if j.opts.FailOn == lint.Off || f.Severity < j.opts.FailOn {
			c.other = append(c.other, line)
			continue
		}
		if len(c.failing) == 0 {
			j.failures++
			c.firstFailing = f.Rule + ": " + describe(f, j.opts.Locale, " ")
		}
		c.failing = append(c.failing, line)
		if !containsString(c.failingRules, f.Rule) {
			c.failingRules = append(c.failingRules, f.Rule)
		}
	}
	return nil
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// failureMessage sums up a failing file in one line: the finding itself
// when there is one, else how many and which rules.
func (c *junitCase) failureMessage(locale string) string {
	if len(c.failing) == 1 {
		return c.firstFailing
	}
	return i18n.Messages(locale).Tf("%d findings: %s", len(c.failing), strings.Join(c.failingRules, ", "))
}

func (j *junitFormatter) Finish(lint.Summary) error {
	counts := fmt.Sprintf(`tests="%d" failures="%d" errors="0"`, len(j.cases), j.failures)
	j.w.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	j.w.WriteString(`<testsuites name="postlint" ` + counts + ">\n")
	j.w.WriteString(`  <testsuite name="postlint" ` + counts + ` skipped="0">` + "\n")
	for i := range j.cases {
		c := &j.cases[i]
		j.w.WriteString(`    <testcase name="` + xmlAttr(c.path) + `" classname="postlint"`)
		if len(c.failing) == 0 && len(c.other) == 0 {
			j.w.WriteString("/>\n")
			continue
		}
		j.w.WriteString(">\n")
		if len(c.failing) > 0 {
			j.w.WriteString(`      <failure message="` + xmlAttr(c.failureMessage(j.opts.Locale)) +
				`" type="` + xmlAttr(strings.Join(c.failingRules, ",")) + `">`)
			j.w.WriteString(xmlText(strings.Join(c.failing, "\n")) + "</failure>\n")
		}
		if len(c.other) > 0 {
			j.w.WriteString("      <system-out>" + xmlText(strings.Join(c.other, "\n")) + "</system-out>\n")
		}
		j.w.WriteString("    </testcase>\n")
	}
	j.w.WriteString("  </testsuite>\n</testsuites>\n")
	return j.w.Flush()
}
