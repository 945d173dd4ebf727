package engine

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// describeFindings lists findings of the given rules as
// "rule severity platform,platform" (first platform), in report order.
func describeFindings(rs []lint.PostResult, ruleIDs ...string) []string {
	var out []string
	for _, r := range rs {
		for _, f := range r.Findings {
			for _, id := range ruleIDs {
				if f.Rule == id {
					out = append(out, fmt.Sprintf("%s %s %s (%s)", f.Rule, f.Severity, strings.Join(f.Platforms, ","), f.Platform))
				}
			}
		}
	}
	return out
}

// Bait, an invisible character and six hashtags, for three platforms named
// out of order, in both languages.
var groupDrafts = map[string]string{
	"id.md": "---\nplatform: [x, instagram, facebook]\nlang: id\n---\nTag 3 teman yang wajib tahu!\u200b #a #b #c #d #e #f\n",
	"en.md": "---\nplatform: [x, instagram, facebook]\nlang: en\n---\nTag 3 friends who need to know this!\u200b #a #b #c #d #e #f\n",
}

// TestGroupSamePlatformFindings: a per-platform rule that says the same
// about the same span on three platforms gives one finding listing them,
// sorted; findings whose severity or message differs per platform stay
// apart; the summary counts a grouped finding once.
func TestGroupSamePlatformFindings(t *testing.T) {
	for name, src := range groupDrafts {
		t.Run(name, func(t *testing.T) {
			p := write(t, t.TempDir(), name, []byte(src))
			e, err := New(Options{Jobs: 1})
			if err != nil {
				t.Fatal(err)
			}
			var sink collectSink
			sum, err := e.Run([]string{p}, &sink)
			if err != nil {
				t.Fatal(err)
			}
			got := describeFindings(sink.results, "invalid-characters", "engagement-bait", "hashtag-count")
			want := []string{
				// One message for every platform: one finding.
				"invalid-characters warning facebook,instagram,x (facebook)",
				// Warning on Facebook and Instagram, info on X: two.
				"engagement-bait warning facebook,instagram (facebook)",
				"engagement-bait info x (x)",
				// Each message names its platform's cap or advice: three.
				"hashtag-count warning facebook (facebook)",
				"hashtag-count error instagram (instagram)",
				"hashtag-count warning x (x)",
			}
			if !sameItems(got, want) {
				t.Errorf("findings\n got %q\nwant %q", got, want)
			}
			total := 0
			for _, r := range sink.results {
				total += len(r.Findings)
			}
			if n := sum.Errors + sum.Warnings + sum.Infos; n != total {
				t.Errorf("summary counts %d findings, the results hold %d", n, total)
			}
		})
	}
}

func sameItems(got, want []string) bool {
	count := map[string]int{}
	for _, s := range got {
		count[s]++
	}
	for _, s := range want {
		count[s]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return len(got) == len(want)
}

// TestGroupAfterDirectivesAndMinSeverity: directives suppress a rule on
// every platform as before, an unused directive is reported once, and
// --min-severity drops the info copy before the warnings are grouped.
func TestGroupAfterDirectivesAndMinSeverity(t *testing.T) {
	dir := t.TempDir()
	body := "Tag 3 teman yang wajib tahu!\u200b"
	disabled := write(t, dir, "disabled.md", []byte("---\nplatform: [x, instagram, facebook]\nlang: id\n---\n"+
		"<!-- postlint-disable-next-line engagement-bait -- quoted on purpose -->\n"+body+"\n"))
	unused := write(t, dir, "unused.md", []byte("---\nplatform: [x, instagram, facebook]\nlang: id\n---\n"+
		"<!-- postlint-disable-next-line hook-dateline -->\n"+body+"\n"))
	got := describeFindings(run(t, Options{Jobs: 1}, disabled), "engagement-bait", "unused-directive", "invalid-characters")
	if want := []string{"invalid-characters warning facebook,instagram,x (facebook)"}; !reflect.DeepEqual(got, want) {
		t.Errorf("disable-next-line engagement-bait:\n got %q\nwant %q", got, want)
	}
	got = describeFindings(run(t, Options{Jobs: 1}, unused), "unused-directive")
	if want := []string{"unused-directive info  ()"}; !reflect.DeepEqual(got, want) {
		t.Errorf("a directive that suppresses nothing:\n got %q\nwant %q", got, want)
	}
	got = describeFindings(run(t, Options{Jobs: 1, MinSeverity: lint.Warning}, write(t, dir, "bait.md", []byte("---\nplatform: [x, instagram, facebook]\nlang: en\n---\nTag 3 friends who need to know this!\n"))), "engagement-bait")
	if want := []string{"engagement-bait warning facebook,instagram (facebook)"}; !reflect.DeepEqual(got, want) {
		t.Errorf("--min-severity warning:\n got %q\nwant %q", got, want)
	}
}

// TestGroupingIsDeterministic: the grouped findings, platforms included,
// are the same whatever the number of workers.
func TestGroupingIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	orders := []string{"[x, instagram, facebook]", "[facebook, linkedin, x, instagram]", "[threads, tiktok, youtube, instagram]"}
	for i := range 24 {
		name, src := "id.md", groupDrafts["id.md"]
		if i%2 == 1 {
			name, src = "en.md", groupDrafts["en.md"]
		}
		src = strings.Replace(src, "[x, instagram, facebook]", orders[i%len(orders)], 1)
		write(t, dir, fmt.Sprintf("p%02d-%s", i, name), []byte(src))
	}
	one := run(t, Options{Jobs: 1}, dir)
	for range 3 {
		four := run(t, Options{Jobs: 4}, dir)
		if len(four) != len(one) {
			t.Fatalf("%d results with 4 workers, %d with 1", len(four), len(one))
		}
		for i := range one {
			if !reflect.DeepEqual(one[i].Findings, four[i].Findings) {
				t.Fatalf("%s: --jobs 4 differs from --jobs 1:\n%+v\n%+v", one[i].Path, four[i].Findings, one[i].Findings)
			}
		}
	}
}

