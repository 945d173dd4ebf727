// Package draft reads draft posts (Markdown and text files with front
// matter, CSV, TSV and .xlsx content calendars, stdin) into the text a user will paste, the
// post's metadata, and a map from every byte of that text back to a line and
// column of the original file. It never modifies a file.
package draft

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
)

const bom = "\uFEFF"

// Formats a draft can have, chosen from its file extension.
const (
	FormatMarkdown = "markdown"
	FormatText     = "text"
	FormatCSV      = "csv"
	FormatTSV      = "tsv"
	FormatXLSX     = "xlsx"
)

// FormatOf returns the draft format for a path, or "" when postlint does not
// lint files of that kind.
func FormatOf(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return FormatMarkdown
	case ".txt":
		return FormatText
	case ".csv":
		return FormatCSV
	case ".tsv":
		return FormatTSV
	case ".xlsx":
		return FormatXLSX
	}
	return ""
}

// IsCalendar reports whether a format holds one post per row.
func IsCalendar(format string) bool {
	return format == FormatCSV || format == FormatTSV || format == FormatXLSX
}

// Problem is something wrong with a draft itself (bad front matter, an
// unreadable file) rather than with its content.
type Problem struct {
	Rule       string // front-matter or draft-error
	Range      Range
	Message    i18n.Text
	Suggestion i18n.Text
	// Fatal problems stop the post's content from being linted.
	Fatal bool
}

// Post is one post to lint: a file, or one row of a calendar.
type Post struct {
	Path  string
	Index int // 1-based within the file
	// Line is the file line the post starts on: 1 for a document, the
	// row's first line in a calendar (its row in a workbook).
	Line int
	// Row is the calendar row the post comes from, as a spreadsheet
	// numbers it (the header is a row too); 0 in a document.
	Row    int
	Format string
	// Text is what the user will paste: the body without front matter and
	// HTML comments, with line ends folded to LF and outer blank space
	// trimmed.
	Text       string
	Meta       Meta
	Problems   []Problem
	Directives []Directive
	// Subtitles is the file front matter `subtitles` names, once the
	// engine has read it; nil until then.
	Subtitles *Subtitles
	pos       posMap
}

// Range maps a byte span of Text to the original file.
func (p *Post) Range(start, end int) Range {
	if p.pos.sheet != nil {
		return cellRange(p.pos.caption)
	}
	if p.pos.src == nil {
		return Range{Start: Position{1, 1}, End: Position{1, 1}}
	}
	r := p.pos.mapRange(p.Text, start, end)
	r.Cell = p.pos.caption
	return r
}

// Fatal reports whether a problem keeps the content from being linted.
func (p *Post) Fatal() bool {
	for _, pr := range p.Problems {
		if pr.Fatal {
			return true
		}
	}
	return false
}

// Options tune how drafts are read.
type Options struct {
	// KnownRule tells whether a rule ID exists, to check front matter
	// `postlint.disable` lists. Nil accepts every ID.
	KnownRule func(id string) bool
	// RuleIDs lists rule IDs for "did you mean" hints.
	RuleIDs []string
	// Calendar names the calendar columns; the zero value uses the
	// defaults.
	Calendar CalendarColumns
	// MaxDraftSize is the draft size cap (max_draft_size), which the
	// caller applies to the file; a workbook may unpack to 8 times it.
	// Zero means 8 MiB.
	MaxDraftSize int64
}

// Parse reads one file's content into posts. format is one of the Format
// constants. It never fails: problems become findings on the posts.
func Parse(path, format string, data []byte, opts Options) []*Post {
	if format == FormatXLSX {
		return parseWorkbook(path, data, opts)
	}
	if msg, ok := binaryOrInvalid(data); !ok {
		p := &Post{Path: path, Index: 1, Line: 1, Format: format}
		p.Problems = append(p.Problems, Problem{
			Rule:    "draft-error",
			Range:   Range{Start: Position{1, 1}, End: Position{1, 1}},
			Message: msg,
			Fatal:   true,
		})
		return []*Post{p}
	}
	src := string(data)
	if format == FormatCSV || format == FormatTSV {
		return parseCalendar(path, format, src, opts)
	}
	return parseDocument(path, format, src, opts)
}

// binaryOrInvalid rejects files that are not UTF-8 text.
func binaryOrInvalid(data []byte) (i18n.Text, bool) {
	if isUTF16(data) {
		return i18n.T("UTF-16 text: save the draft as UTF-8", "teks UTF-16: simpan draf sebagai UTF-8"), false
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return i18n.T("binary file (contains NUL bytes): not a draft",
			"berkas biner (berisi byte NUL), bukan draf"), false
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalid(data)], []byte{'\n'})
		return i18n.Sprintf("not valid UTF-8 (first bad byte on line %d): save the draft as UTF-8",
			"bukan UTF-8 yang sah (byte rusak pertama di baris %d): simpan draf sebagai UTF-8", line), false
	}
	return i18n.Text{}, true
}

// isUTF16 reports text saved as UTF-16 (Windows editors call it "Unicode"):
// a UTF-16 byte-order mark, which cannot start UTF-8, or, without one, the
// NUL byte in every other position that UTF-16 gives Latin text, decoding
// to printable text. Binary data with NUL bytes fails the second test.
func isUTF16(data []byte) bool {
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		return true
	}
	if bytes.IndexByte(data, 0) < 0 {
		return false
	}
	sample := data[:min(len(data), utf16Sample)&^1]
	return utf16Text(sample, false) || utf16Text(sample, true)
}

