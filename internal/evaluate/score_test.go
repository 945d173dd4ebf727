package evaluate

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/rules"
)

func finding(rule string, sev lint.Severity, msg string) lint.Finding {
	return lint.Finding{Rule: rule, Severity: sev, Message: i18n.T(msg, msg)}
}

func TestScoreOneRuleOnOnePost(t *testing.T) {
	const id = "clickbait"
	warn := finding(id, lint.Warning, "curiosity gap")
	tests := []struct {
		name     string
		expect   []string
		maybe    []string
		findings []lint.Finding
		minSev   lint.Severity
		want     Counts
		mistake  string // kind and message of the listed mistake, "" for none
	}{
		{name: "expected and fired", expect: []string{id}, findings: []lint.Finding{warn}, want: Counts{TP: 1}},
		{name: "expected, silent", expect: []string{id}, want: Counts{FN: 1}, mistake: "FN missed"},
		{name: "not expected, fired", findings: []lint.Finding{warn}, want: Counts{FP: 1}, mistake: "FP curiosity gap"},
		{name: "not expected, silent", want: Counts{}},
		{name: "maybe and fired", maybe: []string{id}, findings: []lint.Finding{warn}, want: Counts{}},
		{name: "maybe and silent", maybe: []string{id}, want: Counts{}},
		{name: "fired several times counts once", expect: []string{id},
			findings: []lint.Finding{warn, finding(id, lint.Warning, "exaggeration"), warn}, want: Counts{TP: 1}},
		{name: "the first finding's message is listed", findings: []lint.Finding{finding(id, lint.Info, "first"), finding(id, lint.Warning, "second")},
			want: Counts{FP: 1}, mistake: "FP first"},
		{name: "another rule's finding is not this rule", expect: []string{id}, findings: []lint.Finding{finding("alarm-styling", lint.Warning, "caps")},
			want: Counts{FN: 1}, mistake: "FN missed"},
		{name: "info counts as fired by default", expect: []string{id}, findings: []lint.Finding{finding(id, lint.Info, "quoted")}, want: Counts{TP: 1}},
		{name: "below -min-severity is silent", expect: []string{id}, findings: []lint.Finding{finding(id, lint.Info, "quoted")},
			minSev: lint.Warning, want: Counts{FN: 1}, mistake: "FN missed"},
		{name: "below -min-severity is no false positive", findings: []lint.Finding{finding(id, lint.Info, "quoted")},
			minSev: lint.Warning, want: Counts{}},
		{name: "message of the first finding at or above -min-severity", findings: []lint.Finding{finding(id, lint.Info, "quoted"), finding(id, lint.Warning, "plain")},
			minSev: lint.Warning, want: Counts{FP: 1}, mistake: "FP plain"},
		{name: "error on a post not expecting the rule", findings: []lint.Finding{finding(id, lint.Error, "bad")},
			want: Counts{FP: 1, Errors: 1}, mistake: "FP bad"},
		{name: "error on a post expecting the rule", expect: []string{id}, findings: []lint.Finding{finding(id, lint.Error, "bad")},
			want: Counts{TP: 1}},
		{name: "error on a maybe post", maybe: []string{id}, findings: []lint.Finding{finding(id, lint.Error, "bad")},
			want: Counts{Errors: 1}},
		{name: "error counted even above -min-severity's cut", findings: []lint.Finding{finding(id, lint.Error, "bad")},
			minSev: lint.Error, want: Counts{FP: 1, Errors: 1}, mistake: "FP bad"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			it := Item{Set: "trust-id", Group: "trust", Name: "a.md", Text: "Ternyata ini penyebabnya",
				Expect: tt.expect, Maybe: tt.maybe, Scored: []string{id}, Findings: tt.findings}
			rep := Score([]Item{it}, []string{id}, tt.minSev)
			if len(rep.Sets) != 1 || len(rep.Sets[0].Rules) != 1 {
				t.Fatalf("want one table with one rule, got %+v", rep.Sets)
			}
			if got := rep.Sets[0].Rules[0].Counts; got != tt.want {
				t.Errorf("counts %+v, want %+v", got, tt.want)
			}
			if got := rep.Sets[0].Total; got != tt.want {
				t.Errorf("total %+v, want %+v", got, tt.want)
			}
			var got string
			if len(rep.Mistakes) > 1 {
				t.Fatalf("%d mistakes listed, want at most 1", len(rep.Mistakes))
			}
			if len(rep.Mistakes) == 1 {
				m := rep.Mistakes[0]
				got = m.Kind + " " + m.Message
				if m.Set != "trust-id" || m.Name != "a.md" || m.Rule != id || m.Text != "Ternyata ini penyebabnya" {
					t.Errorf("mistake %+v names the wrong post", m)
				}
			}
			if got != tt.mistake {
				t.Errorf("mistake %q, want %q", got, tt.mistake)
			}
		})
	}
}

