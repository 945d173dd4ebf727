package rules

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/lint"
)

// lintCalendar runs one file rule over a CSV calendar the way the engine
// does: every readable row, with its own platforms or else facebook and
// instagram. Planned slots (rows without a caption yet) are not posts the
// file rules see.
func lintCalendar(t *testing.T, r FileRule, csv string) []lint.Finding {
	t.Helper()
	pass := NewFilePass("kalender.csv", calendarPosts(t, csv), r.Doc())
	r.CheckFile(pass)
	for _, f := range pass.Findings() {
		if f.Message.EN == "" || f.Message.ID == "" || f.Message.EN == f.Message.ID {
			t.Errorf("finding needs a message in both languages: %+v", f.Message)
		}
		if f.Rule != r.Doc().ID {
			t.Errorf("finding of rule %q, want %q", f.Rule, r.Doc().ID)
		}
	}
	return pass.Findings()
}

// calendarPosts are the posts file rules see in a CSV calendar (see
// lintCalendar).
func calendarPosts(t *testing.T, csv string) []FilePost {
	t.Helper()
	var posts []FilePost
	for _, p := range draft.Parse("kalender.csv", draft.FormatCSV, []byte(csv), draft.Options{}) {
		for _, pr := range p.Problems {
			if pr.Rule != "caption-missing" {
				t.Fatalf("calendar problem on post %d: %s", p.Index, pr.Message.EN)
			}
		}
		if p.Fatal() {
			continue
		}
		platforms := p.Meta.Platforms
		if len(platforms) == 0 {
			platforms = []string{"facebook", "instagram"}
		}
		posts = append(posts, FilePost{Post: p, Platforms: platforms, Media: "text"})
	}
	return posts
}

// TestFilePassResetSameFindings runs every file rule over calendars of
// several sizes with one pass, Reset between runs, and with a new pass for
// each, and wants the same findings. Between runs the reused pass's buffer
// is overwritten with garbage, as the engine's next file would: a Reset
// that kept the last run's findings reports garbage.
func TestFilePassResetSameFindings(t *testing.T) {
	const header = "tanggal,platform,caption\n"
	calendars := []string{
		header + rows("2026-04-07", "instagram", 9, 1) + rows("2026-04-08", "facebook", 7, 1),
		header + "2026-04-07,x,Satu.\n",
		header + rows("2026-04-07", "\"instagram, facebook\"", 6, 1) + strings.Repeat("2026-04-09,instagram,Kembar sekali.\n", 4),
		header,
		header + rows("2026-04-07", "facebook", 3, 1),
	}
	fileRules := []FileRule{&DuplicateCaption{}, &PostingFrequency{MaxPerDay: 2}, &PostingFrequency{MaxPerDay: 5, Platforms: []string{"facebook", "instagram"}}}
	var reused FilePass
	found := 0
	garbage := lint.Finding{Path: "garbage", Post: -1, Rule: "garbage", Start: -5, End: -9}
	for round := range 2 {
		for i, csv := range calendars {
			posts := calendarPosts(t, csv)
			for _, r := range fileRules {
				fresh := NewFilePass("kalender.csv", posts, r.Doc())
				r.CheckFile(fresh)
				reused.Reset("kalender.csv", posts, r.Doc())
				r.CheckFile(&reused)
				got := slices.Clone(reused.Findings())
				found += len(got)
				if (len(got) > 0 || len(fresh.Findings()) > 0) && !reflect.DeepEqual(got, fresh.Findings()) {
					t.Errorf("round %d, calendar %d, %s: reused pass gave\n%v\nnew pass gave\n%v", round, i, r.Doc().ID, describeFile(got), describeFile(fresh.Findings()))
				}
				fs := reused.Findings()
				fs = fs[:cap(fs)]
				for k := range fs {
					fs[k] = garbage
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("no findings: the calendars test nothing")
	}
}

// describeFile renders file findings as "severity[platform] post@line:col"
// followed by the English message, so tables show where each one points.
func describeFile(fs []lint.Finding) []string {
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		plat := ""
		if f.Platform != "" {
			plat = "[" + f.Platform + "]"
		}
		out = append(out, fmt.Sprintf("%s%s post%d@%d:%d %s", f.Severity, plat, f.Post, f.Range.Start.Line, f.Range.Start.Column, f.Message.EN))
	}
	sort.Strings(out)
	return out
}

type fileCase struct {
	name string
	csv  string
	want []string // as describeFile renders them; nil means no finding
}

func runFileCases(t *testing.T, newRule func() FileRule, cases []fileCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := describeFile(lintCalendar(t, newRule(), tc.csv))
			want := append([]string(nil), tc.want...)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("findings:\n  got  %q\n  want %q", got, want)
			}
		})
	}
}

// rows builds calendar rows "date,platform,caption" numbered from first.
func rows(date, platform string, n, first int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "%s,%s,Unggahan nomor %d tentang layanan publik.\n", date, platform, first+i)
	}
	return b.String()
}
