package engine

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestSubtitleFilesAreNotPosts: .srt and .vtt files are never linted as
// posts: a walk leaves them out, and one named on the command line (or as
// --stdin-filename) is skipped with a note saying why; the draft naming
// it still reads it.
func TestSubtitleFilesAreNotPosts(t *testing.T) {
	dir := t.TempDir()
	srt := write(t, dir, "intro.srt", []byte("1\n00:00:00,400 --> 00:00:02,500\nCegah DBD cukup 3 langkah.\n"))
	vtt := write(t, dir, "Outro.VTT", []byte("WEBVTT\n\n00:00.400 --> 00:02.500\nSampai jumpa.\n"))
	write(t, dir, "reel.md", []byte("---\nmedia: reel\nsubtitles: intro.srt\n---\nCegah DBD cukup 3 langkah di rumah.\n"))

	names, notes := lintNoted(t, Options{}, dir)
	if strings.Join(names, " ") != "reel.md" || len(notes) != 0 {
		t.Errorf("walk: linted %v, notes %q; want reel.md only", names, notes)
	}
	names, notes = lintNoted(t, Options{}, srt, vtt, filepath.Join(dir, "reel.md"))
	want := []string{
		filepath.ToSlash(srt) + ": not linted: a subtitle file is checked with the draft whose `subtitles:` names it",
		filepath.ToSlash(vtt) + ": not linted: a subtitle file is checked with the draft whose `subtitles:` names it",
	}
	if strings.Join(names, " ") != "reel.md" || strings.Join(notes, "\n") != strings.Join(want, "\n") {
		t.Errorf("named: linted %v, notes %q", names, notes)
	}
	names, notes = lintNoted(t, Options{Stdin: strings.NewReader("1\n"), StdinFilename: "media/intro.srt"}, "-")
	if len(names) != 0 || len(notes) != 1 || !strings.HasPrefix(notes[0], "media/intro.srt: not linted") {
		t.Errorf("stdin as a subtitle file: linted %v, notes %q", names, notes)
	}
	// Other names with .srt inside are drafts as usual.
	for path, want := range map[string]bool{"a.srt": true, "a.SRT": true, "b/c.vtt": true, "a.srt.md": false, "srt": false, "a.txt": false} {
		if got := IsSubtitleFile(path); got != want {
			t.Errorf("IsSubtitleFile(%q) = %v", path, got)
		}
	}
	r := run(t, Options{}, filepath.Join(dir, "reel.md"))
	if len(r) != 1 {
		t.Fatalf("%d results", len(r))
	}
	for _, f := range r[0].Findings {
		if f.Rule == "video-hook" && strings.Contains(f.Message.EN, "subtitle file") {
			t.Errorf("the draft should read its subtitles: %s", f.Message.EN)
		}
	}
}
