package report

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/fixer"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
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
	finding := func(r draft.Range, msg, sugg string) lint.Finding {
		return lint.Finding{Path: path, Post: 1, Rule: "invalid-characters", Severity: lint.Warning, Range: r,
			Start: -1, End: -1, Message: i18n.T(msg, msg), Suggestion: i18n.T(sugg, sugg)}
	}
	res := lint.PostResult{Path: path, Index: 1, Post: posts[0], Findings: []lint.Finding{
		finding(span("merah", 5), "quoted \x1b[8mhidden\x1b[0m text", "ring \x07 the bell"),
		finding(span("\x1b[2J", 1), "an escape", ""),
		finding(span("biru", 4), "a carriage return\rhides this", ""),
		finding(span("gnp", 3), "after an override", ""),
	}}
	out := render(t, "text", Options{Locale: i18n.EN, Width: 200}, []lint.PostResult{res})
	if r := rawControl(out); r >= 0 {
		t.Fatalf("raw U+%04X in the report:\n%s", r, out)
	}
	for _, want := range []string{
		"posts/\\x1b[31mmerah.md\n  1:",
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
	fixed := lint.Finding{Path: "a.md", Post: 1, Rule: "markdown-syntax", Severity: lint.Warning,
		Range: draft.Range{Start: draft.Position{Line: 1, Column: 1}, End: draft.Position{Line: 1, Column: 9}},
		Start: -1, End: -1, Message: i18n.T("Markdown bold", "huruf tebal Markdown"),
		Fix: &lint.FileFix{Edit: fixer.Edit{Start: 0, End: 8, Text: "bold"}}}
	plain := fixed
	plain.Fix, plain.Rule = nil, "cta-missing"
	res := []lint.PostResult{{Path: "a.md", Index: 1, Findings: []lint.Finding{fixed, plain}}}
	for _, tc := range []struct {
		locale, marker, fixable, fixedLine string
	}{
		{i18n.EN, "  1:1  warning  markdown-syntax  Markdown bold (fixable)\n", "\n1 fixable with --fix\n", "Fixed 3 problems in 2 files.\n"},
		{i18n.ID, "  1:1  peringatan  markdown-syntax  huruf tebal Markdown (bisa diperbaiki)\n", "\n1 bisa diperbaiki dengan --fix\n", "3 masalah diperbaiki di 2 berkas.\n"},
	} {
		out := render(t, "text", Options{Locale: tc.locale}, res)
		if !strings.Contains(out, tc.marker) || !strings.Contains(out, tc.fixable) {
			t.Errorf("%s: want %q and %q in\n%s", tc.locale, tc.marker, tc.fixable, out)
		}
		if strings.Count(out, "("+i18n.Messages(tc.locale).T("fixable")+")") != 1 {
			t.Errorf("%s: only the finding with a fix is marked:\n%s", tc.locale, out)
		}
		var buf strings.Builder
		f := newText(Options{W: &buf, Locale: tc.locale})
		if err := f.Finish(lint.Summary{Fixed: 3, FixedFiles: 2, Files: 2, Posts: 2}); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(buf.String(), tc.fixedLine) || strings.Contains(buf.String(), "--fix") {
			t.Errorf("%s: summary after fixing:\n%s", tc.locale, buf.String())
		}
	}
}

// excerptOf renders one finding on a one-line draft at the given width
// and returns the excerpt and underline lines.
func excerptOf(t *testing.T, line string, col, n, width int) (excerpt, carets string) {
	t.Helper()
	posts := draft.Parse("a.txt", draft.FormatText, []byte(line+"\n"), draft.Options{})
	f := lint.Finding{Path: "a.txt", Post: 1, Rule: "hook-fold", Severity: lint.Warning, Start: -1, End: -1,
		Range:   draft.Range{Start: draft.Position{Line: 1, Column: col}, End: draft.Position{Line: 1, Column: col + n}},
		Message: i18n.T("m", "m")}
	out := render(t, "text", Options{Locale: i18n.EN, Width: width, Quiet: true},
		[]lint.PostResult{{Path: "a.txt", Index: 1, Post: posts[0], Findings: []lint.Finding{f}}})
	lines := strings.Split(out, "\n")
	if len(lines) < 4 {
		t.Fatalf("no excerpt:\n%s", out)
	}
	return lines[2], lines[3]
}

