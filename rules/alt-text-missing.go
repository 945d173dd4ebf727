package rules

import (
	"strings"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// AltTextMissing reports image and carousel posts without alt text for
// every image: screen-reader users hear nothing of the picture, and
// platform-generated alt text is generic ("may be an image of 3 people").
type AltTextMissing struct{}

func init() { register("alt-text-missing", func() Rule { return &AltTextMissing{} }) }

// Doc documents the rule.
func (*AltTextMissing) Doc() lint.Doc {
	return lint.Doc{
		ID:        "alt-text-missing",
		Category:  lint.CategoryAccessibility,
		Severity:  lint.Warning,
		Summary:   i18n.English("image or carousel without alt text for every image"),
		Rationale: i18n.English("Alt text is how blind and low-vision people read a picture. Every platform lets you write it (Facebook, Instagram, X, LinkedIn, Threads); automatic alt text is generic. Give one `alt` entry per image in the front matter; `images: N` says how many a carousel has."),
		Source:    "Connecticut State Colleges & Universities' accessibility training on social media (describe every image yourself); Accessible Social's guide to image descriptions on each platform",
		Bad:       i18n.English("---\nmedia: carousel\nimages: 3\nalt: [\"Vaccination queue at the health centre\"]\n---"),
		Good:      i18n.English("---\nmedia: carousel\nimages: 3\nalt:\n  - \"Vaccination queue at the health centre\"\n  - \"A nurse gives a child a vaccine\"\n  - \"Schedule poster: Monday to Friday, 08.00–14.00\"\n---"),
	}
}

// Check compares the number of images with the alt texts given.
func (*AltTextMissing) Check(p *Pass) {
	if !p.Media.IsPhoto() {
		return
	}
	meta := p.Post.Meta
	images := max(1, meta.Images, len(meta.Alt))
	written := 0
	for _, a := range meta.Alt {
		if strings.TrimSpace(a) != "" {
			written++
		}
	}
	if written >= images {
		return
	}
	key := "alt"
	if _, ok := meta.KeyRange("alt"); !ok {
		key = "media"
	}
	msg := i18n.T("the image has no alt text", "gambar belum punya teks alternatif")
	if images > 1 {
		msg = i18n.Sprintf("%d of %d images have no alt text", "%d dari %d gambar belum punya teks alternatif", images-written, images)
	}
	p.ReportMeta(key, lint.Off, msg, i18n.T("describe each image in the front matter: alt: [\"…\", \"…\"] (what it shows, any text in it)",
		"jelaskan setiap gambar di front matter: alt: [\"…\", \"…\"] (apa yang tampak, termasuk teks di dalamnya)"))
}
