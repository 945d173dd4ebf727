package engine

import (
	"fmt"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// internalErrorRule is the rule ID of a crash in postlint itself: a panic
// in a rule or while reading a draft, recovered so the run goes on. The
// command exits 3 when there is one.
const internalErrorRule = "internal-error"

// alwaysReported reports whether findings of a rule ignore switches and
// directives: an unreadable draft and a crash are never hidden.
func alwaysReported(rule string) bool {
	return rule == "draft-error" || rule == internalErrorRule
}

// internalError is the finding for a panic recovered while linting p,
// in the rule with the given ID ("" when no rule was running). It gives
// the panic's value, never a stack trace.
func internalError(p *draft.Post, rule string, v any) lint.Finding {
	reason := []rune(fmt.Sprint(v))
	if len(reason) > 200 {
		reason = append(reason[:200], '…')
	}
	msg := i18n.Sprintf("internal error while reading the draft: %s; this is a bug in postlint, please report it",
		"galat internal saat membaca draf: %s; ini bug di postlint, mohon laporkan", string(reason))
	if rule != "" {
		msg = i18n.Sprintf("internal error in rule %s: %s; this is a bug in postlint, please report it",
			"galat internal di aturan %s: %s; ini bug di postlint, mohon laporkan", rule, string(reason))
	}
	at := draft.Range{Start: draft.Position{Line: max(p.Line, 1), Column: 1}, End: draft.Position{Line: max(p.Line, 1), Column: 1}}
	return lint.Finding{
		Path: p.Path, Post: p.Index, Rule: internalErrorRule, Category: lint.CategoryFormat, Severity: lint.Error,
		Range: at, Start: -1, End: -1, Message: msg,
		Suggestion: i18n.T("report it with the draft that causes it; the rest of the run is not affected",
			"laporkan bersama draf yang memicunya; bagian lain dari pemeriksaan tidak terpengaruh"),
	}
}

// lintFileSafe lints a file, turning a panic outside the rules into one
// internal-error finding on the file.
func (e *Engine) lintFileSafe(f fileRef) (out fileResult) {
	defer func() {
		if v := recover(); v != nil {
			p := &draft.Post{Path: f.display, Index: 1, Line: 1, Format: f.format}
			out = fileResult{posts: []lint.PostResult{{Path: p.Path, Index: 1, Findings: []lint.Finding{internalError(p, "", v)}}}}
		}
	}()
	return e.lintOrFix(f)
}
