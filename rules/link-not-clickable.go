package rules

import (
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// LinkNotClickable warns about a URL in a caption on a platform where links
// in captions are plain text (Instagram, TikTok), and notes the opposite
// habit: "link in bio" on a platform where the link itself is clickable.
// Links are Analysis.URLs, which leaves out academic degrees that look like
// domains ("M.Sc.", "S.Si."): the definition every rule reading links
// shares.
type LinkNotClickable struct{}

func init() { register("link-not-clickable", func() Rule { return &LinkNotClickable{} }) }

// Doc documents the rule.
func (*LinkNotClickable) Doc() lint.Doc {
	return lint.Doc{
		ID:          "link-not-clickable",
		Category:    lint.CategoryEngagement,
		Severity:    lint.Warning,
		PerPlatform: true,
		Summary:     i18n.English("URL in an Instagram or TikTok caption, where it cannot be clicked; \"link in bio\" where links are clickable (info)"),
		Rationale:   i18n.English("Instagram captions show URLs as plain text (\"Hashtags are clickable in Instagram posts, but links are not\"), and TikTok captions likewise: readers would have to copy or retype the address. Use the profile link (link in bio), a link sticker in a story, or a short address people can remember. The other way round, \"link in bio\" copied from an Instagram caption to Facebook, X, LinkedIn or Threads sends readers on a detour when the link could be in the post. Academic degrees after a name (M.Sc., S.Si., S.Ag., Ph.D.) look like domains to X's link rules but are not links, and no rule counts them as links. Platforms are set by links_clickable in [platform.<name>]; the phrases are the link-in-bio list (\"the form in our bio\", \"formulir di link bio\" included)."),
		Source:      "Ayrshare's Instagram documentation (\"Hashtags are clickable in Instagram posts, but links are not\"); QA Insta on formatting links in Instagram posts",
		Bad:         i18n.English("platform: instagram\nRegister for the scholarship at https://beasiswa.example.go.id/daftar-2026"),
		Good:        i18n.English("platform: instagram\nRegister for the scholarship: link in bio."),
	}
}

// listLinkInBio is the word list read here, resolved once (wordList).
var listLinkInBio = wordList("link-in-bio")

// Check looks for URLs or link-in-bio phrases, depending on the platform.
func (*LinkNotClickable) Check(p *Pass) {
	a := p.Text
	// Messages leave the platform's name to the report's platform list,
	// so that Instagram and TikTok (or the platforms where links work)
	// share one finding.
	if !p.Platform.LinksClickable {
		for _, u := range a.URLs() {
			p.Report(Report{
				Start: u.Start, End: u.End,
				Message: i18n.Sprintf("links in captions are not clickable here: readers must copy %s by hand",
					"tautan di keterangan tidak bisa diklik di sini: pembaca harus menyalin %s secara manual", excerpt(u.Text, 40)),
				Suggestion: i18n.T("put the link in your bio or a link sticker and write \"link in bio\"",
					"pasang tautan di bio atau stiker tautan, lalu tulis \"link di bio\""),
			})
		}
		return
	}
	for _, m := range unquotedMatches(a, listLinkInBio) {
		p.Report(Report{
			Start: m.Start, End: m.End, Severity: lint.Info,
			Message: i18n.Sprintf("%q: links in posts are clickable here, so the bio is a detour",
				"%q: tautan di unggahan bisa diklik di sini, jadi bio hanya memutar jalan", a.Text[m.Start:m.End]),
			Suggestion: i18n.T("put the link itself in the post", "taruh tautannya langsung di unggahan"),
		})
	}
}

// Requires declares the analysis views the rule reads.
func (*LinkNotClickable) Requires() []AnyView {
	return []AnyView{viewURLs, viewQuoted, viewFolded}
}
