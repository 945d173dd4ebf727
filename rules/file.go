package rules

import (
	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
)

// FileRule is a rule that needs every post of a file at once: checks only
// a content calendar makes possible, such as how many posts go out per day.
// The engine calls CheckFile once per file, after the per-post rules, and
// never calls Check; findings are attached to the post they point at, so
// sorting, directives and per-post switches work as for any other rule.
type FileRule interface {
	Rule
	CheckFile(p *FilePass)
}

// FilePost is one readable post of the file with what the engine decided
// for it.
type FilePost struct {
	Post *draft.Post
	// Platforms are the post's target platforms (flags, front matter or
	// calendar column, then config), Media its media type and Lang its
	// language ("" when undecided).
	Platforms []string
	Media     platform.Media
	Lang      string
}

// FilePass is what a file rule sees: the file's posts in file order.
type FilePass struct {
	Path  string
	Posts []FilePost

	doc      lint.Doc
	findings []lint.Finding
}

// NewFilePass prepares a pass for one file rule over one file.
func NewFilePass(path string, posts []FilePost, doc lint.Doc) *FilePass {
	return &FilePass{Path: path, Posts: posts, doc: doc}
}

// Reset makes p a new pass for one file rule over one file, as
// NewFilePass would, so that an engine can run every file rule of every
// file with one pass instead of allocating one per file and rule. The
// memory of the previous rule's findings is reused, so the caller copies
// them out (as the engine does) before it resets the pass.
func (p *FilePass) Reset(path string, posts []FilePost, doc lint.Doc) {
	*p = FilePass{Path: path, Posts: posts, doc: doc, findings: p.findings[:0]}
}

// Findings returns what the rule reported, valid until the next Reset.
func (p *FilePass) Findings() []lint.Finding { return p.findings }

// Report records a finding in a post's text; platform is "" for findings
// that do not depend on one.
func (p *FilePass) Report(post *draft.Post, platform string, r Report) {
	f := p.finding(post, platform, r.Severity, r.Message, r.Suggestion)
	f.Start, f.End = r.Start, r.End
	f.Range = post.Range(r.Start, r.End)
	p.findings = append(p.findings, f)
}

// ReportMeta records a finding about a post's metadata key (a calendar
// cell such as "date"), or the start of its text when the key is absent.
func (p *FilePass) ReportMeta(post *draft.Post, platform, key string, r Report) {
	f := p.finding(post, platform, r.Severity, r.Message, r.Suggestion)
	f.Start, f.End = -1, -1
	if rng, ok := post.Meta.KeyRange(key); ok {
		f.Range = rng
	} else {
		f.Range = post.Range(0, 0)
	}
	p.findings = append(p.findings, f)
}

func (p *FilePass) finding(post *draft.Post, platform string, sev lint.Severity, msg, suggestion i18n.Text) lint.Finding {
	if sev == lint.Off {
		sev = p.doc.Severity
	}
	return lint.Finding{
		Path: post.Path, Post: post.Index, Platform: platform, Rule: p.doc.ID, Category: p.doc.Category,
		Severity: sev, Message: msg, Suggestion: suggestion,
	}
}
