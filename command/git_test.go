package command

import "testing"

func TestFrontMatterOnly(t *testing.T) {
	for in, want := range map[string]string{
		"---\nsubtitles: a.srt\n---\nIsi panjang\n":        "---\nsubtitles: a.srt\n---\n",
		"\uFEFF---\r\nsubtitles: a.srt\r\n...\r\nIsi":      "\uFEFF---\r\nsubtitles: a.srt\r\n...\r\n",
		"+++\nsubtitles = \"a.srt\"\n+++\nIsi":             "+++\nsubtitles = \"a.srt\"\n+++\n",
		"+++\nsubtitles = \"a.srt\"\n...\nIsi tanpa tutup": "",
		"Isi yang menyebut a.srt\n---\nsubtitles: a.srt\n": "",
		"---\nsubtitles: a.srt\n":                          "",
		"":                                                 "",
	} {
		if got := string(frontMatterOnly([]byte(in))); got != want {
			t.Errorf("frontMatterOnly(%q) = %q, want %q", in, got, want)
		}
	}
}
