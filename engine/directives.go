package engine

import (
	"strings"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/rules"
)

// applyDirectives removes findings suppressed by the post's postlint
// comments and reports comments that suppressed nothing.
func applyDirectives(p *draft.Post, findings []rules.Finding, known func(string) bool) []rules.Finding {
	if len(p.Directives) == 0 {
		return findings
	}
	type scope struct {
		dir      int // index into p.Directives
		rule     string
		from, to int // lines, inclusive; to = 0 means to the end
		allLines bool
		used     bool
	}
	var scopes []*scope
	var extra []rules.Finding
	open := map[string]*scope{} // rule → open disable range
	report := func(d draft.Directive, msg i18n.Text) {
		extra = append(extra, rules.Finding{
			Path: p.Path, Post: p.Index, Rule: "unused-directive", Category: rules.CategoryFormat,
			Severity: rules.Info, Range: d.Range, Start: -1, End: -1, Message: msg,
		})
	}
	for i, d := range p.Directives {
		if !d.Invalid.IsZero() {
			report(d, d.Invalid)
			continue
		}
		ids := d.Rules
		if len(ids) == 0 {
			ids = []string{""} // every rule
		}
		for _, id := range ids {
			if id != "" && !known(id) && id != "unused-directive" {
				report(d, i18n.Sprintf("directive names unknown rule %q", "direktif menyebut aturan %q yang tidak dikenal", id))
				continue
			}
			line := d.Range.Start.Line
			switch d.Kind {
			case draft.DirectiveDisableFile:
				scopes = append(scopes, &scope{dir: i, rule: id, allLines: true})
			case draft.DirectiveDisableLine:
				scopes = append(scopes, &scope{dir: i, rule: id, from: line, to: d.Range.End.Line})
			case draft.DirectiveDisableNextLine:
				next := d.Range.End.Line + 1
				scopes = append(scopes, &scope{dir: i, rule: id, from: next, to: next})
			case draft.DirectiveDisable:
				s := &scope{dir: i, rule: id, from: line}
				scopes = append(scopes, s)
				open[id] = s
			case draft.DirectiveEnable:
				closed := false
				for rid, s := range open {
					if rid == id || id == "" {
						s.to = line
						delete(open, rid)
						closed = true
					}
				}
				if !closed {
					report(d, i18n.Sprintf("postlint-enable %s has no matching postlint-disable", "postlint-enable %s tidak punya pasangan postlint-disable", strings.TrimSpace(id)))
				}
			}
		}
	}
	kept := findings[:0]
	for _, f := range findings {
		suppressed := false
		for _, s := range scopes {
			if s.rule != "" && s.rule != f.Rule {
				continue
			}
			if f.Rule == "draft-error" {
				continue
			}
			in := s.allLines
			if !in && f.Start >= 0 {
				line := f.Range.Start.Line
				in = line >= s.from && (s.to == 0 || line <= s.to)
			}
			if in {
				s.used = true
				suppressed = true
			}
		}
		if !suppressed {
			kept = append(kept, f)
		}
	}
	for _, s := range scopes {
		if s.used {
			continue
		}
		d := p.Directives[s.dir]
		what := s.rule
		if what == "" {
			what = "any rule"
		}
		report(d, i18n.Sprintf("postlint-%s suppresses nothing here for %s: remove it", "postlint-%s tidak menekan temuan apa pun untuk %s: hapus saja",
			d.Kind, what))
	}
	return append(kept, extra...)
}
