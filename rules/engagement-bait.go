package rules

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// EngagementBait reports posts that goad people into liking, commenting,
// sharing, tagging or voting ("tag 3 teman", "ketik AMIN jika setuju",
// "share if you agree"). Facebook demotes such posts, and Pages that do it
// repeatedly. Facebook defines share bait as "asking people to share the
// post with their friends", so a share request that names friends (teman,
// kawan, sahabat, friends) is bait even without a condition or a count.
// Asking for help, advice or an opinion is fine, and so is a plain
// "bagikan informasi ini kepada keluarga" that names nobody's friends.
type EngagementBait struct {
	// WarnOn lists the platforms where bait is a warning (it is info
	// elsewhere): those whose feed ranking demotes it.
	WarnOn []string `toml:"warn_on"`
}

func init() {
	register("engagement-bait", func() Rule { return &EngagementBait{WarnOn: []string{"facebook", "instagram"}} })
}

// baitPattern is one of the patterns of content-rules.md ENG-02 beyond the
// word lists, each matched by a scanner (engagement-bait-patterns.go) at
// the start of a window.
type baitPattern int

const (
	// A dictated answer: a verb of commenting, one short answer, then a
	// condition ("ketik AMIN jika", "komen \"ya\" kalau", "comment 🔥 if")
	// or, for an answer in quotes or capitals, a number or an emoji, a
	// pointer or a purpose ("comment DONE below", "ketik \"AMIN\" agar").
	// Whether the answer is dictated is decided by dictatedAnswer.
	baitAnswer baitPattern = iota
	// Tagging friends, with or without a count ("tag 3 teman", "tandai
	// sahabatmu", "tag your friends").
	baitTag
	// Sharing to a number of people or groups ("bagikan ke 10 grup",
	// "share this with 5 friends", "send this to 10 people").
	baitShareCount
	// Sharing with friends, named within a few words of the request
	// ("share this with your family and friends", "bagikan ke
	// teman-temanmu", "kirimkan video ini kepada sahabat"): Facebook's own
	// definition of share bait. Family alone is not enough.
	baitShareFriends
	// Sending or forwarding the post itself to friends ("send this to your
	// friends", "kirim video ini ke teman"): "kirim ucapan kepada sahabat"
	// sends greetings, not the post, so "ini"/"this"/"it" must name it.
	baitSendFriends
)

// matchAt returns the end of p's bait phrase at the start of window, or
// -1 when there is none; an answer counts only when it is dictated.
func (p baitPattern) matchAt(window string) int {
	switch p {
	case baitAnswer:
		if m, ok := matchBaitAnswer(window); ok && dictatedAnswer(m) {
			return m.end
		}
	case baitTag:
		return matchBaitTag(window)
	case baitShareCount:
		return matchBaitShareCount(window)
	case baitShareFriends:
		return matchBaitShareFriends(window)
	case baitSendFriends:
		return matchBaitSendFriends(window)
	}
	return -1
}

// baitTriggerWords are the first words of the patterns above, in lower
// case, each with the patterns it may start. The patterns run only where
// such a word starts, on a short window, so a long post is not scanned
// once per pattern. A table, not a map: it is laid out at build time and
// costs a run's start nothing.
var baitTriggerWords = [...]struct {
	word     string
	patterns []baitPattern
}{
	{"ketik", []baitPattern{baitAnswer}}, {"tulis", []baitPattern{baitAnswer}},
	{"komen", []baitPattern{baitAnswer}}, {"komentar", []baitPattern{baitAnswer}},
	{"comment", []baitPattern{baitAnswer}}, {"type", []baitPattern{baitAnswer}},
	{"reply", []baitPattern{baitAnswer}},
	{"tag", []baitPattern{baitTag}}, {"tandai", []baitPattern{baitTag}}, {"mention", []baitPattern{baitTag}},
	{"bagikan", []baitPattern{baitShareCount, baitShareFriends}}, {"share", []baitPattern{baitShareCount, baitShareFriends}},
	{"send", []baitPattern{baitShareCount, baitSendFriends}}, {"kirim", []baitPattern{baitShareCount, baitSendFriends}},
	{"kirimkan", []baitPattern{baitShareCount, baitSendFriends}},
	{"sebarkan", []baitPattern{baitShareFriends}}, {"forward", []baitPattern{baitSendFriends}},
}

