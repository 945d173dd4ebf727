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

// csvField is one cell: its span in the file, quotes included.
type csvField struct {
	start, end int
	quoted     bool
}

// text returns the cell's text: quotes undone and, inside quotes, line
// ends folded to LF. A cell that needs neither is a slice of the file.
func (f csvField) text(src string) string {
	if !f.quoted {
		return src[f.start:f.end]
	}
	inner := src[f.start+1 : f.end-1]
	if strings.IndexByte(inner, '"') < 0 && strings.IndexByte(inner, '\r') < 0 {
		return inner
	}
	var b builder
	f.unquote(&b, src)
	return string(b.buf)
}

// unquote copies a quoted cell's text into b, one quote of each doubled
// pair kept and line ends folded, recording where each piece came from.
func (f csvField) unquote(b *builder, src string) {
	from := f.start + 1
	for from < f.end-1 {
		q := from + strings.IndexByte(src[from:f.end-1], '"')
		if q < from {
			break
		}
		b.lineText(src, from, q+1) // keep one quote of the pair
		from = q + 2
	}
	b.lineText(src, from, f.end-1)
}

// csvReader splits RFC 4180 CSV one record at a time, keeping the file
// span of every cell so that findings inside a multi-line quoted caption
// point at the right line. Records are not kept: a calendar of a million
// rows costs its posts, not its cells.
type csvReader struct {
	src    string
	pos    int
	bad    int        // offset of the first quoting error, or -1
	fields []csvField // the record last read, reused for the next
}

// next reads the next record that is not blank into r.fields. It returns
// false at the end of the file and at a quoting error (r.bad).
func (r *csvReader) next() bool {
	for r.pos < len(r.src) && r.bad < 0 {
		r.fields = r.fields[:0]
		for {
			f, next, bad := readCSVField(r.src, r.pos)
			if bad >= 0 {
				r.bad = bad
				return false
			}
			r.fields = append(r.fields, f)
			r.pos = next
			if r.pos < len(r.src) && r.src[r.pos] == ',' {
				r.pos++
				continue
			}
			// end of record
			if r.pos < len(r.src) && r.src[r.pos] == '\r' {
				r.pos++
			}
			if r.pos < len(r.src) && r.src[r.pos] == '\n' {
				r.pos++
			}
			break
		}
		if len(r.fields) != 1 || r.fields[0].text(r.src) != "" {
			return true
		}
	}
	return false
}

// readCSVField reads one cell at pos; bad is the offset of a quoting error
// or -1. Malformed quoting is reported at the opening quote of a cell that
// is never closed, or at the text after a closing quote.
func readCSVField(src string, pos int) (csvField, int, int) {
	f := csvField{start: pos}
	if pos < len(src) && src[pos] == '"' {
		i := pos + 1
		for {
			q := strings.IndexByte(src[i:], '"')
			if q < 0 {
				return f, len(src), pos // never closed
			}
			q += i
			if q+1 < len(src) && src[q+1] == '"' {
				i = q + 2
				continue
			}
			i = q + 1
			break
		}
		if i < len(src) && src[i] != ',' && src[i] != '\n' && src[i] != '\r' {
			return f, i, i // text after the closing quote
		}
		f.end, f.quoted = i, true
		return f, i, -1
	}
	end := strings.IndexAny(src[pos:], ",\r\n")
	if end < 0 {
		end = len(src)
	} else {
		end += pos
	}
	f.end = end
	return f, end, -1
}

