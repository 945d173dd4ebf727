package report

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

var xmlTestPieces = []string{
	"a", " ", "&", "<", ">", "\"", "'", "\n", "\t", "\r", "\x00", "\x1b", "\x7f", "\u0085", "\u009f", "\u00a0", "é",
	"\u202a", "\u202e", "\u2066", "\u2069", "\u2065", "\ufffd", "\ufffe", "\uffff", "🎉", "\xff", "\xed\xa0\x80", "中",
}

// xmlPlain must say yes exactly when escaping changes nothing: every
// character below U+11000 alone, and 20,000 random strings of the hard
// ones.
func TestXMLPlainIsEscapingNothing(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 18))
	check := func(s string) {
		for _, attr := range []bool{false, true} {
			escaped := xmlEscapeRunes(s, attr)
			if got, want := xmlPlain(s, attr), escaped == s; got != want {
				t.Fatalf("xmlPlain(%q, %v) = %v, escaping gives %q", s, attr, got, escaped)
			}
			if got := xmlEscape(s, attr); got != escaped {
				t.Fatalf("xmlEscape(%q, %v) = %q, want %q", s, attr, got, escaped)
			}
		}
	}
	for _, p := range xmlTestPieces {
		check(p)
	}
	for range 20000 {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(xmlTestPieces[r.IntN(len(xmlTestPieces))])
		}
		check(b.String())
	}
	for c := rune(0); c < 0x11000; c++ {
		check(string(c))
	}
}

// describeByJoining is describe as it was first written, joining strings.
func describeByJoining(f lint.Finding, locale, sep string) string {
	msg := f.Message.In(locale)
	if c := f.Range.Cell; c != nil {
		msg = c.Label().In(locale) + ": " + msg
	}
	if p := platformList(f); p != "" {
		msg += " [" + p + "]"
	}
	if s := f.Suggestion.In(locale); s != "" {
		msg += sep + "→ " + i18n.Messages(locale).T("suggestion") + ": " + s
	}
	if sep != "\n" {
		msg = oneLine.Replace(msg)
	}
	return msg
}

func TestDescribeSameAsJoining(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 20))
	pieces := []string{"", "a", " ", "\n", "\r\n", "\r", "é", "→", "<&>"}
	text := func() string {
		var b strings.Builder
		for range r.IntN(5) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		return b.String()
	}
	cells := []*draft.Cell{nil}
	for _, p := range draft.Parse("k.csv", draft.FormatCSV, []byte("Tanggal,Caption\n2026-05-01,Halo warga\n"), draft.Options{}) {
		cells = append(cells, p.Range(0, 1).Cell)
	}
	for i := range 5000 {
		f := lint.Finding{Message: i18n.T(text(), text()), Suggestion: i18n.T(text(), text()), Platform: []string{"", "x"}[r.IntN(2)]}
		if r.IntN(3) == 0 {
			f.Platforms = []string{"facebook", "instagram", "x"}[:1+r.IntN(3)]
			f.Platform = f.Platforms[0]
		}
		f.Range.Cell = cells[r.IntN(len(cells))]
		for _, loc := range []string{i18n.EN, i18n.ID} {
			for _, sep := range []string{" ", "\n", "; "} {
				if got, want := describe(f, loc, sep), describeByJoining(f, loc, sep); got != want {
					t.Fatalf("case %d (%s, %q): %q, want %q", i, loc, sep, got, want)
				}
			}
		}
	}
}
