package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
)

// CtaMissing notes a post that asks nothing of its readers: no call to
// action, no conversation prompt and no question to the audience. Facebook
// Indonesia told government PR offices that a caption should invite the
// public to act.
type CtaMissing struct{}

func init() { register(func() Rule { return &CtaMissing{} }) }

// Doc documents the rule.
func (*CtaMissing) Doc() Doc {
	return Doc{
		ID:       "cta-missing",
		Category: CategoryEngagement,
		Severity: Info,
		Summary: i18n.T("no call to action, no conversation prompt and no question to the audience",
			"tidak ada ajakan bertindak, ajakan berdiskusi, atau pertanyaan untuk audiens"),
		Rationale: i18n.T("Facebook Indonesia's advice to government PR offices: a caption should contain a call to action. A common Humas mistake is to treat social media as an archive of the leader's activities, with captions written like news releases and no invitation to the public. A post passes with a phrase from the cta list (\"klik tautan\", \"daftar sekarang\", \"learn more\"), the invitations list (\"yuk\", \"pastikan\", \"make sure\"), the prompts list (\"bagaimana pendapat Anda\", \"let us know\") or a sentence ending in \"?\" outside quotation marks. Words in quotation marks are reported speech, not an invitation. Add your own phrases with [words.id] cta = [\"pesan lewat WhatsApp\"].",
			"Saran Facebook Indonesia untuk Humas pemerintah: keterangan unggahan perlu mengandung ajakan bertindak (call to action). Kesalahan umum Humas adalah menjadikan media sosial arsip kegiatan pimpinan, dengan keterangan seperti rilis berita dan tanpa ajakan bagi masyarakat. Unggahan lolos bila memuat frasa dari daftar cta (\"klik tautan\", \"daftar sekarang\", \"learn more\"), daftar invitations (\"yuk\", \"pastikan\", \"make sure\"), daftar prompts (\"bagaimana pendapat Anda\", \"let us know\"), atau kalimat yang diakhiri \"?\" di luar tanda kutip. Kata di dalam tanda kutip adalah kutipan, bukan ajakan. Tambahkan frasa sendiri lewat [words.id] cta = [\"pesan lewat WhatsApp\"]."),
		Source: "https://prindonesia.co/detail/1471/Maksimalkan-Medsos-Kenali-Dulu-Karakteristiknya ; https://celebes.inews.id/amp/654931/fokus-informasi-ke-interaksi-publik-diskominfo-makassar-hadirkan-ndoro-kakung-praktisi-medsos/2 ; content-rules.md ENG-01, §2.3",
		Bad: i18n.T("The Mayor attended the coordination meeting on flood preparedness at City Hall.",
			"Wali Kota menghadiri rapat koordinasi kesiapsiagaan banjir di Balai Kota."),
		Good: i18n.T("Flood season is here. Check whether your street is on the evacuation map: learn more at bpbd.example.go.id",
			"Musim hujan tiba. Cek apakah jalan rumah Anda masuk peta evakuasi di bpbd.example.go.id. Ada pertanyaan? Tulis di kolom komentar."),
	}
}

// Check looks for any kind of invitation.
func (*CtaMissing) Check(p *Pass) {
	a := p.Text
	if len(a.Words()) == 0 {
		return
	}
	for _, list := range []string{"cta", "invitations", "prompts"} {
		if len(unquotedMatches(a, list)) > 0 {
			return
		}
	}
	if audienceQuestion(a) {
		return
	}
	body := a.Text[:closingTagsStart(a)]
	start, end := lastSentence(a, len(body))
	p.Report(Report{
		Start: start, End: end,
		Message: i18n.T("the post asks nothing of its readers: no call to action, no prompt, no question",
			"unggahan tidak mengajak pembaca melakukan apa pun: tanpa ajakan bertindak, ajakan berdiskusi, atau pertanyaan"),
		Suggestion: i18n.T("end with one clear next step (\"Register at …\", \"Call 112\") or an open question (\"What do you think?\")",
			"tutup dengan satu langkah yang jelas (\"Daftar di …\", \"Hubungi 112\") atau pertanyaan terbuka (\"Bagaimana pendapat Anda?\")"),
	})
}

// unquotedMatches returns a word list's matches outside quotation marks:
// quoted words are reported speech, not the account's own invitation.
func unquotedMatches(a *Analysis, list string) []LexMatch {
	var out []LexMatch
	for _, m := range a.Match(list) {
		if !a.InQuotes(m.Start, m.End) {
			out = append(out, m)
		}
	}
	return out
}

// audienceQuestion reports a sentence that ends in a question mark outside
// quotation marks. Trailing emoji, closing brackets and quotes after the
// mark do not hide it ("Ada pertanyaan? 🙂").
func audienceQuestion(a *Analysis) bool {
	for _, s := range a.Sentences() {
		q := finalQuestionMark(a.Text[s.Start:s.End])
		if q >= 0 && !a.InQuotes(s.Start+q, s.Start+q+1) {
			return true
		}
	}
	return false
}

// finalQuestionMark returns the offset of the '?' in the closing run of
// sentence punctuation ("?", "?!", "??"), or -1 when the sentence does not
// end in a question.
func finalQuestionMark(s string) int {
	end := len(s)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if unicode.IsSpace(r) || strings.ContainsRune(`")]}'”’»`, r) || isEmojiRune(r) {
			end -= size
			continue
		}
		break
	}
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		switch r {
		case '?', '？':
			return end - size
		case '!', '.', '…':
			end -= size
			continue
		}
		return -1
	}
	return -1
}

// isEmojiRune reports runes that are part of emoji sequences: pictographs,
// variation selectors, skin tones and joiners.
func isEmojiRune(r rune) bool {
	return r >= 0x1F000 || r == 0xFE0F || r == 0x200D || unicode.Is(unicode.So, r) ||
		r >= 0x2600 && r <= 0x27BF
}

// lastSentence returns the span of the last sentence that ends at or before
// limit, or the end of the text before limit.
func lastSentence(a *Analysis, limit int) (int, int) {
	start, end := 0, limit
	for _, s := range a.Sentences() {
		if s.End > limit {
			break
		}
		start, end = s.Start, s.End
	}
	if start > end {
		start = end
	}
	return start, end
}
