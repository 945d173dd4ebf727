package rules

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/prose"
)

// reuseTestPosts are the view test posts with, spread among them, posts
// that stress a reused analysis: one too long for its buffers to be kept,
// an empty one, one of a single word and one with a title (clickbait
// analyses the title on its own).
func reuseTestPosts(t *testing.T) []*draft.Post {
	t.Helper()
	long := strings.Repeat("Dr. Budi, M.Si. membuka acara di https://x.id/a pukul 08.00 #UMKM @humas! ", 500)
	special := []string{
		"---\nlang: id\n---\n" + long,
		"---\ntitle: \"Kamu tidak akan percaya apa yang terjadi\"\n---\nWarga antre sejak pagi. Sebarkan sebelum dihapus!!",
		"",
		"Halo",
		"SEBARKAN!!! Info dari grup sebelah: air PDAM tercemar. #viral @kemensetneg https://bit.ly/3xYz",
	}
	var posts []*draft.Post
	for i, p := range viewTestPosts(t) {
		if i%60 == 0 && i/60 < len(special) {
			posts = append(posts, draft.Parse("special.md", draft.FormatMarkdown, []byte(special[i/60]), draft.Options{})...)
		}
		posts = append(posts, p)
	}
	return posts
}

// TestReusedAnalysisSameAsFresh lints posts one after another with one
// Analysis, Reset for each post after its buffers were overwritten with
// garbage, and wants what a fresh Analysis per post gives: the same
// views and the same findings, the latter compared only once every post
// is linted, so that a finding holding memory a later post reused would
// show.
//
// An engine also resets its analysis for no text once a post is done, and
// the next post's Reset then finds it empty: the second mode does so,
// with the buffers poisoned in between.
func TestReusedAnalysisSameAsFresh(t *testing.T) {
	for _, released := range []bool{false, true} {
		name := "reset per post"
		if released {
			name = "reset after each post too"
		}
		t.Run(name, func(t *testing.T) { testReusedAnalysis(t, released) })
	}
}

func testReusedAnalysis(t *testing.T, released bool) {
	lex := lexicon(t)
	posts := reuseTestPosts(t)
	var all []Rule
	for _, r := range All() {
		if _, file := r.(FileRule); !file {
			all = append(all, r)
		}
	}
	var (
		reused         Analysis
		fresh, withRes [][]lint.Finding
	)
	for _, p := range posts {
		lang, langs := benchLangs(p.Text)
		an := NewAnalysis(p.Text, lex, langs)
		fresh = append(fresh, lintAll(p, lang, an, all))

		if released {
			reused.Reset("", lex, nil)
			if !reused.empty(lex) {
				t.Fatal("an analysis Reset for no text is not empty")
			}
		}
		poisonBuffers(&reused)
		reused.Reset(p.Text, lex, langs)
		withRes = append(withRes, lintAll(p, lang, &reused, all))
		for _, v := range allViews {
			v.ensure(an)
			v.ensure(&reused)
		}
		checkSameAnalysis(t, p.Text, an, &reused)
	}
	n := 0
	for i := range posts {
		n += len(fresh[i])
		if !reflect.DeepEqual(fresh[i], withRes[i]) {
			t.Errorf("post %d (%q…): reused analysis gave\n%+v\nfresh gave\n%+v", i, excerpt(posts[i].Text, 40), withRes[i], fresh[i])
		}
	}
	if n < len(posts) {
		t.Fatalf("%d findings in %d posts: the rules did not run", n, len(posts))
	}
	t.Logf("%d posts, %d findings", len(posts), n)
}

// lintAll runs every rule over the post with an, on each of its
// platforms (instagram and x when it names none), and returns the
// findings.
func lintAll(p *draft.Post, lang string, an *Analysis, all []Rule) []lint.Finding {
	specs := platform.Defaults()
	names := p.Meta.Platforms
	if len(names) == 0 {
		names = []string{"instagram", "x"}
	}
	media := benchMedia(p)
	var out []lint.Finding
	for _, r := range all {
		doc := r.Doc()
		if !doc.PerPlatform {
			pass := NewPass(p, nil, media, lang, an, doc)
			r.Check(pass)
			out = append(out, pass.Findings()...)
			continue
		}
		for _, n := range names {
			spec := specs[n]
			pass := NewPass(p, &spec, media, lang, an, doc)
			r.Check(pass)
			out = append(out, pass.Findings()...)
		}
	}
	return out
}

