package rules

import (
	"cmp"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/prose"
)

var customIDRe = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// customCategories are the categories a [[custom]] rule may name.
var customCategories = []string{lint.CategoryCustom, lint.CategoryHook, lint.CategoryLength, lint.CategoryClarity, lint.CategoryEngagement,
	lint.CategoryTrust, lint.CategoryAccessibility, lint.CategoryFormat}

// Custom is a rule a team writes in .postlint.toml ([[custom]]): an RE2
// pattern or a phrase list, a message, an optional replacement, optional
// platforms, and optional occurrence bounds (min = 1 requires a campaign
// hashtag, for example).
type Custom struct {
	doc       lint.Doc
	pattern   *regexp.Regexp
	phrases   *prose.Matcher
	replace   string
	platforms []string
	min, max  *int
}

// NewCustomRules compiles the config's [[custom]] entries. Errors name the
// config file and the entry's line.
func NewCustomRules(entries []config.Custom, cfgPath string) ([]Rule, error) {
	var out []Rule
	seen := map[string]bool{}
	for _, e := range entries {
		failAt := func(line int, format string, args ...any) error {
			return &config.Error{File: cfgPath, Line: line, Msg: "[[custom]] " + fmt.Sprintf(format, args...)}
		}
		fail := func(format string, args ...any) error { return failAt(e.Line, format, args...) }
		if !customIDRe.MatchString(e.ID) {
			return nil, fail("id %q must be kebab-case, like brand-name", e.ID)
		}
		if Known(e.ID) || seen[e.ID] {
			return nil, fail("id %q is already taken by another rule", e.ID)
		}
		seen[e.ID] = true
		msg := i18n.Text{EN: firstOf(e.MessageEN, e.Message, e.MessageID), ID: firstOf(e.MessageID, e.Message, e.MessageEN)}
		if msg.EN == "" {
			return nil, fail("%s needs a message (message, message_en or message_id)", e.ID)
		}
		sev := lint.Warning
		if e.Severity != "" {
			s, err := lint.ParseSeverity(e.Severity)
			if err != nil || s == lint.Off {
				return nil, fail("%s: severity must be error, warning or info, not %q", e.ID, e.Severity)
			}
			sev = s
		}
		c := &Custom{replace: e.Replace, min: e.Min, max: e.Max}
		sources := 0
		if e.Pattern != "" {
			sources++
			re, err := regexp.Compile(e.Pattern)
			if err != nil {
				return nil, fail("%s: invalid pattern: %v", e.ID, strings.TrimPrefix(err.Error(), "error parsing regexp: "))
			}
			c.pattern = re
		}
		phrases := e.Phrases
		if e.PhrasesFile != "" {
			line := cmp.Or(e.PhrasesFileLine, e.Line)
			p := e.PhrasesFile
			if !filepath.IsAbs(p) {
				p = filepath.Join(e.Dir, p)
			}
			data, err := config.ReadListFile(p)
			if err != nil {
				return nil, failAt(line, "%s: phrases_file: %v", e.ID, err)
			}
			entries := parseList(string(data), "")
			if len(entries) == 0 {
				return nil, failAt(line, "%s: phrases_file %s has no phrases", e.ID, e.PhrasesFile)
			}
			for _, en := range entries {
				phrases = append(phrases, en.Phrase)
			}
		}
		if len(e.Phrases) > 0 || e.PhrasesFile != "" {
			sources++
			m, err := prose.NewMatcher(phrases)
			if err != nil {
				return nil, fail("%s: %s", e.ID, strings.TrimPrefix(err.Error(), "prose: "))
			}
			c.phrases = m
		}
		if sources != 1 {
			return nil, fail("%s needs exactly one of pattern, or phrases / phrases_file", e.ID)
		}
		for _, p := range e.Platforms {
			name, err := platform.ParseName(p)
			if err != nil {
				return nil, fail("%s: %v", e.ID, err)
			}
			c.platforms = append(c.platforms, name)
		}
		if e.Min != nil && e.Max != nil && *e.Min > *e.Max {
			return nil, fail("%s: min (%d) is larger than max (%d)", e.ID, *e.Min, *e.Max)
		}
		if (e.Min != nil && *e.Min < 0) || (e.Max != nil && *e.Max < 0) {
			return nil, fail("%s: min and max must not be negative", e.ID)
		}
		category := e.Category
		if category == "" {
			category = lint.CategoryCustom
		}
		if !contains(customCategories, category) {
			return nil, fail("%s: unknown category %q (use %s)", e.ID, category, strings.Join(customCategories, ", "))
		}
		c.doc = lint.Doc{
			ID: e.ID, Category: category, Severity: sev, PerPlatform: len(c.platforms) > 0,
			Summary:   msg,
			Rationale: i18n.T("A rule your team wrote in "+filepath.Base(cfgPath)+".", "Aturan yang ditulis tim Anda di "+filepath.Base(cfgPath)+"."),
			Source:    fmt.Sprintf("%s:%d", cfgPath, e.Line),
			Fixable:   e.Replace != "" && e.Min == nil && e.Max == nil,
		}
		out = append(out, c)
	}
	return out, nil
}