func TestCountsRatios(t *testing.T) {
	tests := []struct {
		c       Counts
		p, r, f string
	}{
		{Counts{}, "-", "-", "-"},
		{Counts{TP: 3, FP: 1}, "75.0", "100.0", "85.7"},
		{Counts{TP: 1, FN: 3}, "100.0", "25.0", "40.0"},
		{Counts{FP: 2}, "0.0", "-", "0.0"},
		{Counts{FN: 2}, "-", "0.0", "0.0"},
		{Counts{TP: 1, FP: 1, FN: 1, Errors: 5}, "50.0", "50.0", "50.0"},
	}
	for _, tt := range tests {
		p, r, f := percent(tt.c.Precision()), percent(tt.c.Recall()), percent(tt.c.F1())
		if p != tt.p || r != tt.r || f != tt.f {
			t.Errorf("%+v: precision %s recall %s F1 %s, want %s %s %s", tt.c, p, r, f, tt.p, tt.r, tt.f)
		}
	}
}

func TestScoreTablesAndOverall(t *testing.T) {
	scored := []string{"hook-dateline", "acronym", "clickbait"}
	items := []Item{
		{Set: "trust-id", Group: "trust", Name: "trust-id/b.md", Expect: []string{"clickbait"}, Scored: scored,
			Findings: []lint.Finding{finding("clickbait", lint.Warning, "gap")}},
		{Set: "gov-en", Group: "gov", Name: "gov-en/a.md", Scored: scored,
			Findings: []lint.Finding{finding("acronym", lint.Warning, "MSME"), finding("hashtag-count", lint.Error, "too many")}},
		{Set: "gov-id", Group: "gov", Name: "gov-id/a.md", Expect: []string{"hook-dateline"}, Scored: scored,
			Findings: []lint.Finding{finding("hashtag-count", lint.Error, "too many"), finding("hashtag-count", lint.Error, "again")}},
		{Set: "click-id", Group: "click-id", Name: "row 2", Row: 2, Headline: true, Expect: []string{"clickbait"},
			Scored: []string{"clickbait"}},
		{Set: "click-id", Group: "click-id", Name: "row 1", Row: 1, Headline: true, Scored: []string{"clickbait"},
			Findings: []lint.Finding{finding("clickbait", lint.Warning, "gap"), finding("cta-missing", lint.Info, "no CTA")}},
		{Set: "headlines-en", Group: "headlines-en", Name: "row 1", Row: 1, Headline: true, Scored: []string{"clickbait"}},
		{Set: "misc", Group: "misc", Name: "misc/z.md", Scored: scored},
	}
	rep := Score(items, scored, lint.Info)
	var names []string
	for _, s := range rep.Sets {
		names = append(names, s.Name)
	}
	// Post groups in their fixed order, then headline sets as read, then
	// the overall table.
	if diff := cmp.Diff([]string{"gov", "trust", "misc", "click-id", "headlines-en", Overall}, names); diff != "" {
		t.Fatalf("table order (-want +got):\n%s", diff)
	}
	gov := rep.Sets[0]
	if gov.Posts != 2 || gov.Headlines != 0 || gov.Sets["gov-en"] != 1 || gov.Sets["gov-id"] != 1 {
		t.Errorf("gov table counts %+v", gov)
	}
	wantGov := []RuleScore{{"hook-dateline", Counts{FN: 1}}, {"acronym", Counts{FP: 1}}, {"clickbait", Counts{}}}
	if diff := cmp.Diff(wantGov, gov.Rules); diff != "" {
		t.Errorf("gov rules (-want +got):\n%s", diff)
	}
	// hashtag-count is not evaluated: its errors are counted once a post.
	if diff := cmp.Diff(map[string]int{"hashtag-count": 2}, gov.Unevaluated); diff != "" {
		t.Errorf("unevaluated errors (-want +got):\n%s", diff)
	}
	click := rep.Sets[3]
	if click.Headlines != 2 || click.Clickbait != 1 || click.Posts != 0 {
		t.Errorf("click-id counts %+v", click)
	}
	if diff := cmp.Diff([]RuleScore{{"clickbait", Counts{FP: 1, FN: 1}}}, click.Rules); diff != "" {
		t.Errorf("click-id rules (-want +got):\n%s", diff)
	}
	all := rep.Sets[len(rep.Sets)-1]
	want := []RuleScore{{"hook-dateline", Counts{FN: 1}}, {"acronym", Counts{FP: 1}}, {"clickbait", Counts{TP: 1, FP: 1, FN: 1}}}
	if diff := cmp.Diff(want, all.Rules); diff != "" {
		t.Errorf("overall rules (-want +got):\n%s", diff)
	}
	if all.Total != (Counts{TP: 1, FP: 2, FN: 2}) || all.Posts != 4 || all.Headlines != 3 || all.Clickbait != 1 {
		t.Errorf("overall %+v", all)
	}
	// Mistakes sorted by set, then row or file, then rule.
	var got []string
	for _, m := range rep.Mistakes {
		got = append(got, strings.Join([]string{m.Kind, m.Set, m.Name, m.Rule}, " "))
	}
	wantM := []string{
		"FP click-id row 1 clickbait",
		"FN click-id row 2 clickbait",
		"FP gov-en gov-en/a.md acronym",
		"FN gov-id gov-id/a.md hook-dateline",
	}
	if diff := cmp.Diff(wantM, got); diff != "" {
		t.Errorf("mistakes (-want +got):\n%s", diff)
	}
}

