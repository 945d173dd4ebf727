package rules

import (
	"strings"
	"testing"
)

func TestPostingFrequency(t *testing.T) {
	const header = "tanggal,platform,caption\n"
	runFileCases(t, func() FileRule { return &PostingFrequency{MaxPerDay: 5, Platforms: []string{"facebook", "instagram"}} }, []fileCase{
		{name: "five a day is fine", csv: header + rows("2026-04-07", "instagram", 5, 1)},
		{name: "six on instagram: the sixth row gets it, at its date cell",
			csv:  header + rows("2026-04-07", "instagram", 6, 1),
			want: []string{"info[instagram] post6@7:1 6 Instagram posts planned on 2026-04-07 (rows 2, 3, 4, 5, 6, 7): the advice is at most 5 a day"}},
		{name: "times of day fall on the same day",
			csv: header + "2026-04-07T07:00,facebook,Satu.\n2026-04-07 09:00,facebook,Dua.\n2026-04-07T11:00,facebook,Tiga.\n" +
				"2026-04-07T13:00,facebook,Empat.\n2026-04-07T15:00,facebook,Lima.\n2026-04-07T19:30,facebook,Enam.\n",
			want: []string{"info[facebook] post6@7:1 6 Facebook posts planned on 2026-04-07 (rows 2, 3, 4, 5, 6, 7): the advice is at most 5 a day"}},
		{name: "counted per platform: 3 instagram and 3 facebook",
			csv: header + rows("2026-04-07", "instagram", 3, 1) + rows("2026-04-07", "facebook", 3, 4)},
		{name: "a row for two platforms counts on both",
			csv: header + rows("2026-04-07", "\"instagram, facebook\"", 6, 1),
			want: []string{
				"info[facebook] post6@7:1 6 Facebook posts planned on 2026-04-07 (rows 2, 3, 4, 5, 6, 7): the advice is at most 5 a day",
				"info[instagram] post6@7:1 6 Instagram posts planned on 2026-04-07 (rows 2, 3, 4, 5, 6, 7): the advice is at most 5 a day",
			}},
		{name: "counted per day", csv: header + rows("2026-04-07", "instagram", 4, 1) + rows("2026-04-08", "instagram", 4, 5)},
		{name: "x is not counted by default", csv: header + rows("2026-04-07", "x", 9, 1)},
		{name: "rows without a date are not counted", csv: header + rows("", "instagram", 8, 1)},
		{name: "no platform column: the default platforms",
			csv: "date,caption\n" + strings.Repeat("2026-04-07,Posting the same day again.\n", 6),
			want: []string{
				"info[facebook] post6@7:1 6 Facebook posts planned on 2026-04-07 (rows 2, 3, 4, 5, 6, 7): the advice is at most 5 a day",
				"info[instagram] post6@7:1 6 Instagram posts planned on 2026-04-07 (rows 2, 3, 4, 5, 6, 7): the advice is at most 5 a day",
			}},
		{name: "multi-line captions: rows are counted as the spreadsheet shows them",
			csv:  header + "2026-04-07,instagram,\"Satu\nbaris dua\"\n" + rows("2026-04-07", "instagram", 4, 2) + "2026-04-07,instagram,\"Enam\n\nlagi\"\n",
			want: []string{"info[instagram] post6@8:1 6 Instagram posts planned on 2026-04-07 (rows 2, 3, 4, 5, 6, 7): the advice is at most 5 a day"}},
		{name: "planned slots without a caption are not counted", csv: header + rows("2026-04-07", "instagram", 5, 1) + "2026-04-07,instagram,\n2026-04-07,instagram,\"  \"\n"},
	})
	// Options: a lower limit and every platform.
	r := &PostingFrequency{MaxPerDay: 2}
	got := describeFile(lintCalendar(t, r, "tanggal,platform,caption\n"+rows("2026-04-07", "x", 3, 1)))
	if len(got) != 1 || !strings.HasPrefix(got[0], "info[x] post3@4:1 3 X posts") || !strings.Contains(got[0], "at most 2 a day") {
		t.Errorf("max_per_day = 2 on every platform: %q", got)
	}
}

func TestPostingFrequencyValidate(t *testing.T) {
	r := &PostingFrequency{MaxPerDay: 5, Platforms: []string{"IG", "facebook"}}
	if err := r.Validate(); err != nil || strings.Join(r.Platforms, ",") != "instagram,facebook" {
		t.Errorf("aliases: %v %v", err, r.Platforms)
	}
	if err := (&PostingFrequency{MaxPerDay: 0}).Validate(); err == nil {
		t.Error("max_per_day = 0 accepted")
	}
	if err := (&PostingFrequency{MaxPerDay: 5, Platforms: []string{"myspace"}}).Validate(); err == nil || !strings.Contains(err.Error(), "myspace") {
		t.Errorf("unknown platform: %v", err)
	}
}