// TestGroupPlatforms checks the merge itself: what must be equal, and
// what is left alone.
func TestGroupPlatforms(t *testing.T) {
	base := lint.Finding{Path: "a.md", Post: 1, Rule: "r", Category: "c", Severity: lint.Warning, Start: 3, End: 7,
		Message: i18n.T("same", "sama"), Suggestion: i18n.T("do this", "lakukan ini")}
	base.Range.Start.Line, base.Range.Start.Column, base.Range.End.Line, base.Range.End.Column = 1, 4, 1, 8
	on := func(platform string, change func(*lint.Finding)) lint.Finding {
		f := base
		f.Platform = platform
		if change != nil {
			change(&f)
		}
		return f
	}
	tests := []struct {
		name string
		in   []lint.Finding
		want []string // "platforms|message" per finding, in order
	}{
		{"three platforms become one, sorted", []lint.Finding{on("x", nil), on("instagram", nil), on("facebook", nil)},
			[]string{"facebook,instagram,x|same"}},
		{"different Indonesian message", []lint.Finding{on("x", nil), on("facebook", func(f *lint.Finding) { f.Message.ID = "lain" })},
			[]string{"x|same", "facebook|same"}},
		{"different suggestion", []lint.Finding{on("x", nil), on("facebook", func(f *lint.Finding) { f.Suggestion.EN = "other" })},
			[]string{"x|same", "facebook|same"}},
		{"different severity", []lint.Finding{on("x", nil), on("facebook", func(f *lint.Finding) { f.Severity = lint.Info })},
			[]string{"x|same", "facebook|same"}},
		{"different span", []lint.Finding{on("x", nil), on("facebook", func(f *lint.Finding) { f.End = 8 })},
			[]string{"x|same", "facebook|same"}},
		{"different range", []lint.Finding{on("x", nil), on("facebook", func(f *lint.Finding) { f.Range.End.Column = 9 })},
			[]string{"x|same", "facebook|same"}},
		{"different rule", []lint.Finding{on("x", nil), on("facebook", func(f *lint.Finding) { f.Rule = "s" })},
			[]string{"x|same", "facebook|same"}},
		{"platform-independent findings are left alone", []lint.Finding{on("", nil), on("", nil)},
			[]string{"|same", "|same"}},
		{"a platform-independent twin stays apart", []lint.Finding{on("", nil), on("x", nil)},
			[]string{"|same", "x|same"}},
		{"a repeat on one platform stays a repeat", []lint.Finding{on("x", nil), on("x", nil), on("facebook", nil)},
			[]string{"facebook,x|same", "x|same"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range groupPlatforms(tt.in) {
				if len(f.Platforms) > 0 && f.Platform != f.Platforms[0] {
					t.Errorf("Platform %q is not the first of %v", f.Platform, f.Platforms)
				}
				got = append(got, strings.Join(f.Platforms, ",")+"|"+f.Message.EN)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// groupKey holds the fields two findings must share to be merged, as
// groupPlatformsByMap keys them; the rest of the finding is compared in
// full (sameButPlatforms).
type groupKey struct {
	rule       string
	start, end int
	rng        draft.Range
	severity   lint.Severity
	msg, sugg  i18n.Text
	path       string
	post       int
}

// groupPlatformsByMap is groupPlatforms as it was before its one-platform
// shortcut and its chains of groups by span: every finding with a platform
// through a map keyed by all the fields that must match.
func groupPlatformsByMap(fs []lint.Finding) []lint.Finding {
	byKey := map[groupKey][]int{}
	out := fs[:0]
	for _, f := range fs {
		plats := f.OnPlatforms()
		if len(plats) == 0 {
			out = append(out, f)
			continue
		}
		k := groupKey{rule: f.Rule, start: f.Start, end: f.End, rng: f.Range, severity: f.Severity,
			msg: f.Message, sugg: f.Suggestion, path: f.Path, post: f.Post}
		merged := false
		for _, at := range byKey[k] {
			g := &out[at]
			if sharesAny(g.Platforms, plats) || !sameButPlatforms(*g, f) {
				continue
			}
			g.Platforms = append(g.Platforms, plats...)
			merged = true
			break
		}
		if merged {
			continue
		}
		f.Platforms = slices.Clone(plats)
		byKey[k] = append(byKey[k], len(out))
		out = append(out, f)
	}
	for i := range out {
		if len(out[i].Platforms) > 0 {
			slices.Sort(out[i].Platforms)
			out[i].Platform = out[i].Platforms[0]
		}
	}
	return out
}

// Random posts' findings, on none, one or several platforms, with twins
// that may merge: the grouping is the map's, finding for finding.
func TestGroupPlatformsSameAsByMap(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	platforms := []string{"", "facebook", "instagram", "x"}
	for i := range 20000 {
		var in []lint.Finding
		for range r.IntN(8) {
			f := lint.Finding{Path: "a.md", Post: 1, Rule: []string{"r", "s"}[r.IntN(2)], Severity: lint.Warning,
				Start: r.IntN(3), End: 3 + r.IntN(2), Message: i18n.T([]string{"m", "n"}[r.IntN(2)], "m")}
			// Now and then a field other than the span tells twins apart.
			switch r.IntN(8) {
			case 0:
				f.Severity = lint.Info
			case 1:
				f.Suggestion = i18n.T("s", "")
			case 2:
				f.Range.Start.Line = 1
			case 3:
				f.Category = "c"
			}
			switch r.IntN(6) {
			case 0:
				f.Platforms = []string{"x", "facebook"}[:1+r.IntN(2)]
				f.Platform = f.Platforms[0]
			default:
				f.Platform = platforms[r.IntN(len(platforms))]
				if r.IntN(3) > 0 && len(in) > 0 { // mostly the post's one platform
					f.Platform = in[0].Platform
				}
			}
			in = append(in, f)
		}
		a, b := slices.Clone(in), slices.Clone(in)
		for j := range a {
			a[j].Platforms, b[j].Platforms = slices.Clone(in[j].Platforms), slices.Clone(in[j].Platforms)
		}
		got, want := groupPlatforms(a), groupPlatformsByMap(b)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: %+v\ngot  %+v\nwant %+v", i, in, got, want)
		}
		// A list shared by several findings must copy on append.
		for j := range got {
			for k := range j {
				if len(got[j].Platforms) > 0 && len(got[k].Platforms) > 0 && &got[j].Platforms[0] == &got[k].Platforms[0] &&
					cap(got[j].Platforms) != 1 {
					t.Fatalf("case %d: findings %d and %d share %v of capacity %d", i, k, j, got[j].Platforms, cap(got[j].Platforms))
				}
			}
		}
	}
}

// BenchmarkGroupPlatforms groups the findings of posts on the eight
// default platforms: per-platform rules that say the same on every
// platform, rules whose messages name the platform, and findings with
// no platform.
func BenchmarkGroupPlatforms(b *testing.B) {
	platforms := []string{"facebook", "instagram", "x", "linkedin", "tiktok", "threads", "youtube", "whatsapp"}
	var post []lint.Finding
	for i := range 12 {
		f := lint.Finding{Path: "a.md", Post: 1, Rule: fmt.Sprintf("rule-%d", i%4), Severity: lint.Warning,
			Start: 10 * i, End: 10*i + 5, Message: i18n.T(fmt.Sprintf("message %d", i), "pesan")}
		f.Range.Start.Line = i
		if i%3 == 0 {
			post = append(post, f)
			continue
		}
		for _, p := range platforms {
			f.Platform = p
			if i%3 == 2 {
				f.Message = i18n.T("message naming "+p, "pesan")
			}
			post = append(post, f)
		}
	}
	work := make([]lint.Finding, len(post))
	for b.Loop() {
		copy(work, post)
		groupPlatforms(work)
	}
}
