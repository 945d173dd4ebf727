package rules

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/postlint/postlint/i18n"
)

// EngagementBait reports posts that goad people into liking, commenting,
// sharing, tagging or voting ("tag 3 teman", "ketik AMIN jika setuju",
// "share if you agree"). Facebook demotes such posts, and Pages that do it
// repeatedly. Asking for help, advice or an opinion is fine, and so is a
// plain "bagikan informasi ini kepada keluarga".
type EngagementBait struct {
	// WarnOn lists the platforms where bait is a warning (it is info
	// elsewhere): those whose feed ranking demotes it.
	WarnOn []string `toml:"warn_on"`
}

func init() {
	register(func() Rule { return &EngagementBait{WarnOn: []string{"facebook", "instagram"}} })
}

// Patterns of content-rules.md ENG-02 beyond the word lists, compiled once.
var (
	// A dictated answer: a verb of commenting, one short answer, then a
	// condition ("ketik AMIN jika", "komen \"ya\" kalau", "comment 🔥 if").
	// Whether the answer is dictated is decided by dictatedAnswer.
	baitAnswer = regexp.MustCompile(`(?i)^(?:ketik|tulis|komen(?:tar)?|comment|type|reply)\s+(["'“‘]?)([\p{L}\p{N}]{1,10}|[\p{So}\x{FE0F}\x{200D}\x{1F3FB}-\x{1F3FF}]{1,8})(["'”’]?)\s+(?:jika|kalau|kalo|klo|if)\b`)
	// Tagging friends, with or without a count ("tag 3 teman", "tandai
	// sahabatmu", "tag your friends").
	baitTag = regexp.MustCompile(`(?i)^(?:tag|tandai|mention)\s+(?:(?:\d+|satu|dua|tiga|a|one|two|three|your|some)\s+)?(?:teman(?:-teman)?(?:mu|nya)?|sahabat(?:mu|nya)?|kawan(?:mu)?|friends?|bestie)\b`)
	// Sharing to a number of people or groups ("bagikan ke 10 grup",
	// "share this with 5 friends").
	baitShareCount = regexp.MustCompile(`(?i)^(?:bagikan|share)\s+(?:(?:ini|this|this post)\s+)?(?:ke|kepada|with|to)\s+\d+`)
	// "Like if …", "Share this if …": bait only at the start of a sentence,
	// since "what would it be like if" is ordinary English.
	baitLikeIf = regexp.MustCompile(`(?i)^(?:like|share|love)\s+(?:(?:this|this post|it)\s+)?if\b`)

	// baitTriggers maps the first word of each pattern above, in lower
	// case, to the pattern. The patterns are anchored and run only where
	// such a word starts, on a short window, so a long post is not scanned
	// once per pattern.
	baitTriggers = map[string]*regexp.Regexp{
		"ketik": baitAnswer, "tulis": baitAnswer, "komen": baitAnswer, "komentar": baitAnswer,
		"comment": baitAnswer, "type": baitAnswer, "reply": baitAnswer,
		"tag": baitTag, "tandai": baitTag, "mention": baitTag,
		"bagikan": baitShareCount, "share": baitShareCount,
	}
)

// baitWindow is how many bytes after a trigger word a pattern may cover.
const baitWindow = 160

// answerWords are the usual dictated answers in lower case; a quoted,
// capitalised, numeric or emoji answer is dictated whatever the word.
var answerWords = map[string]bool{
	"ya": true, "iya": true, "yes": true, "amin": true, "aamiin": true, "amiin": true, "amen": true,
	"setuju": true, "agree": true, "done": true, "hadir": true, "siap": true, "mau": true,
	"me": true, "aku": true, "saya": true, "ok": true, "oke": true,
}

// Doc documents the rule.
func (*EngagementBait) Doc() Doc {
	return Doc{
		ID:          "engagement-bait",
		Category:    CategoryEngagement,
		Severity:    Warning,
		PerPlatform: true,
		Summary: i18n.T("like, tag, share, vote or dictated-comment bait; warning on Facebook and Instagram, info elsewhere",
			"pancingan like, tag, bagikan, voting, atau komentar yang didikte; peringatan di Facebook dan Instagram, info di platform lain"),
		Rationale: i18n.T("Since December 2017 Facebook demotes engagement bait: posts that goad people into reacting, commenting with a given word or number, sharing, tagging or voting, and demotes Pages that do it repeatedly more strictly. Asking a question is fine as long as the answer is not dictated, and so is a plain request such as \"share this with your family\": no condition, no count. Found from the engagement-bait list and patterns for dictated answers (\"ketik AMIN jika\"), tagging (\"tag 3 teman\") and share counts (\"bagikan ke 10 grup\"). Bait quoted in quotation marks is reported speech and drops one level; in a post whose first line carries a debunk label ([HOAKS], Cek Fakta, Fact check) quoted bait is info.",
			"Sejak Desember 2017 Facebook menurunkan jangkauan unggahan pemancing interaksi (engagement bait): unggahan yang memancing orang memberi reaksi, berkomentar dengan kata atau angka tertentu, membagikan, menandai teman, atau voting, dan Halaman yang sering melakukannya diturunkan lebih keras. Bertanya boleh saja selama jawabannya tidak didikte, begitu pula ajakan biasa seperti \"bagikan informasi ini kepada keluarga\": tanpa syarat, tanpa jumlah. Dideteksi dari daftar engagement-bait dan pola untuk jawaban yang didikte (\"ketik AMIN jika\"), menandai teman (\"tag 3 teman\"), dan jumlah bagikan (\"bagikan ke 10 grup\"). Pancingan di dalam tanda kutip adalah kutipan dan diturunkan satu tingkat; pada unggahan yang baris pertamanya berlabel bantahan ([HOAKS], Cek Fakta, Fact check), pancingan yang dikutip hanya info."),
		Source: "https://qcostarica.com/fighting-engagement-bait-on-facebook/ (Facebook Newsroom, \"News Feed FYI: Fighting Engagement Bait on Facebook\", 2017) ; https://www.smtusa.com/blog/posts/facebook-to-start-demoting-posts-that-use-engagement-bait.html ; content-rules.md ENG-02, §2.6, §2.7",
		Bad: i18n.T("Tag 3 friends who need to know this! Comment YES if you agree.",
			"Tag 3 teman yang wajib tahu! Ketik AMIN jika setuju."),
		Good: i18n.T("Which bus route should we add next? Tell us in the comments.",
			"Rute bus mana yang perlu ditambah berikutnya? Tulis usulan Anda di kolom komentar."),
		Options: []OptionDoc{
			{Name: "warn_on", Help: i18n.T("platforms where bait is a warning; elsewhere it is info", "platform tempat pancingan menjadi peringatan; di platform lain hanya info")},
		},
	}
}

