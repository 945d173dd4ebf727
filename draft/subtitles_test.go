package draft

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestSubtitlesFrom(t *testing.T) {
	ms := func(n int) time.Duration { return time.Duration(n) * time.Millisecond }
	tests := []struct {
		file string
		want []Cue
	}{
		{"good.srt", []Cue{
			{Start: ms(500), End: ms(2800), Text: "KTP-el kini bisa dicetak dalam 1 jam.", Line: 2},
			{Start: ms(3000), End: ms(5250), Text: "Datang ke kecamatan terdekat.", Line: 7},
		}},
		{"good.vtt", []Cue{
			{Start: ms(4200), End: ms(6000), Text: "Hi, I'm Budi & tim", Line: 10},
			{Start: ms(6000), End: ms(8000), Text: "Selamat datang.", Line: 13},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "subtitles", tt.file)
			subs := SubtitlesFrom(path, readTestdata(t, path))
			if subs.Err != nil {
				t.Fatal(subs.Err)
			}
			got := subs.Cues
			if len(got) != len(tt.want) || subs.Path != path {
				t.Fatalf("got %d cues %+v from %s, want %d", len(got), got, subs.Path, len(tt.want))
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("cue %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func readTestdata(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestSubtitlesFromErrors(t *testing.T) {
	tests := []struct {
		file string
		line int
		msg  string
	}{
		{"bad-timing.srt", 6, "expected a timing line"},
		{"backwards.srt", 2, "the cue ends before it starts"},
		{"no-header.vtt", 1, "must start with \"WEBVTT\""},
		{"empty.srt", 1, "no subtitle cues"},
		{"bad-seconds.vtt", 3, "minutes and seconds go up to 59"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "subtitles", tt.file)
			se := SubtitlesFrom(path, readTestdata(t, path)).Err
			if se == nil {
				t.Fatal("no error")
			}
			if se.Line != tt.line || !strings.Contains(se.Msg.EN, tt.msg) || se.Msg.ID == "" || se.Path != path {
				t.Errorf("err = %+v, want line %d and %q", se, tt.line, tt.msg)
			}
			if !strings.HasPrefix(se.Error(), fmt.Sprintf("%s:%d: ", path, tt.line)) {
				t.Errorf("error %q should name the file and line", se)
			}
		})
	}
}

// TestSubtitleErrorsNeverQuoteTheFile: front matter can point anywhere, so
// a file that does not parse is described by its line only; its content
// (a password file, a key) never reaches a report.
func TestSubtitleErrorsNeverQuoteTheFile(t *testing.T) {
	const secret = "hunter2"
	for _, tt := range []struct{ data, ext string }{
		{"root:x:0:0:" + secret + ":/root:/bin/bash\n", ".srt"},
		{"root:x:0:0:" + secret + ":/root:/bin/bash\n", ".vtt"},
		{"1\n00:00:01,000 --> 00:00:02,000\nSatu\n\n" + secret + "\n", ".srt"},
		{"WEBVTT\n\n" + secret + "\n\n", ".vtt"},
		{"WEBVTT\n\nid\n" + secret + " --> 00:01.000\n", ".vtt"},
		{"1\n99:00:61,000 --> 00:00:02,000\n" + secret + "\n", ".srt"},
		{"1\n00:00:05,000 --> 00:00:02,000\n" + secret + "\n", ".srt"},
		{"1\n5000:00:01,000 --> 5000:00:02,000\n" + secret + "\n", ".srt"},
		{"AWS_SECRET=" + secret, ".txt"},
	} {
		se := SubtitlesFrom("x"+tt.ext, []byte(tt.data)).Err
		if se == nil {
			t.Errorf("%q parsed", tt.data)
			continue
		}
		for _, text := range []string{se.Msg.EN, se.Msg.ID, se.Error()} {
			if strings.Contains(text, secret) || strings.Contains(text, "root:") || strings.Contains(text, "99:00") || strings.Contains(text, "5000") {
				t.Errorf("%q: the message quotes the file: %s", tt.data, text)
			}
		}
		if se.Line < 1 {
			t.Errorf("%q: no line in %s", tt.data, se)
		}
	}
}

func TestParseSubtitles(t *testing.T) {
	tests := []struct {
		name, data, ext string
		cues            int
		line            int
		msg             string
	}{
		{"srt without numbers", "00:00:01,000 --> 00:00:02,000\nSatu\n\n00:00:02,000 --> 00:00:03,000\nDua\n", ".srt", 2, 0, ""},
		{"srt with dot and no hours", "1\n00:01.5 --> 00:02.25\nHalo\n", ".srt", 1, 0, ""},
		{"srt number at end", "1\n00:00:01,000 --> 00:00:02,000\nSatu\n\n2", ".srt", 0, 5, "cue number without a timing line"},
		{"vtt sniffed from content", "WEBVTT\n\n00:00.000 --> 00:01.000\nHai\n", ".txt", 1, 0, ""},
		{"vtt identifier without timing", "WEBVTT\n\nintro\n\n", ".vtt", 0, 3, "a cue identifier has no timing line"},
		{"vtt cue settings", "WEBVTT\n\n00:00.000 --> 00:01.000 line:0 position:20%\n<c.kuning>Hai</c>\n", ".vtt", 1, 0, ""},
		{"ass override tags", "1\n00:00:00,000 --> 00:00:01,000\n{\\an8}Di atas\n", ".srt", 1, 0, ""},
		{"binary", "1\n\x00\x01", ".srt", 0, 1, "binary"},
		{"invalid utf-8", "1\n00:00:00,000 --> 00:00:01,000\nbad \xff\n", ".srt", 0, 3, "not valid UTF-8"},
		{"only blank lines", "\n\n\n", ".srt", 0, 1, "no subtitle cues"},
		{"utf-16", string(utf16Bytes("1\r\n00:00:01,000 --> 00:00:02,000\r\nHalo\r\n", false, true)), ".srt", 0, 1, "UTF-16 text: save the subtitles as UTF-8"},
		{"utf-16 without BOM", string(utf16Bytes("WEBVTT\n\n00:00.000 --> 00:01.000\nHai\n", true, false)), ".vtt", 0, 1, "UTF-16 text: save the subtitles as UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cues, line, msg := ParseSubtitles([]byte(tt.data), tt.ext)
			if len(cues) != tt.cues || line != tt.line || !strings.Contains(msg.EN, tt.msg) || (tt.msg == "") != msg.IsZero() {
				t.Errorf("got %d cues, line %d, %q; want %d, %d, %q", len(cues), line, msg.EN, tt.cues, tt.line, tt.msg)
			}
		})
	}
	cues, _, _ := ParseSubtitles([]byte("1\n00:01.5 --> 00:02.25\n<b>Halo</b>\n"), ".srt")
	if len(cues) != 1 || cues[0].Start != 1500*time.Millisecond || cues[0].End != 2250*time.Millisecond || cues[0].Text != "Halo" {
		t.Errorf("short timestamps: %+v", cues)
	}
}

func FuzzParseSubtitles(f *testing.F) {
	for _, name := range []string{"good.srt", "good.vtt", "bad-timing.srt"} {
		data, err := os.ReadFile(filepath.Join("testdata", "subtitles", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, filepath.Ext(name))
	}
	f.Fuzz(func(t *testing.T, data []byte, ext string) {
		cues, line, msg := ParseSubtitles(data, ext)
		if msg.IsZero() && len(cues) == 0 {
			t.Error("no cues and no error")
		}
		if !msg.IsZero() && line < 1 {
			t.Errorf("error %q without a line", msg.EN)
		}
	})
}
