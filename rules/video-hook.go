package rules

import (
	"fmt"
	"strconv"
	"time"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// VideoHook checks the first seconds of a video or reel: the first subtitle
// cue (front matter `subtitles`, a path relative to the draft) must start
// within 3 seconds, and the hook — front matter `hook`, else the first
// cue's text — must not be a greeting, self-introduction or logo card and
// must not run over 8 words. A subtitle file that is missing, refused or
// malformed is reported with its file and line. The engine reads the file
// before the rules run (the rule itself opens nothing).
type VideoHook struct {
	MaxStart float64 `toml:"max_start"`
	MaxWords int     `toml:"max_words"`
}

func init() { register("video-hook", func() Rule { return &VideoHook{MaxStart: 3, MaxWords: 8} }) }

// Doc documents the rule.
func (*VideoHook) Doc() lint.Doc {
	return lint.Doc{
		ID:        "video-hook",
		Category:  lint.CategoryHook,
		Severity:  lint.Warning,
		Summary:   i18n.English("video or reel: the first subtitle starts after 3 seconds, or the hook is a greeting or logo card or over 8 words"),
		Rationale: i18n.English("Facebook's research found that people recall feed content seen for a fraction of a second and spend under two seconds on most posts; views under three seconds carry much of a video's value. So the key message belongs in the first three seconds. Practitioners list what to avoid: a static logo, a \"Hi, I'm…\" introduction, a slow fade-in. Set the spoken or on-screen opening in front matter `hook`, or point `subtitles` at the .srt/.vtt file: a path relative to the draft, inside the draft's git repository (or its folder outside git), at most 1 MiB."),
		Source:    "Facebook IQ, \"Capturing Attention in Feed: The Science Behind Effective Video Creative\" (2016); StackAlone and HandyAds on the first three seconds of mobile video (no logo card or greeting first)",
		Bad:       i18n.English("media: reel\nhook: \"Hi, I'm Rina from the City Health Office and today I want to talk about dengue\""),
		Good:      i18n.English("media: reel\nhook: \"Drain, cover, recycle: stop dengue in 3 steps\""),
		Options: []lint.OptionDoc{
			{Name: "max_start", Help: i18n.English("seconds before the first subtitle cue must start")},
			{Name: "max_words", Help: i18n.English("most words in the hook")},
		},
	}
}

// Validate checks the options.
func (r *VideoHook) Validate() error {
	if r.MaxStart < 0 || r.MaxWords < 0 {
		return fmt.Errorf("max_start and max_words must not be negative")
	}
	return nil
}

// listVideoHookCards is the word list read here, resolved once (wordList).
var listVideoHookCards = wordList("video-hook-cards")

// Check reads the subtitles and the hook.
func (r *VideoHook) Check(p *Pass) {
	if !p.Media.IsVideo() {
		return
	}
	meta := p.Post.Meta
	var first *draft.Cue
	var subPath string
	// The engine reads the file before the rules run; nil means nothing
	// was read.
	if subs := p.Post.Subtitles; meta.Subtitles != "" && subs != nil {
		subPath = subs.Path
		if se := subs.Err; se != nil {
			where := se.Path
			if se.Line > 0 {
				where += ":" + strconv.Itoa(se.Line)
			}
			p.ReportMeta("subtitles", lint.Warning,
				i18n.Sprintf("subtitle file %s: %s", "berkas subtitle %s: %s", where, se.Msg),
				i18n.T("fix the file or the `subtitles` path (relative to the draft) so the opening can be checked",
					"perbaiki berkasnya atau jalur `subtitles` (relatif terhadap draf) agar pembuka video bisa diperiksa"))
		} else {
			first = &subs.Cues[0]
			limit := time.Duration(r.MaxStart * float64(time.Second))
			if first.Start > limit {
				p.ReportMeta("subtitles", lint.Warning,
					i18n.Sprintf("the first subtitle (%s:%d) starts at %s s: nothing is said in the first %s seconds",
						"subtitle pertama (%s:%d) baru muncul pada detik %s: %s detik pertama berlalu tanpa pesan",
						subPath, first.Line, localNumber(first.Start.Seconds(), 1), strconv.FormatFloat(r.MaxStart, 'f', -1, 64)),
					i18n.T("open with the key message in words, spoken and on screen, from the first second",
						"buka dengan pesan utama, diucapkan dan tertulis di layar, sejak detik pertama"))
			}
		}
	}
	hook, key := meta.Hook, "hook"
	source := i18n.T("the hook", "hook")
	if hook == "" && first != nil {
		hook, key = first.Text, "subtitles"
		source = i18n.Sprintf("the first subtitle (%s:%d)", "subtitle pertama (%s:%d)", subPath, first.Line)
	}
	if hook == "" {
		return
	}
	words := prose.Words(hook)
	// A card counts when it starts within the first three words.
	if ms := findIn(p.Text, listVideoHookCards, bothLangs, hook); len(ms) > 0 && (len(words) <= 3 || ms[0].Start < words[3].Start) {
		m := ms[0]
		p.ReportMeta(key, lint.Warning,
			i18n.Sprintf("%s opens with a greeting or intro card (%q): viewers decide in the first seconds",
				"%s dibuka dengan salam atau kartu pembuka (%q): penonton memutuskan di detik-detik pertama",
				source, hook[m.Start:m.End]),
			i18n.T("open with the point itself (\"Stop dengue in 3 steps\"); greet or show the logo later, or not at all",
				"buka langsung dengan intinya (\"Cegah DBD cukup 3 langkah\"); salam atau logo bisa belakangan, atau tidak usah"))
	}
	if r.MaxWords > 0 && len(words) > r.MaxWords {
		p.ReportMeta(key, lint.Warning,
			i18n.Sprintf("%s is %d words (over %d): too much to take in within three seconds",
				"%s sepanjang %d kata (lebih dari %d): terlalu banyak untuk ditangkap dalam tiga detik",
				source, len(words), r.MaxWords),
			i18n.Sprintf("cut the opening to %d words or fewer that carry the message", "ringkas pembuka menjadi paling banyak %d kata yang membawa pesan", r.MaxWords))
	}
}