// utf16Sample is how many leading bytes isUTF16 decodes.
const utf16Sample = 1024

// utf16Text reports whether b decodes as UTF-16 to printable text of which
// at least half is Latin (code points below U+0100, one NUL byte each).
func utf16Text(b []byte, bigEndian bool) bool {
	units := make([]uint16, len(b)/2)
	for i := range units {
		lo, hi := b[2*i], b[2*i+1]
		if bigEndian {
			lo, hi = hi, lo
		}
		units[i] = uint16(hi)<<8 | uint16(lo)
	}
	if n := len(units); n > 0 && utf16.IsSurrogate(rune(units[n-1])) && units[n-1] < 0xDC00 {
		units = units[:n-1] // a pair cut by the sample's end
	}
	latin := 0
	for _, r := range utf16.Decode(units) {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
		case r == utf8.RuneError || !unicode.IsGraphic(r):
			return false
		}
		if r < 0x100 {
			latin++
		}
	}
	return len(units) > 0 && 2*latin >= len(units)
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// document is what a Markdown or text draft is read into, made in one
// allocation rather than four: its post, the post's source with room for
// the line index of most drafts, and the list Parse returns.
type document struct {
	post  Post
	src   source
	lines [docLines]int
	list  [1]*Post
}

// docLines is the number of lines whose index a document holds in place;
// most drafts have fewer.
const docLines = 16

// parseDocument reads a Markdown or text draft: optional front matter, then
// the body. It returns the post in a list of one.
func parseDocument(path, format, src string, opts Options) []*Post {
	d := new(document)
	d.src.init(src, d.lines[:0])
	p := &d.post
	*p = Post{Path: path, Index: 1, Line: 1, Format: format}
	p.pos.src = &d.src
	d.list[0] = p
	readDocument(p, &d.src, opts)
	return d.list[:]
}

// readDocument reads the draft in s into p, whose path and format are
// set: its front matter, then the body.
func readDocument(p *Post, s *source, opts Options) {
	src, format := s.text, p.Format

	bodyStart := 0
	if strings.HasPrefix(src, bom) {
		bodyStart = len(bom)
	}
	fm, ok := splitFrontMatter(src, bodyStart)
	if fm.delim != "" {
		if !ok {
			p.Problems = append(p.Problems, Problem{
				Rule:  "front-matter",
				Range: Range{Start: s.pos(bodyStart), End: s.pos(bodyStart + 3)},
				Message: i18n.Sprintf("front matter opened with %q on line 1 is never closed",
					"front matter dibuka dengan %q di baris 1 tetapi tidak pernah ditutup", fm.delim),
				Suggestion: i18n.Sprintf("add a closing %q line after the metadata", "tambahkan baris penutup %q setelah metadata", fm.delim),
				Fatal:      true,
			})
			return
		}
		p.Meta, p.Problems = parseMeta(fm, s, opts)
		bodyStart = fm.bodyStart
	}

	if body := src[bodyStart:]; strings.IndexByte(body, '\r') < 0 && (format != FormatMarkdown || !strings.Contains(body, "<!--")) {
		// No line end to fold and no comment to cut: the text is a piece
		// of the file as it stands, with no copy to build.
		p.Text, p.pos.segs = trimPiece(src, bodyStart, &p.pos.one)
		return
	}
	var b builder
	if format == FormatMarkdown {
		p.Directives = stripComments(&b, s, bodyStart, len(src))
	} else {
		b.lineText(src, bodyStart, len(src))
	}
	p.Text, p.pos.segs = trimText(b.buf, b.segs)
}

// trimText drops leading and trailing blank space, adjusting the segments.
func trimText(buf []byte, segs []segment) (string, []segment) {
	lead := 0
	for lead < len(buf) && isSpaceByte(buf[lead]) {
		lead++
	}
	end := len(buf)
	for end > lead && isSpaceByte(buf[end-1]) {
		end--
	}
	text := string(buf[lead:end])
	if lead == 0 {
		return text, segs
	}
	out := segs[:0]
	for i, s := range segs {
		next := len(buf)
		if i+1 < len(segs) {
			next = segs[i+1].Text
		}
		if next <= lead {
			continue
		}
		if s.Text < lead {
			s.Src += lead - s.Text
			s.Text = lead
		}
		s.Text -= lead
		out = append(out, s)
	}
	return text, out
}

// trimPiece is what the builder and trimText make of src[from:] when it
// holds nothing to cut or fold: the piece without its outer blank space,
// as a slice of src, and the one segment that maps it back, held in one.
func trimPiece(src string, from int, one *[1]segment) (string, []segment) {
	lead := from
	for lead < len(src) && isSpaceByte(src[lead]) {
		lead++
	}
	end := len(src)
	for end > lead && isSpaceByte(src[end-1]) {
		end--
	}
	if lead == end {
		return "", nil
	}
	one[0] = segment{Text: 0, Src: lead}
	return src[lead:end], one[:]
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// SourceLine returns line n (1-based) of the original file without its line
// end, for showing a finding in context; "" when out of range.
func (p *Post) SourceLine(n int) string {
	if p.pos.src == nil {
		return ""
	}
	return p.pos.src.line(n)
}
