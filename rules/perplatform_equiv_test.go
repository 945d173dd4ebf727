package rules

import (
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/corpus"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/prose"
)

// The per-platform rules do the work that does not depend on the platform
// once per post (in analysis views, or skipped by a bound on the count),
// and only the comparison with the platform's limits per platform. The
// tests below compare each with its reference: the rule as it was when it
// did all of its work on every platform (referenceCheck, below), on every
// platform of one shared analysis, as the engine runs it.

// perPlatformReference is a per-platform rule with its reference check.
type perPlatformReference interface {
	Rule
	referenceCheck(p *Pass)
}

// perPlatformPosts are the posts the rules are compared on: the examples,
// the evaluation posts, generated posts and a few made to cross the
// limits, folds and character checks.
func perPlatformPosts(t testing.TB, generated int) []*draft.Post {
	t.Helper()
	var posts []*draft.Post
	for _, root := range []string{"../examples", "../testdata/eval/posts"} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			posts = append(posts, draft.Parse(p, draft.FormatOf(p), data, draft.Options{})...)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range generated {
		name, content := corpus.Post(r, i)
		posts = append(posts, draft.Parse(name, draft.FormatOf(name), []byte(content), draft.Options{})...)
	}
	long := strings.Repeat("Pelayanan KTP gratis di kantor kecamatan 😀 ", 80)
	for _, text := range []string{
		"",
		long,
		"Drs. H. Ahmad, S.Sos., M.Si., Kepala Dinas Kominfo, Dr. Budi, M.Sc. membuka acara " + long,
		"@a @b @c @d @e @f Halo warga! " + strings.Repeat("@x ", 30) + long,
		"Zero\u200bwidth <b>bold</b> \uFEFFbom \x1b[31m esc \u202e rtl \u200d join 👨\u200d👩 \uFFFE\uFFFF <<>> \x85",
		"Tab\tform\ffeed\x0bvt <script> \xff\xfe invalid",
		"https://a.id https://b.id https://c.id https://d.id https://e.id https://f.id https://g.id " +
			"https://h.id https://i.id https://j.id https://k.id https://l.id " + long,
		strings.Repeat("#tag ", 70) + long,
		strings.Repeat("é", 300) + "\n" + strings.Repeat("👍🏽", 300),
		"Pendek.\n" + long,
	} {
		for _, meta := range []string{"", "media: image\nalt:\n  - \"Foto: " + strings.Repeat("warga antre ", 120) + "\"\n  - \"Pelayanan KTP gratis di kantor kecamatan\"\n"} {
			src := "---\n" + meta + "---\n" + text
			if meta == "" {
				src = text
			}
			posts = append(posts, draft.Parse("edge.md", draft.FormatOf("edge.md"), []byte(src), draft.Options{})...)
		}
	}
	return posts
}

// perPlatformSpecs are the default platforms and variants of them: lower
// limits and folds, characters forbidden, caps of one.
func perPlatformSpecs() []platform.Spec {
	defaults := platform.Defaults()
	var specs []platform.Spec
	for _, name := range platform.Names() {
		specs = append(specs, defaults[name])
	}
	for _, name := range platform.Names() {
		s := defaults[name]
		s.Limit, s.MediaLimit, s.PhotoLimit = 60, 50, 40
		s.Fold = 20
		s.HashtagCap, s.MentionCap, s.LinkCap, s.AltLimit = 1, 1, 1, 30
		s.Forbidden = "<>\uFEFF\x1b\u200b"
		specs = append(specs, s)
	}
	// A forbidden character that invalid bytes decode to, and a letter.
	x := defaults["x"]
	x.Forbidden = "\uFFFDé"
	// A fold past the built-in ones.
	li := defaults["linkedin"]
	li.Fold = 400
	return append(specs, x, li)
}