// checkSameAnalysis compares the views of a fresh and a reused analysis
// of text, every view computed, and every word list's matches; and the
// views made in reused buffers with what the allocating functions give
// (nil where they give nil).
func checkSameAnalysis(t *testing.T, text string, fresh, reused *Analysis) {
	t.Helper()
	for id := range listID(len(fresh.lexicon.byNum)) {
		if f, r := fresh.Match(id), reused.Match(id); !reflect.DeepEqual(f, r) {
			t.Fatalf("%q…: the matches of %s differ with the analysis reused: %v, want %v", excerpt(text, 40), fresh.lexicon.listName(id), r, f)
		}
	}
	for _, v := range allViews {
		if f, r := v.result(fresh), v.result(reused); !reflect.DeepEqual(f, r) {
			t.Fatalf("%q…: view %s of the reused analysis differs from a fresh one's:\n%s", excerpt(text, 40), v.ViewName(),
				cmp.Diff(f, r, cmp.Exporter(func(reflect.Type) bool { return true })))
		}
	}
	for _, c := range []struct {
		name      string
		got, want any
	}{
		{"tokens", reused.Tokens(), prose.Tokens(text)},
		{"words", reused.Words(), prose.Words(text)},
		{"sentences", reused.Sentences(), prose.Sentences(text)},
		{"paragraphs", reused.Paragraphs(), prose.Paragraphs(text)},
	} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Fatalf("%q…: %s of the reused analysis = %v, want %v", excerpt(text, 40), c.name, c.got, c.want)
		}
	}
}

// poisonBuffers overwrites the memory a reused analysis keeps with
// garbage, as the next post's views will: a view Reset left standing, or
// anything else still reading the old post's views, reads garbage.
func poisonBuffers(a *Analysis) {
	b := &a.buf
	garbage := prose.Token{Start: -7, End: 1 << 40, Kind: 99}
	fill(b.tokens, garbage)
	fill(b.words, garbage)
	fill(b.proseWords, garbage)
	fill(b.sentences, prose.Span{Start: -3, End: -9})
	fill(b.paragraphs, prose.Span{Start: -3, End: -9})
	fill(b.trustSpans, prose.Span{Start: 1 << 40, End: -1})
	b.trustEntities = trustEntitySpans{all: []prose.Span{{Start: -1, End: 1 << 40}}}
	fill(b.entityMask, prose.Span{Start: 1 << 40, End: -1})
	fill(b.proseSents, proseSentence{Span: prose.Span{Start: -1, End: -1}, Words: []prose.Token{garbage}})
	fill(b.cuts, -1)
	if a.lexicon != nil {
		// Another text's matches, in the scan's memory.
		g := strings.Repeat("Sebarkan! Dalam rangka klik di sini, viral hoaks. ", 40)
		var pair prose.FoldedPair
		pair.Fold(g, prose.Tokens(g), func(dst, _ []byte, _ prose.TokenKind) ([]byte, bool) { return dst, false })
		b.scan = a.lexicon.auto.current().set.FindAllViewsReusing(b.scan, &pair.Plain, &pair.Second)
	}
	if f := b.folds; f != nil {
		// Other forms of another text, in the pair's arrays.
		g := strings.Repeat("garbage ", 300)
		f.pair.Fold(g, prose.Tokens(g), func(dst, _ []byte, _ prose.TokenKind) ([]byte, bool) { return append(dst, 'x'), true })
		f.norm = normView{lead: -1, next: 1 << 20}
	}
	// The records are left as they are: one Reset failed to void would
	// find the lists of the post before, at matches of garbage.
	fill(a.found.all, LexMatch{Start: -5, End: -6, Entry: Entry{Phrase: "garbage"}})
}

// fill sets every element of s's memory, to its capacity, to v.
func fill[E any](s []E, v E) {
	s = s[:cap(s)]
	for i := range s {
		s[i] = v
	}
}

