package engine

import (
	"strings"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/fuzzy"
	"github.com/postlint/postlint/lint"
)

const unusedDirectiveID = "unused-directive"

// scope is the part of a post one directive switches a rule off in.
type scope struct {
	dir      int    // index into the post's directives
	rule     string // "" for every rule
	from, to int    // lines, inclusive; to = 0 means to the end of the file
	allLines bool
	// reenabled holds, for a scope of every rule, the rules a later
	// postlint-enable RULE switched back on, and from which line.
	reenabled map[string]int
	used      bool
}

func (s *scope) covers(rule string, line int) bool {
	if s.rule != "" && s.rule != rule {
		return false
	}
	if s.allLines {
		return true
	}
	if line < s.from || (s.to != 0 && line > s.to) {
		return false
	}
	if on, ok := s.reenabled[rule]; ok && line >= on {
		return false
	}
	return true
}

// applyDirectives removes findings suppressed by the post's postlint
// comments. It returns the findings kept and, apart, the unused-directive
// reports: comments that suppress nothing, name an unknown rule or are not
// directives postlint knows (the caller applies the rule's own switches to
// those).
func applyDirectives(p *draft.Post, findings []lint.Finding, b *ruleBuilder) (kept, unused []lint.Finding) {
	if len(p.Directives) == 0 {
		return findings, nil
	}
	var scopes, open []*scope
	report := func(d draft.Directive, msg, sugg i18n.Text) {
		unused = append(unused, lint.Finding{
			Path: p.Path, Post: p.Index, Rule: unusedDirectiveID, Category: lint.CategoryFormat,
			Severity: lint.Info, Range: d.Range, Start: -1, End: -1, Message: msg, Suggestion: sugg,
		})
	}
	for i, d := range p.Directives {
		if !d.Invalid.IsZero() {
			report(d, d.Invalid, i18n.Text{})
			continue
		}
		line := d.Range.Start.Line
		if d.Kind == draft.DirectiveEnable {
			var matched bool
			if open, matched = enable(open, d.Rules, line); !matched {
				what := strings.Join(d.Rules, ", ")
				if what == "" {
					what = "(all rules)"
				}
				report(d, i18n.Sprintf("postlint-enable %s has no postlint-disable to close", "postlint-enable %s tidak punya postlint-disable yang ditutup", what),
					i18n.T("remove it, or add the postlint-disable it was meant to end", "hapus, atau tambahkan postlint-disable yang hendak diakhirinya"))
			}
			continue
		}
		ids := d.Rules
		if len(ids) == 0 {
			ids = []string{""} // every rule
		}
		for _, id := range ids {
			if id != "" && !b.known(id) {
				sugg := i18n.T("see `postlint rules` for the rule IDs", "lihat `postlint rules` untuk daftar ID aturan")
				if c := fuzzy.Closest(id, b.allIDs()); c != "" {
					sugg = i18n.Sprintf("did you mean %q?", "mungkin maksudnya %q?", c)
				}
				report(d, i18n.Sprintf("directive names unknown rule %q", "direktif menyebut aturan %q yang tidak dikenal", id), sugg)
				continue
			}
			s := &scope{dir: i, rule: id}
			switch d.Kind {
			case draft.DirectiveDisableFile:
				s.allLines = true
			case draft.DirectiveDisableLine:
				s.from, s.to = line, d.Range.End.Line
			case draft.DirectiveDisableNextLine:
				s.from, s.to = d.NextLine, d.NextLine
			case draft.DirectiveDisable:
				s.from = line
				open = append(open, s)
			}
			scopes = append(scopes, s)
		}
	}
	kept = findings[:0]
	for _, f := range findings {
		suppressed := false
		if !alwaysReported(f.Rule) { // an unreadable draft or a crash is always reported
			for _, s := range scopes {
				if s.covers(f.Rule, f.Range.Start.Line) {
					s.used, suppressed = true, true
				}
			}
		}
		if !suppressed {
			kept = append(kept, f)
		}
	}
	for _, s := range scopes {
		if s.used || s.rule == unusedDirectiveID {
			continue
		}
		d := p.Directives[s.dir]
		what := s.rule
		if what == "" {
			what = "any rule"
		}
		report(d, i18n.Sprintf("postlint-%s suppresses nothing here for %s", "postlint-%s tidak menekan temuan apa pun untuk %s di sini", d.Kind, what),
			i18n.T("remove the comment: the problem it silenced is gone", "hapus komentarnya: masalah yang dibungkamnya sudah tidak ada"))
	}
	// Directives naming unused-directive silence these reports themselves.
	quiet := unused[:0]
	for _, f := range unused {
		suppressed := false
		for _, s := range scopes {
			if s.rule == unusedDirectiveID && s.covers(unusedDirectiveID, f.Range.Start.Line) {
				suppressed = true
			}
		}
		if !suppressed {
			quiet = append(quiet, f)
		}
	}
	return kept, quiet
}

// enable closes the open disable ranges an enable directive names, or
// every open range when it names none. A rule switched off by a range of
// every rule is switched back on from this line. It reports whether the
// directive closed or re-enabled anything, and returns the ranges still
// open.
func enable(open []*scope, ids []string, line int) (rest []*scope, matched bool) {
	if len(ids) == 0 {
		for _, s := range open {
			s.to = line
		}
		return nil, len(open) > 0
	}
	var still []*scope
	for _, s := range open {
		if s.rule != "" && contains(ids, s.rule) {
			s.to = line
			matched = true
			continue
		}
		still = append(still, s)
	}
	for _, s := range still {
		if s.rule != "" {
			continue
		}
		if s.reenabled == nil {
			s.reenabled = map[string]int{}
		}
		for _, id := range ids {
			if _, ok := s.reenabled[id]; !ok {
				s.reenabled[id] = line
			}
			matched = true
		}
	}
	return still, matched
}
