package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// AnonymousSource reports provenance nobody can check: "katanya", "info dari
// grup sebelah", "kata teman saya yang kerja di", "a friend who works at",
// and pasted forwarding labels ("Forwarded many times") in a post that does
// not ask to share (with a share request they are chain-message findings).
// A "katanya" that attributes a quotation ('"…," katanya'), "konon" in a
// legend and a phrase that is the whole of a quotation (a media-literacy
// post naming the marks of a hoax: trustMentioned) are not findings.
type AnonymousSource struct{}

func init() { register("anonymous-source", func() Rule { return &AnonymousSource{} }) }

// Doc documents the rule.
func (*AnonymousSource) Doc() lint.Doc {
	return lint.Doc{
		ID:        "anonymous-source",
		Category:  lint.CategoryTrust,
		Severity:  lint.Warning,
		Context:   lint.TrustContext,
		Summary:   i18n.English("anonymous provenance: \"katanya\", \"info dari grup sebelah\", \"a friend who works at\""),
		Rationale: i18n.English("The first question of Think Before You Share is whether the source can be trusted. \"From the group next door\" or \"a friend who works at the ministry\" gives readers nothing to check, and Kominfo lists \"Forward dari kamar sebelah\" among the marks of a hoax. Name the institution, document or person instead. A \"katanya\" that attributes a quotation ('\"…,\" katanya') and \"konon\" in a legend are not reported. Lists: words/<lang>/anonymous-source.txt, chain-urgency.txt, legend-cues.txt."),
		Source:    "Do Something Indonesia's Think Before You Share questions (2018): is the source trusted, and is there a second one?; Kominfo's five signs of a hoax message (\"Forward dari kamar sebelah\"); Liputan6 Cek Fakta on chain messages pasted \"from the group next door\"",
		Bad:       i18n.English("A friend who works at the ministry says fuel prices go up on Monday."),
		Good:      i18n.English("Fuel prices stay the same in April, the Ministry of Energy said on Friday (esdm.go.id)."),
	}
}

// The word lists read here, resolved once (wordList).
var (
	listAnonymousSource = wordList("anonymous-source")
	listLegendCues      = wordList("legend-cues")
)

// Check reports the provenance phrases.
func (*AnonymousSource) Check(p *Pass) {
	a := p.Text
	var hits []prose.Span
	anon := a.trustMatch(listAnonymousSource)
	for _, m := range anon {
		if trustInEntity(a, m.Start, m.End) || attributesQuote(a, m) || inLegend(a, m) || trustMentioned(a, m.Start, m.End, anon) {
			continue
		}
		hits = append(hits, prose.Span{Start: m.Start, End: m.End})
	}
	if !trustAnyMatch(a, listShareVerbs) {
		for _, m := range a.trustMatch(listChainUrgency) {
			if !trustInEntity(a, m.Start, m.End) {
				hits = append(hits, prose.Span{Start: m.Start, End: m.End})
			}
		}
	}
	for _, h := range mergeSpans(hits) {
		p.Report(Report{
			Start: h.Start, End: h.End,
			Message: i18n.Sprintf("%q gives no source readers can check", "%q tidak menyebut sumber yang bisa diperiksa pembaca",
				excerpt(a.Text[h.Start:h.End], 50)),
			Suggestion: i18n.T("name the institution, document or person the information comes from, or leave it out",
				"sebutkan instansi, dokumen, atau orang sumber informasinya, atau jangan dimuat"),
		})
	}
}

// attributesQuote reports a "katanya" that closes a quotation, as news
// writing does: "Layanan buka Sabtu," katanya.
func attributesQuote(a *Analysis, m LexMatch) bool {
	var buf [32]byte // the folded match is only compared: no string made
	if string(prose.AppendFold(buf[:0], a.Text[m.Start:m.End])) != "katanya" {
		return false
	}
	before := strings.TrimRight(a.Text[:m.Start], " \t")
	r, _ := utf8.DecodeLastRuneInString(before)
	switch r {
	case '"', '\'', '\u201D', '\u2019':
		return true
	}
	return false
}

// inLegend reports "konon" or "katanya" in a sentence that tells a legend.
func inLegend(a *Analysis, m LexMatch) bool {
	var buf [32]byte // the folded match is only compared: no string made
	switch f := prose.AppendFold(buf[:0], a.Text[m.Start:m.End]); {
	case string(f) == "konon", string(f) == "katanya", string(f) == "konon katanya":
	default:
		return false
	}
	s := trustSentenceOf(a, m.Start)
	return trustInLists(a, s.Start, s.End, listLegendCues)
}

// Requires declares the analysis views the rule reads.
func (*AnonymousSource) Requires() []AnyView {
	return []AnyView{viewSentences, viewTokens, viewTrustEntities}
}