func TestPerPlatformRulesSameAsReference(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	posts := perPlatformPosts(t, 300)
	specs := perPlatformSpecs()
	var rules []perPlatformReference
	for _, rule := range All() {
		if r, ok := rule.(perPlatformReference); ok {
			rules = append(rules, r)
		}
	}
	if len(rules) == 0 {
		t.Fatal("no rule has a reference check")
	}
	for _, post := range posts {
		media := []platform.Media{"text", "image", "video", "carousel"}
		if post.Meta.Media != "" {
			media = append(media, post.Meta.Media)
		}
		lang, langs := benchLangs(post.Text)
		for _, m := range media {
			// One analysis per post for the rules, as in the engine, and
			// one for the references.
			an, ref := NewAnalysis(post.Text, lex, langs), NewAnalysis(post.Text, lex, langs)
			for _, rule := range rules {
				doc := rule.Doc()
				for i := range specs {
					got := NewPass(post, &specs[i], m, lang, an, doc)
					rule.Check(got)
					want := NewPass(post, &specs[i], m, lang, ref, doc)
					rule.referenceCheck(want)
					if !reflect.DeepEqual(got.Findings(), want.Findings()) {
						t.Fatalf("%s on %s (%s, media %s) of %q:\n got %v\nwant %v",
							doc.ID, specs[i].Name, post.Path, m, post.Text, got.Findings(), want.Findings())
					}
				}
			}
		}
	}
}

// referenceCheck is PlatformLimit.Check as it was when it did all its work on
// every platform.
func (r *PlatformLimit) referenceCheck(p *Pass) {
	spec := p.Platform
	limit := spec.LimitFor(p.Media)
	n := platform.Count(p.Text.Text, spec.Unit)
	if n <= limit {
		return
	}
	cut := platform.Overflow(p.Text.Text, spec.Unit, limit)
	unit := unitName(string(spec.Unit))
	p.Report(Report{
		Start: cut, End: len(p.Text.Text),
		Message: i18n.Sprintf("post is %d %s; %s allows %d (%d over)",
			"unggahan %[1]d %[2]s; %[3]s membatasi %[4]d (lebih %[5]d)",
			n, unit, platform.Title(spec.Name), limit, n-limit),
		Suggestion: i18n.Sprintf("cut %d %s: the marked text does not fit", "pangkas %d %s: teks yang ditandai tidak muat", n-limit, unit),
	})
}

// referenceCheck is CaptionLength.Check as it was when it did all its work on
// every platform.
func (r *CaptionLength) referenceCheck(p *Pass) {
	if !contains(r.Platforms, p.Platform.Name) {
		return
	}
	body := p.Text.Text[:closingTagsStart(p.Text)]
	n := graphemes(body)
	switch {
	case p.Media.HasMedia() && r.WarnOver > 0 && n > r.WarnOver:
		p.Report(Report{
			Start: graphemeOffset(body, r.WarnOver), End: len(body), Severity: lint.Warning,
			Message: i18n.Sprintf("caption under the %s is %d characters (over %d): long text under photos and videos loses readers",
				"keterangan di bawah %s sepanjang %d karakter (lebih dari %d): teks panjang di bawah foto dan video membuat pembaca beralih",
				mediaName(p.Media), n, r.WarnOver),
			Suggestion: i18n.Sprintf("keep the caption to about %d characters and move details to a link, a comment or the image itself",
				"ringkas keterangan hingga sekitar %d karakter; pindahkan detail ke tautan, komentar, atau gambar", r.InfoOver),
		})
	case p.Media.HasMedia() && r.InfoOver > 0 && n > r.InfoOver:
		p.Report(Report{
			Start: graphemeOffset(body, r.InfoOver), End: len(body), Severity: lint.Info,
			Message: i18n.Sprintf("caption under the %s is %d characters: only about %d show in full",
				"keterangan di bawah %s sepanjang %d karakter: hanya sekitar %d yang tampil utuh",
				mediaName(p.Media), n, r.InfoOver),
			Suggestion: i18n.Sprintf("aim for %d characters or fewer", "usahakan paling banyak %d karakter", r.InfoOver),
		})
	case !p.Media.HasMedia() && p.Platform.Name == "facebook" && r.TextInfoOver > 0 && n > r.TextInfoOver:
		p.Report(Report{
			Start: graphemeOffset(body, r.TextInfoOver), End: len(body), Severity: lint.Info,
			Message: i18n.Sprintf("text post is %d characters: Facebook posts of 100–250 characters get markedly more engagement",
				"unggahan teks sepanjang %d karakter: unggahan Facebook 100–250 karakter mendapat interaksi jauh lebih banyak", n),
			Suggestion: i18n.T("shorten it, or add a photo and keep the text short", "persingkat, atau tambahkan foto dengan teks singkat"),
		})
	}
}

