package rules

import (
	"fmt"
	"strings"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// TooManyCtas notes a post that asks for more than a few different actions:
// register, download, call, follow and watch in one caption, so readers do
// none of them. Variants of one action count once.
type TooManyCtas struct {
	// Max is the number of distinct actions a post may ask for.
	Max int `toml:"max"`
}

func init() { register("too-many-ctas", func() Rule { return &TooManyCtas{Max: 2} }) }

// Doc documents the rule.
func (*TooManyCtas) Doc() lint.Doc {
	return lint.Doc{
		ID:        "too-many-ctas",
		Category:  lint.CategoryEngagement,
		Severity:  lint.Info,
		Summary:   i18n.English("more than 2 different calls to action in one post"),
		Rationale: i18n.English("Keep one clear call to action: each extra request competes with the first and readers end up doing none. Phrases come from the cta list; \"phrase => action\" entries name the action, so \"daftar sekarang\" and \"segera daftar\" count as one. Invitations (\"yuk\", \"let's\") and safety or service instructions (\"pastikan\", \"bawa KK\", \"make sure\") are not counted, and neither are words in quotation marks."),
		Source:    "Ridge Marketing's guide to writing Meta ad copy: one clear call to action",
		Bad:       i18n.English("Register now, download the app, follow us and watch the video!"),
		Good:      i18n.English("Register now at daftar.example.go.id: it takes two minutes."),
		Options: []lint.OptionDoc{
			{Name: "max", Help: i18n.English("different calls to action a post may contain")},
		},
	}
}

// Validate checks the options.
func (r *TooManyCtas) Validate() error {
	if r.Max < 1 {
		return fmt.Errorf("max must be at least 1, got %d", r.Max)
	}
	return nil
}

// Check counts the distinct actions.
func (r *TooManyCtas) Check(p *Pass) {
	a := p.Text
	seen := map[string]bool{}
	var names []string
	var over []LexMatch // the first match of each action past the limit
	for _, m := range unquotedMatches(a, listCTA) {
		action := ctaAction(m)
		if seen[action] {
			continue
		}
		seen[action] = true
		names = append(names, excerpt(a.Text[m.Start:m.End], 30))
		if len(names) > r.Max {
			over = append(over, m)
		}
	}
	if len(over) == 0 {
		return
	}
	p.Report(Report{
		Start: over[0].Start, End: over[len(over)-1].End,
		Message: i18n.Sprintf("%d different calls to action (%s): more than %d and readers act on none",
			"%d ajakan bertindak berbeda (%s): lebih dari %d membuat pembaca tidak melakukan satu pun",
			len(names), strings.Join(quoteAll(names), ", "), r.Max),
		Suggestion: i18n.T("keep the one action that matters most and move the others to a link, a comment or a later post",
			"pertahankan satu ajakan terpenting; pindahkan yang lain ke tautan, komentar, atau unggahan berikutnya"),
	})
}

// ctaAction names the action a cta match asks for: the entry's "=> action"
// when it has one, else its phrase.
func ctaAction(m LexMatch) string {
	if m.Entry.Suggestion != "" {
		return prose.FoldString(m.Entry.Suggestion)
	}
	return prose.FoldString(m.Entry.Phrase)
}

// quoteAll puts each string in double quotes, for lists in messages.
func quoteAll(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = `"` + x + `"`
	}
	return out
}

// Requires declares the analysis views the rule reads.
func (*TooManyCtas) Requires() []AnyView {
	return []AnyView{viewQuoted, viewFolded}
}
