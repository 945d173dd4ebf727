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

func init() { register("front-matter", func() Rule { return &FrontMatter{} }) }

// Doc documents the rule.
func (*FrontMatter) Doc() lint.Doc {
	return lint.Doc{
		ID:        "front-matter",
		Category:  lint.CategoryFormat,
		Severity:  lint.Error,
		Summary:   i18n.English("front matter that does not parse, unknown keys, and unknown platform, media or language values"),
		Rationale: i18n.English("postlint checks a post against the platforms and media its front matter names. A typo such as `platfrom: instagram` silently turns those checks off, so it is an error, with a \"did you mean\" hint. Front matter is read within limits no real post comes near: 64 KiB, lists and tables nested 32 levels deep, YAML aliases repeating 1,000 values; past them it is an error on the line where that happens."),
		Source:    "postlint's own front-matter keys",
		Bad:       i18n.English("---\nplatfrom: instagram\nmedia: foto\n---"),
		Good:      i18n.English("---\nplatform: instagram\nmedia: image\nalt: \"Petugas melayani warga di loket Disdukcapil\"\n---"),
	}
}

// Check does nothing: findings come from the draft reader.
func (*FrontMatter) Check(*Pass) {}