// referenceCheck is HookFold.Check as it was when it did all its work on
// every platform.
func (r *HookFold) referenceCheck(p *Pass) {
	a := p.Text
	if p.Platform.Fold <= 0 || a.Text == "" {
		return // the whole post shows (X, Threads, WhatsApp)
	}
	fold := p.Platform.FoldFor(p.Media)
	line := a.FirstLine()
	if graphemes(a.Text[line.Start:line.End]) <= fold {
		return
	}
	sent := a.FirstSentence()
	if sent.End > line.End || sent.End == 0 {
		sent = line
	}
	if graphemes(a.Text[sent.Start:sent.End]) <= fold {
		return
	}
	visible, _ := platform.Visible(a.Text, fold)
	visible = strings.TrimSpace(visible)
	// The message leaves the platform's name to the report's platform
	// list, so that platforms with the same fold share one finding.
	p.Report(Report{
		Start: sent.Start, End: sent.End,
		Message: i18n.Sprintf("the first sentence runs past the fold (%d characters); readers see only: \"%s…\"",
			"kalimat pertama melewati lipatan (%d karakter); pembaca hanya melihat: \"%s…\"",
			fold, visible),
		Suggestion: i18n.Sprintf("put the point in the first %d characters: what changes for the reader, when, where",
			"taruh intinya di %d karakter pertama: apa manfaatnya bagi pembaca, kapan, di mana", fold),
	})
}

// referenceCheck is HookTitleChain.Check as it was when it did all its work on
// every platform.
func (r *HookTitleChain) referenceCheck(p *Pass) {
	a := p.Text
	if p.Platform.Fold <= 0 || a.Text == "" {
		return // the whole post shows: nothing is pushed past a fold
	}
	fold := p.Platform.FoldFor(p.Media)
	visEnd := graphemeOffset(a.Text, fold)
	chain := viewTitleChain.Of(a)
	titles, run, runLen := findTitles(a), chain.run, chain.runLen
	var shown []titleToken
	for _, t := range titles {
		if t.Start < visEnd {
			shown = append(shown, t)
		}
	}
	titleHit := r.MinTitles > 0 && len(shown) >= r.MinTitles
	runHit := r.NameRun > 0 && runLen >= r.NameRun && chain.byVerb && namesOfficials(a, run, titles)
	if !titleHit && !runHit {
		return
	}
	names := make([]string, len(shown))
	for i, t := range shown {
		names[i] = a.Text[t.Start:t.End]
	}
	var msg i18n.Text
	span := run
	switch {
	case titleHit && runHit:
		msg = i18n.Sprintf("%d titles (%s) and a %d-character run of names come before the first verb; the feed shows only %d characters",
			"%d gelar (%s) dan %d karakter nama muncul sebelum kata kerja pertama; linimasa hanya menampilkan %d karakter",
			len(shown), strings.Join(names, " "), runLen, fold)
		span.Start = min(span.Start, shown[0].Start)
		span.End = max(span.End, shown[len(shown)-1].End)
	case titleHit:
		msg = i18n.Sprintf("%d titles (%s) in the first %d characters the feed shows",
			"%d gelar (%s) di %d karakter pertama yang ditampilkan linimasa",
			len(shown), strings.Join(names, " "), fold)
		span = prose.Span{Start: shown[0].Start, End: shown[len(shown)-1].End}
	default:
		msg = i18n.Sprintf("the post opens with %d characters of names and titles before the first verb; the feed shows only %d characters",
			"unggahan dibuka dengan %d karakter nama dan jabatan sebelum kata kerja pertama; linimasa hanya menampilkan %d karakter",
			runLen, fold)
	}
	p.Report(Report{
		Start: span.Start, End: span.End,
		Message: msg,
		Suggestion: i18n.T("start with what happened for the public; name the official once, later, with the position only (\"Mayor Eri Cahyadi\")",
			"mulai dengan apa manfaatnya bagi warga; sebut nama pejabat sekali saja, belakangan, cukup dengan jabatannya (\"Wali Kota Eri Cahyadi\")"),
	})
}