func TestScoreSingleTableHasNoOverall(t *testing.T) {
	rep := Score([]Item{{Set: "trust-en", Group: "trust", Name: "a.md", Scored: []string{"clickbait"}}}, []string{"clickbait"}, lint.Info)
	if len(rep.Sets) != 1 || rep.Sets[0].Name != "trust" {
		t.Errorf("tables %+v, want trust only", rep.Sets)
	}
	if rep := Score(nil, Rules(), lint.Info); len(rep.Sets) != 0 || len(rep.Mistakes) != 0 {
		t.Errorf("no items: %+v", rep)
	}
}

func TestScoreListsOnlyScoredRules(t *testing.T) {
	// -rules narrows what is scored; the findings of other rules do not
	// count, and the table order follows the selection.
	sel := []string{"chain-message", "acronym"}
	it := Item{Set: "gov-id", Group: "gov", Name: "a.md", Scored: []string{"acronym", "chain-message"},
		Findings: []lint.Finding{finding("clickbait", lint.Warning, "gap"), finding("chain-message", lint.Error, "sebarkan")}}
	rep := Score([]Item{it}, sel, lint.Info)
	want := []RuleScore{{"chain-message", Counts{FP: 1, Errors: 1}}, {"acronym", Counts{}}}
	if diff := cmp.Diff(want, rep.Sets[0].Rules, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
	if len(rep.Sets[0].Unevaluated) != 0 {
		t.Errorf("an evaluated rule left out by -rules is not an unevaluated error: %v", rep.Sets[0].Unevaluated)
	}
}

func TestExcerpt(t *testing.T) {
	long := strings.Repeat("é", 79) + "\n\n  ab"
	tests := []struct {
		it   Item
		want string
	}{
		{Item{Text: "Short\n\npost  text"}, "Short post text"},
		{Item{Text: strings.Repeat("x", 80)}, strings.Repeat("x", 80)},
		{Item{Text: long}, strings.Repeat("é", 79) + " …"},
		{Item{Text: strings.Repeat("word ", 40), Headline: true}, strings.TrimSpace(strings.Repeat("word ", 40))},
	}
	for _, tt := range tests {
		if got := excerpt(tt.it); got != tt.want {
			t.Errorf("excerpt(%q) = %q, want %q", tt.it.Text, got, tt.want)
		}
	}
}

func TestGroupOf(t *testing.T) {
	for set, want := range map[string]string{
		"gov-id": "gov", "gov-en": "gov", "trust-en": "trust", "hook-id": "hook",
		"sample": "sample", "-id": "-id", "click-id": "click", "x-en-id": "x-en",
	} {
		if got := GroupOf(set); got != want {
			t.Errorf("GroupOf(%q) = %q, want %q", set, got, want)
		}
	}
}

func TestSelectRules(t *testing.T) {
	got, err := SelectRules("clickbait, hook-dateline")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"hook-dateline", "clickbait"}, got); diff != "" {
		t.Errorf("selection keeps the table order (-want +got):\n%s", diff)
	}
	if all, _ := SelectRules(""); len(all) != len(Rules()) {
		t.Errorf("empty selection: %d rules, want all %d", len(all), len(Rules()))
	}
	for list, msg := range map[string]string{
		"clickbai":       `"clickbai" is not an evaluated rule; did you mean "clickbait"?`,
		"platform-limit": `"platform-limit" is not an evaluated rule`,
		",":              "no rule given",
	} {
		if _, err := SelectRules(list); err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("SelectRules(%q) = %v, want %q", list, err, msg)
		}
	}
}

func TestEvaluatedRulesExist(t *testing.T) {
	seen := map[string]bool{}
	for _, id := range Rules() {
		if !rules.Known(id) {
			t.Errorf("evaluated rule %q is not a postlint rule", id)
		}
		if seen[id] {
			t.Errorf("%q listed twice", id)
		}
		seen[id] = true
	}
	want := []string{"chain-message", "anonymous-source", "alarm-styling", "clickbait", "claim-without-source",
		"share-pressure", "victim-identity", "graphic-description", "victim-blaming", "personal-data"}
	if diff := cmp.Diff(want, TrustRules()); diff != "" {
		t.Errorf("trust rules (-want +got):\n%s", diff)
	}
}
