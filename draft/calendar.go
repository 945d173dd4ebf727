package draft

import (
	"strings"

	"github.com/postlint/postlint/i18n"
)

// CalendarColumns names the CSV header cells that carry each field. Header
// matching is case-insensitive; the first name present wins.
type CalendarColumns struct {
	Caption   []string `toml:"caption"`
	Platform  []string `toml:"platform"`
	Media     []string `toml:"media"`
	Alt       []string `toml:"alt"`
	Lang      []string `toml:"lang"`
	Date      []string `toml:"date"`
	Captions  []string `toml:"captions"`
	Images    []string `toml:"images"`
	Hook      []string `toml:"hook"`
	Title     []string `toml:"title"`
	Account   []string `toml:"account"`
	Subtitles []string `toml:"subtitles"`
}

// DefaultCalendarColumns are the header names recognised without config.
func DefaultCalendarColumns() CalendarColumns {
	return CalendarColumns{
		Caption:   []string{"caption", "text", "body", "copy", "teks", "keterangan"},
		Platform:  []string{"platform", "platforms", "channel", "kanal"},
		Media:     []string{"media", "format", "type", "jenis"},
		Alt:       []string{"alt", "alt_text", "alt text"},
		Lang:      []string{"lang", "language", "bahasa"},
		Date:      []string{"date", "schedule", "publish", "tanggal", "jadwal"},
		Captions:  []string{"captions", "subtitled"},
		Images:    []string{"images"},
		Hook:      []string{"hook"},
		Title:     []string{"title", "judul"},
		Account:   []string{"account", "akun"},
		Subtitles: []string{"subtitles"},
	}
}

// fields pairs each metadata key with its candidate header names.
func (c CalendarColumns) fields() []struct {
	key   string
	names []string
} {
	return []struct {
		key   string
		names []string
	}{
		{"caption", c.Caption}, {"platform", c.Platform}, {"media", c.Media}, {"alt", c.Alt},
		{"lang", c.Lang}, {"date", c.Date}, {"captions", c.Captions}, {"images", c.Images},
		{"hook", c.Hook}, {"title", c.Title}, {"account", c.Account}, {"subtitles", c.Subtitles},
	}
}

// csvField is one cell: its unquoted text and how it maps to the file.
type csvField struct {
	start, end int // file span of the cell, quotes included
	text       string
	segs       []segment
}

// csvRecord is one row with the file line it starts on.
type csvRecord struct {
	fields []csvField
}

// readCSV splits RFC 4180 CSV, keeping file offsets for every cell so that
// findings inside a multi-line quoted caption point at the right line.
// Malformed quoting is reported as the line of the bad quote.
func readCSV(src string, start int) ([]csvRecord, int) {
	var recs []csvRecord
	pos := start
	for pos < len(src) {
		var rec csvRecord
		for {
			f, next, bad := readCSVField(src, pos)
			if bad >= 0 {
				return recs, bad
			}
			rec.fields = append(rec.fields, f)
			pos = next
			if pos < len(src) && src[pos] == ',' {
				pos++
				continue
			}
			// end of record
			if pos < len(src) && src[pos] == '\r' {
				pos++
			}
			if pos < len(src) && src[pos] == '\n' {
				pos++
			}
			break
		}
		if len(rec.fields) != 1 || rec.fields[0].text != "" {
			recs = append(recs, rec)
		}
	}
	return recs, -1
}

// readCSVField reads one cell at pos; bad is the offset of a quoting error
// or -1.
func readCSVField(src string, pos int) (csvField, int, int) {
	f := csvField{start: pos}
	if pos < len(src) && src[pos] == '"' {
		var b builder
		i := pos + 1
		from := i
		for {
			q := strings.IndexByte(src[i:], '"')
			if q < 0 {
				return f, len(src), pos // never closed
			}
			q += i
			if q+1 < len(src) && src[q+1] == '"' {
				b.lineText(src, from, q+1) // keep one quote
				i = q + 2
				from = i
				continue
			}
			b.lineText(src, from, q)
			i = q + 1
			break
		}
		if i < len(src) && src[i] != ',' && src[i] != '\n' && src[i] != '\r' {
			return f, i, i // text after the closing quote
		}
		f.end, f.text, f.segs = i, string(b.buf), b.segs
		return f, i, -1
	}
	end := strings.IndexAny(src[pos:], ",\r\n")
	if end < 0 {
		end = len(src)
	} else {
		end += pos
	}
	f.end, f.text = end, src[pos:end]
	if end > pos {
		f.segs = []segment{{Text: 0, Src: pos}}
	}
	return f, end, -1
}

// parseCalendar reads a CSV content calendar: one post per row.
func parseCalendar(path, src string, opts Options) []*Post {
	lines := newLineIndex(src)
	start := 0
	if strings.HasPrefix(src, bom) {
		start = len(bom)
	}
	fileProblem := func(off int, msg i18n.Text) []*Post {
		pos := srcPos(src, lines, off)
		p := &Post{Path: path, Index: 1, Line: pos.Line, Format: FormatCSV, pos: &posMap{src: src, lines: lines}}
		p.Problems = []Problem{{Rule: "draft-error", Range: Range{Start: pos, End: pos}, Message: msg, Fatal: true}}
		return []*Post{p}
	}
	recs, bad := readCSV(src, start)
	if bad >= 0 {
		line := srcPos(src, lines, bad).Line
		// Report the rows before the error as usual, then the error.
		posts := calendarPosts(path, src, lines, recs, opts)
		if posts == nil {
			posts = []*Post{}
		}
		errPost := fileProblem(bad, i18n.Sprintf("malformed CSV quoting on line %d: a quoted cell must end with \" before the next comma or line end",
			"tanda kutip CSV rusak di baris %d: sel berkutip harus ditutup dengan \" sebelum koma atau akhir baris", line))
		errPost[0].Index = len(posts) + 1
		return append(posts, errPost...)
	}
	if len(recs) == 0 {
		return nil
	}
	cols := opts.Calendar
	if len(cols.Caption) == 0 {
		cols = DefaultCalendarColumns()
	}
	if headerIndex(recs[0], cols.Caption) < 0 {
		return fileProblem(recs[0].fields[0].start, i18n.Sprintf(
			"calendar has no caption column: the header needs one of %s",
			"kalender tidak punya kolom keterangan: header harus memuat salah satu dari %s",
			strings.Join(cols.Caption, ", ")))
	}
	return calendarPosts(path, src, lines, recs, opts)
}

