package rules

import (
	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
)

// Pass is what a rule sees while checking one post (for one platform when
// the rule is per-platform), in the manner of go/analysis: the post, its
// shared text analysis, and a way to report.
type Pass struct {
	Post *draft.Post
	// Platform is the target platform for per-platform rules, nil for the
	// others.
	Platform *platform.Spec
	// Media is the post's media type (MediaText when none is given).
	Media platform.Media
	// Lang is "id" or "en", or "" when the language could not be decided
	// (rules then apply both languages' word lists).
	Lang string
	// Text is the shared analysis of the post's text.
	Text *Analysis

	doc      *lint.Doc
	findings []lint.Finding
}

// NewPass prepares a pass for one rule over one post.
func NewPass(post *draft.Post, spec *platform.Spec, media platform.Media, lang string, an *Analysis, doc lint.Doc) *Pass {
	return NewSharedDocPass(post, spec, media, lang, an, &doc)
}

// NewSharedDocPass is NewPass with the rule's docs shared instead of
// copied: an engine makes a pass per rule and post, and copying the docs
// into each was a sixth of what linting allocated. The docs must not change
// while the pass is in use.
func NewSharedDocPass(post *draft.Post, spec *platform.Spec, media platform.Media, lang string, an *Analysis, doc *lint.Doc) *Pass {
	p := new(Pass)
	p.Reset(post, spec, media, lang, an, doc)
	return p
}

// Reset makes p a new pass for one rule over one post, as
// NewSharedDocPass would, so that an engine can check every rule of a post
// with one pass instead of allocating one per rule and platform. The
// memory of the previous rule's findings is reused, so the caller copies
// them out (as the engine does) before it resets the pass.
func (p *Pass) Reset(post *draft.Post, spec *platform.Spec, media platform.Media, lang string, an *Analysis, doc *lint.Doc) {
	// Field by field, every field, and only those that change: assigning
	// a composite literal built it aside and copied the whole pass, and
	// from one rule to the next of a post only the rule and the platform
	// change. A pointer written while the collector runs costs a write
	// barrier, and this runs once per rule and platform of every post.
	if p.Post != post {
		p.Post = post
	}
	if p.Platform != spec {
		p.Platform = spec
	}
	if p.Media != media {
		p.Media = media
	}
	if p.Lang != lang {
		p.Lang = lang
	}
	if p.Text != an {
		p.Text = an
	}
	p.doc, p.findings = doc, p.findings[:0]
}

// Findings returns what the rule reported, valid until the next Reset.
func (p *Pass) Findings() []lint.Finding { return p.findings }

// Gather has the pass keep the rule's findings, until the next Reset, in
// the room after buf's in buf's array, where AppendFindings(buf) finds
// them in place: a caller that gathers every rule's findings in one
// buffer then copies none of them. Findings outgrowing the room are moved
// to memory of the pass's own, as append moves them.
func (p *Pass) Gather(buf []lint.Finding) { p.findings = buf[len(buf):] }

// AppendFindings returns buf with the rule's findings appended, as
// append(buf, p.Findings()...) would; those gathered in buf's room
// (Gather) are there already and are not copied.
func (p *Pass) AppendFindings(buf []lint.Finding) []lint.Finding {
	fs := p.findings
	if len(fs) == 0 {
		return buf
	}
	if n := len(buf); cap(buf)-n >= len(fs) && &buf[n : n+1][0] == &fs[0] {
		return buf[:n+len(fs)]
	}
	return append(buf, fs...)
}

// Langs lists the languages whose word lists apply. The list is shared:
// callers read it and never write to it.
func (p *Pass) Langs() []string {
	switch p.Lang {
	case "":
		return bothLangs
	case i18n.ID:
		return onlyID
	case i18n.EN:
		return onlyEN
	}
	return []string{p.Lang}
}

// Report is one finding as a rule states it.
type Report struct {
	// Start and End are byte offsets in the post's text.
	Start, End int
	// Severity defaults to the rule's default severity.
	Severity   lint.Severity
	Message    i18n.Text
	Suggestion i18n.Text
	// Fix, when set, is the one safe replacement that solves the finding.
	// Rules give a fix only when the replacement is unambiguous.
	Fix *Fix
}

// Fix replaces Start:End of the post's text with Text.
type Fix struct {
	Start, End int
	Text       string
}

// Report records a finding in the post's text under the rule's context
// policy (lint.Doc.Context), which may lower its severity or drop it. Its
// fix, if any, is mapped to the file through the post's position map like
// its range, and dropped when its span is not one contiguous piece of the
// file (draft.FileEdit).
func (p *Pass) Report(r Report) {
	f := p.finding(r.Severity, r.Message, r.Suggestion)
	sev, keep := applyContext(p.doc.Context, p.Text, r.Start, r.End, f.Severity)
	if !keep {
		return
	}
	f.Severity = sev
	f.Start, f.End = r.Start, r.End
	f.Range = p.Post.Range(r.Start, r.End)
	if r.Fix != nil {
		if e, rng, ok := p.Post.FileEdit(r.Fix.Start, r.Fix.End, r.Fix.Text); ok {
			f.Fix = &lint.FileFix{Edit: e, Range: rng}
		}
	}
	p.findings = append(p.findings, f)
}

// ReportMeta records a finding about a front-matter key (or the first line
// of the file when the key is absent). The context policy applies as to a
// finding that stands outside quotation marks and the first line.
func (p *Pass) ReportMeta(key string, sev lint.Severity, msg, suggestion i18n.Text) {
	f := p.finding(sev, msg, suggestion)
	f.Severity, _ = applyContext(p.doc.Context, p.Text, -1, -1, f.Severity)
	f.Start, f.End = -1, -1
	if r, ok := p.Post.Meta.KeyRange(key); ok {
		f.Range = r
	} else {
		f.Range = p.Post.Range(0, 0)
	}
	p.findings = append(p.findings, f)
}

func (p *Pass) finding(sev lint.Severity, msg, suggestion i18n.Text) lint.Finding {
	if sev == lint.Off {
		sev = p.doc.Severity
	}
	f := lint.Finding{
		Path:       p.Post.Path,
		Post:       p.Post.Index,
		Rule:       p.doc.ID,
		Category:   p.doc.Category,
		Severity:   sev,
		Message:    msg,
		Suggestion: suggestion,
	}
	if p.Platform != nil {
		f.Platform = p.Platform.Name
	}
	return f
}
