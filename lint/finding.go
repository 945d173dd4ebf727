package lint

import (
	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/fixer"
	"github.com/postlint/postlint/i18n"
)

// Finding is one problem found in a post.
type Finding struct {
	Path     string
	Post     int
	Platform string
	Rule     string
	Category string
	Severity Severity
	Range    draft.Range
	// Platforms lists every platform the finding applies to, in
	// alphabetical order, and Platform is the first of them (both empty
	// for platform-independent findings). The engine merges the identical
	// findings a per-platform rule makes for several platforms of a post
	// into one; a finding fresh from a rule has only Platform set (see
	// OnPlatforms).
	Platforms []string
	// Start and End are byte offsets in the post's text, or -1 when the
	// finding points at front matter or metadata.
	Start, End int
	Message    i18n.Text
	Suggestion i18n.Text
	// Fix is the finding's fix in the file, or nil.
	Fix *FileFix
}

// FileFix is a fix mapped to the file the post was read from.
type FileFix struct {
	// Edit replaces bytes of the file as it was linted.
	Edit fixer.Edit
	// Range is the replaced span as lines and code-point columns.
	Range draft.Range
}

// OnPlatforms returns the platforms the finding applies to: Platforms, or
// Platform alone for a finding that was not grouped, or nil.
func (f Finding) OnPlatforms() []string {
	if len(f.Platforms) > 0 {
		return f.Platforms
	}
	if f.Platform != "" {
		return []string{f.Platform}
	}
	return nil
}