// baitHit is one bait phrase found in the text.
type baitHit struct{ start, end int }

// Check reports each bait phrase once per platform.
func (r *EngagementBait) Check(p *Pass) {
	a := p.Text
	sev := Info
	if contains(r.WarnOn, p.Platform.Name) {
		sev = Warning
	}
	for _, h := range findBait(a) {
		phrase := excerpt(a.Text[h.start:h.end], 40)
		s := contextSeverity(a, h.start, h.end, sev)
		msg := i18n.Sprintf("engagement bait %q: Facebook demotes posts that goad people into liking, commenting, sharing, tagging or voting",
			"pancingan interaksi %q: Facebook menurunkan jangkauan unggahan yang memancing like, komentar, bagikan, tag, atau voting", phrase)
		sugg := i18n.T("ask an open question and let people answer in their own words (\"What would you add?\"), or give a plain call to action",
			"ajukan pertanyaan terbuka dan biarkan orang menjawab dengan kata-kata sendiri (\"Apa yang perlu ditambah?\"), atau beri ajakan bertindak yang wajar")
		if a.InQuotes(h.start, h.end) {
			msg = i18n.Sprintf("quoted engagement bait %q: fine when you are reporting it, but readers may take it as your own request",
				"pancingan interaksi dalam kutipan %q: wajar bila sedang dilaporkan, tetapi pembaca bisa mengira itu permintaan Anda", phrase)
			sugg = i18n.T("say plainly that you are quoting it; a label such as [HOAKS] or \"Cek Fakta:\" in the first line marks the post as a fact-check",
				"nyatakan dengan jelas bahwa itu kutipan; label seperti [HOAKS] atau \"Cek Fakta:\" di baris pertama menandai unggahan sebagai cek fakta")
		}
		p.Report(Report{Start: h.start, End: h.end, Severity: s, Message: msg, Suggestion: sugg})
	}
}

// findBait returns the bait phrases from the word list and the patterns,
// in order and without overlaps (the earlier, longer hit wins).
func findBait(a *Analysis) []baitHit {
	text := a.Text
	var hits []baitHit
	for _, m := range a.Match("engagement-bait") {
		hits = append(hits, baitHit{m.Start, m.End})
	}
	for _, w := range a.Words() {
		if w.End-w.Start > len("komentar") || !strings.ContainsRune("bckmrstBCKMRST", rune(text[w.Start])) {
			continue // not a trigger word; skips the lower-casing
		}
		re := baitTriggers[strings.ToLower(text[w.Start:w.End])]
		if re == nil {
			continue
		}
		window := text[w.Start:min(len(text), w.Start+baitWindow)]
		m := re.FindStringSubmatchIndex(window)
		if m == nil || re == baitAnswer && !dictatedAnswer(window, m) {
			continue
		}
		hits = append(hits, baitHit{w.Start + m[0], w.Start + m[1]})
	}
	for _, s := range a.Sentences() {
		start := s.Start
		if w := a.WordsIn(s); len(w) > 0 {
			start = w[0].Start
		}
		if m := baitLikeIf.FindStringIndex(text[start:s.End]); m != nil {
			hits = append(hits, baitHit{start + m[0], start + m[1]})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].start != hits[j].start {
			return hits[i].start < hits[j].start
		}
		return hits[i].end > hits[j].end
	})
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

// dictatedAnswer decides whether a baitAnswer match dictates the answer:
// the answer is quoted, in capitals, a number, an emoji or one of the usual
// answer words. "Tulis pertanyaan jika ada" and "comment below if" are open
// invitations, not bait.
func dictatedAnswer(text string, m []int) bool {
	openQ, closeQ := m[3] > m[2], m[7] > m[6]
	answer := text[m[4]:m[5]]
	switch {
	case openQ && closeQ:
		return true
	case answerWords[strings.ToLower(answer)]:
		return true
	case strings.IndexFunc(answer, unicode.IsLetter) < 0:
		return true // a number or an emoji
	}
	return len([]rune(answer)) > 1 && isCapitals(answer)
}
