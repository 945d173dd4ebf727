package report

import (
	"strings"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// describe is a finding's message as the CI formats show it: the
// calendar cell it is in ("Kalender!C5: …", "row 5, column Naskah: …"),
// the message in the locale, the platforms it concerns in brackets ("[facebook,
// instagram]"), and the suggestion after sep. With sep "\n" the format
// keeps line breaks; with any other sep the result is one line, line
// breaks in the texts becoming spaces.
func describe(f lint.Finding, locale, sep string) string {
	msg := f.Message.In(locale)
	label := ""
	if c := f.Range.Cell; c != nil {
		label = c.Label().In(locale)
	}
	plats, sugg := f.OnPlatforms(), f.Suggestion.In(locale)
	if label != "" || len(plats) > 0 || sugg != "" {
		// Built in one buffer: the CI formats describe every finding.
		var b strings.Builder
		b.Grow(len(label) + len(msg) + 16*len(plats) + len(sep) + len(sugg) + 32)
		if label != "" {
			b.WriteString(label)
			b.WriteString(": ")
		}
		b.WriteString(msg)
		if len(plats) > 0 {
			b.WriteString(" [")
			for i, p := range plats {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(p)
			}
			b.WriteByte(']')
		}
		if sugg != "" {
			b.WriteString(sep)
			b.WriteString("→ ")
			b.WriteString(i18n.Messages(locale).T("suggestion"))
			b.WriteString(": ")
			b.WriteString(sugg)
		}
		msg = b.String()
	}
	if sep != "\n" && strings.ContainsAny(msg, "\r\n") {
		msg = oneLine.Replace(msg)
	}
	return msg
}

// platformList is the platforms a finding applies to, comma-separated in
// the engine's order, or "" for a platform-independent finding.
func platformList(f lint.Finding) string {
	return strings.Join(f.OnPlatforms(), ", ")
}

// firstPlatform is the platform a finding names first, "" for a
// platform-independent one.
func firstPlatform(f lint.Finding) string {
	if p := f.OnPlatforms(); len(p) > 0 {
		return p[0]
	}
	return ""
}

// manyPlatforms is the platforms of a finding that applies to several, or
// nil: JSON and SARIF list them only then, so a finding for one platform
// keeps the shape it always had.
func manyPlatforms(f lint.Finding) []string {
	if p := f.OnPlatforms(); len(p) > 1 {
		return p
	}
	return nil
}

var oneLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

// hasRegion reports whether a finding points at a line of the file (draft
// problems without a position have line 0).
func hasRegion(f lint.Finding) bool { return f.Range.Start.Line >= 1 }

// sameLineEnd returns the exclusive end column when the finding's span
// ends on its first line, or 0.
func sameLineEnd(f lint.Finding) int {
	r := f.Range
	if r.End.Line == r.Start.Line && r.Start.Column >= 1 && r.End.Column >= r.Start.Column {
		return r.End.Column
	}
	return 0
}

// inWorkbook reports a finding in a workbook's cell, where lines and
// columns are the cell's row and column index, not a place in text.
func inWorkbook(f lint.Finding) bool { return f.Range.Cell != nil && f.Range.Cell.Sheet() != "" }

// jsonCell is the calendar cell of a finding in the JSON and SARIF
// reports: its A1 reference ("Kalender!C5"; "C5" in a CSV file, as a
// spreadsheet opening it names the cell), sheet, row number as the
// spreadsheet shows it, column letter and header text.
type jsonCell struct {
	Ref    string `json:"ref"`
	Sheet  string `json:"sheet,omitempty"`
	Row    int    `json:"row"`
	Column string `json:"column"`
	Header string `json:"header,omitempty"`
}

// cellOf is a finding's cell for the JSON and SARIF reports, or nil.
func cellOf(f lint.Finding) *jsonCell {
	c := f.Range.Cell
	if c == nil {
		return nil
	}
	return &jsonCell{Ref: c.Ref(), Sheet: c.Sheet(), Row: c.Row, Column: draft.ColumnName(c.Col), Header: c.Header()}
}
