package rules

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/fixer"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/prose"
)

var (
	testLexOnce sync.Once
	testLex     *Lexicon
	testLexErr  error
)

// lexicon returns the built-in word lists, compiled once for all tests.
func lexicon(t *testing.T) *Lexicon {
	t.Helper()
	testLexOnce.Do(func() { testLex, testLexErr = NewLexicon(nil) })
	if testLexErr != nil {
		t.Fatal(testLexErr)
	}
	return testLex
}

// checkDraft runs one rule over a Markdown draft (front matter allowed) the way
// the engine does: once per platform for per-platform rules, with the
// post's language from its front matter or detection. Without platforms it
// targets the post's own, else facebook and instagram.
func checkDraft(t *testing.T, r Rule, src string, platforms ...string) []lint.Finding {
	t.Helper()
	return lintLex(t, lexicon(t), r, src, platforms...)
}

// lintLex is checkDraft with a lexicon of the test's own (user word lists).
func lintLex(t *testing.T, lex *Lexicon, r Rule, src string, platforms ...string) []lint.Finding {
	t.Helper()
	posts := draft.Parse("post.md", draft.FormatMarkdown, []byte(src), draft.Options{})
	if len(posts) != 1 {
		t.Fatalf("want one post, got %d", len(posts))
	}
	p := posts[0]
	for _, pr := range p.Problems {
		t.Fatalf("draft problem: %s", pr.Message.EN)
	}
	lang := p.Meta.Lang
	if lang == "" || lang == "auto" {
		lang, _ = prose.DetectLang(p.Text)
	}
	langs := []string{lang}
	if lang == "" {
		langs = []string{i18n.ID, i18n.EN}
	}
	if len(platforms) == 0 {
		platforms = p.Meta.Platforms
	}
	if len(platforms) == 0 {
		platforms = []string{"facebook", "instagram"}
	}
	media := p.Meta.Media
	if media == "" {
		media = "text"
	}
	an := NewAnalysis(p.Text, lex, langs)
	doc := r.Doc()
	var out []lint.Finding
	if !doc.PerPlatform {
		pass := NewPass(p, nil, media, lang, an, doc)
		r.Check(pass)
		out = pass.Findings()
	} else {
		specs := platform.Defaults()
		for _, name := range platforms {
			spec, ok := specs[name]
			if !ok {
				t.Fatalf("unknown platform %q", name)
			}
			pass := NewPass(p, &spec, media, lang, an, doc)
			r.Check(pass)
			out = append(out, pass.Findings()...)
		}
	}
	for _, f := range out {
		if f.Message.EN == "" || f.Message.ID == "" {
			t.Errorf("%s: finding without a message in both languages: %+v", doc.ID, f.Message)
		}
		if f.Message.EN == f.Message.ID && !strings.ContainsAny(f.Message.EN, "\"") {
			t.Errorf("%s: Indonesian message equals the English one: %q", doc.ID, f.Message.EN)
		}
		if f.Start > f.End || f.End > len(p.Text) {
			t.Errorf("%s: bad span %d..%d in %d bytes", doc.ID, f.Start, f.End, len(p.Text))
		}
	}
	return out
}

// describe renders findings as "severity[platform] covered text" so table
// tests read like the report.
func describe(src string, fs []lint.Finding) []string {
	posts := draft.Parse("post.md", draft.FormatMarkdown, []byte(src), draft.Options{})
	text := posts[0].Text
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		covered := "<meta>"
		if f.Start >= 0 {
			covered = text[f.Start:f.End]
		}
		plat := ""
		if f.Platform != "" {
			plat = "[" + f.Platform + "]"
		}
		out = append(out, fmt.Sprintf("%s%s %s", f.Severity, plat, covered))
	}
	sort.Strings(out)
	return out
}

// ruleCase is one table row: a draft and the findings it should give.
type ruleCase struct {
	name      string
	src       string
	platforms []string
	want      []string // as describe renders them; nil means no finding
}

