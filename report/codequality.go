package report

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"strconv"

	"github.com/postlint/postlint/lint"
)

func init() {
	register("codequality", Factory{New: newCodeQuality, Help: "GitLab Code Quality JSON (artifacts:reports:codequality), for merge request widgets"})
}

// cqIssue is one entry of GitLab's Code Quality report, a subset of the
// Code Climate issue format.
type cqIssue struct {
	Type        string     `json:"type"`
	Description string     `json:"description"`
	CheckName   string     `json:"check_name"`
	Fingerprint string     `json:"fingerprint"`
	Severity    string     `json:"severity"`
	Location    cqLocation `json:"location"`
}

type cqLocation struct {
	Path  string  `json:"path"`
	Lines cqLines `json:"lines"`
}

type cqLines struct {
	Begin int `json:"begin"`
	End   int `json:"end,omitempty"`
}

// codeQualityFormatter streams a JSON array, one issue per finding.
type codeQualityFormatter struct {
	w     *bufio.Writer
	opts  Options
	wrote int
	buf   []byte // an issue's JSON, written without reflection (appendCQIssue)
	// fp and fpParts are the last fingerprint and what it hashed, kept
	// for the next finding's.
	fp, fpParts []byte
}

func newCodeQuality(o Options) Formatter {
	return &codeQualityFormatter{w: newWriter(o.W), opts: o}
}

// cqSeverity maps our severities to GitLab's (info, minor, major,
// critical, blocker).
func cqSeverity(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "major"
	case lint.Warning:
		return "minor"
	}
	return "info"
}

// appendCQFingerprint appends f's fingerprint, in hex, to dst. It
// identifies a finding so GitLab can tell new findings from old ones
// between pipelines; it must differ between findings of one run. A
// finding for several platforms hashes their list ("facebook,instagram"),
// so it differs from the same rule's separate finding on another platform;
// a finding for one platform hashes its name alone, as before findings
// were grouped, so its fingerprint has not changed. The hashed
// parts are gathered in scratch, returned grown for the next call: one
// SHA-256 of them, each followed by a zero byte, is what writing them to
// the hash one by one gave.
func appendCQFingerprint(dst, scratch []byte, f lint.Finding) (fp, parts []byte) {
	b := scratch[:0]
	b = append(b, f.Path...)
	b = append(b, 0)
	b = strconv.AppendInt(b, int64(f.Post), 10)
	b = append(b, 0)
	b = append(b, f.Rule...)
	b = append(b, 0)
	for i, p := range f.OnPlatforms() {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, p...)
	}
	for _, n := range [...]int{f.Range.Start.Line, f.Range.Start.Column, f.Range.End.Line, f.Range.End.Column} {
		b = append(b, 0)
		b = strconv.AppendInt(b, int64(n), 10)
	}
	b = append(b, 0)
	b = append(b, f.Message.EN...)
	b = append(b, 0)
	sum := sha256.Sum256(b)
	return hex.AppendEncode(dst, sum[:]), b
}

func (c *codeQualityFormatter) Post(r lint.PostResult) error {
	for _, f := range r.Findings {
		issue := cqIssue{
			Type: "issue", Description: describe(f, c.opts.Locale, " "), CheckName: f.Rule,
			Severity: cqSeverity(f.Severity),
			// GitLab needs a line; a finding without one points at the top.
			Location: cqLocation{Path: f.Path, Lines: cqLines{Begin: max(1, f.Range.Start.Line)}},
		}
		if f.Range.End.Line > f.Range.Start.Line && hasRegion(f) {
			issue.Location.Lines.End = f.Range.End.Line
		}
		c.fp, c.fpParts = appendCQFingerprint(c.fp[:0], c.fpParts, f)
		issue.Fingerprint = string(c.fp)
		if c.wrote == 0 {
			c.w.WriteString("[\n  ")
		} else {
			c.w.WriteString(",\n  ")
		}
		c.buf = appendCQIssue(c.buf[:0], "  ", &issue)
		c.w.Write(c.buf)
		c.wrote++
	}
	return nil
}

func (c *codeQualityFormatter) Finish(lint.Summary) error {
	if c.wrote == 0 {
		c.w.WriteString("[]\n")
	} else {
		c.w.WriteString("\n]\n")
	}
	return c.w.Flush()
}
