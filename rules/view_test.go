package rules

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/corpus"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/prose"
)

// viewTestPosts are the bundled example posts and generated drafts.
func viewTestPosts(t *testing.T) []*draft.Post {
	t.Helper()
	var posts []*draft.Post
	files, err := filepath.Glob("../examples/posts/*")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if ext := filepath.Ext(f); ext != ".md" && ext != ".txt" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		posts = append(posts, draft.Parse(f, draft.FormatOf(f), data, draft.Options{})...)
	}
	if len(posts) == 0 {
		t.Fatal("no example posts")
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 300 {
		name, content := corpus.Post(r, i)
		posts = append(posts, draft.Parse(name, draft.FormatOf(name), []byte(content), draft.Options{})...)
	}
	return posts
}

// traceRule runs rule over posts (on every platform when it is
// per-platform) with view access recorded.
func traceRule(rule Rule, posts []*draft.Post, lex *Lexicon) *viewTrace {
	tr := &viewTrace{}
	doc := rule.Doc()
	specs := platform.Defaults()
	names := make([]string, 0, len(specs))
	for n := range specs {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, p := range posts {
		lang, _ := prose.DetectLang(p.Text)
		langs := []string{lang}
		if lang == "" {
			langs = []string{i18n.ID, i18n.EN}
		}
		media := p.Meta.Media
		if media == "" {
			media = platform.MediaText
		}
		if !doc.PerPlatform {
			an := NewAnalysis(p.Text, lex, langs)
			an.trace = tr
			rule.Check(NewPass(p, nil, media, lang, an, doc))
			continue
		}
		for _, n := range names {
			spec := specs[n]
			an := NewAnalysis(p.Text, lex, langs)
			an.trace = tr
			rule.Check(NewPass(p, &spec, media, lang, an, doc))
		}
	}
	return tr
}

// declaredViews returns the views a rule may read: those it declares
// (ViewReader) and those its context policy reads in Pass.Report.
func declaredViews(rule Rule) [numViews]bool {
	var ok [numViews]bool
	if r, is := rule.(ViewReader); is {
		for _, v := range r.Requires() {
			ok[v.slotOf()] = true
		}
	}
	for _, v := range contextViews(rule.Doc().Context) {
		ok[v.slotOf()] = true
	}
	return ok
}

// TestRuleViewsDeclared runs every rule on the examples and generated
// drafts with view access recorded, and fails when a rule reads a view
// it does not declare, or declares one it never reads.
func TestRuleViewsDeclared(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	posts := viewTestPosts(t)
	for _, rule := range All() {
		checkViewsDeclared(t, rule, traceRule(rule, posts, lex))
	}
}

// TestCustomRuleViewsDeclared is TestRuleViewsDeclared for [[custom]]
// rules, whose declaration follows from what they match.
func TestCustomRuleViewsDeclared(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	customs, err := NewCustomRules([]config.Custom{
		{ID: "team-phrases", Message: "phrase", Phrases: []string{"pemkot", "masyarakat", "the city", "info"}},
		{ID: "team-pattern", Message: "pattern", Pattern: `[0-9]{2,}`},
	}, "postlint.toml")
	if err != nil {
		t.Fatal(err)
	}
	posts := viewTestPosts(t)
	for _, rule := range customs {
		checkViewsDeclared(t, rule, traceRule(rule, posts, lex))
	}
}

// checkViewsDeclared fails when rule read a view (as tr recorded) that it
// does not declare; a declared view it never read is only noted.
func checkViewsDeclared(t *testing.T, rule Rule, tr *viewTrace) {
	t.Helper()
	id := rule.Doc().ID
	ok := declaredViews(rule)
	var undeclared, unread []string
	for _, v := range allViews {
		if s := v.slotOf(); tr.byRule[s] && !ok[s] {
			undeclared = append(undeclared, v.ViewName())
		}
	}
	if r, is := rule.(ViewReader); is {
		for _, v := range r.Requires() {
			if !tr.byRule[v.slotOf()] {
				unread = append(unread, v.ViewName())
			}
		}
	}
	if len(undeclared) > 0 {
		t.Errorf("%s reads views it does not declare in Requires: %s", id, strings.Join(undeclared, ", "))
	}
	if len(unread) > 0 {
		// Declaring more is harmless (a rule may read a view only for
		// some posts), so this is a note, not a failure.
		t.Logf("%s declares views it never read on the examples: %s", id, strings.Join(unread, ", "))
	}
}

// TestViewRequires checks that each view's Run reads only the views its
// declaration requires, that requirements form no cycle, and that every
// slot has exactly one view.
func TestViewRequires(t *testing.T) {
	seen := map[viewSlot]string{}
	for _, v := range allViews {
		if prev, dup := seen[v.slotOf()]; dup {
			t.Errorf("views %s and %s share slot %d", prev, v.ViewName(), v.slotOf())
		}
		seen[v.slotOf()] = v.ViewName()
	}
	if len(seen) != int(numViews) {
		t.Errorf("%d views declared for %d slots", len(seen), numViews)
	}
	// The requirements must not form a cycle: Of would never return.
	state := map[viewSlot]int{} // 1 visiting, 2 done
	var visit func(v AnyView, path []string)
	visit = func(v AnyView, path []string) {
		path = append(path, v.ViewName())
		switch state[v.slotOf()] {
		case 1:
			t.Fatalf("views require each other: %s", strings.Join(path, " → "))
		case 2:
			return
		}
		state[v.slotOf()] = 1
		for _, r := range v.requires() {
			visit(r, path)
		}
		state[v.slotOf()] = 2
	}
	for _, v := range allViews {
		visit(v, nil)
	}
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range viewTestPosts(t) {
		an := NewAnalysis(p.Text, lex, []string{i18n.ID, i18n.EN})
		an.trace = &viewTrace{}
		for _, v := range allViews {
			v.ensure(an)
		}
		for _, v := range allViews {
			req := map[viewSlot]bool{}
			for _, r := range v.requires() {
				req[r.slotOf()] = true
			}
			for _, r := range allViews {
				if an.trace.byView[v.slotOf()][r.slotOf()] && !req[r.slotOf()] {
					t.Fatalf("view %s reads %s without requiring it", v.ViewName(), r.ViewName())
				}
			}
		}
	}
}

// TestOneTokenisation checks that the views derived from the analysis's
// one tokenisation agree with the prose functions they replace: the words
// and the detected language.
func TestOneTokenisation(t *testing.T) {
	for _, p := range viewTestPosts(t) {
		an := NewAnalysis(p.Text, nil, nil)
		if got, want := an.Words(), prose.Words(p.Text); !slices.Equal(got, want) {
			t.Fatalf("%s: words view differs from prose.Words", p.Path)
		}
		gl, gok := an.DetectLang()
		wl, wok := prose.DetectLang(p.Text)
		if gl != wl || gok != wok {
			t.Fatalf("%s: language %q, %v; prose.DetectLang says %q, %v", p.Path, gl, gok, wl, wok)
		}
	}
}