// baitTriggers returns the patterns w, in lower case, may start; nil for
// a word that starts none. Callers rule out most words first
// (baitTriggerShape), so the table is searched for few.
func baitTriggers(w string) []baitPattern {
	for _, t := range baitTriggerWords {
		if t.word == w {
			return t.patterns
		}
	}
	return nil
}

// friendNeedles are the nouns every friends pattern ends on, compared
// without ASCII case; a letter that folds to a character outside ASCII (k
// to the Kelvin sign, s to the long s) is listed in both forms, so the
// check never misses a match of the case-insensitive patterns
// (TestBaitNeedles).
var friendNeedles = []string{"teman", "kawan", "\u212aawan", "sahabat", "\u017fahabat", "friend", "bestie", "be\u017ftie"}

// baitNeedle returns the test of whether a window may hold a match of a
// pattern, from literals that every match holds: a window without them
// skips the pattern; nil for a pattern without needles. Most posts that
// ask to share ("Bagikan informasi ini") name no friend and no number.
func baitNeedle(p baitPattern) func(window string) bool {
	switch p {
	case baitTag, baitShareFriends, baitSendFriends:
		return namesFriend
	case baitShareCount:
		return digitAfterSpace
	}
	return nil
}

// namesFriend reports whether s holds a word of friendNeedles.
func namesFriend(s string) bool { return friendNeedleSet.in(s) }

// friendNeedleSet is friendNeedles as a set, searched in one pass.
var friendNeedleSet = newFoldNeedleSet(friendNeedles)

// digitAfterSpace reports whether a digit follows a white-space character
// (\s) in s, as baitShareCount's count does.
func digitAfterSpace(s string) bool {
	for i := 1; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			switch s[i-1] {
			case ' ', '\t', '\n', '\f', '\r':
				return true
			}
		}
	}
	return false
}

// likeIfStarts are the words matchBaitLikeIf starts with, compared without
// ASCII case, with the letters that fold outside ASCII in both forms.
var likeIfStarts = []string{"like", "li\u212ae", "share", "\u017fhare", "love"}

// likeIfMayStart reports whether a sentence starts with a word of
// likeIfStarts, as every match of matchBaitLikeIf does: the pattern is tried on
// every sentence, and most sentences start otherwise.
func likeIfMayStart(sentence string) bool {
	for _, w := range likeIfStarts {
		if len(sentence) >= len(w) && containsFoldASCII(sentence[:len(w)], w) {
			return true
		}
	}
	return false
}

// mayMatchBait reports whether window may hold a match of p: p has no
// needles, or window holds one.
func mayMatchBait(p baitPattern, window string) bool {
	may := baitNeedle(p)
	return may == nil || may(window)
}

// baitWindow is how many bytes after a trigger word a pattern may cover.
const baitWindow = 160

// answerWord reports the usual dictated answers in lower case; a quoted,
// capitalised, numeric or emoji answer is dictated whatever the word.
func answerWord(w string) bool {
	switch w {
	case "ya", "iya", "yes", "amin", "aamiin", "amiin", "amen",
		"setuju", "agree", "done", "hadir", "siap", "mau",
		"me", "aku", "saya", "ok", "oke":
		return true
	}
	return false
}

