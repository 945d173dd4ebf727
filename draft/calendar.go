package draft

import (
	"strings"
	"unicode"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/platform"
)

// CalendarColumns names the header cells that carry each field of a
// calendar (CSV or workbook). Header matching ignores case, spaces,
// underscores and hyphens; the first name present wins.
type CalendarColumns struct {
	Caption  []string `toml:"caption"`
	Platform []string `toml:"platform"`
	Media    []string `toml:"media"`
	Alt      []string `toml:"alt"`
	Lang     []string `toml:"lang"`
	Date     []string `toml:"date"`
	// Time is a column holding the time of day of the date column's
	// day ("jam": 09.00); the two make one date and time.
	Time      []string `toml:"time"`
	Captions  []string `toml:"captions"`
	Images    []string `toml:"images"`
	Hook      []string `toml:"hook"`
	Title     []string `toml:"title"`
	Account   []string `toml:"account"`
	Subtitles []string `toml:"subtitles"`
}

// DefaultCalendarColumns are the header names recognised without config,
// in English and Indonesian.
func DefaultCalendarColumns() CalendarColumns {
	return CalendarColumns{
		Caption:   []string{"caption", "naskah", "text", "teks", "body", "copy", "isi", "konten", "isi konten", "keterangan"},
		Platform:  []string{"platform", "platforms", "channel", "kanal", "saluran", "media sosial", "medsos", "sosmed"},
		Media:     []string{"media", "format", "type", "jenis", "jenis konten", "jenis media", "tipe"},
		Alt:       []string{"alt", "alt text", "teks alternatif", "teks alt", "deskripsi gambar"},
		Lang:      []string{"lang", "language", "bahasa"},
		Date:      []string{"date", "schedule", "publish", "tanggal", "tgl", "hari tanggal", "jadwal", "jadwal tayang", "tanggal tayang", "tanggal unggah", "publish date"},
		Time:      []string{"time", "jam", "pukul", "waktu", "jam tayang", "publish time"},
		Captions:  []string{"captions", "subtitled"},
		Images:    []string{"images", "jumlah gambar", "jumlah foto"},
		Hook:      []string{"hook"},
		Title:     []string{"title", "judul"},
		Account:   []string{"account", "akun"},
		Subtitles: []string{"subtitles"},
	}
}

// calendarField is a calendar field and the header names that carry it.
type calendarField struct {
	key   string
	names []string
}

// fields pairs each field with its candidate header names, caption first.
func (c CalendarColumns) fields() []calendarField {
	return []calendarField{
		{"caption", c.Caption}, {"platform", c.Platform}, {"media", c.Media}, {"alt", c.Alt},
		{"lang", c.Lang}, {"date", c.Date}, {"time", c.Time}, {"captions", c.Captions}, {"images", c.Images},
		{"hook", c.Hook}, {"title", c.Title}, {"account", c.Account}, {"subtitles", c.Subtitles},
	}
}

// orDefault returns the columns to use: these, or the defaults when no
// caption column is named (the zero value).
func (c CalendarColumns) orDefault() CalendarColumns {
	if len(c.Caption) == 0 {
		return DefaultCalendarColumns()
	}
	return c
}

// headerKey folds a header cell or a column name for matching: lower
// case, without blank space, underscores, hyphens, dots and slashes, so
// that "Teks Alternatif", "teks_alternatif" and "TEKS-ALTERNATIF" are one
// name, and so are "Hari/Tanggal" and "hari tanggal".
func headerKey(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r), r == '_', r == '-', r == '.', r == '/', r == '\uFEFF':
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// column is a field and the index of its cell in a row.
type column struct {
	key string
	idx int
}

