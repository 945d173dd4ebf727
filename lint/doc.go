package lint

import (
	"strings"

	"github.com/postlint/postlint/i18n"
)

// Doc describes a rule for `postlint rules`, `postlint explain` and the
// SARIF rule table.
type Doc struct {
	ID       string
	Category string
	Severity Severity // default severity
	// PerPlatform rules run once for each platform a post targets and
	// their findings name the platform.
	PerPlatform bool
	Summary     i18n.Text
	Rationale   i18n.Text
	Source      string // where the advice comes from, in plain words: who advised it, which study, guide or help centre, when; "; " between several; no web addresses or files from outside the repository
	Bad         i18n.Text
	Good        i18n.Text
	Options     []OptionDoc
	// Fixable rules give some findings a fix that `postlint fix` applies.
	Fixable bool
	// Context is how where a finding stands changes it. The rule only
	// reports spans; the pass applies the policy to every finding.
	Context Context
}

// OptionDoc explains one option; its default comes from the rule's fields.
type OptionDoc struct {
	Name string // the TOML key
	Help i18n.Text
}

// Context is a context policy: how where a finding stands changes it. A
// rule declares it in its Doc and the pass applies it when the rule
// reports, so rules that share a policy cannot drift apart. The values
// combine; the zero value changes nothing.
type Context uint8

// The context policies.
const (
	// QuotedDrops lowers a finding inside quotation marks by one level:
	// quoted words are being reported, not used.
	QuotedDrops Context = 1 << iota
	// DebunkDrops lowers every finding by one level in a post whose first
	// line carries a debunk label ([HOAKS], Cek Fakta, Fact check): a fact
	// check quoting a hoax is not a hoax. With QuotedDrops, a quoted
	// finding under a label drops two levels, to info.
	DebunkDrops
	// QuotedSkipped drops findings inside quotation marks: they are
	// someone else's words.
	QuotedSkipped
	// FirstLineOnly keeps only findings that start in the post's first
	// line, the hook readers see first.
	FirstLineOnly
)

// TrustContext is the policy of the trust rules: quoted findings and
// findings under a debunk label drop a level each.
const TrustContext = QuotedDrops | DebunkDrops

// Has reports whether every policy of x is in c.
func (c Context) Has(x Context) bool { return c&x == x }

// Explain describes the policy for `postlint explain` and the rule pages;
// zero for the zero policy.
func (c Context) Explain() i18n.Text {
	var en, id []string
	if c.Has(QuotedSkipped) {
		en = append(en, "words inside quotation marks are someone else's and are not reported")
		id = append(id, "kata di dalam tanda kutip adalah ucapan orang lain dan tidak dilaporkan")
	}
	if c.Has(QuotedDrops) {
		en = append(en, "a finding inside quotation marks drops one level (error → warning → info)")
		id = append(id, "temuan di dalam tanda kutip turun satu tingkat (error → warning → info)")
	}
	if c.Has(DebunkDrops) {
		e, i := "in a post whose first line carries a debunk label ([HOAKS], Cek Fakta, Fact check) every finding drops one level",
			"pada unggahan yang baris pertamanya berlabel bantahan ([HOAKS], Cek Fakta, Fact check) setiap temuan turun satu tingkat"
		if c.Has(QuotedDrops) {
			e, i = e+", and a quoted one is info", i+", dan temuan dalam kutipan menjadi info"
		}
		en, id = append(en, e), append(id, i)
	}
	if c.Has(FirstLineOnly) {
		en = append(en, "only the first line is checked")
		id = append(id, "hanya baris pertama yang diperiksa")
	}
	if len(en) == 0 {
		return i18n.Text{}
	}
	return i18n.T(capitalise(strings.Join(en, "; "))+".", capitalise(strings.Join(id, "; "))+".")
}

// capitalise upper-cases the first letter of an ASCII sentence.
func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
