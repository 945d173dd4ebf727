package report

import (
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// githubCommandRe splits a workflow command the way the runner does: the
// command name, the properties up to the first "::", the message.
var githubCommandRe = regexp.MustCompile(`^::(error|warning|notice) ([^:]*)::(.*)$`)

// unescapeGitHub undoes the runner's escapes (actions/runner
// ActionCommand.UnescapeProperty / UnescapeData).
func unescapeGitHub(s string) string {
	return strings.NewReplacer("%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",", "%25", "%").Replace(s)
}

// parseGitHub reads each line back into its command, properties and
// message, as GitHub would.
func parseGitHub(t *testing.T, out string) []map[string]string {
	t.Helper()
	var cmds []map[string]string
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		m := githubCommandRe.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("not a workflow command: %q", line)
		}
		cmd := map[string]string{"command": m[1], "message": unescapeGitHub(m[3])}
		for _, kv := range strings.Split(m[2], ",") {
			k, v, ok := strings.Cut(kv, "=")
			if !ok {
				t.Fatalf("property without '=': %q in %q", kv, line)
			}
			cmd[k] = unescapeGitHub(v)
		}
		cmds = append(cmds, cmd)
	}
	return cmds
}

func TestGitHubRoundTrip(t *testing.T) {
	for _, locale := range []string{i18n.EN, i18n.ID} {
		out := render(t, "github", sampleOptions(locale), sampleResults())
		if strings.Contains(strings.TrimSuffix(out, "\n"), "\r") {
			t.Fatal("a raw CR would end the command early")
		}
		cmds := parseGitHub(t, out)
		findings := sampleFindings()
		if len(cmds) != len(findings) {
			t.Fatalf("%d commands for %d findings:\n%s", len(cmds), len(findings), out)
		}
		wantCmd := map[lint.Severity]string{lint.Error: "error", lint.Warning: "warning", lint.Info: "notice"}
		for i, f := range findings {
			c := cmds[i]
			if c["command"] != wantCmd[f.Severity] {
				t.Errorf("%d: command %q for a %s", i, c["command"], f.Severity)
			}
			if c["title"] != f.Rule {
				t.Errorf("%d: title %q, want %q", i, c["title"], f.Rule)
			}
			if want := visibleControls(describe(f, locale, "\n"), "\t\r\n"); c["message"] != want {
				t.Errorf("%d: message %q, want %q", i, c["message"], want)
			}
			if f.Path == "-" {
				if _, ok := c["file"]; ok {
					t.Errorf("%d: standard input has no file to annotate, got file=%q", i, c["file"])
				}
			} else if c["file"] != f.Path {
				t.Errorf("%d: file %q, want %q", i, c["file"], f.Path)
			}
		}
	}
}

// The runner drops columns on a span over several lines and rejects an
// end before the start; a finding without a position has no line at all.
func TestGitHubPositions(t *testing.T) {
	cmds := parseGitHub(t, render(t, "github", sampleOptions(i18n.EN), sampleResults()))
	byRule := func(path, rule string) map[string]string {
		for _, c := range cmds {
			if c["file"] == path && c["title"] == rule {
				return c
			}
		}
		t.Fatalf("no command for %s %s", path, rule)
		return nil
	}
	one := byRule("calendar.csv", "hook-dateline")
	if one["line"] != "2" || one["col"] != "10" || one["endLine"] != "2" || one["endColumn"] != "24" {
		t.Errorf("one-line span: %v", one)
	}
	multi := byRule("posts/ulasan warga é.md", "hook-dateline")
	if multi["line"] != "2" || multi["endLine"] != "4" || multi["col"] != "" || multi["endColumn"] != "" {
		t.Errorf("span over lines 2-4 should give line and endLine only: %v", multi)
	}
	none := byRule("a,b:c%.md", "front-matter")
	for _, k := range []string{"line", "col", "endLine", "endColumn"} {
		if _, ok := none[k]; ok {
			t.Errorf("a finding without a position got %s=%s", k, none[k])
		}
	}
}

