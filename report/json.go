package report

import (
	"bufio"
	"fmt"

	"github.com/postlint/postlint/lint"
)

func init() {
	register("json", Factory{New: newJSON, Help: "stable JSON (SPEC §4), for scripts"})
}

// jsonFinding is the SPEC §4 shape; field order is part of the contract.
// Platform is the only platform, or the first of several; Platforms lists
// them all and is present only when there are several.
type jsonFinding struct {
	Path      string   `json:"path"`
	Post      int      `json:"post"`
	Platform  string   `json:"platform"`
	Platforms []string `json:"platforms,omitempty"`
	Rule      string   `json:"rule"`
	Category  string   `json:"category"`
	Severity  string   `json:"severity"`
	Line      int      `json:"line"`
	Column    int      `json:"column"`
	EndLine   int      `json:"end_line"`
	EndColumn int      `json:"end_column"`
	// Cell is the calendar cell the finding is in; absent outside
	// calendars.
	Cell       *jsonCell `json:"cell,omitempty"`
	Message    string    `json:"message"`
	Suggestion string    `json:"suggestion,omitempty"`

	// Fix is absent when the finding has none.
	Fix *jsonFix `json:"fix,omitempty"`
}

// jsonFix is a finding's fix: replace bytes [start, end) of the file, as
// it was linted, with text. Offsets count bytes, not characters, so that
// a script can splice the file without decoding it.
type jsonFix struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// jsonFormatter streams findings so that memory stays flat on large runs.
type jsonFormatter struct {
	w     *bufio.Writer
	opts  Options
	wrote int
}

func newJSON(o Options) Formatter {
	return &jsonFormatter{w: newWriter(o.W), opts: o}
}

// toJSON takes the finding by pointer: it is large, and copying it for
// each finding and for each helper was a good part of this step.
func toJSON(f *lint.Finding, locale string) jsonFinding {
	j := jsonFinding{
		Path: f.Path, Post: f.Post, Rule: f.Rule, Category: f.Category,
		Severity: f.Severity.String(), Line: f.Range.Start.Line, Column: f.Range.Start.Column,
		EndLine: f.Range.End.Line, EndColumn: f.Range.End.Column,
		Message: f.Message.In(locale), Suggestion: f.Suggestion.In(locale),
	}
	// As firstPlatform and manyPlatforms, from one call.
	if p := f.OnPlatforms(); len(p) > 1 {
		j.Platform, j.Platforms = p[0], p
	} else if len(p) == 1 {
		j.Platform = p[0]
	}
	if f.Range.Cell != nil {
		j.Cell = cellOf(*f)
	}
	if f.Fix != nil {
		j.Fix = &jsonFix{Start: f.Fix.Edit.Start, End: f.Fix.Edit.End, Text: f.Fix.Edit.Text}
	}
	return j
}

func (j *jsonFormatter) Post(r lint.PostResult) error {
	for i := range r.Findings {
		if j.wrote == 0 {
			j.w.WriteString("{\n  \"version\": 1,\n  \"findings\": [\n    ")
		} else {
			j.w.WriteString(",\n    ")
		}
		jf := toJSON(&r.Findings[i], j.opts.Locale)
		j.w.Write(appendFinding(j.w.AvailableBuffer(), &jf))
		j.wrote++
	}
	return nil
}

func (j *jsonFormatter) Finish(s lint.Summary) error {
	if j.wrote == 0 {
		j.w.WriteString("{\n  \"version\": 1,\n  \"findings\": [")
	} else {
		j.w.WriteString("\n  ")
	}
	fmt.Fprintf(j.w, "],\n  \"summary\": {\"files\": %d, \"posts\": %d, \"errors\": %d, \"warnings\": %d, \"infos\": %d}\n}\n",
		s.Files, s.Posts, s.Errors, s.Warnings, s.Infos)
	return j.w.Flush()
}
