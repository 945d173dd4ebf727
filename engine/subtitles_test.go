package engine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/postlint/postlint/lint"
)

// subtitleFindings lints one reel whose front matter names subs and
// returns the video-hook findings.
func subtitleFindings(t *testing.T, draftPath, subs string) []lint.Finding {
	t.Helper()
	write(t, filepath.Dir(draftPath), filepath.Base(draftPath),
		[]byte("---\nmedia: reel\ncaptions: true\nsubtitles: "+subs+"\n---\nCegah DBD cukup 3 langkah di rumah. #CegahDBD\n"))
	done := make(chan []lint.PostResult, 1)
	go func() { done <- run(t, Options{Platforms: []string{"instagram"}}, draftPath) }()
	var rs []lint.PostResult
	select {
	case rs = <-done:
	case <-time.After(time.Minute): // a hang guard, not a speed check
		t.Fatalf("subtitles %s: the run blocked", subs)
	}
	var out []lint.Finding
	for _, f := range rs[0].Findings {
		if f.Rule == "video-hook" {
			out = append(out, f)
		}
	}
	return out
}

// TestSubtitlesAreReadSafely: front matter may name any path, so the
// engine reads only regular files inside the draft's repository (its
// folder outside git), through symlinks only when they resolve inside,
// at most 1 MiB, and a file that does not parse is never quoted.
func TestSubtitlesAreReadSafely(t *testing.T) {
	top := t.TempDir()
	posts := filepath.Join(top, "posts")
	secret := "API_KEY=hunter2-do-not-print"
	write(t, top, "secret.srt", []byte(secret+"\n"))
	write(t, posts, "subs/ok.srt", []byte("1\n00:00:00,400 --> 00:00:02,500\nCegah DBD cukup 3 langkah.\n"))
	write(t, posts, "subs/late.srt", []byte("1\n00:00:04,500 --> 00:00:07,000\nCegah DBD cukup 3 langkah.\n"))
	write(t, posts, "subs/creds.srt", []byte("password: "+secret+"\n"))
	write(t, posts, "subs/creds.vtt", []byte(secret+"\n"))
	write(t, posts, "subs/big.srt", []byte(strings.Repeat("1\n00:00:00,400 --> 00:00:02,500\nCegah DBD.\n\n", (1<<20)/40)))
	if err := os.Symlink(filepath.Join(top, "secret.srt"), filepath.Join(posts, "subs", "leak.srt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("ok.srt", filepath.Join(posts, "subs", "alias.srt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(top, filepath.Join(posts, "up")); err != nil {
		t.Fatal(err)
	}
	draftPath := filepath.Join(posts, "reel.md")
	shown := filepath.ToSlash(posts) + "/"
	tests := []struct {
		subs string
		want string // the English message, "" for no finding
	}{
		{"subs/ok.srt", ""},
		{"subs/alias.srt", ""},
		{"./subs/../subs/ok.srt", ""},
		{"subs/late.srt", "the first subtitle (" + shown + "subs/late.srt:2) starts at 4.5 s"},
		{"subs/creds.srt", "subtitle file " + shown + "subs/creds.srt:1: expected a timing line such as \"00:00:01,000 --> 00:00:03,500\""},
		{"subs/creds.vtt", "subtitle file " + shown + "subs/creds.vtt:1: a WebVTT file must start with \"WEBVTT\""},
		{"../secret.srt", "subtitle file " + filepath.ToSlash(top) + "/secret.srt: outside the draft's folder"},
		{"subs/leak.srt", "subtitle file " + shown + "subs/leak.srt: outside the draft's folder"},
		{"up/secret.srt", "subtitle file " + shown + "up/secret.srt: outside the draft's folder"},
		{"/etc/passwd", "subtitle file /etc/passwd: outside the draft's folder"},
		{"/dev/zero", "subtitle file /dev/zero: outside the draft's folder"},
		{"subs/big.srt", "subtitle file " + shown + "subs/big.srt: larger than 1 MiB: too large for a subtitle file"},
		{"subs/none.srt", "subtitle file " + shown + "subs/none.srt: cannot read the subtitle file: no such file or directory"},
		{"subs", "subtitle file " + shown + "subs: is a directory, not a subtitle file"},
	}
	if err := mkfifo(filepath.Join(posts, "subs", "pipe.srt")); err == nil {
		tests = append(tests, struct{ subs, want string }{"subs/pipe.srt", "subtitle file " + shown + "subs/pipe.srt: not a regular file (a device, FIFO or socket)"})
	}
	for _, tt := range tests {
		fs := subtitleFindings(t, draftPath, tt.subs)
		switch {
		case tt.want == "" && len(fs) > 0:
			t.Errorf("%s: unexpected %s", tt.subs, fs[0].Message.EN)
		case tt.want != "" && (len(fs) != 1 || !strings.HasPrefix(fs[0].Message.EN, tt.want)):
			t.Errorf("%s: got %+v, want %q", tt.subs, fs, tt.want)
		case tt.want != "":
			f := fs[0]
			if f.Range.Start.Line != 4 || f.Path != draftPath || f.Message.ID == "" {
				t.Errorf("%s: the finding should name the draft and the subtitles line (4): %+v", tt.subs, f)
			}
			for _, leak := range []string{"hunter2", "root:", "API_KEY"} {
				if strings.Contains(f.Message.EN+f.Message.ID, leak) {
					t.Errorf("%s: the finding quotes the file: %s", tt.subs, f.Message.EN)
				}
			}
		}
	}

	// Inside a git repository the whole repository is allowed, and only it.
	if err := os.Mkdir(filepath.Join(top, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, top, "media/shared.srt", []byte("1\n00:00:00,400 --> 00:00:02,500\nCegah DBD cukup 3 langkah.\n"))
	for _, subs := range []string{"../media/shared.srt", "up/media/shared.srt"} {
		if fs := subtitleFindings(t, draftPath, subs); len(fs) != 0 {
			t.Errorf("%s inside the repository: %s", subs, fs[0].Message.EN)
		}
	}
	fs := subtitleFindings(t, draftPath, "/etc/passwd")
	if len(fs) != 1 || !strings.HasPrefix(fs[0].Message.EN, "subtitle file /etc/passwd: outside the draft's git repository") {
		t.Errorf("/etc/passwd from a repository: %+v", fs)
	}
}