// excerptLines are lines that make excerpts hard to cut: long Indonesian
// prose, wide CJK, emoji sequences, and terminal escapes, bidi controls
// and combining marks, with a short line after them.
var excerptLines = []string{
	"Cetak KTP-el kini bisa hari Sabtu di semua kantor kecamatan se-Kabupaten Sleman, pukul 08.00–12.00 WIB, bawa KK asli dan tanda terima perekaman. #KTPel #Sleman",
	"漢字かな交じり文の見出しがとても長い場合でも下線は正しい位置に来るべきです。東京、大阪、名古屋、福岡、札幌、仙台、広島、京都、神戸、横浜で開催予定です。",
	"Selamat 🎉🎉 Hari Raya 👨‍👩‍👧‍👦 keluarga ❤️ besar 🇮🇩 Indonesia, mohon maaf lahir dan batin 🙏🏽 dari kami semua di kantor kecamatan 🏛️ Sleman 🌋 Yogyakarta ✨✨✨ #Lebaran",
	"Promo \x1b]0;pwned\x07 hari\tini \x1b[2J dan \u009b31m merah biru \u202egnp.exe lalu e\u0301 cafe\u0301 na\u0308ive dengan teks yang sengaja dibuat panjang sekali agar terpotong",
	"pendek",
}

// TestTextExcerptFitsTheWidth: at any width, the excerpt and its
// underline fit in it, measured as a terminal shows them (wide CJK and
// emoji take two columns, escaped controls their escapes), and the
// underline stays under the span as printed: where a line is cut, the
// excerpt is a stretch of the full line between "…" marks and the
// underline moves with it.
func TestTextExcerptFitsTheWidth(t *testing.T) {
	lines := excerptLines
	for li, line := range lines {
		n := utf8.RuneCountInString(line)
		full, fullCarets := excerptOf(t, line, 1, 1, 1000)
		fullText := strings.TrimPrefix(full, "    ")
		for _, width := range []int{20, 24, 33, 40, 57, 80, 120} {
			for col := 1; col <= n+1; col += 3 {
				for _, span := range []int{1, 4, 30} {
					excerpt, carets := excerptOf(t, line, col, span, width)
					where := func() string {
						return fmt.Sprintf("line %d, width %d, column %d, span %d:\n%s\n%s", li, width, col, span, excerpt, carets)
					}
					if w := uniseg.StringWidth(excerpt); w > max(width, 24) {
						t.Fatalf("excerpt is %d columns wide: %s", w, where())
					}
					if w := uniseg.StringWidth(carets); w > max(width, 24) {
						t.Fatalf("underline is %d columns wide: %s", w, where())
					}
					if r := rawControl(excerpt); r >= 0 {
						t.Fatalf("raw U+%04X: %s", r, where())
					}
					// Where the shown stretch starts in the full line.
					text := strings.TrimPrefix(excerpt, "    ")
					prefix := 0
					if strings.HasPrefix(text, "…") {
						text, prefix = strings.TrimPrefix(text, "…"), 1
					}
					text = strings.TrimSuffix(text, "…")
					at := strings.Index(fullText, text)
					if at < 0 {
						t.Fatalf("the excerpt is not a stretch of the line: %s", where())
					}
					_, fullPad := excerptOf(t, line, col, span, 1000)
					wantPad := strings.Index(fullPad, "^") - 4 - uniseg.StringWidth(fullText[:at]) + prefix
					if got := strings.Index(carets, "^") - 4; got != wantPad {
						t.Fatalf("underline at column %d, want %d: %s", got, wantPad, where())
					}
				}
			}
		}
		_ = fullCarets
	}
}

// TestTextExcerptWideCharacters: wide characters count two columns, so a
// CJK line is cut at half as many characters, and the underline under a
// wide character is two carets wide.
func TestTextExcerptWideCharacters(t *testing.T) {
	line := strings.Repeat("漢字", 30) + "終"
	excerpt, carets := excerptOf(t, line, 61, 1, 40)
	if want := "    …" + strings.Repeat("漢字", 8) + "終"; excerpt != want {
		t.Errorf("excerpt %q, want %q", excerpt, want)
	}
	if want := "    " + strings.Repeat(" ", 33) + "^^"; carets != want {
		t.Errorf("underline %q, want %q", carets, want)
	}
	excerpt, carets = excerptOf(t, "Halo 🎉 warga", 6, 1, 80)
	if excerpt != "    Halo 🎉 warga" || carets != "         ^^" {
		t.Errorf("emoji: %q %q", excerpt, carets)
	}
}