// findColumns maps a header row (its cells' text) to the fields' columns.
// ok is false when no cell names a caption column; known counts the cells
// that name some field.
func findColumns(header []string, cols CalendarColumns) (found []column, known int, ok bool) {
	keys := make([]string, len(header))
	for i, h := range header {
		keys[i] = headerKey(h)
	}
	used := make([]bool, len(header))
	for _, f := range cols.fields() {
	names:
		for _, n := range f.names {
			n = headerKey(n)
			for i, k := range keys {
				if k == n && k != "" && !used[i] {
					found = append(found, column{f.key, i})
					used[i] = true
					if f.key == "caption" {
						ok = true
					}
					break names
				}
			}
		}
	}
	return found, len(found), ok
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
	sep    byte       // the cell separator: ',', ';' or tab
	bad    int        // offset of the first quoting error, or -1
	row    int        // the last record's row, as a spreadsheet numbers it
	fields []csvField // the record last read, reused for the next
}

// next reads the next record that is not blank into r.fields. It returns
// false at the end of the file and at a quoting error (r.bad). Blank
// records are skipped but counted in r.row, as a spreadsheet shows them
// as empty rows.
func (r *csvReader) next() bool {
	for r.pos < len(r.src) && r.bad < 0 {
		r.fields = r.fields[:0]
		r.row++
		for {
			f, next, bad := readCSVField(r.src, r.pos, r.sep)
			if bad >= 0 {
				r.bad = bad
				return false
			}
			r.fields = append(r.fields, f)
			r.pos = next
			if r.pos < len(r.src) && r.src[r.pos] == r.sep {
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
func readCSVField(src string, pos int, sep byte) (csvField, int, int) {
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
		if i < len(src) && src[i] != sep && src[i] != '\n' && src[i] != '\r' {
			return f, i, i // text after the closing quote
		}
		f.end, f.quoted = i, true
		return f, i, -1
	}
	end := pos
	for end < len(src) && src[end] != sep && src[end] != '\n' && src[end] != '\r' {
		end++
	}
	f.end = end
	return f, end, -1
}

// separators are the cell separators a calendar may use: the comma, the
// semicolon that spreadsheets write where the comma is the decimal mark
// (Indonesian, most of Europe), and the tab.
var separators = []byte{',', ';', '\t'}

// detectSeparator picks the separator that splits the header record at
// start into the most cells naming a calendar field; prefer wins a tie,
// and when no separator finds any name. A first line "sep=;", which
// spreadsheets write and hide, names the separator itself; skip is then
// the offset after it.
func detectSeparator(src string, start int, cols CalendarColumns, prefer byte) (sep byte, skip int) {
	line, rest, _ := strings.Cut(src[start:], "\n")
	line = strings.TrimSuffix(line, "\r")
	if len(line) == 5 && strings.EqualFold(line[:4], "sep=") && strings.IndexByte(",;\t|", line[4]) >= 0 {
		return line[4], len(src) - len(rest)
	}
	best, bestKnown := prefer, 0
	for _, c := range append([]byte{prefer}, separators...) {
		r := &csvReader{src: src, pos: start, sep: c, bad: -1}
		if !r.next() {
			continue
		}
		header := make([]string, len(r.fields))
		for i, f := range r.fields {
			header[i] = f.text(src)
		}
		if _, known, _ := findColumns(header, cols); known > bestKnown {
			best, bestKnown = c, known
		}
	}
	return best, start
}

// parseCalendar reads a CSV (or, with tab preferred, TSV) content
// calendar: one post per row.
func parseCalendar(path, format, src string, opts Options) []*Post {
	s := newSource(src)
	start := 0
	if strings.HasPrefix(src, bom) {
		start = len(bom)
	}
	fileProblem := func(off int, msg i18n.Text) *Post {
		pos := s.pos(off)
		p := &Post{Path: path, Index: 1, Line: pos.Line, Format: format, pos: posMap{src: s}}
		p.Problems = []Problem{{Rule: "draft-error", Range: Range{Start: pos, End: pos}, Message: msg, Fatal: true}}
		return p
	}
	// Rows before a quoting error are reported as usual, then the error.
	quoting := func(posts []*Post, bad int) []*Post {
		p := fileProblem(bad, i18n.Sprintf("malformed CSV quoting on line %d: a quoted cell must end with \" before the next separator or line end",
			"tanda kutip CSV rusak di baris %d: sel berkutip harus ditutup dengan \" sebelum pemisah atau akhir baris", s.pos(bad).Line))
		p.Index = len(posts) + 1
		return append(posts, p)
	}
	cols := opts.Calendar.orDefault()
	prefer := byte(',')
	if format == FormatTSV {
		prefer = '\t'
	}
	sep, start := detectSeparator(src, start, cols, prefer)
	r := &csvReader{src: src, pos: start, sep: sep, bad: -1}
	if !r.next() {
		if r.bad >= 0 {
			return quoting([]*Post{}, r.bad)
		}
		return nil
	}
	header := make([]string, len(r.fields))
	for i, f := range r.fields {
		header[i] = strings.TrimSpace(f.text(src))
	}
	headerStart := r.fields[0].start
	colIdx, _, ok := findColumns(header, cols)
	if !ok {
		for r.next() {
		}
		if r.bad >= 0 { // the quoting error is the one to fix first
			return quoting([]*Post{}, r.bad)
		}
		return []*Post{fileProblem(headerStart, noCaptionColumn(cols))}
	}
	rows := newCalendarRows(path, format, "", opts, header, colIdx)
	var posts []*Post
	for r.next() {
		if p := rows.csvPost(s, r.row, r.fields, sep); p != nil {
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

// noCaptionColumn is the message for a calendar without a caption column.
func noCaptionColumn(cols CalendarColumns) i18n.Text {
	return i18n.Sprintf("calendar has no caption column: the header needs one of %s",
		"kalender tidak punya kolom keterangan: header harus memuat salah satu dari %s",
		strings.Join(cols.Caption, ", "))
}

// csvPost reads one row into a post: the row's caption as the post's
// text, or, for a planned slot with other cells filled but no caption yet,
// a post that says so. A row with none of the calendar's cells filled is
// no post (nil). The post shares the file's text and index; its caption
// is a slice of the file unless quotes or line ends had to be undone.
func (c *calendarRows) csvPost(s *source, rowNum int, row []csvField, sep byte) *Post {
	var caption *csvField
	captionCol := 0
	cells := c.cells[:0]
	for _, col := range c.cols {
		if col.key == "caption" {
			captionCol = col.idx
			if col.idx < len(row) {
				caption = &row[col.idx]
			}
			continue
		}
		if col.idx >= len(row) {
			continue
		}
		f := &row[col.idx]
		text := strings.TrimSpace(f.text(s.text))
		if text == "" {
			continue
		}
		cells = append(cells, calendarCell{key: col.key, col: col.idx, text: text, where: Range{Start: s.pos(f.start), End: s.pos(f.end)}})
	}
	c.cells = cells
	empty := caption == nil || strings.TrimSpace(caption.text(s.text)) == ""
	if empty && len(cells) == 0 {
		return nil
	}
	capCell := c.placeCells(rowNum, captionCol)
	meta, problems := rowMeta(cells, c.opts)
	line := s.pos(row[0].start).Line
	if empty {
		at := s.pos(row[len(row)-1].end)
		if caption != nil {
			at = s.pos(caption.start)
		}
		p := plannedSlot(c.path, c.format, line, Range{Start: at, End: at, Cell: capCell}, meta, problems)
		p.pos.src = s
		return p
	}
	p := &Post{Path: c.path, Line: line, Row: rowNum, Format: c.format, Meta: meta, Problems: problems}
	p.pos.src = s
	p.pos.caption = capCell
	p.pos.cell = &cellSpan{start: caption.start, end: caption.end, quoted: caption.quoted, sep: sep}
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
		// "IG, FB", "Instagram & Facebook", "IG/FB", "Instagram dan X": the
		// pieces between separators, then the words of a piece, except
		// that a piece that is an alias with a space ("tik tok") stays
		// whole.
		var items []value
		for _, piece := range strings.FieldsFunc(cell, func(r rune) bool {
			return r == ',' || r == ';' || r == '|' || r == '/' || r == '&' || r == '+'
		}) {
			if _, ok := platform.Canonical(piece); ok {
				items = append(items, value{v: strings.TrimSpace(piece), where: where})
				continue
			}
			for _, p := range strings.Fields(piece) {
				if strings.EqualFold(p, "dan") || strings.EqualFold(p, "and") {
					continue
				}
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