func headerIndex(header csvRecord, names []string) int {
	for _, n := range names {
		for i, f := range header.fields {
			if strings.EqualFold(strings.TrimSpace(f.text), n) {
				return i
			}
		}
	}
	return -1
}

func calendarPosts(path, src string, lines []int, recs []csvRecord, opts Options) []*Post {
	if len(recs) < 2 {
		return nil
	}
	cols := opts.Calendar
	if len(cols.Caption) == 0 {
		cols = DefaultCalendarColumns()
	}
	type column struct {
		key string
		idx int
	}
	var colIdx []column
	for _, f := range cols.fields() {
		if i := headerIndex(recs[0], f.names); i >= 0 {
			colIdx = append(colIdx, column{f.key, i})
		}
	}
	var posts []*Post
	for _, rec := range recs[1:] {
		p := &Post{Path: path, Index: len(posts) + 1, Line: srcPos(src, lines, rec.fields[0].start).Line, Format: FormatCSV}
		v := validator{opts: opts}
		v.meta.keys = map[string]Range{}
		var caption *csvField
		for _, c := range colIdx {
			if c.idx >= len(rec.fields) {
				continue
			}
			f := &rec.fields[c.idx]
			if c.key == "caption" {
				caption = f
				continue
			}
			cell := strings.TrimSpace(f.text)
			if cell == "" {
				continue
			}
			where := Range{Start: srcPos(src, lines, f.start), End: srcPos(src, lines, f.end)}
			v.meta.keys[c.key] = where
			v.key(keyValue{key: c.key, where: where, val: cellValue(c.key, cell, where)})
		}
		if caption == nil || strings.TrimSpace(caption.text) == "" {
			continue // a planned slot with no copy yet
		}
		p.Meta, p.Problems = v.meta, v.problems
		m := &posMap{src: src, lines: lines}
		p.Text, m.segs = foldCell(caption.text, caption.segs)
		p.pos = m
		p.Index = len(posts) + 1
		posts = append(posts, p)
	}
	return posts
}

// foldCell folds line ends inside a cell and trims it, keeping the map.
func foldCell(text string, segs []segment) (string, []segment) {
	// Rebuild through the builder against a virtual source: map each cell
	// byte to its file offset via the segments.
	var b builder
	for i, s := range segs {
		end := len(text)
		if i+1 < len(segs) {
			end = segs[i+1].Text
		}
		piece := text[s.Text:end]
		// Copy piece by piece, CR handling included, with file offsets.
		off := 0
		for off < len(piece) {
			j := strings.IndexByte(piece[off:], '\r')
			if j < 0 {
				appendAt(&b, piece[off:], s.Src+off)
				break
			}
			appendAt(&b, piece[off:off+j], s.Src+off)
			if off+j+1 < len(piece) && piece[off+j+1] == '\n' {
				off += j + 1 // drop CR
				continue
			}
			appendAt(&b, "\n", s.Src+off+j)
			off += j + 1
		}
	}
	return trimText(b.buf, b.segs)
}

func appendAt(b *builder, s string, src int) {
	if s == "" {
		return
	}
	if len(b.segs) == 0 || b.next != src {
		b.segs = append(b.segs, segment{Text: len(b.buf), Src: src})
	}
	b.buf = append(b.buf, s...)
	b.next = src + len(s)
}

// cellValue turns a calendar cell into the value front matter would give.
func cellValue(key, cell string, where Range) value {
	switch key {
	case "platform":
		// Platforms are separated by , ; | / or spaces, but an alias may
		// hold a space ("tik tok"): a piece that is one is kept whole.
		var items []value
		for _, piece := range strings.FieldsFunc(cell, func(r rune) bool { return r == ',' || r == ';' || r == '|' || r == '/' }) {
			if _, ok := Canonical("platform", piece); ok {
				items = append(items, value{v: strings.TrimSpace(piece), where: where})
				continue
			}
			for _, p := range strings.Fields(piece) {
				items = append(items, value{v: p, where: where})
			}
		}
		return value{v: items, where: where}
	case "alt":
		var items []value
		for _, a := range strings.Split(cell, "|") {
			if a = strings.TrimSpace(a); a != "" {
				items = append(items, value{v: a, where: where})
			}
		}
		return value{v: items, where: where}
	case "captions":
		switch strings.ToLower(cell) {
		case "true", "yes", "ya", "1", "y":
			return value{v: true, where: where}
		case "false", "no", "tidak", "0", "n":
			return value{v: false, where: where}
		}
	case "images":
		n := 0
		for _, r := range cell {
			if r < '0' || r > '9' {
				return value{v: cell, where: where}
			}
			n = n*10 + int(r-'0')
			if n > 1e6 {
				return value{v: cell, where: where}
			}
		}
		return value{v: int64(n), where: where}
	}
	return value{v: cell, where: where}
}
