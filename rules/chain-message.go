package rules

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// ChainMessage reports the imperatives of chain messages: "sebarkan!",
// "viralkan", a share verb within a few words of "sebelum dihapus", "share
// before it's deleted", "forward this to 10 people", and pasted forwarding
// labels ("Diteruskan berkali-kali") in a post that also asks readers to
// share. Negated imperatives ("Jangan sebarkan!") and hashtags are not
// findings; quotes and debunk labels lower the severity.
type ChainMessage struct {
	// Window is how many words may stand between a share verb and a
	// deletion cue.
	Window int `toml:"window"`
}

func init() { register("chain-message", func() Rule { return &ChainMessage{Window: 6} }) }

// Doc documents the rule.
func (*ChainMessage) Doc() lint.Doc {
	return lint.Doc{
		ID:        "chain-message",
		Category:  lint.CategoryTrust,
		Severity:  lint.Error,
		Context:   lint.TrustContext,
		Summary:   i18n.English("chain-message imperative: \"sebarkan!\", \"viralkan\", \"share before it's deleted\", \"forward this to 10 people\""),
		Rationale: i18n.English("Pushing readers to forward (\"Bantu sebarkan!!!\", \"share before it's deleted\") is the signature Kominfo and Siberkreasi teach people to distrust: a post that sounds like a hoax is treated like one, and Facebook's Think Before You Share programme asks readers to stop at exactly this. Let the content earn its shares. Negated forms (\"Jangan sebarkan!\") and hashtags are not reported; inside quotes, or under a debunk label such as [HOAKS] or Cek Fakta, the finding is downgraded. Lists: words/<lang>/chain-message.txt, chain-loud.txt (only in capitals or with \"!!\"), chain-urgency.txt (pasted \"Forwarded many times\"; a chain only when the post asks to share), share-verbs.txt, deletion-cues.txt."),
		Source:    "Kominfo's five signs of a hoax message (\"Bantu sebarkan!!!\"); Kominfo's request not to forward a chain message, reported by Kompas (2019); The Think Before You Share programme of Facebook and the YCAB Foundation (since 2016)",
		Bad:       i18n.English("URGENT: all bank accounts will be frozen tomorrow. Share before it's deleted!"),
		Good:      i18n.English("Bank accounts are not being frozen. The message going round on WhatsApp is false (source: Bank Indonesia, bi.go.id)."),
		Options: []lint.OptionDoc{
			{Name: "window", Help: i18n.English("words allowed between a share verb and a deletion cue (\"sebarkan ke grup keluarga sebelum dihapus\")")},
		},
	}
}

// Validate checks the options.
func (r *ChainMessage) Validate() error {
	if r.Window < 0 {
		return fmt.Errorf("window must not be negative, not %d", r.Window)
	}
	return nil
}

// The word lists read here, resolved once (wordList).
var (
	listChainLoud    = wordList("chain-loud")
	listChainMessage = wordList("chain-message")
	listChainUrgency = wordList("chain-urgency")
	listDeletionCues = wordList("deletion-cues")
	listShareVerbs   = wordList("share-verbs")
)

// Check finds the imperatives, merges overlapping ones and reports them.
func (r *ChainMessage) Check(p *Pass) {
	a := p.Text
	var hits []prose.Span
	usable := func(m LexMatch) bool {
		return !trustInEntity(a, m.Start, m.End) && !trustNegated(a, m.Start)
	}
	for _, m := range a.trustMatch(listChainMessage) {
		if usable(m) {
			hits = append(hits, prose.Span{Start: m.Start, End: m.End})
		}
	}
	for _, m := range a.trustMatch(listChainLoud) {
		if usable(m) && (isUpperText(a.Text[m.Start:m.End]) || strings.HasPrefix(strings.TrimLeft(a.Text[m.End:], " "), "!!")) {
			hits = append(hits, prose.Span{Start: m.Start, End: m.End})
		}
	}
	var verbs []LexMatch
	for _, m := range a.trustMatch(listShareVerbs) {
		if usable(m) {
			verbs = append(verbs, m)
		}
	}
	for _, c := range a.trustMatch(listDeletionCues) {
		if trustInEntity(a, c.Start, c.End) {
			continue
		}
		// Only the nearest verb on either side can be close enough.
		if v, ok := lastMatchBefore(verbs, c.Start); ok && trustWordsBetween(a, v.End, c.Start) <= r.Window {
			hits = append(hits, prose.Span{Start: v.Start, End: c.End})
		}
		if i := sort.Search(len(verbs), func(i int) bool { return verbs[i].Start >= c.End }); i < len(verbs) &&
			trustWordsBetween(a, c.End, verbs[i].Start) <= r.Window {
			hits = append(hits, prose.Span{Start: c.Start, End: verbs[i].End})
		}
	}
	if len(verbs) > 0 {
		for _, m := range a.trustMatch(listChainUrgency) {
			if !trustInEntity(a, m.Start, m.End) {
				hits = append(hits, prose.Span{Start: m.Start, End: m.End})
			}
		}
	}
	for _, h := range mergeSpans(hits) {
		phrase := excerpt(a.Text[h.Start:h.End], 50)
		p.Report(Report{
			Start: h.Start, End: h.End,
			Message: i18n.Sprintf("%q is a chain-message imperative, the signature of hoaxes",
				"%q adalah perintah pesan berantai, ciri khas hoaks", phrase),
			Suggestion: i18n.T("drop the push to forward; name the source and let readers decide whether to share",
				"hapus desakan untuk meneruskan; sebutkan sumbernya dan biarkan pembaca memutuskan sendiri"),
		})
	}
}

// mergeSpans sorts spans and merges the overlapping ones in place: every
// caller hands over hits it reads no more, and a new slice per rule and
// post (with sort.Slice's reflection swapper) was needless garbage. Spans
// that compare equal are equal, so the unstable sort decides nothing.
func mergeSpans(spans []prose.Span) []prose.Span {
	slices.SortFunc(spans, func(x, y prose.Span) int {
		if x.Start != y.Start {
			return cmp.Compare(x.Start, y.Start)
		}
		return cmp.Compare(y.End, x.End)
	})
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && s.Start < out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// Requires declares the analysis views the rule reads.
func (*ChainMessage) Requires() []AnyView {
	return []AnyView{viewWords, viewTokens, viewTrustEntities}
}
