package rules

import (
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// FrontMatter reports malformed or unknown front matter. The draft reader
// finds these problems while it parses the file (it is the only place that
// sees the raw YAML or TOML); this type carries the rule's identity, docs
// and severity.
type FrontMatter struct{}

func init() { register(func() Rule { return &FrontMatter{} }) }

// Doc documents the rule.
func (*FrontMatter) Doc() lint.Doc {
	return lint.Doc{
		ID:       "front-matter",
		Category: lint.CategoryFormat,
		Severity: lint.Error,
		Summary: i18n.T("front matter that does not parse, unknown keys, and unknown platform, media or language values",
			"front matter yang tidak dapat dibaca, kunci yang tidak dikenal, serta nilai platform, media, atau bahasa yang tidak dikenal"),
		Rationale: i18n.T("postlint checks a post against the platforms and media its front matter names. A typo such as `platfrom: instagram` silently turns those checks off, so it is an error, with a \"did you mean\" hint. Front matter is read within limits no real post comes near: 64 KiB, lists and tables nested 32 levels deep, YAML aliases repeating 1,000 values; past them it is an error on the line where that happens.",
			"postlint memeriksa unggahan berdasarkan platform dan media yang disebut di front matter. Salah ketik seperti `platfrom: instagram` diam-diam mematikan pemeriksaan itu, jadi dianggap galat, lengkap dengan saran \"mungkin maksudnya\". Front matter dibaca dalam batas yang jauh di atas kebutuhan unggahan mana pun: 64 KiB, daftar dan tabel bersarang 32 tingkat, alias YAML yang mengulang 1.000 nilai; melewatinya dianggap galat di baris tempat hal itu terjadi."),
		Source: "postlint's own front-matter keys",
		Bad:    i18n.T("---\nplatfrom: instagram\nmedia: foto\n---", "---\nplatfrom: instagram\nmedia: foto\n---"),
		Good:   i18n.T("---\nplatform: instagram\nmedia: image\nalt: \"Petugas melayani warga di loket Disdukcapil\"\n---", "---\nplatform: instagram\nmedia: image\nalt: \"Petugas melayani warga di loket Disdukcapil\"\n---"),
	}
}

// Check does nothing: findings come from the draft reader.
func (*FrontMatter) Check(*Pass) {}