// TestResetKeepsMemory checks that Reset keeps the buffers and the
// matches' index, so that a second post of the same size allocates none of them,
// and lets go of buffers grown past maxReusedLen.
func TestResetKeepsMemory(t *testing.T) {
	lex := lexicon(t)
	text := "Dr. Budi, M.Si. membuka acara di https://x.id/a pukul 08.00 WIB #UMKM @humas. Daftar sekarang!"
	var a Analysis
	a.Reset(text, lex, []string{i18n.ID})
	for _, v := range allViews {
		v.ensure(&a)
	}
	a.Match(listFillerPhrases)
	toks, sents, at, recs := a.Tokens(), a.Sentences(), a.found.at, a.found.recs
	a.Reset(text, lex, []string{i18n.ID})
	if a.done != 0 || a.tokens != nil || a.folded != nil {
		t.Fatal("Reset left views standing")
	}
	if &a.Tokens()[0] != &toks[0] || &a.Sentences()[0] != &sents[0] {
		t.Error("Reset did not keep the token and sentence buffers")
	}
	a.Match(listFillerPhrases)
	if len(at) == 0 || len(recs) == 0 || &a.found.at[0] != &at[0] || &a.found.recs[0] != &recs[0] {
		t.Error("Reset did not keep the matches' set")
	}
	a.Reset(strings.Repeat("kata ", 2*maxReusedLen), lex, nil)
	a.Tokens()
	a.Reset(text, lex, nil)
	if cap(a.buf.tokens) != 0 {
		t.Errorf("Reset kept %d tokens' room, over maxReusedLen", cap(a.buf.tokens))
	}
	if slices.Equal(a.Tokens(), nil) {
		t.Error("no tokens after a buffer was dropped")
	}
}

// TestEmptyKnowsEveryField lists the fields of Analysis that are no
// view's cell, which empty checks: a field added to Analysis must be
// added here, and to empty unless a view's bit in done covers it.
func TestEmptyKnowsEveryField(t *testing.T) {
	known := []string{
		// empty checks these.
		"Text", "lexicon", "done", "trace", "found", "lexScan", "trust",
		// Reset sets these whatever the analysis held.
		"langs", "buf",
		// The views' cells, covered by done.
		"sentences", "paragraphs", "words", "tokens", "urls", "hashtags", "mentions", "emoji", "quoted",
		"folded", "lang", "firstLine", "firstSentence", "datelineSpan", "allURLList", "entityMask",
		"proseSents", "baitHits", "titleChain", "perPlatform",
	}
	var got []string
	for f := range reflect.TypeFor[Analysis]().Fields() {
		got = append(got, f.Name)
	}
	slices.Sort(got)
	slices.Sort(known)
	if !slices.Equal(got, known) {
		t.Errorf("Analysis has fields %v; empty knows %v", got, known)
	}
}

// TestResetOfEmptyAnalysis checks that Reset of an analysis Reset for no
// text sets its text and keeps the buffers, and that an analysis read
// since, even on no text, is not taken for empty.
func TestResetOfEmptyAnalysis(t *testing.T) {
	lex := lexicon(t)
	text := "Dr. Budi membuka acara di https://x.id/a #UMKM. Daftar sekarang!"
	var a Analysis
	if !a.empty(nil) || a.empty(lex) {
		t.Fatal("a new analysis is empty for no lexicon only")
	}
	a.Reset(text, lex, []string{i18n.ID})
	toks := a.Tokens()
	a.Match(listFillerPhrases)
	if a.empty(lex) {
		t.Fatal("an analysis that was read is empty")
	}
	a.Reset("", lex, nil)
	if !a.empty(lex) {
		t.Fatal("an analysis Reset for no text is not empty")
	}
	a.Reset(text, lex, []string{i18n.EN})
	if a.Text != text || !slices.Equal(a.langs, []string{i18n.EN}) {
		t.Fatalf("Reset of an empty analysis: text %q, langs %v", a.Text, a.langs)
	}
	if got := a.Tokens(); !slices.Equal(got, prose.Tokens(text)) || &got[0] != &toks[0] {
		t.Error("Reset of an empty analysis did not keep the token buffer")
	}
	for _, read := range []func(a *Analysis){
		func(a *Analysis) { a.Tokens() },
		func(a *Analysis) { a.Match(listFillerPhrases) },
		func(a *Analysis) { a.scanLists() },
	} {
		a.Reset("", lex, nil)
		read(&a)
		if a.empty(lex) {
			t.Error("an analysis read on no text is empty")
		}
	}
}
