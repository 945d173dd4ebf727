package rules

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
)

// PostingFrequency counts the posts a content calendar plans per platform
// and day, and notes days over Facebook Indonesia's advice of at most five.
// It needs the whole calendar, so it is a file rule; posts without a date
// are not counted.
type PostingFrequency struct {
	MaxPerDay int      `toml:"max_per_day"`
	Platforms []string `toml:"platforms"`
}

func init() {
	registerFile("posting-frequency", func() FileRule {
		return &PostingFrequency{MaxPerDay: 5, Platforms: []string{"facebook", "instagram"}}
	})
}

// Doc documents the rule.
func (*PostingFrequency) Doc() lint.Doc {
	return lint.Doc{
		ID:        "posting-frequency",
		Category:  lint.CategoryEngagement,
		Severity:  lint.Info,
		Summary:   i18n.English("a content calendar plans more than 5 posts on one platform on one day"),
		Rationale: i18n.English("Facebook Indonesia advised government PR offices to upload no more than five times a day; practitioners advise 1–3 Facebook posts a day, and posts beyond about five a day add little reach because the feed shows followers only some of a Page's posts. Spread the plan over the week instead. Only a calendar shows this, so the rule runs on calendars (CSV, TSV or Excel workbooks) with a date column, per platform (facebook and instagram by default) and per calendar day. It is a note (info): a busy day such as an election or a disaster can justify more."),
		Source:    "Facebook Indonesia's advice to government PR offices, reported by PR Indonesia (\"Upayakan dalam sehari mengunggah tidak lebih dari lima kali\"); Channel9 on Facebook's advice of 1 to 3 posts a day",
		Bad:       i18n.English("date,platform,caption\n2026-04-07,instagram,Vaccination schedule …\n2026-04-07,instagram,Road closure …\n… (7 instagram rows on 2026-04-07)"),
		Good:      i18n.English("date,platform,caption\n2026-04-07,instagram,Vaccination schedule …\n2026-04-08,instagram,Road closure …\n(at most 5 instagram rows a day)"),
		Options: []lint.OptionDoc{
			{Name: "max_per_day", Help: i18n.English("posts per platform and day before a note")},
			{Name: "platforms", Help: i18n.English("platforms to count (empty: every platform)")},
		},
	}
}

// Validate checks the options.
func (r *PostingFrequency) Validate() error {
	if r.MaxPerDay < 1 {
		return fmt.Errorf("max_per_day must be at least 1, not %d", r.MaxPerDay)
	}
	for i, p := range r.Platforms {
		name := strings.ToLower(p)
		if a, ok := platform.Aliases()[name]; ok {
			name = a
		}
		if names := platform.Names(); !contains(names, name) {
			return fmt.Errorf("platforms: unknown platform %q (use %s)", p, strings.Join(names, ", "))
		}
		r.Platforms[i] = name
	}
	return nil
}

// Check does nothing: the rule needs the whole calendar (CheckFile).
func (*PostingFrequency) Check(*Pass) {}

// CheckFile groups the calendar's posts by platform and day.
func (r *PostingFrequency) CheckFile(p *FilePass) {
	type slot struct{ platform, day string }
	var order []slot
	groups := map[slot][]*draft.Post{}
	for _, fp := range p.Posts {
		day := dayOf(fp.Post.Meta.Date)
		if day == "" {
			continue
		}
		for _, name := range fp.Platforms {
			if len(r.Platforms) > 0 && !contains(r.Platforms, name) {
				continue
			}
			s := slot{name, day}
			if _, ok := groups[s]; !ok {
				order = append(order, s)
			}
			groups[s] = append(groups[s], fp.Post)
		}
	}
	for _, s := range order {
		posts := groups[s]
		if len(posts) <= r.MaxPerDay {
			continue
		}
		rowNums := make([]string, len(posts))
		for i, post := range posts {
			rowNums[i] = strconv.Itoa(rowOf(post))
		}
		extra := len(posts) - r.MaxPerDay
		// Point at the first post over the limit: the one to move.
		p.ReportMeta(posts[r.MaxPerDay], s.platform, "date", Report{
			Message: i18n.Sprintf("%d %s posts planned on %s (rows %s): the advice is at most %d a day",
				"%d unggahan %s dijadwalkan pada %s (baris %s): sarannya paling banyak %d sehari",
				len(posts), platform.Title(s.platform), s.day, strings.Join(rowNums, ", "), r.MaxPerDay),
			Suggestion: i18n.Sprintf("move %d of them to a quieter day, or merge related ones into one carousel",
				"pindahkan %d di antaranya ke hari yang lebih sepi, atau gabungkan yang berkaitan dalam satu carousel", extra),
		})
	}
}

var _ FileRule = (*PostingFrequency)(nil)

// dayOf returns the calendar day of a normalised date ("2026-04-07" or
// "2026-04-07T09:00:00"), or "" when there is none.
func dayOf(date string) string {
	if len(date) < len("2006-01-02") {
		return ""
	}
	return date[:len("2006-01-02")]
}
