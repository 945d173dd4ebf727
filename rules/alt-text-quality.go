package rules

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/prose"
)

// AltTextQuality checks each alt text that is given: it should not open by
// saying it is a picture ("Foto …", "Image of …"), should stay short enough
// to follow by ear, must fit the platform's limit (X: 1,000 characters), and
// should describe the image rather than repeat the caption.
type AltTextQuality struct {
	// MaxLength is the advised length of one alt text in characters.
	MaxLength int `toml:"max_length"`
	// CaptionSimilarity is how alike (0–1, by words) an alt text and the
	// caption must be to count as a copy.
	CaptionSimilarity float64 `toml:"caption_similarity"`
}

func init() {
	register("alt-text-quality", func() Rule { return &AltTextQuality{MaxLength: 125, CaptionSimilarity: 0.9} })
}

// Doc documents the rule.
func (*AltTextQuality) Doc() lint.Doc {
	return lint.Doc{
		ID:          "alt-text-quality",
		Category:    lint.CategoryAccessibility,
		Severity:    lint.Info,
		PerPlatform: true,
		Summary:     i18n.English("alt text opens with \"image of\"/\"foto\", repeats the caption or is over 125 characters (info); over the platform's limit, 1,000 on X (error)"),
		Rationale:   i18n.English("Screen readers already announce an image, so \"Image of\" or \"Foto\" spends the first words on nothing. About 125 characters is the common guideline for alt text people can follow by ear; put a longer description in the caption. Alt text that repeats the caption makes listeners hear the same words twice and still learn nothing about the picture. X refuses alt text over 1,000 characters (alt_limit in [platform.x]). Lists: words/<lang>/alt-redundant-prefixes.txt."),
		Source:      "Connecticut State Colleges & Universities' accessibility training on social media (about 125 characters, no \"image of\"); San José State University's social-media accessibility guide; Accessible Social's guide to image descriptions on each platform (X allows 1,000 characters)",
		Bad:         i18n.English("---\nmedia: image\nalt: \"Image of people at the event\"\n---\nThank you to everyone who came to the food drive!"),
		Good:        i18n.English("---\nmedia: image\nalt: \"Volunteers hand out food parcels to residents queuing outside the village hall\"\n---\nThank you to everyone who came to the food drive!"),
		Options: []lint.OptionDoc{
			{Name: "max_length", Help: i18n.English("advised characters per alt text (0: no advice)")},
			{Name: "caption_similarity", Help: i18n.English("word similarity (0–1) from which an alt text counts as a copy of the caption")},
		},
	}
}

// Validate checks the options.
func (r *AltTextQuality) Validate() error {
	if r.MaxLength < 0 {
		return fmt.Errorf("max_length must not be negative")
	}
	if r.CaptionSimilarity <= 0 || r.CaptionSimilarity > 1 {
		return fmt.Errorf("caption_similarity must be above 0 and at most 1, not %g", r.CaptionSimilarity)
	}
	return nil
}

// Check looks at every alt entry.
func (r *AltTextQuality) Check(p *Pass) {
	alts := p.Post.Meta.Alt
	if len(alts) == 0 {
		return
	}
	caption := *viewAltCaptionWords.Of(p.Text)
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

// listAltRedundantPrefixes is the word list read here, resolved once (wordList).
var listAltRedundantPrefixes = wordList("alt-redundant-prefixes")

// redundantPrefix finds an alt-redundant-prefixes phrase at the start of
// the alt text, in both languages (alt text is often in another language
// than the caption).
func (r *AltTextQuality) redundantPrefix(p *Pass, alt string) (LexMatch, bool) {
	words := prose.Words(alt)
	if len(words) == 0 {
		return LexMatch{}, false
	}
	first := words[0].Start
	for _, m := range matchIn(p.Text.lexicon, listAltRedundantPrefixes, []string{i18n.ID, i18n.EN}, alt) {
		if m.Start == first {
			return m, true
		}
	}
	return LexMatch{}, false
}

// altWords returns the folded words of s, without hashtags and mentions,
// for comparing an alt text with the caption.
func altWords(s string) []string {
	var out []string // nil when no word is kept, as before
	words := prose.Words(s)
	for i, t := range words {
		if t.Start > 0 && (s[t.Start-1] == '#' || s[t.Start-1] == '@') {
			continue
		}
		if out == nil {
			// Room for every word left, made once: grown by append,
			// the list was copied a few times per text.
			out = make([]string, 0, len(words)-i)
		}
		out = append(out, prose.FoldString(s[t.Start:t.End]))
	}
	return out
}

// similarWords reports whether 1 minus the word-level edit distance over
// the longer length is at least want: 1 for the same words, 0 for nothing
// in common.
func similarWords(a, b []string, want float64) bool {
	la, lb := len(a), len(b)
	if la == 0 || lb == 0 {
		return false
	}
	longer := float64(max(la, lb))
	// The distance is at least the difference in length: a long caption
	// and a short alt text need no table.
	if 1-float64(max(la, lb)-min(la, lb))/longer < want {
		return false
	}
	prev := make([]int, lb+1)
	cur := make([]int, lb+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= la; i++ {
		cur[0] = i
		for j := 1; j <= lb; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return 1-float64(prev[lb])/longer >= want
}

// Requires declares the analysis views the rule reads.
func (*AltTextQuality) Requires() []AnyView {
	return []AnyView{viewAltCaptionWords}
}
