package rules

import (
	"strings"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
)

// LinkCount reports more distinct links than the platform accepts: Threads
// rejects posts with more than 5, X more than 10. The same address twice
// counts once.
type LinkCount struct{}

func init() { register("link-count", func() Rule { return &LinkCount{} }) }

// Doc documents the rule.
func (*LinkCount) Doc() lint.Doc {
	return lint.Doc{
		ID:          "link-count",
		Category:    lint.CategoryEngagement,
		Severity:    lint.Error,
		PerPlatform: true,
		Summary:     i18n.English("more distinct links than the platform accepts (Threads 5, X 10)"),
		Rationale:   i18n.English("Threads has refused posts with more than 5 links since 22 December 2025 (THREADS_API__LINK_LIMIT_EXCEEDED), counting distinct URLs; X's servers refuse posts with more than 10. A repeated address counts once; \"https://\", \"www.\" and a trailing slash do not make an address different. Caps are set by link_cap in [platform.<name>]."),
		Source:      "Threads API documentation on posts with links (at most 5 since December 2025); Twitter's tweet-text limits in the server code it published in 2023 (10 URLs)",
		Bad:         i18n.English("platform: threads\nSix links to six regional offices in one post."),
		Good:        i18n.English("platform: threads\nOne link to a page that lists every regional office."),
	}
}

// Check counts distinct links against the cap.
func (*LinkCount) Check(p *Pass) {
	limit := p.Platform.LinkCap
	if limit <= 0 {
		return
	}
	urls := p.Text.URLs()
	seen := map[string]bool{}
	first := -1 // index of the first distinct link over the cap
	for i, u := range urls {
		key := linkKey(u.Text)
		if seen[key] {
			continue
		}
		seen[key] = true
		if len(seen) == limit+1 {
			first = i
		}
	}
	if first < 0 {
		return
	}
	n := len(seen)
	p.Report(Report{
		Start: urls[first].Start, End: urls[len(urls)-1].End,
		Message: i18n.Sprintf("%d different links: %s accepts at most %d", "%d tautan berbeda: %s hanya menerima paling banyak %d",
			n, platform.Title(p.Platform.Name), limit),
		Suggestion: i18n.Sprintf("keep %d links, or link one page that gathers the rest", "sisakan %d tautan, atau tautkan satu halaman yang memuat semuanya", limit),
	})
}

// linkKey normalises a URL for counting distinct links: no scheme, no
// "www.", no trailing slash, host in lower case.
func linkKey(u string) string {
	lower := strings.ToLower(u)
	for _, prefix := range []string{"https://", "http://"} {
		if strings.HasPrefix(lower, prefix) {
			u = u[len(prefix):]
			break
		}
	}
	if strings.HasPrefix(strings.ToLower(u), "www.") {
		u = u[4:]
	}
	u = strings.TrimSuffix(u, "/")
	host, path, found := strings.Cut(u, "/")
	if !found {
		return strings.ToLower(host)
	}
	return strings.ToLower(host) + "/" + path
}

// Requires declares the analysis views the rule reads.
func (*LinkCount) Requires() []AnyView {
	return []AnyView{viewURLs}
}
