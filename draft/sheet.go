package draft

import (
	"strconv"
	"strings"
	"time"

	"github.com/postlint/postlint/i18n"
)

// calendarRows is what reading a calendar's rows needs, whatever the
// file's kind: the file, its header and the columns found in it.
type calendarRows struct {
	path, format string
	opts         Options
	header       []string // the header cells' text
	cols         []column
	columns      []Column       // per header cell, shared by the cells below it
	cells        []calendarCell // the last row's cells, reused
}

// newCalendarRows prepares reading the rows below a header.
func newCalendarRows(path, format, sheet string, opts Options, header []string, cols []column) *calendarRows {
	c := &calendarRows{path: path, format: format, opts: opts, header: header, cols: cols, columns: make([]Column, len(header))}
	for i, h := range header {
		c.columns[i] = Column{Sheet: sheet, Header: h}
	}
	return c
}

// placeCells gives the row's cells and its caption cell their Cell, all
// in one allocation of exactly the cells the row fills.
func (c *calendarRows) placeCells(row, captionIdx int) *Cell {
	mem := make([]Cell, len(c.cells)+1)
	for i := range c.cells {
		cc := &c.cells[i]
		mem[i] = Cell{Row: row, Col: cc.col + 1, column: &c.columns[cc.col]}
		cc.where.Cell = &mem[i]
	}
	mem[len(c.cells)] = Cell{Row: row, Col: captionIdx + 1, column: &c.columns[captionIdx]}
	return &mem[len(c.cells)]
}

// calendarCell is a filled cell of a calendar row in one of the
// calendar's columns other than the caption.
type calendarCell struct {
	key   string // the field: platform, date, time, …
	col   int    // 0-based
	text  string // as the spreadsheet shows it, trimmed; a workbook's dates as read
	shown string // a workbook cell's text as shown, when text differs
	where Range
}

// rowMeta reads a row's cells as front matter would be read, into the
// post's metadata and the problems with its values. The date and time
// columns make one date: tanggal 05/04/2026 and jam 09.00 are
// 2026-04-05T09:00.
func rowMeta(cells []calendarCell, opts Options) (Meta, []Problem) {
	v := validator{opts: opts}
	date, clock := -1, -1
	for i, c := range cells {
		switch c.key {
		case "date":
			date = i
		case "time":
			clock = i
		}
	}
	dateText := ""
	if date >= 0 {
		dateText = calendarDate(cells[date].text)
	}
	if clock >= 0 {
		c := cells[clock]
		t, ok := calendarClock(c.text)
		switch {
		case ok && date >= 0 && len(dateText) == len("2006-01-02") && isISODate(dateText):
			dateText += "T" + t
		case ok:
			// A time without a day places nothing.
		case date < 0 && isISODate(calendarDate(c.text)):
			// A "waktu" column may hold the whole date and time.
			dateText = calendarDate(c.text)
			cells[clock].key = "date"
		default:
			v.bad(c.where, i18n.Sprintf("%q is not a time of day", "%q bukan jam", c.text),
				i18n.T("write the time as 09:00 or 09.00", "tulis jam seperti 09:00 atau 09.00"))
		}
	}
	for _, c := range cells {
		if c.key == "time" {
			continue
		}
		text := c.text
		if c.key == "date" {
			text = dateText
		}
		if v.meta.keys == nil {
			v.meta.keys = make([]keyRange, 0, len(cells))
		}
		v.meta.SetKeyRange(c.key, c.where)
		v.key(keyValue{key: c.key, where: c.where, val: cellValue(c.key, text, c.where)})
	}
	return v.meta, v.problems
}

// plannedSlot is the post for a calendar row that has cells filled but no
// caption yet: a note that the slot waits for its caption. The row is not
// linted further; its other cells are still checked.
func plannedSlot(path, format string, line int, where Range, meta Meta, problems []Problem) *Post {
	msg := i18n.Sprintf("row %d has no caption yet", "baris %d belum punya naskah", where.Cell.Row)
	if when := meta.Date; when != "" {
		if len(when) >= len("2006-01-02T15:04") {
			when = when[:10] + " " + when[11:16]
		}
		msg = i18n.Sprintf("row %d (%s) has no caption yet", "baris %d (%s) belum punya naskah", where.Cell.Row, when)
	}
	p := &Post{Path: path, Line: line, Row: where.Cell.Row, Format: format, Meta: meta, Problems: problems}
	p.Problems = append(p.Problems, Problem{
		Rule: "caption-missing", Range: where, Message: msg, Fatal: true,
		Suggestion: i18n.T("write the caption before the slot comes up, or clear the row if the post is dropped",
			"tulis naskahnya sebelum jadwal tayang, atau kosongkan baris ini bila unggahan batal"),
	})
	return p
}