// parseCalendar reads a CSV content calendar: one post per row.
func parseCalendar(path, src string, opts Options) []*Post {
	s := newSource(src)
	start := 0
	if strings.HasPrefix(src, bom) {
		start = len(bom)
	}
	fileProblem := func(off int, msg i18n.Text) *Post {
		pos := s.pos(off)
		p := &Post{Path: path, Index: 1, Line: pos.Line, Format: FormatCSV, pos: posMap{src: s}}
		p.Problems = []Problem{{Rule: "draft-error", Range: Range{Start: pos, End: pos}, Message: msg, Fatal: true}}
		return p
	}
	// Rows before a quoting error are reported as usual, then the error.
	quoting := func(posts []*Post, bad int) []*Post {
		p := fileProblem(bad, i18n.Sprintf("malformed CSV quoting on line %d: a quoted cell must end with \" before the next comma or line end",
			"tanda kutip CSV rusak di baris %d: sel berkutip harus ditutup dengan \" sebelum koma atau akhir baris", s.pos(bad).Line))
		p.Index = len(posts) + 1
		return append(posts, p)
	}
	r := &csvReader{src: src, pos: start, bad: -1}
	if !r.next() {
		if r.bad >= 0 {
			return quoting([]*Post{}, r.bad)
		}
		return nil
	}
	header := append([]csvField(nil), r.fields...)
	cols := opts.Calendar
	if len(cols.Caption) == 0 {
		cols = DefaultCalendarColumns()
	}
	if headerIndex(src, header, cols.Caption) < 0 {
		for r.next() {
		}
		if r.bad >= 0 { // the quoting error is the one to fix first
			return quoting([]*Post{}, r.bad)
		}
		return []*Post{fileProblem(header[0].start, i18n.Sprintf(
			"calendar has no caption column: the header needs one of %s",
			"kalender tidak punya kolom keterangan: header harus memuat salah satu dari %s",
			strings.Join(cols.Caption, ", ")))}
	}
	var colIdx []column
	for _, f := range cols.fields() {
		if i := headerIndex(src, header, f.names); i >= 0 {
			colIdx = append(colIdx, column{f.key, i})
		}
	}
	var posts []*Post
	for r.next() {
		if p := calendarPost(path, s, r.fields, colIdx, opts); p != nil {
			p.Index = len(posts) + 1
			posts = append(posts, p)
		}
	}
	if r.bad >= 0 {
		if posts == nil {
			posts = []*Post{}
		}
		return quoting(posts, r.bad)
	}
	return posts
}

func headerIndex(src string, header []csvField, names []string) int {
	for _, n := range names {
		for i, f := range header {
			if strings.EqualFold(strings.TrimSpace(f.text(src)), n) {
				return i
			}
		}
	}
	return -1
}

// column is a metadata key and the index of its cell in a row.
type column struct {
	key string
	idx int
}

// calendarPost reads one row into a post, or returns nil for a planned
// slot with no caption yet. The post shares the file's text and index;
// its caption is a slice of the file unless quotes or line ends had to be
// undone.
func calendarPost(path string, s *source, row []csvField, colIdx []column, opts Options) *Post {
	var caption *csvField
	v := validator{opts: opts}
	for _, c := range colIdx {
		if c.idx >= len(row) {
			continue
		}
		f := &row[c.idx]
		if c.key == "caption" {
			caption = f
			continue
		}
		cell := strings.TrimSpace(f.text(s.text))
		if cell == "" {
			continue
		}
		where := Range{Start: s.pos(f.start), End: s.pos(f.end)}
		if v.meta.keys == nil {
			v.meta.keys = make([]keyRange, 0, len(colIdx)-1)
		}
		v.meta.SetKeyRange(c.key, where)
		v.key(keyValue{key: c.key, where: where, val: cellValue(c.key, cell, where)})
	}
	if caption == nil || strings.TrimSpace(caption.text(s.text)) == "" {
		return nil
	}
	p := &Post{Path: path, Line: s.pos(row[0].start).Line, Format: FormatCSV, Meta: v.meta, Problems: v.problems}
	p.pos.src = s
	p.pos.cell = &cellSpan{start: caption.start, end: caption.end, quoted: caption.quoted}
	p.Text, p.pos.segs = captionText(s.text, *caption)
	return p
}

// captionText returns a caption cell's text as a post, line ends folded
// and outer blank space trimmed, with its position map.
func captionText(src string, f csvField) (string, []segment) {
	from, to := f.start, f.end
	if f.quoted {
		from, to = from+1, to-1
	}
	if !f.quoted || strings.IndexByte(src[from:to], '"') < 0 && strings.IndexByte(src[from:to], '\r') < 0 {
		for from < to && isSpaceByte(src[from]) {
			from++
		}
		for to > from && isSpaceByte(src[to-1]) {
			to--
		}
		return src[from:to], []segment{{Text: 0, Src: from}}
	}
	var b builder
	f.unquote(&b, src)
	return foldCell(string(b.buf), b.segs)
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
