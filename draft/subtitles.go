package draft

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/lazyre"
)

// Cue is one subtitle cue of an SRT or WebVTT file.
type Cue struct {
	Start, End time.Duration
	// Text is the cue's text with markup removed and lines joined by a
	// space.
	Text string
	// Line is the 1-based line of the cue's timing line in the file.
	Line int
}

// SubtitleError is a problem with a subtitle file, at a line of it (0 when
// the file could not be read at all).
type SubtitleError struct {
	Path string
	Line int
	Msg  i18n.Text
}

func (e *SubtitleError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg.EN)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg.EN)
}

// Subtitles is the subtitle file a post names in front matter
// (`subtitles`), read before the rules run: its cues, or the problem that
// kept them from being read. Path is the file as shown in findings.
type Subtitles struct {
	Path string
	Cues []Cue
	Err  *SubtitleError
}

// SubtitlesFrom parses the content of a subtitle file shown as path. The
// format comes from the extension, or from a "WEBVTT" first line when the
// extension is neither. An empty or malformed file is a problem naming the
// line; the messages never quote the file, which may be anything.
func SubtitlesFrom(path string, data []byte) *Subtitles {
	cues, line, msg := ParseSubtitles(data, strings.ToLower(filepath.Ext(path)))
	if !msg.IsZero() {
		return &Subtitles{Path: path, Err: &SubtitleError{Path: path, Line: line, Msg: msg}}
	}
	return &Subtitles{Path: path, Cues: cues}
}