// Doc documents the rule.
func (*EngagementBait) Doc() lint.Doc {
	return lint.Doc{
		ID:          "engagement-bait",
		Category:    lint.CategoryEngagement,
		Severity:    lint.Warning,
		Context:     lint.TrustContext,
		PerPlatform: true,
		Summary:     i18n.English("like, tag, share, vote or dictated-comment bait; warning on Facebook and Instagram, info elsewhere"),
		Rationale:   i18n.English("Since December 2017 Facebook demotes engagement bait: posts that goad people into reacting, commenting with a given word or number, sharing, tagging or voting, and demotes Pages that do it repeatedly more strictly. Facebook defines share bait as asking people to share the post with their friends, so a share request that names friends is bait even without a condition or a count (\"share this with your family and friends\", \"bagikan ke teman-temanmu\"). Asking a question is fine as long as the answer is not dictated, and so is a plain request that names nobody's friends (\"share this with your family\", \"share this information\"): an ordinary call to action. Found from the engagement-bait list and patterns for dictated answers (\"ketik AMIN jika\", \"comment DONE below\"), tagging (\"tag 3 teman\"), share counts (\"bagikan ke 10 grup\") and shares with friends. Bait quoted in quotation marks is reported speech and drops one level; in a post whose first line carries a debunk label ([HOAKS], Cek Fakta, Fact check) quoted bait is info."),
		Source:      "Facebook Newsroom, \"News Feed FYI: Fighting Engagement Bait on Facebook\" (Henry Silverman and Lin Huang, December 2017); SMT's summary of the same policy: questions are fine as long as they do not dictate the answer",
		Bad:         i18n.English("Tag 3 friends who need to know this! Comment YES if you agree."),
		Good:        i18n.English("Which bus route should we add next? Tell us in the comments."),
		Options: []lint.OptionDoc{
			{Name: "warn_on", Help: i18n.English("platforms where bait is a warning; elsewhere it is info")},
		},
	}
}

// baitHit is one bait phrase found in the text.
type baitHit struct{ start, end int }

// Check reports each bait phrase once per platform.
func (r *EngagementBait) Check(p *Pass) {
	a := p.Text
	sev := lint.Info
	if contains(r.WarnOn, p.Platform.Name) {
		sev = lint.Warning
	}
	for _, h := range viewBaitHits.Of(a) {
		phrase := excerpt(a.Text[h.start:h.end], 40)
		msg := i18n.Sprintf("engagement bait %q: feeds demote posts that goad people into liking, commenting, sharing, tagging or voting",
			"pancingan interaksi %q: linimasa menurunkan jangkauan unggahan yang memancing like, komentar, bagikan, tag, atau voting", phrase)
		sugg := i18n.T("ask an open question and let people answer in their own words (\"What would you add?\"), or give a plain call to action",
			"ajukan pertanyaan terbuka dan biarkan orang menjawab dengan kata-kata sendiri (\"Apa yang perlu ditambah?\"), atau beri ajakan bertindak yang wajar")
		if a.InQuotes(h.start, h.end) {
			msg = i18n.Sprintf("quoted engagement bait %q: fine when you are reporting it, but readers may take it as your own request",
				"pancingan interaksi dalam kutipan %q: wajar bila sedang dilaporkan, tetapi pembaca bisa mengira itu permintaan Anda", phrase)
			sugg = i18n.T("say plainly that you are quoting it; a label such as [HOAKS] or \"Cek Fakta:\" in the first line marks the post as a fact-check",
				"nyatakan dengan jelas bahwa itu kutipan; label seperti [HOAKS] atau \"Cek Fakta:\" di baris pertama menandai unggahan sebagai cek fakta")
		}
		p.Report(Report{Start: h.start, End: h.end, Severity: sev, Message: msg, Suggestion: sugg})
	}
}

// viewBaitHits is findBait of the post, found once and read on every
// platform the post targets.
var viewBaitHits = &View[[]baitHit]{
	Name: "bait-hits", slot: slotBaitHits,
	Requires: []AnyView{viewFolded, viewSentences, viewWords},
	Run:      findBait,
	cell:     func(a *Analysis) *[]baitHit { return &a.baitHits },
}

// listEngagementBait is the word list read here, resolved once (wordList).
var listEngagementBait = wordList("engagement-bait")

