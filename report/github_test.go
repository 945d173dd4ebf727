package report

import (
	"regexp"
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
