package rules

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

// subtitleFiles stand for the files the engine would read, by the path
// front matter gives.
var subtitleFiles = map[string]string{
	"subs/cepat.srt":  "1\n00:00:00,400 --> 00:00:02,500\nCegah DBD cukup 3 langkah.\n",
	"subs/lambat.srt": "1\n00:00:04,500 --> 00:00:07,000\nCegah DBD cukup 3 langkah.\n",
	"subs/salam.vtt":  "WEBVTT\n\n00:00.000 --> 00:02.000\nAssalamualaikum, halo sobat sehat!\n",
	"subs/intro.vtt":  "WEBVTT\n\n00:00.000 --> 00:02.000\nHi, I'm Rina from the City Health Office.\n",
	"subs/rusak.srt":  "1\n00:00:01,000 --> 00:00:02,000\nSatu.\n\n2\n00:00:03 --> 00:00:04,000\nDua.\n",
}

// lintAt runs a platform-independent rule over a draft stored at path,
// with the subtitle file its front matter names read as the engine would
// (from subtitleFiles; any other name is a missing file).
func lintAt(t *testing.T, r Rule, path, src string) []lint.Finding {
	t.Helper()
	posts := draft.Parse(path, draft.FormatMarkdown, []byte(src), draft.Options{})
	p := posts[0]
	for _, pr := range p.Problems {
		t.Fatalf("draft problem: %s", pr.Message.EN)
	}
	if name := p.Meta.Subtitles; name != "" {
		shown := filepath.ToSlash(filepath.Join(filepath.Dir(path), name))
		if data, ok := subtitleFiles[name]; ok {
			p.Subtitles = draft.SubtitlesFrom(shown, []byte(data))
		} else {
			p.Subtitles = &draft.Subtitles{Path: shown, Err: &draft.SubtitleError{Path: shown,
				Msg: i18n.T("cannot read the subtitle file: no such file or directory", "berkas subtitle tidak bisa dibaca: berkas tidak ada")}}
		}
	}
	media := p.Meta.Media
	if media == "" {
		media = "text"
	}
	pass := NewPass(p, nil, media, p.Meta.Lang, NewAnalysis(p.Text, lexicon(t), bothLangs), r.Doc())
	r.Check(pass)
	return pass.Findings()
}

func TestVideoHook(t *testing.T) {
	dir := "posts"
	newRule := func() Rule { return &VideoHook{MaxStart: 3, MaxWords: 8} }
	post := filepath.Join(dir, "post.md")
	tests := []struct {
		name, src string
		want      []string // substrings of the English messages, in order
	}{
		{"id quick clear opening", "---\nmedia: reel\nsubtitles: subs/cepat.srt\n---\nCegah DBD di rumah.", nil},
		{"id first cue after 3 s", "---\nmedia: video\nsubtitles: subs/lambat.srt\n---\nCegah DBD di rumah.",
			[]string{"the first subtitle (posts/subs/lambat.srt:2) starts at 4.5 s"}},
		{"id greeting cue", "---\nmedia: reel\nsubtitles: subs/salam.vtt\n---\nCegah DBD di rumah.",
			[]string{`opens with a greeting or intro card ("Assalamualaikum")`}},
		{"en intro cue", "---\nmedia: reel\nsubtitles: subs/intro.vtt\n---\nStop dengue at home.",
			[]string{`opens with a greeting or intro card ("Hi, I'm")`}},
		{"id hook overrides the cue", "---\nmedia: reel\nsubtitles: subs/salam.vtt\nhook: Cegah DBD cukup 3 langkah\n---\nCegah DBD di rumah.", nil},
		{"id hook is a logo card", "---\nmedia: video\nhook: Animasi logo Dinas Kesehatan\n---\nCegah DBD di rumah.",
			[]string{`the hook opens with a greeting or intro card ("logo")`}},
		{"en hook over 8 words", "---\nmedia: reel\nhook: In this video we will explain everything about how to stop dengue at home\n---\nStop dengue.",
			[]string{"the hook is 14 words (over 8)"}},
		{"id greeting and too long", "---\nmedia: reel\nhook: Halo sobat sehat, kembali lagi bersama kami di kanal Dinas Kesehatan Kota\n---\nCegah DBD.",
			[]string{`("Halo sobat")`, "is 12 words (over 8)"}},
		{"greeting word later in the hook is fine", "---\nmedia: reel\nhook: Tiga langkah cegah DBD, selamat mencoba\n---\nCegah DBD.", nil},
		{"missing file names the file", "---\nmedia: reel\nsubtitles: subs/tidak-ada.srt\n---\nCegah DBD.",
			[]string{"subtitle file posts/subs/tidak-ada.srt: cannot read the subtitle file"}},
		{"malformed file names the line", "---\nmedia: reel\nsubtitles: subs/rusak.srt\n---\nCegah DBD.",
			[]string{"subtitle file posts/subs/rusak.srt:6: expected a timing line"}},
		{"photo posts are not checked", "---\nmedia: image\nhook: Halo sobat\nsubtitles: subs/tidak-ada.srt\n---\nCegah DBD.", nil},
		{"video without hook or subtitles", "---\nmedia: video\n---\nCegah DBD.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := lintAt(t, newRule(), post, tt.src)
			if len(fs) != len(tt.want) {
				t.Fatalf("got %d findings %+v, want %d", len(fs), fs, len(tt.want))
			}
			for i, f := range fs {
				if !strings.Contains(f.Message.EN, tt.want[i]) || f.Message.ID == "" || f.Severity != lint.Warning || f.Start != -1 {
					t.Errorf("finding %d = %+v, want %q", i, f, tt.want[i])
				}
			}
		})
	}
	// Findings point at the front-matter key they are about.
	fs := lintAt(t, newRule(), post, "---\nmedia: reel\nsubtitles: subs/lambat.srt\n---\nCegah DBD.")
	if len(fs) != 1 || fs[0].Range.Start.Line != 3 || !strings.Contains(fs[0].Message.ID, "baru muncul pada detik 4,5: 3 detik pertama") {
		t.Errorf("finding should point at the subtitles key on line 3: %+v", fs)
	}
	if fs := lintAt(t, &VideoHook{MaxStart: 5, MaxWords: 0}, post, "---\nmedia: reel\nsubtitles: subs/lambat.srt\nhook: In this video we will explain everything about dengue\n---\nX."); len(fs) != 0 {
		t.Errorf("max_start 5 and max_words 0 should pass: %+v", fs)
	}
	// The rule reads no file itself: with nothing read, only the hook is checked.
	posts := draft.Parse(post, draft.FormatMarkdown, []byte("---\nmedia: reel\nsubtitles: /etc/passwd\nhook: Halo sobat\n---\nX."), draft.Options{})
	pass := NewPass(posts[0], nil, "reel", "id", NewAnalysis(posts[0].Text, lexicon(t), bothLangs), (&VideoHook{}).Doc())
	(&VideoHook{MaxStart: 3, MaxWords: 8}).Check(pass)
	if fs := pass.Findings(); len(fs) != 1 || !strings.Contains(fs[0].Message.EN, "the hook opens with a greeting") {
		t.Errorf("subtitles not read: %+v", fs)
	}
	if err := (&VideoHook{MaxStart: -1}).Validate(); err == nil {
		t.Error("negative max_start should be rejected")
	}
}