func firstOf(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// Doc documents the rule from its config entry.
func (c *Custom) Doc() lint.Doc { return c.doc }

// Check finds the pattern or phrases and applies the bounds.
func (c *Custom) Check(p *Pass) {
	if len(c.platforms) > 0 && (p.Platform == nil || !contains(c.platforms, p.Platform.Name)) {
		return
	}
	text := p.Text.Text
	// Each span is a match's submatch indexes (pattern) or its bounds
	// (phrases); [0] and [1] are the match.
	var spans [][]int
	if c.pattern != nil {
		for _, m := range c.pattern.FindAllStringSubmatchIndex(text, -1) {
			if m[1] > m[0] {
				spans = append(spans, m)
			}
		}
	} else {
		for _, m := range c.phrases.FindAllFolded(p.Text.Folded()) {
			spans = append(spans, []int{m.Start, m.End})
		}
	}
	msg := c.doc.Summary
	bounded := c.min != nil || c.max != nil
	if c.min != nil && len(spans) < *c.min {
		p.ReportMeta("", lint.Off, i18n.Text{
			EN: fmt.Sprintf("%s (found %d, need at least %d)", msg.EN, len(spans), *c.min),
			ID: fmt.Sprintf("%s (ada %d, minimal %d)", msg.ID, len(spans), *c.min),
		}, i18n.Text{})
	}
	for i, s := range spans {
		if bounded && (c.max == nil || i < *c.max) {
			continue
		}
		r := Report{Start: s[0], End: s[1], Message: msg}
		if c.max != nil {
			r.Message = i18n.Text{
				EN: fmt.Sprintf("%s (found %d, at most %d)", msg.EN, len(spans), *c.max),
				ID: fmt.Sprintf("%s (ada %d, maksimal %d)", msg.ID, len(spans), *c.max),
			}
		}
		if c.replace != "" {
			rep := c.replace
			if c.pattern != nil {
				// Expand against the whole text: a pattern that looks past
				// its match (\B, ^, $) would not match the match alone.
				rep = string(c.pattern.ExpandString(nil, c.replace, text, s))
			}
			r.Suggestion = i18n.Sprintf("write %q", "tulis %q", rep)
			if !bounded && c.stable(rep) {
				r.Fix = &Fix{Start: s[0], End: s[1], Text: rep}
			}
		}
		p.Report(r)
	}
}

// stable reports whether a replacement stays as it is when the rule runs
// on it again, so that fixing converges: a pattern that finds "Setneg" in
// its own replacement "Kemensetneg" ((?i)setneg) would grow the text on
// every pass, so such a replacement is only a suggestion.
func (c *Custom) stable(rep string) bool {
	if c.pattern != nil {
		for _, m := range c.pattern.FindAllStringSubmatchIndex(rep, -1) {
			if string(c.pattern.ExpandString(nil, c.replace, rep, m)) != rep[m[0]:m[1]] {
				return false
			}
		}
		return true
	}
	for _, m := range c.phrases.FindAllFolded(prose.FoldTokens(rep, prose.Tokens(rep))) {
		if rep[m.Start:m.End] != c.replace {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
