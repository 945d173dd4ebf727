package rules

import (
	"cmp"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/lazyre"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/prose"
)

// customIDRe is compiled on first use: only a config with [[custom]]
// rules needs it.
var customIDRe = lazyre.New(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// customCategories are the categories a [[custom]] rule may name.
var customCategories = []string{lint.CategoryCustom, lint.CategoryHook, lint.CategoryLength, lint.CategoryClarity, lint.CategoryEngagement,
	lint.CategoryTrust, lint.CategoryAccessibility, lint.CategoryFormat}

// NewCustomRules compiles the config's [[custom]] entries, the rules a
// team writes in .postlint.toml: an RE2 pattern or a phrase list, a
// message, an optional replacement, optional platforms, and optional
// occurrence bounds (min = 1 requires a campaign hashtag, for example).
// Each is a ListRule, the kind the built-in list rules are. Errors name
// the config file and the entry's line.
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
		// Every match counts, in links and hashtags too: a team's pattern
		// may be about them (a campaign hashtag, a domain).
		c := &ListRule{Skip: skipNone, Message: msg, Replace: e.Replace, Min: e.Min, Max: e.Max}
		sources := 0
		if e.Pattern != "" {
			sources++
			re, err := regexp.Compile(e.Pattern)
			if err != nil {
				return nil, fail("%s: invalid pattern: %v", e.ID, strings.TrimPrefix(err.Error(), "error parsing regexp: "))
			}
			c.Pattern = re
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
			c.Phrases = m
		}
		if sources != 1 {
			return nil, fail("%s needs exactly one of pattern, or phrases / phrases_file", e.ID)
		}
		for _, p := range e.Platforms {
			name, err := platform.ParseName(p)
			if err != nil {
				return nil, fail("%s: %v", e.ID, err)
			}
			c.Platforms = append(c.Platforms, name)
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
		c.Meta = lint.Doc{
			ID: e.ID, Category: category, Severity: sev, PerPlatform: len(c.Platforms) > 0,
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

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
