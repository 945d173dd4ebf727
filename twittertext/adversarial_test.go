package twittertext

import (
	"strings"
	"testing"
)

// adversarialInputs returns long texts that make a naive backtracking
// matcher (and the reference) take quadratic time or worse; n scales
// their length. At full size (n = 1000, up to 60 kB) they take a few
// milliseconds each; a regression shows up as a test that runs for
// seconds.
func adversarialInputs(n int) map[string]string {
	return map[string]string{
		"many labels":          strings.Repeat("a.", 10*n),
		"labels with hyphens":  strings.Repeat("a-b.", 5*n),
		"CJK run before a dot": strings.Repeat("日", 20*n) + ".",
		"words then a domain":  strings.Repeat("日 ", 10*n) + "a.com",
		"schemes":              strings.Repeat("http://", 3*n) + ".",
		"nested parentheses":   "http://a.com/" + strings.Repeat("(a", 5*n),
		"open ZWJ sequences":   strings.Repeat("👨\u200d", 5*n),
		"long ASCII host":      "http://" + strings.Repeat("a-", 3*n) + ".com",
		"dot TLDs":             strings.Repeat(".com", 5*n),
		"punycode labels":      strings.Repeat("xn--a.", 3*n),
		"CJK labels":           "x" + strings.Repeat(".日", 5*n) + " ",
		"ASCII labels in host": strings.Repeat("a.", 2*n) + "日.com/",
		"hash signs":           strings.Repeat("#", 20*n),
		"mentions":             strings.Repeat("@a", 10*n),
		"cashtags":             strings.Repeat("$a ", 10*n),
	}
}

func TestAdversarialInputs(t *testing.T) {
	for name, text := range adversarialInputs(1000) {
		t.Run(name, func(t *testing.T) {
			r := Parse(text, V3())
			if r.ValidRangeEnd < 0 || r.ValidRangeEnd > r.DisplayRangeEnd {
				t.Errorf("Parse = %+v", r)
			}
			ExtractHashtags(text)
			ExtractMentionsOrLists(text)
			ExtractCashtags(text)
		})
	}
}

func BenchmarkParseAdversarial(b *testing.B) {
	cfg := V3()
	for name, text := range adversarialInputs(1000) {
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Parse(text, cfg)
			}
		})
	}
}

func TestAdversarialURLsMatchNaive(t *testing.T) {
	for name, text := range adversarialInputs(20) {
		t.Run(name, func(t *testing.T) { checkAgainstNaive(t, text) })
	}
}
