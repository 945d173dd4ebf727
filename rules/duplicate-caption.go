package rules

import (
	"strings"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
)

// DuplicateCaption finds a caption a content calendar plans twice for the
// same platform, compared without regard to case and spacing. The later
// post gets the finding and the message names the earlier one's row. The
// same caption on different platforms (cross-posting) is fine.
type DuplicateCaption struct{}

func init() { registerFile("duplicate-caption", func() FileRule { return &DuplicateCaption{} }) }

// Doc documents the rule.
func (*DuplicateCaption) Doc() lint.Doc {
	return lint.Doc{
		ID:        "duplicate-caption",
		Category:  lint.CategoryEngagement,
		Severity:  lint.Warning,
		Summary:   i18n.English("a content calendar posts the same caption twice on the same platform"),
		Rationale: i18n.English("Followers who see the same text twice scroll past it, and reposted captions reach far fewer people the second time (the Chicago Tribune's analysis of its reposts found a fraction of the first reach). X treats repeated identical posts as spam. A repeat in a calendar is usually a copy-paste slip; if the topic deserves a second post, write it afresh. Captions are compared ignoring case and spacing. The same caption for different platforms in separate rows is cross-posting and is not reported; listing the platforms in one row (instagram, facebook) says it more plainly."),
		Source:    "X Help Centre, the platform manipulation and spam policy (repeated identical posts); Kurt Gessler's analysis of the Chicago Tribune posting the same story to Facebook several times",
		Bad:       i18n.English("date,platform,caption\n2026-04-06,instagram,Free ID cards at the Saturday service.\n2026-04-13,instagram,Free ID cards at the Saturday  service."),
		Good:      i18n.English("date,platform,caption\n2026-04-06,instagram,Free ID cards at the Saturday service.\n2026-04-13,instagram,Last Saturday 212 residents got their ID cards. Next: 18 April."),
	}
}

// Check does nothing: the rule needs the whole calendar (CheckFile).
func (*DuplicateCaption) Check(*Pass) {}

// CheckFile compares every caption with the earlier ones, lower-cased
// and with their spacing collapsed. A file of one post (every Markdown
// draft) has nothing to compare, and its caption is not normalised.
func (*DuplicateCaption) CheckFile(p *FilePass) {
	if len(p.Posts) < 2 {
		return
	}
	seen := map[string][]FilePost{} // normalised caption → earlier posts
	for _, fp := range p.Posts {
		key := lowerCollapsed(fp.Post.Text)
		if key == "" {
			continue
		}
		for _, earlier := range seen[key] {
			// Posts with no platform at all (platforms = [] in the config)
			// go to the same place as each other.
			both := len(earlier.Platforms) == 0 && len(fp.Platforms) == 0
			shared := sharedPlatforms(earlier.Platforms, fp.Platforms)
			if len(shared) == 0 && !both {
				continue
			}
			msg := i18n.Sprintf("same caption as row %d", "keterangan sama dengan baris %d", rowOf(earlier.Post))
			if len(shared) > 0 {
				names := make([]string, len(shared))
				for i, s := range shared {
					names[i] = platform.Title(s)
				}
				msg = i18n.Sprintf("same caption as row %d, both on %s",
					"keterangan sama dengan baris %d, sama-sama di %s",
					rowOf(earlier.Post), strings.Join(names, ", "))
			}
			p.Report(fp.Post, "", Report{
				Start: 0, End: len(fp.Post.Text), Message: msg,
				Suggestion: i18n.T("write a fresh caption for the repeat, or drop the row; for several platforms, list them in one row",
					"tulis keterangan baru untuk unggahan ulang, atau hapus barisnya; untuk beberapa platform, tulis semuanya dalam satu baris"),
			})
			break
		}
		seen[key] = append(seen[key], fp)
	}
}

func sharedPlatforms(a, b []string) []string {
	var out []string
	for _, x := range b {
		if contains(a, x) && !contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

var _ FileRule = (*DuplicateCaption)(nil)

// rowOf is the calendar row of a post, as the spreadsheet numbers it, or
// its first line when it has none.
func rowOf(p *draft.Post) int {
	if p.Row > 0 {
		return p.Row
	}
	return p.Line
}
