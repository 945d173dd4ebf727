package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// Quoted material: words inside quotation marks are being reported, not
// used. A fact-check that quotes a hoax, or a warning that quotes a scam
// message, is not itself a hoax or a scam. Rules whose findings context
// changes (engagement bait, the trust rules) declare lint.TrustContext in
// their Doc, and Pass.Report applies it (applyContext):
//
//   - a match outside quotation marks in an ordinary post keeps its severity;
//   - a match inside quotation marks, or anywhere in a post whose first line
//     carries a debunk label ([HOAKS], Cek Fakta, Fact check, …), drops one
//     level (error → warning → info; info stays info);
//   - a match inside quotation marks in a labelled post is info.

// contextViews lists the views applyContext reads under policy c: the
// quoted spans, and the folded tokens the debunk labels are matched in.
func contextViews(c lint.Context) []AnyView {
	var out []AnyView
	if c&(lint.QuotedDrops|lint.QuotedSkipped) != 0 {
		out = append(out, viewQuoted)
	}
	if c.Has(lint.DebunkDrops) {
		out = append(out, viewFolded)
	}
	return out
}

// applyContext applies a context policy to a finding at text[start:end]
// (start < 0: a finding about metadata, never quoted, never outside the
// first line) whose severity outside any context is sev. keep is false
// when the policy drops the finding.
func applyContext(c lint.Context, a *Analysis, start, end int, sev lint.Severity) (_ lint.Severity, keep bool) {
	if c == 0 {
		return sev, true
	}
	quoted := start >= 0 && c&(lint.QuotedDrops|lint.QuotedSkipped) != 0 && trustInQuotes(a, start, end)
	if quoted && c.Has(lint.QuotedSkipped) {
		return sev, false
	}
	if start >= 0 && c.Has(lint.FirstLineOnly) {
		if line, _ := firstTextLine(a.Text, len(a.Text)); start >= line.End {
			return sev, false
		}
	}
	if quoted && c.Has(lint.QuotedDrops) {
		sev = sev.Lower()
	}
	if c.Has(lint.DebunkDrops) && hasDebunkLabel(a) {
		sev = sev.Lower()
	}
	return sev, true
}

// DebunkLabel reports whether the first line of the post carries a
// fact-checker's label from the debunk-labels word list ([HOAKS], [SALAH],
// [DISINFORMASI], Cek Fakta, Klarifikasi, [HOAX], FALSE, Fact check). The
// first line is the first non-blank line of the text, read up to its first
// 512 bytes (a headline is never longer).
//
// A label counts only where it stands as a label, so that ordinary words in
// the list ("salah", "false", "cek fakta") do not make a post a fact-check:
//   - in brackets: "[HOAKS] …", "(GFD-2020-3885) [SALAH] …";
//   - opening the line (after emoji or punctuation) and followed by ":", "!",
//     "|", ".", a dash or the end of the line: "Cek Fakta: …", "HOAKS! …";
//   - closing the line, written in capitals or after ":", "|" or a dash:
//     "Video tsunami di Pantai Selatan itu HOAKS", "Klaim air kelapa — Salah".
func DebunkLabel(a *Analysis) bool { return len(labelSpans(a)) > 0 }

// listDebunkLabels is the word list read here, resolved once (wordList).
var listDebunkLabels = wordList("debunk-labels")

// labelSpans returns the debunk labels standing as labels in the first
// line, so rules can also leave the label itself alone ("[HOAKS]" is not
// shouting).
func labelSpans(a *Analysis) []prose.Span {
	line, cut := firstTextLine(a.Text, maxLabelLine)
	var out []prose.Span
	// Labels are matched in both languages: Indonesian fact checks of
	// English hoaxes and the reverse are common.
	for _, m := range matchBoth(a, listDebunkLabels) {
		if m.Start >= line.End {
			break
		}
		if m.Start >= line.Start && m.End <= line.End && labelStands(a.Text, line, m.Start, m.End, cut) {
			out = append(out, prose.Span{Start: m.Start, End: m.End})
		}
	}
	return out
}

// maxLabelLine is how many bytes of the first line DebunkLabel reads. A
// debunk label sits in a headline; reading a bounded prefix keeps the check
// cheap however many quoted matches a rule asks about.
const maxLabelLine = 512

// firstTextLine returns the first line of text that is not blank, trimmed
// of surrounding space and cut after limit bytes; cut reports whether the
// line goes on past the span.
func firstTextLine(text string, limit int) (line prose.Span, cut bool) {
	start := len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
	end := min(len(text), start+limit)
	if nl := strings.IndexByte(text[start:end], '\n'); nl >= 0 {
		end = start + nl
	} else if end < len(text) {
		cut = true
		for end > start && !utf8.RuneStart(text[end]) {
			end--
		}
	}
	end = start + len(strings.TrimRightFunc(text[start:end], unicode.IsSpace))
	return prose.Span{Start: start, End: end}, cut
}

// labelStands reports whether the list match text[start:end] inside the line
// is used as a label (see DebunkLabel). When the line was cut, its end is
// unknown and a label cannot be said to close it.
func labelStands(text string, line prose.Span, start, end int, cut bool) bool {
	before := strings.TrimRight(text[line.Start:start], " \t")
	after := strings.TrimLeft(text[end:line.End], " \t")
	if strings.HasSuffix(before, "[") && strings.HasPrefix(after, "]") ||
		strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")") {
		return true
	}
	if !hasWordRune(before) {
		if after == "" {
			return !cut
		}
		r, _ := utf8.DecodeRuneInString(after)
		return strings.ContainsRune(":!|.-–—", r)
	}
	if !cut && !hasWordRune(after) {
		if isCapitals(text[start:end]) {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(before)
		return strings.ContainsRune(":|-–—", r)
	}
	return false
}

// hasWordRune reports whether s holds a letter or a digit.
func hasWordRune(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// isCapitals reports whether s has letters and none of them is lower case.
func isCapitals(s string) bool {
	return hasWordRune(s) && strings.IndexFunc(s, unicode.IsLower) < 0
}