func runCases(t *testing.T, newRule func() Rule, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := describe(tc.src, checkDraft(t, newRule(), tc.src, tc.platforms...))
			want := append([]string(nil), tc.want...)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("findings:\n  got  %q\n  want %q", got, want)
			}
		})
	}
}

// TestEveryRuleIsDocumented checks the docs that explain, rules and SARIF
// rely on.
func TestEveryRuleIsDocumented(t *testing.T) {
	categories := map[string]bool{lint.CategoryHook: true, lint.CategoryLength: true, lint.CategoryClarity: true, lint.CategoryEngagement: true,
		lint.CategoryTrust: true, lint.CategoryAccessibility: true, lint.CategoryFormat: true}
	for _, r := range All() {
		d := Translated(r.Doc())
		if !categories[d.Category] {
			t.Errorf("%s: unknown category %q", d.ID, d.Category)
		}
		if d.Severity == lint.Off {
			t.Errorf("%s: no default severity", d.ID)
		}
		for name, text := range map[string]i18n.Text{"summary": d.Summary, "rationale": d.Rationale, "bad": d.Bad, "good": d.Good} {
			if text.EN == "" || text.ID == "" {
				t.Errorf("%s: %s must be given in English and Indonesian", d.ID, name)
			}
		}
		if d.Source == "" {
			t.Errorf("%s: no source", d.ID)
		}
		for _, o := range d.Options {
			if o.Help.EN == "" || o.Help.ID == "" {
				t.Errorf("%s: option %s needs help in both languages", d.ID, o.Name)
			}
		}
	}
}

// TestBuiltinListsCompile compiles every built-in word list in every
// language: they are compiled lazily at run time, so a bad phrase must be
// caught here.
func TestBuiltinListsCompile(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	for list, byLang := range listsByName(lex) {
		for lang, c := range byLang {
			if _, err := c.compile(); err != nil {
				t.Errorf("word list %s (%s): %v", list, lang, err)
			}
		}
	}
	for mode := range normModes {
		for list := range listsByName(lex) {
			for k, nl := range lex.trust.normLists(mode, lex.listNum(list)) {
				if nl == nil {
					continue
				}
				lang := trustLangs[k]
				nl.prepare() // builds the forms of block lists
				if _, err := prose.NewMatcher(nl.phrases); err != nil {
					t.Errorf("word list %s (%s), normalised: %v", list, lang, err)
				}
			}
		}
	}
}

// fixDraft lints a Markdown draft with one rule and applies the findings'
// fixes as `postlint fix` does, pass after pass until nothing changes, and
// returns the fixed draft.
func fixDraft(t *testing.T, lex *Lexicon, newRule func() Rule, src string, platforms ...string) string {
	t.Helper()
	cur := src
	for pass := 0; pass < 10; pass++ {
		var edits []fixer.Edit
		for _, f := range lintLex(t, lex, newRule(), cur, platforms...) {
			if f.Fix != nil {
				edits = append(edits, f.Fix.Edit)
			}
		}
		out, n := fixer.Apply([]byte(cur), edits)
		if n == 0 {
			return cur
		}
		cur = string(out)
	}
	t.Fatalf("fixes still change the draft after 10 passes: %q", cur)
	return ""
}

// fixCase is one row of a fix table: a draft and the draft once fixed
// (want == "" means no fix: the draft stays as it is).
type fixCase struct {
	name      string
	src       string
	platforms []string
	want      string
}

// runFixCases checks each fix, and that fixing is idempotent: the fixed
// draft has nothing left to fix.
func runFixCases(t *testing.T, lex *Lexicon, newRule func() Rule, cases []fixCase) {
	t.Helper()
	if lex == nil {
		lex = lexicon(t)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == "" {
				want = tc.src
			}
			got := fixDraft(t, lex, newRule, tc.src, tc.platforms...)
			if got != want {
				t.Fatalf("fixed draft:\n  got  %q\n  want %q", got, want)
			}
			for _, f := range lintLex(t, lex, newRule(), got, tc.platforms...) {
				if f.Fix != nil {
					t.Errorf("fixed draft still has a fix: %+v", f.Fix)
				}
			}
		})
	}
}
