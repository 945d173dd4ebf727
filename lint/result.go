package lint

import (
	"time"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/platform"
)

// Summary counts a run.
type Summary struct {
	Files    int
	Posts    int
	Errors   int
	Warnings int
	Infos    int
	// Internal counts internal-error findings: crashes of postlint
	// itself, recovered so the run could finish.
	Internal int
	Elapsed  time.Duration
	// Fixable counts the findings that carry a fix.
	Fixable int
	// Fixed counts the fixes applied, in FixedFiles files.
	Fixed      int
	FixedFiles int
}

// Count adds a finding to the summary.
func (s *Summary) Count(f Finding) {
	switch f.Severity {
	case Error:
		s.Errors++
	case Warning:
		s.Warnings++
	case Info:
		s.Infos++
	}
	if f.Fix != nil {
		s.Fixable++
	}
}

// PostResult is one post's findings, sorted; Post is set when the run
// keeps the posts (the HTML report shows their text).
type PostResult struct {
	Path      string
	Index     int
	Post      *draft.Post
	Platforms []string
	Media     platform.Media
	Lang      string
	Findings  []Finding
}

// Sink receives results in path and post order.
type Sink interface {
	Post(PostResult) error
}