// findBait returns the bait phrases from the word list and the patterns,
// in order and without overlaps (the earlier, longer hit wins).
func findBait(a *Analysis) []baitHit {
	text := a.Text
	var hits []baitHit
	var lower [len("komentar")]byte // triggeredBy's buffer
	for _, m := range a.Match(listEngagementBait) {
		hits = append(hits, baitHit{m.Start, m.End})
	}
	for _, w := range a.Words() {
		if w.End-w.Start > len("komentar") || !mayStartTrigger(text[w.Start]) {
			continue // not a trigger word; skips the lower-casing
		}
		window := text[w.Start:min(len(text), w.Start+baitWindow)]
		for _, p := range triggeredBy(&lower, text[w.Start:w.End]) {
			if !mayMatchBait(p, window) {
				continue
			}
			if end := p.matchAt(window); end >= 0 {
				hits = append(hits, baitHit{w.Start, w.Start + end})
				break
			}
		}
	}
	words, wi := a.Words(), 0
	for _, s := range a.Sentences() {
		// The sentences and the words are in order: the first word of
		// each is found walking the words once, as a.WordsIn(s)[0] would
		// be by two binary searches.
		for wi < len(words) && words[wi].Start < s.Start {
			wi++
		}
		start := s.Start
		if wi < len(words) && words[wi].End <= s.End {
			start = words[wi].Start
		}
		if !likeIfMayStart(text[start:s.End]) {
			continue
		}
		if end := matchBaitLikeIf(text[start:s.End]); end >= 0 {
			hits = append(hits, baitHit{start, start + end})
		}
	}
	// Hits that compare equal are equal, so any sort orders them alike;
	// slices.SortFunc takes no swapper and closure made per post, as
	// sort.Slice did.
	slices.SortFunc(hits, compareBaitHits)
	out := hits[:0]
	last := -1
	for _, h := range hits {
		if h.start >= last {
			out = append(out, h)
			last = h.end
		}
	}
	return out
}

// compareBaitHits orders hits by start, the longer first.
func compareBaitHits(x, y baitHit) int {
	if x.start != y.start {
		return cmp.Compare(x.start, y.start)
	}
	return cmp.Compare(y.end, x.end)
}

// triggeredBy returns baitTriggers(strings.ToLower(w)), lowering an ASCII
// word of at most len(buf) bytes in buf: the lookup then needs no new
// string.
func triggeredBy(buf *[len("komentar")]byte, w string) []baitPattern {
	if len(w) > len(buf) {
		return baitTriggers(strings.ToLower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return baitTriggers(strings.ToLower(w))
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if len(w) == 0 || !baitTriggerShape.mayHoldEnds(len(w), buf[0], buf[len(w)-1]) {
		return nil // most words: no look-up
	}
	return baitTriggers(string(buf[:len(w)]))
}

// mayStartTrigger reports whether a word that starts with byte c may be a
// word of baitTriggerWords in any case: a table look-up, where a scan of the
// first letters ran for each word.
func mayStartTrigger(c byte) bool { return baitTriggerShape.starts[lowerASCII(c)] != 0 }

// baitTriggerShape is the shape of baitTriggerWords, for triggeredBy.
// Deriving it costs one addition per key at start-up, too little to defer;
// held by value, it takes no allocation, and the per-word tests read it
// with no pointer or sync.Once in between.
var baitTriggerShape = func() (s wordShape) {
	for _, t := range baitTriggerWords {
		s.add(t.word)
	}
	return s
}()

// dictatedAnswer decides whether a baitAnswer match dictates the answer:
// the answer is quoted, in capitals, a number, an emoji or, before a
// condition, one of the usual answer words. "Tulis pertanyaan jika ada",
// "comment below if" and "tulis saran agar" are open invitations, not bait.
func dictatedAnswer(m answerMatch) bool {
	switch {
	case m.openQ && m.closeQ:
		return true
	case m.afterCondition && answerWord(strings.ToLower(m.answer)):
		return true
	case strings.IndexFunc(m.answer, unicode.IsLetter) < 0:
		return true // a number or an emoji
	}
	return len([]rune(m.answer)) > 1 && isCapitals(m.answer)
}

// Requires declares the analysis views the rule reads.
func (*EngagementBait) Requires() []AnyView {
	return []AnyView{viewBaitHits}
}
