package report

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"

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
}

func newCodeQuality(o Options) Formatter {
	return &codeQualityFormatter{w: bufio.NewWriter(o.W), opts: o}
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

// cqFingerprint identifies a finding so GitLab can tell new findings from
// old ones between pipelines; it must differ between findings of one run.
// A finding for several platforms hashes their list ("facebook,instagram"),
// so it differs from the same rule's separate finding on another platform;
// a finding for one platform hashes its name alone, as before findings
// were grouped, so its fingerprint has not changed.
func cqFingerprint(f lint.Finding) string {
	h := sha256.New()
	for _, part := range []string{f.Path, strconv.Itoa(f.Post), f.Rule, strings.Join(f.OnPlatforms(), ","),
		strconv.Itoa(f.Range.Start.Line), strconv.Itoa(f.Range.Start.Column),
		strconv.Itoa(f.Range.End.Line), strconv.Itoa(f.Range.End.Column), f.Message.EN} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (c *codeQualityFormatter) Post(r lint.PostResult) error {
	for _, f := range r.Findings {
		issue := cqIssue{
			Type: "issue", Description: describe(f, c.opts.Locale, " "), CheckName: f.Rule,
			Fingerprint: cqFingerprint(f), Severity: cqSeverity(f.Severity),
			// GitLab needs a line; a finding without one points at the top.
			Location: cqLocation{Path: f.Path, Lines: cqLines{Begin: max(1, f.Range.Start.Line)}},
		}
		if f.Range.End.Line > f.Range.Start.Line && hasRegion(f) {
			issue.Location.Lines.End = f.Range.End.Line
		}
		b, err := json.MarshalIndent(issue, "  ", "  ")
		if err != nil {
			return err
		}
		if c.wrote == 0 {
			c.w.WriteString("[\n  ")
		} else {
			c.w.WriteString(",\n  ")
		}
		c.w.Write(b)
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
