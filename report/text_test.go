package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/engine"
	"github.com/postlint/postlint/fixer"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/rules"
	"github.com/rivo/uniseg"
)

// rawControl returns the first character of s that a terminal would act
// on rather than show (a C0 or C1 control other than the line break, or a
// bidirectional embedding, override or isolate), or -1.
func rawControl(s string) rune {
	for _, r := range s {
		if r != '\n' && (r < 0x20 || r >= 0x7F && r <= 0x9F || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069) {
			return r
		}
	}
	return -1
}

// TestTextEscapesTerminalControls checks that control characters from a
// draft (escape sequences that retitle the window or clear the screen, a
// bell, a carriage return that overwrites the line, C1 controls, a
// right-to-left override that hides text) reach the terminal as visible
// escapes, in the excerpt, the message, the suggestion and the path, and
// that the underline stays under the span as printed.
func TestTextEscapesTerminalControls(t *testing.T) {
	line := "Promo \x1b]0;pwned\x07 hari\tini \x1b[2J dan \u009b31m merah biru \u202egnp.exe"
	path := "posts/\x1b[31mmerah.md"
	posts := draft.Parse(path, draft.FormatText, []byte(line+"\n"), draft.Options{})
	if len(posts) != 1 {
		t.Fatalf("%d posts", len(posts))
	}
	col := func(sub string) int {
		at := strings.Index(line, sub)
		if at < 0 {
			t.Fatalf("%q not in the line", sub)
		}
		return utf8.RuneCountInString(line[:at]) + 1
	}
	span := func(sub string, n int) draft.Range {
		c := col(sub)
		return draft.Range{Start: draft.Position{Line: 1, Column: c}, End: draft.Position{Line: 1, Column: c + n}}
	}
	finding := func(r draft.Range, msg, sugg string) rules.Finding {
		return rules.Finding{Path: path, Post: 1, Rule: "invalid-characters", Severity: rules.Warning, Range: r,
			Start: -1, End: -1, Message: i18n.T(msg, msg), Suggestion: i18n.T(sugg, sugg)}
	}
	res := engine.PostResult{Path: path, Index: 1, Post: posts[0], Findings: []rules.Finding{
		finding(span("merah", 5), "quoted \x1b[8mhidden\x1b[0m text", "ring \x07 the bell"),
		finding(span("\x1b[2J", 1), "an escape", ""),
		finding(span("biru", 4), "a carriage return\rhides this", ""),
		finding(span("gnp", 3), "after an override", ""),
	}}
	out := render(t, "text", Options{Locale: i18n.EN}, []engine.PostResult{res})
	if r := rawControl(out); r >= 0 {
		t.Fatalf("raw U+%04X in the report:\n%s", r, out)
	}
	for _, want := range []string{
		`posts/\x1b[31mmerah.md:1:`,
		`quoted \x1b[8mhidden\x1b[0m text`,
		`ring \x07 the bell`,
		`a carriage return\rhides this`,
		`    Promo \x1b]0;pwned\x07 hari ini \x1b[2J dan \u009b31m merah biru \u202egnp.exe` + "\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	// Each underline starts under its span as printed and is as wide: the
	// escape character's is under its escape, \x1b.
	lines := strings.Split(out, "\n")
	checks := []string{"merah", `\x1b[2J`, "biru", "gnp"}
	widths := []int{5, 4, 4, 3}
	n := 0
	for i := 0; i+1 < len(lines); i++ {
		if !strings.HasPrefix(lines[i], "    Promo") {
			continue
		}
		if n >= len(checks) {
			t.Fatalf("more excerpts than findings:\n%s", out)
		}
		excerpt, carets := lines[i], lines[i+1]
		at := strings.Index(excerpt, checks[n])
		if at < 0 {
			t.Fatalf("%q not printed in %q", checks[n], excerpt)
		}
		wantPad := uniseg.StringWidth(excerpt[:at])
		gotPad := strings.Index(carets, "^")
		if gotPad != wantPad || strings.Count(carets, "^") != widths[n] {
			t.Errorf("finding %d: underline at column %d, %d wide; want %d, %d wide:\n%s\n%s",
				n, gotPad, strings.Count(carets, "^"), wantPad, widths[n], excerpt, carets)
		}
		n++
	}
	if n != len(checks) {
		t.Errorf("%d excerpts, want %d:\n%s", n, len(checks), out)
	}
}

func TestVisibleControls(t *testing.T) {
	for in, want := range map[string]string{
		"plain é 🎉 عربي":             "plain é 🎉 عربي",
		"tab\there":                  "tab\there",
		"a\x1b[2Jb":                  `a\x1b[2Jb`,
		"bell\x07 cr\r lf\n del\x7f": `bell\x07 cr\r lf\n del\x7f`,
		"c1 \u0085\u009b":            `c1 \u0085\u009b`,
		"bidi \u202a\u202e\u2066\u2069 marks \u200e\u200f": `bidi \u202a\u202e\u2066\u2069 marks ` + "\u200e\u200f",
	} {
		if got := visibleControls(in, "\t"); got != want {
			t.Errorf("visibleControls(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTextMarksFixableFindings checks the per-finding marker and the
// summary lines about fixes, in both languages.
func TestTextMarksFixableFindings(t *testing.T) {
	fixed := rules.Finding{Path: "a.md", Post: 1, Rule: "markdown-syntax", Severity: rules.Warning,
		Range: draft.Range{Start: draft.Position{Line: 1, Column: 1}, End: draft.Position{Line: 1, Column: 9}},
		Start: -1, End: -1, Message: i18n.T("Markdown bold", "huruf tebal Markdown"),
		Fix: &rules.FileFix{Edit: fixer.Edit{Start: 0, End: 8, Text: "bold"}}}
	plain := fixed
	plain.Fix, plain.Rule = nil, "cta-missing"
	res := []engine.PostResult{{Path: "a.md", Index: 1, Findings: []rules.Finding{fixed, plain}}}
	for _, tc := range []struct {
		locale, marker, fixable, fixedLine string
	}{
		{i18n.EN, "a.md:1:1  warning  markdown-syntax  Markdown bold (fixable)\n", "\n1 fixable with --fix\n", "Fixed 3 problems in 2 files.\n"},
		{i18n.ID, "a.md:1:1  peringatan  markdown-syntax  huruf tebal Markdown (bisa diperbaiki)\n", "\n1 bisa diperbaiki dengan --fix\n", "3 masalah diperbaiki di 2 berkas.\n"},
	} {
		out := render(t, "text", Options{Locale: tc.locale}, res)
		if !strings.Contains(out, tc.marker) || !strings.Contains(out, tc.fixable) {
			t.Errorf("%s: want %q and %q in\n%s", tc.locale, tc.marker, tc.fixable, out)
		}
		if strings.Count(out, "("+fixableWord(tc.locale)+")") != 1 {
			t.Errorf("%s: only the finding with a fix is marked:\n%s", tc.locale, out)
		}
		var buf strings.Builder
		f := newText(Options{W: &buf, Locale: tc.locale})
		if err := f.Finish(engine.Summary{Fixed: 3, FixedFiles: 2, Files: 2, Posts: 2}); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(buf.String(), tc.fixedLine) || strings.Contains(buf.String(), "--fix") {
			t.Errorf("%s: summary after fixing:\n%s", tc.locale, buf.String())
		}
	}
}