// referenceCheck is MentionCount.Check as it was when it did all its work on
// every platform.
func (r *MentionCount) referenceCheck(p *Pass) {
	a := p.Text
	ms := a.Mentions()
	n := len(ms)
	spec := p.Platform
	name := platform.Title(spec.Name)
	switch {
	case spec.MentionCap > 0 && n > spec.MentionCap:
		p.Report(Report{
			Start: ms[spec.MentionCap].Start, End: ms[n-1].End, Severity: lint.Error,
			Message:    i18n.Sprintf("%d mentions: %s allows at most %d", "%d mention: %s hanya mengizinkan paling banyak %d", n, name, spec.MentionCap),
			Suggestion: i18n.Sprintf("keep at most %d mentions; tag the others in the photo or a comment", "sisakan paling banyak %d mention; tandai yang lain di foto atau komentar", spec.MentionCap),
		})
	case n > r.Max:
		p.Report(Report{
			Start: ms[r.Max].Start, End: ms[n-1].End,
			Message:    i18n.Sprintf("%d mentions (more than %d): the post reads like a roll call", "%d mention (lebih dari %d): unggahan terbaca seperti absen", n, r.Max),
			Suggestion: i18n.T("mention only the accounts readers need to know about; tag the others in the photo", "sebut hanya akun yang perlu diketahui pembaca; tandai yang lain di foto"),
		})
	case spec.Fold > 0:
		visible, _ := platform.Visible(a.Text, spec.FoldFor(p.Media))
		var shown []int
		for i, m := range ms {
			if m.End <= len(visible) {
				shown = append(shown, i)
			}
		}
		if len(shown) <= r.MaxVisible {
			return
		}
		p.Report(Report{
			Start: ms[shown[r.MaxVisible]].Start, End: ms[shown[len(shown)-1]].End,
			Message: i18n.Sprintf("%d mentions before the fold (%d characters): names take the place of the message",
				"%d mention sebelum lipatan (%d karakter): nama-nama menggeser pesan", len(shown), spec.FoldFor(p.Media)),
			Suggestion: i18n.T("open with the message and move the mentions to the end", "buka dengan pesan utama dan pindahkan mention ke akhir unggahan"),
		})
	}
}

// referenceCheck is InvalidCharacters.Check as it was when it did all its work on
// every platform.
func (r *InvalidCharacters) referenceCheck(p *Pass) {
	text := p.Text.Text
	forbidden := p.Platform.Forbidden
	name := platform.Title(p.Platform.Name)
	sc := invisibleScanner{text: text, emoji: p.Text.Emoji(), lineEnd: -1}
	for i := 0; i < len(text); {
		// Printable ASCII is neither a control nor invisible
		// (TestPrintableASCIIIsPlain): only a platform's forbidden
		// characters ("<" and ">" on YouTube) need a look.
		if b := text[i]; b >= 0x20 && b < 0x7F && strings.IndexByte(forbidden, b) < 0 {
			i++
			continue
		}
		c, n := utf8.DecodeRuneInString(text[i:])
		if forbidden != "" && strings.ContainsRune(forbidden, c) {
			j := i + n
			for j < len(text) {
				c2, n2 := utf8.DecodeRuneInString(text[j:])
				if !strings.ContainsRune(forbidden, c2) {
					break
				}
				j += n2
			}
			run := text[i:j]
			r := Report{
				Start: i, End: j, Severity: lint.Error,
				Message:    i18n.Sprintf("%s rejects %s", "%s menolak %s", name, codePointList(run)),
				Suggestion: forbiddenFix(run),
			}
			// Invisible forbidden characters (U+FEFF, U+FFFE, U+FFFF) can
			// go; visible ones (<, >) need words chosen by a person.
			if !strings.ContainsFunc(run, unicode.IsGraphic) {
				r.Fix = removal(text, i, j)
			}
			p.Report(r)
			i = j
			continue
		}
		if isControl(c) {
			j := i + n
			for j < len(text) {
				c2, n2 := utf8.DecodeRuneInString(text[j:])
				if !isControl(c2) || forbidden != "" && strings.ContainsRune(forbidden, c2) {
					break
				}
				j += n2
			}
			p.Report(Report{
				Start: i, End: j, Severity: lint.Warning,
				Message: i18n.Sprintf("control character %s: it does not show, and platforms may drop it or refuse the post",
					"karakter kendali %s: tidak tampil, dan platform bisa membuangnya atau menolak unggahan", controlList(text[i:j])),
				Suggestion: i18n.T("delete it (retype the text around it, or paste as plain text)",
					"hapus (ketik ulang teks di sekitarnya, atau tempel sebagai teks biasa)"),
				Fix: removal(text, i, j),
			})
			i = j
			continue
		}
		if !sc.invisibleAt(i, c) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			c2, n2 := utf8.DecodeRuneInString(text[j:])
			if !sc.invisibleAt(j, c2) || forbidden != "" && strings.ContainsRune(forbidden, c2) {
				break
			}
			j += n2
		}
		run := text[i:j]
		p.Report(Report{
			Start: i, End: j, Severity: lint.Warning,
			Message: i18n.Sprintf("invisible character %s: it breaks hashtags, search and screen readers",
				"karakter tak terlihat %s: merusak tagar, pencarian, dan pembaca layar", codePointList(run)),
			Suggestion: i18n.T("delete it (retype the text around it, or paste as plain text)",
				"hapus (ketik ulang teks di sekitarnya, atau tempel sebagai teks biasa)"),
			Fix: removal(text, i, j),
		})
		i = j
	}
}