// ParseSubtitles parses subtitle data. ext is ".srt" or ".vtt" (anything
// else sniffs for a WEBVTT header). On failure it returns the 1-based line
// of the problem and a message.
func ParseSubtitles(data []byte, ext string) (cues []Cue, line int, msg i18n.Text) {
	if isUTF16(data) {
		return nil, 1, i18n.T("UTF-16 text: save the subtitles as UTF-8", "teks UTF-16: simpan subtitle sebagai UTF-8")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, 1, i18n.T("binary data (NUL bytes): not a subtitle file", "data biner (byte NUL): bukan berkas subtitle")
	}
	if !utf8.Valid(data) {
		bad := 0
		for bad < len(data) {
			r, n := utf8.DecodeRune(data[bad:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			bad += n
		}
		return nil, 1 + bytes.Count(data[:bad], []byte{'\n'}), i18n.T("not valid UTF-8: save the subtitles as UTF-8", "bukan UTF-8 yang sah: simpan subtitle sebagai UTF-8")
	}
	text := strings.TrimPrefix(string(data), "\uFEFF")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	vtt := ext == ".vtt" || ext != ".srt" && isVTTHeader(lines[0])
	if vtt {
		cues, line, msg = parseVTT(lines)
	} else {
		cues, line, msg = parseSRT(lines)
	}
	if msg.IsZero() && len(cues) == 0 {
		return nil, 1, i18n.T("no subtitle cues in the file", "tidak ada satu pun cue subtitle di berkas ini")
	}
	return cues, line, msg
}

func isVTTHeader(l string) bool {
	return l == "WEBVTT" || strings.HasPrefix(l, "WEBVTT ") || strings.HasPrefix(l, "WEBVTT\t")
}

// timingRe matches a cue timing line; hours are optional (WebVTT allows
// mm:ss.ttt, and many SRT writers drop them too), and both ',' and '.' are
// accepted before the milliseconds. Settings may follow the end time.
var timingRe = lazyre.New(`^\s*((?:\d+:)?\d{1,2}:\d{1,2}[,.]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{1,2}[,.]\d{1,3})(?:\s.*)?$`)

// parseTiming reads a timing line; ok is false when it is not one.
func parseTiming(l string) (start, end time.Duration, ok bool, msg i18n.Text) {
	m := timingRe.FindStringSubmatch(l)
	if m == nil {
		return 0, 0, false, i18n.Text{}
	}
	start, err1 := parseTimestamp(m[1])
	end, err2 := parseTimestamp(m[2])
	switch {
	case !err1.IsZero():
		return 0, 0, true, err1
	case !err2.IsZero():
		return 0, 0, true, err2
	case end < start:
		return 0, 0, true, i18n.T("the cue ends before it starts", "cue berakhir sebelum mulai")
	}
	return start, end, true, i18n.Text{}
}

// parseTimestamp reads [hh:]mm:ss,ttt or [hh:]mm:ss.ttt.
func parseTimestamp(s string) (time.Duration, i18n.Text) {
	sep := strings.LastIndexAny(s, ",.")
	frac := s[sep+1:]
	parts := strings.Split(s[:sep], ":")
	var h, m, sec int
	var err error
	if len(parts) == 3 {
		if h, err = strconv.Atoi(parts[0]); err != nil {
			return 0, i18n.T("bad hours in a timestamp", "jam tidak sah di stempel waktu")
		}
		parts = parts[1:]
	}
	m, _ = strconv.Atoi(parts[0])
	sec, _ = strconv.Atoi(parts[1])
	if m > 59 || sec > 59 {
		return 0, i18n.T("bad timestamp: minutes and seconds go up to 59", "stempel waktu tidak sah: menit dan detik paling besar 59")
	}
	for len(frac) < 3 {
		frac += "0"
	}
	ms, _ := strconv.Atoi(frac)
	if h > 1000 {
		return 0, i18n.T("bad timestamp: hours go up to 1000", "stempel waktu tidak sah: jam paling besar 1000")
	}
	d := time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(sec)*time.Second + time.Duration(ms)*time.Millisecond
	return d, i18n.Text{}
}

// parseSRT reads SubRip: blocks separated by blank lines, each an optional
// number, a timing line and text lines.
func parseSRT(lines []string) ([]Cue, int, i18n.Text) {
	var cues []Cue
	for i := 0; i < len(lines); {
		if strings.TrimSpace(lines[i]) == "" {
			i++
			continue
		}
		blockStart := i
		if _, err := strconv.Atoi(strings.TrimSpace(lines[i])); err == nil {
			i++
		}
		if i >= len(lines) {
			return nil, blockStart + 1, i18n.T("cue number without a timing line", "nomor cue tanpa baris waktu")
		}
		cue, next, bad, msg := readCue(lines, i, "00:00:01,000 --> 00:00:03,500")
		if bad > 0 {
			return nil, bad, msg
		}
		i = next
		cues = append(cues, cue)
	}
	return cues, 0, i18n.Text{}
}

// parseVTT reads WebVTT: a WEBVTT header, then blocks separated by blank
// lines. NOTE, STYLE and REGION blocks are skipped; a cue is an optional
// identifier line, a timing line and text lines.
func parseVTT(lines []string) ([]Cue, int, i18n.Text) {
	if !isVTTHeader(lines[0]) {
		return nil, 1, i18n.T("a WebVTT file must start with \"WEBVTT\"", "berkas WebVTT harus diawali \"WEBVTT\"")
	}
	i := 1
	for i < len(lines) && strings.TrimSpace(lines[i]) != "" {
		i++ // header metadata
	}
	var cues []Cue
	for i < len(lines) {
		if strings.TrimSpace(lines[i]) == "" {
			i++
			continue
		}
		first := strings.TrimSpace(lines[i])
		if first == "NOTE" || strings.HasPrefix(first, "NOTE ") || strings.HasPrefix(first, "NOTE\t") ||
			first == "STYLE" || first == "REGION" {
			for i < len(lines) && strings.TrimSpace(lines[i]) != "" {
				i++
			}
			continue
		}
		if !strings.Contains(lines[i], "-->") {
			i++ // cue identifier
			if i >= len(lines) || strings.TrimSpace(lines[i]) == "" {
				return nil, i, i18n.T("a cue identifier has no timing line", "pengenal cue tidak punya baris waktu")
			}
		}
		cue, next, bad, msg := readCue(lines, i, "00:01.000 --> 00:03.500")
		if bad > 0 {
			return nil, bad, msg
		}
		i = next
		cues = append(cues, cue)
	}
	return cues, 0, i18n.Text{}
}

// markupRe matches the markup subtitle text carries: HTML-like tags (<i>,
// <font color=...>, WebVTT <v Name>, <c.yellow>, <00:00:01.000>) and ASS
// override blocks ({\an8}).
var markupRe = lazyre.New(`<[^<>\n]*>|\{\\[^{}\n]*\}`)

var entityReplacer = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&nbsp;", " ", "&apos;", "'", "&quot;", "\"", "&lrm;", "", "&rlm;", "")

// cueText joins a cue's lines and removes markup.
func cueText(lines []string) string {
	s := strings.Join(lines, " ")
	s = markupRe.ReplaceAllString(s, "")
	s = entityReplacer.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// readCue reads the timing line at lines[i] and the text lines after it.
// example shows the expected timing in the error; bad is the 1-based line
// of a problem, 0 when the cue is fine.
func readCue(lines []string, i int, example string) (cue Cue, next, bad int, msg i18n.Text) {
	start, end, ok, tmsg := parseTiming(lines[i])
	if !ok {
		return Cue{}, 0, i + 1, i18n.Sprintf("expected a timing line such as \"%s\"",
			"seharusnya baris waktu seperti \"%s\"", example)
	}
	if !tmsg.IsZero() {
		return Cue{}, 0, i + 1, tmsg
	}
	cue = Cue{Start: start, End: end, Line: i + 1}
	i++
	var text []string
	for i < len(lines) && strings.TrimSpace(lines[i]) != "" {
		text = append(text, lines[i])
		i++
	}
	cue.Text = cueText(text)
	return cue, i, 0, i18n.Text{}
}