// isISODate reports whether s starts with a date written 2006-01-02.
func isISODate(s string) bool {
	if len(s) < 10 {
		return false
	}
	_, err := time.Parse("2006-01-02", s[:10])
	return err == nil
}

// calendarDate reads a date cell the way spreadsheets write dates: ISO
// (2026-04-05, with a time after T or a space), or day first with /, - or
// . between the numbers (5/4/2026, 05-04-26, 05.04.2026), as Indonesian
// and most other spreadsheets show them, optionally followed by a time
// (05/04/2026 09.00). It returns the date as 2026-04-05 or
// 2026-04-05T09:00, or the text as it is when it is none of these, for the
// front-matter check to report.
func calendarDate(text string) string {
	text = strings.TrimSpace(text)
	day, rest, _ := strings.Cut(text, " ")
	sep := strings.IndexAny(day, "/-.")
	if sep == 4 {
		// ISO, read by the front-matter check; a time written the
		// Indonesian way (09.00) is read here.
		if strings.IndexByte(rest, '.') < 0 || len(day) != 10 || !isISODate(day) {
			return text
		}
		if clock, ok := calendarClock(rest); ok {
			return day + "T" + clock
		}
		return text
	}
	if sep < 1 || sep > 2 {
		return text // not a date
	}
	parts := strings.Split(day, day[sep:sep+1])
	if len(parts) != 3 {
		return text
	}
	d, err1 := strconv.Atoi(parts[0])
	m, err2 := strconv.Atoi(parts[1])
	y, err3 := strconv.Atoi(parts[2])
	switch {
	case err1 != nil || err2 != nil || err3 != nil || len(parts[1]) > 2:
		return text
	case len(parts[2]) == 2:
		y += 2000
	case len(parts[2]) != 4:
		return text
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m || t.Year() != y {
		return text // 31/02, 5/13
	}
	out := t.Format("2006-01-02")
	if rest = strings.TrimSpace(rest); rest != "" {
		clock, ok := calendarClock(rest)
		if !ok {
			return text
		}
		out += "T" + clock
	}
	return out
}

// calendarClock reads a time of day: 9:00, 09.00, 09:00:00, with an
// optional time zone of Indonesia (WIB, WITA, WIT) or AM/PM after it. It
// returns 09:00, or 09:00:30 when the seconds are not zero.
func calendarClock(text string) (string, bool) {
	s := strings.ToUpper(strings.TrimSpace(text))
	for _, zone := range []string{"WITA", "WIB", "WIT"} {
		if t, ok := strings.CutSuffix(s, zone); ok {
			s = strings.TrimSpace(t)
			break
		}
	}
	half := ""
	for _, h := range []string{"AM", "PM"} {
		if t, ok := strings.CutSuffix(s, h); ok {
			s, half = strings.TrimSpace(t), h
			break
		}
	}
	s = strings.TrimPrefix(s, "PUKUL ")
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ':' || r == '.' })
	if len(parts) < 2 || len(parts) > 3 || strings.Count(s, ":")+strings.Count(s, ".") != len(parts)-1 {
		return "", false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || len(p) > 2 || i > 0 && len(p) != 2 {
			return "", false
		}
		n[i] = v
	}
	h, m, sec := n[0], n[1], n[2]
	switch half {
	case "AM", "PM":
		if h < 1 || h > 12 {
			return "", false
		}
		h %= 12
		if half == "PM" {
			h += 12
		}
	}
	if h > 23 || m > 59 || sec > 59 {
		return "", false
	}
	if sec != 0 {
		return twoDigits(h) + ":" + twoDigits(m) + ":" + twoDigits(sec), true
	}
	return twoDigits(h) + ":" + twoDigits(m), true
}

func twoDigits(n int) string {
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
}
