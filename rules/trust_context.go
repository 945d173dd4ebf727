package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/prose"
	"github.com/postlint/postlint/twittertext"
)

// The context policy every trust rule follows (SPEC §3, content-rules.md §0
// "Quoted material"): words inside quotation marks are being reported, not
// used, so a finding inside quotes drops one severity level; when the
// post's first line carries a debunk label ([HOAKS], [SALAH], Cek Fakta,
// Fact check, …) quoted findings drop to info and the others drop one
// level, because a fact check quoting a hoax is not a hoax. Severities
// never drop below info.

// hasDebunkLabel reports whether the first line carries a label from the
// debunk-labels list (either language).
func hasDebunkLabel(a *Analysis) bool { return len(debunkLabels(a)) > 0 }

// debunkLabels returns the debunk labels in the first line.
func debunkLabels(a *Analysis) []prose.Span {
	line := a.FirstLine()
	var out []prose.Span
	for _, m := range a.trustMatch("debunk-labels") {
		if m.Start >= line.End {
			break
		}
		if m.Start >= line.Start && m.End <= line.End {
			out = append(out, prose.Span{Start: m.Start, End: m.End})
		}
	}
	return out
}

// trustSeverity applies the context policy to a finding at [start, end)
// (start < 0: a finding about metadata, never quoted).
func trustSeverity(a *Analysis, start, end int, sev Severity) Severity {
	quoted := start >= 0 && a.InQuotes(start, end)
	label := hasDebunkLabel(a)
	switch {
	case quoted && label:
		return Info
	case quoted || label:
		return trustDowngrade(sev)
	}
	return sev
}

// trustDowngrade lowers a severity by one level, not below info.
func trustDowngrade(sev Severity) Severity {
	if sev > Info {
		return sev - 1
	}
	return sev
}

// reportTrust reports a finding with the context policy applied.
func reportTrust(p *Pass, r Report) {
	sev := r.Severity
	if sev == Off {
		sev = p.doc.Severity
	}
	r.Severity = trustSeverity(p.Text, r.Start, r.End, sev)
	p.Report(r)
}

// trustInEntity reports whether [start, end) overlaps a URL, hashtag or
// mention: "#viralkan" names a topic, it does not tell anyone to share.
func trustInEntity(a *Analysis, start, end int) bool {
	for _, es := range [][]twittertext.Entity{a.URLs(), a.Hashtags(), a.Mentions()} {
		for _, e := range es {
			if e.Start < end && start < e.End {
				return true
			}
		}
	}
	return false
}

// trustInURL reports whether [start, end) overlaps a URL.
func trustInURL(a *Analysis, start, end int) bool {
	for _, u := range a.URLs() {
		if u.Start < end && start < u.End {
			return true
		}
	}
	return false
}

// trustNegated reports whether a negation ("jangan", "tidak", "don't", …:
// list trust-negations) ends at most three words before start, in the same
// sentence: "Jangan sebarkan!" is the opposite of a chain message.
func trustNegated(a *Analysis, start int) bool {
	for _, m := range a.trustMatch("trust-negations") {
		if m.End > start {
			break
		}
		if wordsBetween(a, m.End, start) <= 3 && !strings.ContainsAny(a.Text[m.End:start], ".!?\n") {
			return true
		}
	}
	return false
}

// trustSentenceOf returns the sentence holding offset off.
func trustSentenceOf(a *Analysis, off int) prose.Span {
	for _, s := range a.Sentences() {
		if s.Start <= off && off < s.End {
			return s
		}
	}
	return prose.Span{Start: off, End: off}
}

// trustSentenceStart reports whether off is the first word of a sentence
// (leading emoji, quotes and brackets do not count).
func trustSentenceStart(a *Analysis, off int) bool {
	s := trustSentenceOf(a, off)
	for _, w := range a.Words() {
		if w.Start >= s.Start {
			return w.Start == off
		}
	}
	return false
}

// trustInLists reports whether any match of the lists lies in [start, end).
func trustInLists(a *Analysis, start, end int, lists ...string) bool {
	for _, l := range lists {
		for _, m := range a.trustMatch(l) {
			if m.Start >= start && m.End <= end && !trustInEntity(a, m.Start, m.End) {
				return true
			}
		}
	}
	return false
}

// trustAnyMatch reports whether a list matches anywhere outside URLs,
// hashtags and mentions.
func trustAnyMatch(a *Analysis, lists ...string) bool {
	return trustInLists(a, 0, len(a.Text), lists...)
}

// isUpperText reports whether s has at least two letters, all upper case.
func isUpperText(s string) bool {
	letters, upper := prose.LetterCounts(s)
	return letters >= 2 && letters == upper
}

// isTitleWord reports whether w starts with an upper-case letter and goes
// on in lower case ("Budi", "Al-Hikmah"), with at least two letters.
func isTitleWord(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	letters, upper := prose.LetterCounts(w[n:])
	return letters >= 1 && upper < letters
}
