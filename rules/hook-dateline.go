package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/lazyre"
	"github.com/postlint/postlint/lint"
)

// HookDateline reports a post that opens like a press release: a dateline
// such as "Selasa (2/4)," or "JAKARTA, Humas –" or "On Monday". Fine in a
// press release, a weak hook in a feed. A dateline later in the body is not
// a finding.
type HookDateline struct{}

func init() { register(func() Rule { return &HookDateline{} }) }

// datelinePatterns match at the very start of the post (content-rules.md
// HOOK-03), compiled once.
var datelinePatterns = []*lazyre.Regexp{
	lazyre.New(`^(?i:Senin|Selasa|Rabu|Kamis|Jum'?at|Jumat|Sabtu|Minggu|Ahad)\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s*,?`),
	// "JAKARTA, Humas –", "SURABAYA –": a capitalised place, an optional
	// source, then a dash standing apart (so "KTP-el" is not a dateline).
	lazyre.New(`^[A-Z][A-Z.' ]{2,}(?:,\s*[A-Z][A-Za-z .]*?)?\s*(?:\([A-Za-z]+\)\s*)?(?:[–—]|-{1,2}\s)`),
	lazyre.New(`^[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*\(?\d{1,2}\s+(?i:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|January|February|March|May|June|July|August|October|December)\s+\d{4}\)?\s*[–—-]?`),
	lazyre.New(`^On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s*\(\d{1,2}/\d{1,2}\))?,?`),
	lazyre.New(`^(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad),\s*\d{1,2}\s+(?i:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)(?:\s+\d{4})?\s*,?`),
}

// datelineMayStart holds, for each of datelinePatterns, a test that text
// fails when the pattern cannot match it: most posts open with none of
// them, and skipping the patterns spares compiling and running them.
var datelineMayStart = []func(text string) bool{
	func(text string) bool { // a weekday in any case (k and s fold beyond ASCII), then "("
		r, _ := utf8.DecodeRuneInString(text)
		return strings.ContainsRune("SsRrKkJjMmAa\u017f\u212a", r) && strings.IndexByte(text, '(') >= 0
	},
	func(text string) bool { // [A-Z][A-Z.' ]
		return len(text) >= 3 && isUpperASCII(text[0]) && (isUpperASCII(text[1]) || strings.IndexByte(".' ", text[1]) >= 0)
	},
	func(text string) bool { // one or two capitalised words, then the first ','
		comma := strings.IndexByte(text, ',')
		if comma < 2 || !isUpperASCII(text[0]) || strings.Count(text[:comma], " ") > 1 {
			return false
		}
		for i := 1; i < comma; i++ {
			if c := text[i]; c != ' ' && !isUpperASCII(c) && (c < 'a' || c > 'z') {
				return false
			}
		}
		return true
	},
	func(text string) bool { return strings.HasPrefix(text, "On ") },
	func(text string) bool { return text != "" && strings.IndexByte("SRKJMA", text[0]) >= 0 },
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// leadingDateline returns the span of a dateline opening text, or ok false.
// Other rules skip it: "JAKARTA" in "JAKARTA, Humas –" is a place, not an
// acronym or a name.
func leadingDateline(text string) (start, end int, ok bool) {
	for i, re := range datelinePatterns {
		if !datelineMayStart[i](text) {
			continue
		}
		if loc := re.FindStringIndex(text); loc != nil {
			return loc[0], loc[0] + len(strings.TrimRight(text[loc[0]:loc[1]], " \t")), true
		}
	}
	return 0, 0, false
}

// Doc documents the rule.
func (*HookDateline) Doc() lint.Doc {
	return lint.Doc{
		ID:        "hook-dateline",
		Category:  lint.CategoryHook,
		Severity:  lint.Warning,
		Summary:   i18n.English("post opens with a press-release dateline (\"Selasa (2/4),\", \"JAKARTA, Humas –\", \"On Monday\")"),
		Rationale: i18n.English("A dateline is the news-release convention for place and day. In a feed it spends the visible first characters on information readers do not need first. Common Humas mistake: captions written like a news release."),
		Source:    "The practitioner Ndoro Kakung at Diskominfo Makassar, reported by iNews: social captions written like news releases lose the public",
		Bad:       i18n.English("On Monday (6/4), the Mayor inaugurated the new bus terminal."),
		Good:      i18n.English("The new bus terminal opens today: 40 routes, free Wi-Fi, open 24 hours."),
	}
}

// Check matches the dateline patterns at the start of the text.
func (*HookDateline) Check(p *Pass) {
	text := p.Text.Text
	start, end, ok := p.Text.dateline()
	if !ok {
		return
	}
	p.Report(Report{
		Start: start, End: end,
		Message: i18n.Sprintf("the post opens with a press-release dateline %q", "unggahan dibuka dengan baris tanggal ala siaran pers %q", excerpt(text[start:end], 40)),
		Suggestion: i18n.T("start with what happened and why it matters; give the day and place later, if at all",
			"mulai dengan apa yang terjadi dan mengapa penting; sebut hari dan tempat belakangan bila perlu"),
	})
}

// Requires declares the analysis views the rule reads.
func (*HookDateline) Requires() []AnyView {
	return []AnyView{viewDateline}
}
