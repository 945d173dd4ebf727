package rules

import (
	"fmt"
	"regexp"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// ListRule is the one kind of rule that reports the matches of a list and
// nothing else, described as data: what it matches, where a match does not
// count, what the finding says, and (in Meta) its documentation and
// context policy, which the pass applies. Each built-in list rule declares
// its ListRule in its own file, rules/<id>.go (share-pressure.go holds
// sharePressure); each [[custom]] entry of the config compiles to one
// (NewCustomRules).
//
// The fields are data for the code, never options: a config cannot set
// them (toml:"-"), and a rule with typed options embeds a ListRule
// (Blocklist).
type ListRule struct {
	// Meta documents the rule; Meta.Context is its context policy.
	Meta lint.Doc `toml:"-"`

	// What is matched: exactly one of List, Phrases and Pattern.
	//
	// List is the word list matched (wordList, in the rule's
	// constructor), in both languages on normalised text (Norm;
	// normElongation for the trust lists: "SEBARKAAAN").
	List listID   `toml:"-"`
	Norm normMode `toml:"-"`
	// Phrases are a team's phrases, matched on the folded words of the
	// post in any language.
	Phrases *prose.Matcher `toml:"-"`
	// Pattern is an RE2 pattern on the post's text.
	Pattern *regexp.Regexp `toml:"-"`
	// Hashtags, with List, matches whole hashtags rather than text: a tag
	// whose text (without '#') is an entry of the list in any language,
	// compared folded (#FYP = #fyp). The message names the tag's text.
	Hashtags bool `toml:"-"`

	// Where a match does not count.
	Skip listSkip `toml:"-"`
	// When, if set, holds word lists one of which must match somewhere
	// in the post, outside links, hashtags and mentions, for the rule to
	// report anything: victim blaming counts only in a post about a
	// victim or a crime.
	When []listID `toml:"-"`
	// Platforms, if set, are the only platforms the rule checks (Meta
	// then declares it per platform).
	Platforms []string `toml:"-"`
	// Min and Max bound the number of matches: fewer than Min is one
	// finding about the post, and each match past Max is a finding; a
	// bounded rule reports nothing else.
	Min, Max *int `toml:"-"`

	// What a finding says.
	//
	// Message is the finding's message: plain text, or with Quote set a
	// format whose one %q verb is the matched text.
	Message i18n.Text `toml:"-"`
	Quote   int       `toml:"-"`
	// Respelled, if set, is the message for a match written otherwise than
	// its list entry (respelled, in leetspeak, affixed): a format with the
	// matched text and the entry, both %q.
	Respelled i18n.Text `toml:"-"`
	// Suggestion is the finding's suggestion. EntrySuggestion, if set,
	// replaces it for an entry with a "=> suggestion" of its own: a format
	// whose one %q verb is that suggestion.
	Suggestion      i18n.Text `toml:"-"`
	EntrySuggestion i18n.Text `toml:"-"`
	// Replace is the replacement suggested for every match (with Pattern,
	// $1 and ${name} expand to submatches) and, when the rule is not
	// bounded and the replacement is stable, its fix.
	Replace string `toml:"-"`
}

// listSkip says which spans of the post hide a list match.
type listSkip uint8

const (
	// skipNone: every match counts.
	skipNone listSkip = iota
	// skipEntities: matches overlapping a link, a hashtag or a mention do
	// not count ("#viralkan" names a topic).
	skipEntities
	// skipLinksMentions: matches overlapping a link or a mention do not
	// count; hashtags do.
	skipLinksMentions
)

// How a message quotes the match (ListRule.Quote): not at all, as
// written, or cut to a number of graphemes (any positive value).
const (
	quoteNone    = 0
	quoteWritten = -1
)

// Doc documents the rule.
func (r *ListRule) Doc() lint.Doc { return r.Meta }

// listHit is one match: its span, the pattern's submatch indexes (nil for
// lists), the list entry it matched (zero for patterns, phrases and
// hashtags) and, for a hashtag, the text a message names.
type listHit struct {
	start, end int
	loc        []int
	entry      Entry
	name       string
}

// Check reports the matches that count.
func (r *ListRule) Check(p *Pass) {
	if len(r.Platforms) > 0 && (p.Platform == nil || !contains(r.Platforms, p.Platform.Name)) {
		return
	}
	a := p.Text
	if r.Min != nil || r.Max != nil {
		r.checkBounds(p)
		return
	}
	// Unbounded: each match is reported as it is found, so a post pays
	// for no list of them, and When is asked only once one is found.
	applies := 0 // 0 not asked yet, 1 yes, -1 no
	r.each(a, func(h listHit) {
		if applies == 0 {
			applies = 1
			if len(r.When) > 0 && !trustAnyMatch(a, r.When...) {
				applies = -1
			}
		}
		if applies > 0 {
			p.Report(r.report(a.Text, h, 0, false))
		}
	})
}

// checkBounds reports too few matches, or each match past the most.
func (r *ListRule) checkBounds(p *Pass) {
	a := p.Text
	var hits []listHit
	r.each(a, func(h listHit) { hits = append(hits, h) })
	if len(r.When) > 0 && !trustAnyMatch(a, r.When...) {
		return
	}
	msg := r.Message
	if r.Min != nil && len(hits) < *r.Min {
		p.ReportMeta("", lint.Off, i18n.Text{
			EN: fmt.Sprintf("%s (found %d, need at least %d)", msg.EN, len(hits), *r.Min),
			ID: fmt.Sprintf("%s (ada %d, minimal %d)", msg.ID, len(hits), *r.Min),
		}, i18n.Text{})
	}
	if r.Max == nil {
		return
	}
	for _, h := range hits[min(*r.Max, len(hits)):] {
		p.Report(r.report(a.Text, h, len(hits), true))
	}
}

// each calls found with the matches that count, in order.
func (r *ListRule) each(a *Analysis, found func(listHit)) {
	switch {
	case r.Pattern != nil:
		for _, m := range r.Pattern.FindAllStringSubmatchIndex(a.Text, -1) {
			if m[1] > m[0] && !r.skipped(a, m[0], m[1]) {
				found(listHit{start: m[0], end: m[1], loc: m})
			}
		}
	case r.Phrases != nil:
		for _, m := range r.Phrases.FindAllFolded(a.Folded()) {
			if !r.skipped(a, m.Start, m.End) {
				found(listHit{start: m.Start, end: m.End})
			}
		}
	case r.List != 0 && r.Hashtags:
		for _, tag := range a.Hashtags() {
			if a.lexicon.wholeMatch(r.List, tag.Text) && !r.skipped(a, tag.Start, tag.End) {
				found(listHit{start: tag.Start, end: tag.End, name: tag.Text})
			}
		}
	case r.List != 0:
		for _, m := range a.normMatch(r.List, r.Norm) {
			if !r.skipped(a, m.Start, m.End) {
				found(listHit{start: m.Start, end: m.End, entry: m.Entry})
			}
		}
	}
}

// Requires declares the analysis views the rule reads, which follow from
// what it matches and where a match does not count.
func (r *ListRule) Requires() []AnyView {
	var vs []AnyView
	switch {
	case r.Phrases != nil:
		vs = append(vs, viewFolded)
	case r.List != 0 && r.Hashtags:
		vs = append(vs, viewHashtags)
	case r.List != 0:
		vs = append(vs, viewTokens)
	}
	if len(r.When) > 0 && (r.List == 0 || r.Hashtags || r.Phrases != nil) {
		vs = append(vs, viewTokens)
	}
	if r.Skip != skipNone || len(r.When) > 0 {
		vs = append(vs, viewTrustEntities)
	}
	return vs
}

// skipped reports whether the span is hidden by what r.Skip names.
func (r *ListRule) skipped(a *Analysis, start, end int) bool {
	switch r.Skip {
	case skipEntities:
		return trustInEntity(a, start, end)
	case skipLinksMentions:
		return trustInURL(a, start, end) || trustInMention(a, start, end)
	}
	return false
}

// report is the finding for one hit of n.
func (r *ListRule) report(text string, h listHit, n int, bounded bool) Report {
	msg := r.Message
	if r.Quote != quoteNone {
		found := text[h.start:h.end]
		if h.name != "" {
			found = h.name
		}
		if r.Quote > 0 {
			found = excerpt(found, r.Quote)
		}
		if !r.Respelled.IsZero() && prose.FoldString(found) != prose.FoldString(h.entry.Phrase) {
			msg = i18n.Sprintf(r.Respelled.EN, r.Respelled.ID, found, h.entry.Phrase)
		} else {
			msg = i18n.Sprintf(msg.EN, msg.ID, found)
		}
	}
	if r.Max != nil {
		msg = i18n.Text{
			EN: fmt.Sprintf("%s (found %d, at most %d)", msg.EN, n, *r.Max),
			ID: fmt.Sprintf("%s (ada %d, maksimal %d)", msg.ID, n, *r.Max),
		}
	}
	rep := Report{Start: h.start, End: h.end, Message: msg, Suggestion: r.Suggestion}
	if h.entry.Suggestion != "" && !r.EntrySuggestion.IsZero() {
		rep.Suggestion = i18n.Sprintf(r.EntrySuggestion.EN, r.EntrySuggestion.ID, h.entry.Suggestion)
	}
	if r.Replace != "" {
		with := r.Replace
		if r.Pattern != nil {
			// Expand against the whole text: a pattern that looks past
			// its match (\B, ^, $) would not match the match alone.
			with = string(r.Pattern.ExpandString(nil, r.Replace, text, h.loc))
		}
		rep.Suggestion = i18n.Sprintf("write %q", "tulis %q", with)
		if !bounded && r.stable(with) {
			rep.Fix = &Fix{Start: h.start, End: h.end, Text: with}
		}
	}
	return rep
}

// stable reports whether a replacement stays as it is when the rule runs
// on it again, so that fixing converges: a pattern that finds "Setneg" in
// its own replacement "Kemensetneg" ((?i)setneg) would grow the text on
// every pass, so such a replacement is only a suggestion. A word list's
// replacement is never checked this way and stays a suggestion.
func (r *ListRule) stable(rep string) bool {
	switch {
	case r.Pattern != nil:
		for _, m := range r.Pattern.FindAllStringSubmatchIndex(rep, -1) {
			if string(r.Pattern.ExpandString(nil, r.Replace, rep, m)) != rep[m[0]:m[1]] {
				return false
			}
		}
		return true
	case r.Phrases != nil:
		for _, m := range r.Phrases.FindAllFolded(prose.FoldTokens(rep, prose.Tokens(rep))) {
			if rep[m.Start:m.End] != r.Replace {
				return false
			}
		}
		return true
	}
	return false
}