// referenceCheck is AltTextQuality.Check as it was when it did all its work on
// every platform.
func (r *AltTextQuality) referenceCheck(p *Pass) {
	alts := p.Post.Meta.Alt
	if len(alts) == 0 {
		return
	}
	caption := altWords(p.Text.Text[:closingTagsStart(p.Text)])
	limit := p.Platform.AltLimit
	for i, raw := range alts {
		alt := strings.TrimSpace(raw)
		if alt == "" {
			continue // alt-text-missing reports it
		}
		label := imageLabel(i, len(alts))
		n := graphemes(alt)
		switch {
		case limit > 0 && n > limit:
			p.ReportMeta("alt", lint.Error,
				i18n.Sprintf("%s is %d characters: %s accepts at most %d", "%s sepanjang %d karakter: %s hanya menerima paling banyak %d",
					label, n, platform.Title(p.Platform.Name), limit),
				i18n.Sprintf("cut %d characters and move the detail into the caption", "pangkas %d karakter dan pindahkan detailnya ke keterangan", n-limit))
		case r.MaxLength > 0 && n > r.MaxLength:
			p.ReportMeta("alt", lint.Info,
				i18n.Sprintf("%s is %d characters (over %d): long descriptions are hard to follow by ear",
					"%s sepanjang %d karakter (lebih dari %d): deskripsi panjang sulit diikuti lewat suara", label, n, r.MaxLength),
				i18n.Sprintf("keep it to about %d characters; give a longer image description in the caption",
					"ringkas hingga sekitar %d karakter; deskripsi gambar yang lebih panjang taruh di keterangan", r.MaxLength))
		}
		if m, ok := r.redundantPrefix(p, alt); ok {
			prefix := alt[m.Start:m.End]
			rest := strings.TrimLeftFunc(alt[m.End:], func(c rune) bool { return unicode.IsSpace(c) || unicode.IsPunct(c) })
			sugg := i18n.T("start with what the image shows", "mulai dengan apa yang tampak di gambar")
			if rest != "" {
				sugg = i18n.Sprintf("start with what it shows: %q", "mulai dengan apa yang tampak: %q", capitalise(excerpt(rest, 50)))
			}
			p.ReportMeta("alt", lint.Info,
				i18n.Sprintf("%s starts with %q: screen readers already say it is an image", "%s dibuka dengan %q: pembaca layar sudah menyebutnya gambar", label, prefix),
				sugg)
		}
		if similarWords(altWords(alt), caption, r.CaptionSimilarity) {
			p.ReportMeta("alt", lint.Info,
				i18n.Sprintf("%s repeats the caption: listeners hear the same words twice and learn nothing about the picture",
					"%s mengulang keterangan: pendengar mendengar kalimat yang sama dua kali tanpa tahu isi gambar", label),
				i18n.T("describe what the image shows (people, place, action, any text in it) instead",
					"jelaskan apa yang tampak di gambar (orang, tempat, kegiatan, teks di dalamnya)"))
		}
	}
}
