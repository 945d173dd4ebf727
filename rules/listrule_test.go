package rules

import (
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// probeLexicon is the built-in lexicon plus a list of the tests' own,
// "probe-list", and "probe-context" for ListRule.When.
func probeLexicon(t *testing.T) *Lexicon {
	t.Helper()
	lex, err := NewLexicon(Extra{
		i18n.ID: {"probe-list": {"sebarkan", "bagikan => teruskan"}, "probe-context": {"banjir"}},
		i18n.EN: {"probe-list": {"share now"}, "probe-context": {"flood"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if lex.listNum("probe-context") != probeContext || lex.listNum("probe-list") != probeListed {
		t.Fatalf("the probe lists are numbered %d and %d", lex.listNum("probe-context"), lex.listNum("probe-list"))
	}
	return lex
}

// The probe lexicon's lists, numbered after the lists a rule may name, in
// order of name.
const (
	probeContext = firstConfigList + iota
	probeListed
)

// probeList is a list rule over probe-list with the given changes.
func probeList(change func(*ListRule)) *ListRule {
	r := &ListRule{
		Meta: lint.Doc{ID: "probe-list", Category: lint.CategoryTrust, Severity: lint.Warning,
			Summary: i18n.T("probe", "penanda")},
		List: probeListed, Norm: normElongation,
		Message:    i18n.T("%q is on the probe list", "%q ada di daftar penanda"),
		Quote:      quoteWritten,
		Suggestion: i18n.T("drop it", "hapus"),
	}
	if change != nil {
		change(r)
	}
	return r
}

// TestListRule checks the data a list rule is made of, in Indonesian and
// English drafts: where matches do not count, when the rule applies, how
// the message names the match, and the context policy its Doc declares.
func TestListRule(t *testing.T) {
	lex := probeLexicon(t)
	cases := []struct {
		name   string
		change func(*ListRule)
		src    string
		want   []string // "severity text | message | suggestion"
	}{
		{"id plain match", nil, "Tolong sebarkan info ini.",
			[]string{`warning sebarkan | "sebarkan" is on the probe list | drop it`}},
		{"en plain match", nil, "Please share now.",
			[]string{`warning share now | "share now" is on the probe list | drop it`}},
		{"id no match in a clean post", nil, "Info jadwal vaksin pekan ini.", nil},
		{"elongation collapsed", nil, "SEBARKAAAN!",
			[]string{`warning SEBARKAAAN | "SEBARKAAAN" is on the probe list | drop it`}},

		// Skip.
		{"no skip: a hashtag counts", nil, "Info banjir #sebarkan",
			[]string{`warning sebarkan | "sebarkan" is on the probe list | drop it`}},
		{"skip entities: a hashtag does not count", func(r *ListRule) { r.Skip = skipEntities }, "Info banjir #sebarkan", nil},
		{"skip entities: a mention does not count", func(r *ListRule) { r.Skip = skipEntities }, "Hubungi @sebarkan", nil},
		{"skip links and mentions: a hashtag counts", func(r *ListRule) { r.Skip = skipLinksMentions }, "Info banjir #sebarkan",
			[]string{`warning sebarkan | "sebarkan" is on the probe list | drop it`}},
		{"skip links and mentions: a mention does not", func(r *ListRule) { r.Skip = skipLinksMentions }, "Follow @sharenow and share now.",
			[]string{`warning share now | "share now" is on the probe list | drop it`}},

		// Hashtags: whole tags, named without '#'.
		{"id hashtags: a whole tag", func(r *ListRule) { r.Hashtags, r.Message = true, i18n.T("#%s is listed", "#%s terdaftar") },
			"Info banjir #Sebarkan #sebarkanlah, sebarkan.", []string{`warning #Sebarkan | #Sebarkan is listed | drop it`}},

		// When.
		{"id when: no context, no finding", func(r *ListRule) { r.When = []listID{probeContext} }, "Tolong sebarkan info ini.", nil},
		{"id when: context anywhere", func(r *ListRule) { r.When = []listID{probeContext} }, "Info banjir. Tolong sebarkan.",
			[]string{`warning sebarkan | "sebarkan" is on the probe list | drop it`}},
		{"en when: context in a hashtag does not count", func(r *ListRule) { r.When = []listID{probeContext} }, "Please share now #flood", nil},

		// Messages.
		{"plain message is not a format", func(r *ListRule) { r.Quote, r.Message = quoteNone, i18n.T("100% probe", "100% penanda") },
			"Tolong sebarkan.", []string{`warning sebarkan | 100% probe | drop it`}},
		{"excerpt", func(r *ListRule) { r.Quote = 5 }, "Please share now.",
			[]string{`warning share now | "share…" is on the probe list | drop it`}},
		{"respelled names its entry", func(r *ListRule) {
			r.Respelled = i18n.T("%q is on the probe list (as %q)", "%q ada di daftar penanda (sebagai %q)")
		}, "SEBARKAAAN sekarang, sebarkan!", []string{
			`warning SEBARKAAAN | "SEBARKAAAN" is on the probe list (as "sebarkan") | drop it`,
			`warning sebarkan | "sebarkan" is on the probe list | drop it`}},
		{"entry suggestion", func(r *ListRule) { r.EntrySuggestion = i18n.T("write %q", "tulis %q") }, "Yuk bagikan dan sebarkan.", []string{
			`warning bagikan | "bagikan" is on the probe list | write "teruskan"`,
			`warning sebarkan | "sebarkan" is on the probe list | drop it`}},

		// Bounds.
		{"max: matches past it", func(r *ListRule) { one := 1; r.Max, r.Quote, r.Message = &one, quoteNone, i18n.T("probe", "penanda") },
			"Sebarkan, sebarkan, sebarkan.", []string{
				`warning sebarkan | probe (found 3, at most 1) | drop it`,
				`warning sebarkan | probe (found 3, at most 1) | drop it`}},
		{"min: too few", func(r *ListRule) { two := 2; r.Min, r.Quote, r.Message = &two, quoteNone, i18n.T("probe", "penanda") },
			"Please share now.", []string{`warning <meta> | probe (found 1, need at least 2) | `}},

		// The context policy in the Doc, applied by the pass.
		{"id trust context: quoted under [HOAKS] is info", func(r *ListRule) { r.Meta.Context = lint.TrustContext },
			"[HOAKS] Pesan \"sebarkan\" itu palsu, jangan sebarkan.", []string{
				`info sebarkan | "sebarkan" is on the probe list | drop it`,
				`info sebarkan | "sebarkan" is on the probe list | drop it`}},
		{"en trust context: quoted is one level down", func(r *ListRule) { r.Meta.Context = lint.TrustContext },
			"The message said \"share now\". Share now!", []string{
				`info share now | "share now" is on the probe list | drop it`,
				`warning Share now | "Share now" is on the probe list | drop it`}},
		{"id skip quoted", func(r *ListRule) { r.Meta.Context = lint.QuotedSkipped },
			"Ia menulis \"sebarkan\", kami tidak sebarkan.", []string{
				`warning sebarkan | "sebarkan" is on the probe list | drop it`}},
		{"en first line only", func(r *ListRule) { r.Meta.Context = lint.FirstLineOnly },
			"Share now: free ID cards\nWe ask you to share now.", []string{
				`warning Share now | "Share now" is on the probe list | drop it`}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := lintLex(t, lex, probeList(tc.change), tc.src)
			got := make([]string, len(fs))
			text := draft.Parse("post.md", draft.FormatMarkdown, []byte(tc.src), draft.Options{})[0].Text
			for i, f := range fs {
				covered := "<meta>"
				if f.Start >= 0 {
					covered = text[f.Start:f.End]
				}
				got[i] = f.Severity.String() + " " + covered + " | " + f.Message.EN + " | " + f.Suggestion.EN
			}
			sort.Strings(got)
			want := append([]string(nil), tc.want...)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("findings:\n  got  %q\n  want %q", got, want)
			}
		})
	}
}

// TestListRulesHaveTheirFile keeps each built-in list rule findable from
// its ID: its declaration is in rules/<id>.go.
func TestListRulesHaveTheirFile(t *testing.T) {
	n := 0
	for _, id := range IDs() {
		r, _ := New(id)
		var l *ListRule
		switch r := r.(type) {
		case *ListRule:
			l = r
		case *Blocklist:
			l = &r.ListRule
		default:
			continue
		}
		n++
		src, err := os.ReadFile(id + ".go")
		if err != nil {
			t.Errorf("%s: %v", id, err)
			continue
		}
		if !strings.Contains(string(src), "ListRule{") || !regexp.MustCompile(`\bID:\s+"`+regexp.QuoteMeta(id)+`"`).Match(src) {
			t.Errorf("%s: rules/%s.go does not declare its ListRule", id, id)
		}
		if l.List == 0 && l.Phrases == nil && l.Pattern == nil {
			t.Errorf("%s: a list rule that matches nothing", id)
		}
	}
	if n < 4 {
		t.Errorf("only %d built-in list rules", n)
	}
}