func TestGitHubEscapesExactly(t *testing.T) {
	f := lint.Finding{Path: "d,i:r/100%.md", Rule: "r", Severity: lint.Error, Range: rng(1, 2, 1, 3),
		Message: i18n.T("a%b\r\nc: d, e", "")}
	got := githubLine(f, i18n.EN)
	want := "::error file=d%2Ci%3Ar/100%25.md,line=1,col=2,endLine=1,endColumn=3,title=r::a%25b%0D%0Ac: d, e"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestGitHubPrintsNoRawControls checks that a draft's control characters
// (an escape sequence, a bell, a C1 control, a right-to-left override)
// reach the log as visible escapes, in the message and the file name;
// line breaks stay encoded for the runner.
func TestGitHubPrintsNoRawControls(t *testing.T) {
	f := lint.Finding{Path: "posts/\x1b[2Jx.md", Rule: "r", Severity: lint.Warning, Range: rng(1, 2, 1, 3),
		Message:    i18n.T("quoted \x1b]0;pwned\x07 \u009b31m \u202egnp.exe\r\nnext\tline", ""),
		Suggestion: i18n.T("delete \x7f", "")}
	got := githubLine(f, i18n.EN)
	want := `::warning file=posts/\x1b[2Jx.md,line=1,col=2,endLine=1,endColumn=3,title=r::` +
		`quoted \x1b]0;pwned\x07 \u009b31m \u202egnp.exe%0D%0Anext` + "\t" + `line%0A→ suggestion: delete \x7f`
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	out := render(t, "github", sampleOptions(i18n.EN), sampleResults())
	if r := rawControl(strings.ReplaceAll(out, "\t", " ")); r >= 0 {
		t.Errorf("raw U+%04X in:\n%s", r, out)
	}
}

// githubLine is a finding's workflow command as a string.
func githubLine(f lint.Finding, locale string) string {
	return string(appendGitHubLine(nil, f, locale))
}

// githubLineByReplacing is githubLine as it was written before, joined
// from strings escaped by strings.Replacer.
func githubLineByReplacing(f lint.Finding, locale string) string {
	data := strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	property := strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
	var props []string
	if f.Path != "-" {
		props = append(props, "file="+property.Replace(visibleControls(f.Path, "\r\n")))
	}
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
	props = append(props, "title="+property.Replace(visibleControls(f.Rule, "\r\n")))
	msg := visibleControls(describe(f, locale, "\n"), "\t\r\n")
	return "::" + githubCommand(f.Severity) + " " + strings.Join(props, ",") + "::" + data.Replace(msg)
}

func TestGitHubLineSameAsReplacing(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	pieces := []string{"a", "%", ":", ",", "\r", "\n", "\r\n", "\t", "\x1b", "é", " ", "::", "%0A", "\u202e"}
	text := func() string {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		return b.String()
	}
	for i := range 5000 {
		f := lint.Finding{Path: text(), Post: r.IntN(3), Rule: text(), Severity: lint.Severity(r.IntN(4)),
			Start: r.IntN(5) - 1, End: r.IntN(9) - 1, Message: i18n.T(text(), text()), Suggestion: i18n.T(text(), text())}
		if r.IntN(5) == 0 {
			f.Path = "-"
		}
		f.Range.Start.Line, f.Range.Start.Column = r.IntN(4), r.IntN(4)
		f.Range.End.Line, f.Range.End.Column = f.Range.Start.Line+r.IntN(2), r.IntN(6)
		for _, loc := range []string{i18n.EN, i18n.ID} {
			if got, want := githubLine(f, loc), githubLineByReplacing(f, loc); got != want {
				t.Fatalf("case %d:\ngot  %q\nwant %q", i, got, want)
			}
		}
	}
}
