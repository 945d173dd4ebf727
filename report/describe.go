package report

import (
	"strings"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/rules"
)

// describe is a finding's message as the CI formats show it: the message
// in the locale, the platform it concerns in brackets, and the suggestion
// after sep. With sep "\n" the format keeps line breaks; with any other
// sep the result is one line, line breaks in the texts becoming spaces.
func describe(f rules.Finding, locale, sep string) string {
	msg := f.Message.In(locale)
	if f.Platform != "" {
		msg += " [" + f.Platform + "]"
	}
	if s := f.Suggestion.In(locale); s != "" {
		msg += sep + "→ " + suggestionLabel(locale) + ": " + s
	}
	if sep != "\n" {
		msg = oneLine.Replace(msg)
	}
	return msg
}

var oneLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

func suggestionLabel(locale string) string {
	if locale == i18n.ID {
		return "saran"
	}
	return "suggestion"
}

// hasRegion reports whether a finding points at a line of the file (draft
// problems without a position have line 0).
func hasRegion(f rules.Finding) bool { return f.Range.Start.Line >= 1 }

// sameLineEnd returns the exclusive end column when the finding's span
// ends on its first line, or 0.
func sameLineEnd(f rules.Finding) int {
	r := f.Range
	if r.End.Line == r.Start.Line && r.Start.Column >= 1 && r.End.Column >= r.Start.Column {
		return r.End.Column
	}
	return 0
}
