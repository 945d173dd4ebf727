package draft

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
)

// Sheet bounds SpreadsheetML sets.
const (
	maxSheetRows = 1_048_576
	maxSheetCols = 16_384
)

// sheetRows reads a worksheet part row by row as a stream of XML tokens:
// a calendar of thousands of rows is never held as a tree.
type sheetRows struct {
	d       *xml.Decoder
	book    *xlsxBook
	row     int // the row last returned
	pending int // the number of a row read ahead, past a gap
	shown   []string
	raw     []string
	done    bool
	started bool // inside sheetData
}

func newSheetRows(data []byte, book *xlsxBook) *sheetRows {
	return &sheetRows{d: xml.NewDecoder(bytes.NewReader(data)), book: book}
}

// next moves to the next row: its number and its cells as shown and as
// stored, index 0 for column A, up to the last cell with a value (or a
// formula). A row the sheet skips comes back empty. ok is false at the
// end of the sheet.
func (s *sheetRows) next() (row int, shown, raw []string, ok bool, err error) {
	if s.pending > 0 {
		s.row++
		if s.row == s.pending {
			s.pending = 0
			return s.row, s.shown, s.raw, true, nil
		}
		return s.row, nil, nil, true, nil
	}
	for !s.done {
		tok, err := s.d.Token()
		if errors.Is(err, io.EOF) {
			s.done = true
			break
		}
		if err != nil {
			return s.row + 1, nil, nil, false, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case t.Name.Local == "sheetData":
				s.started = true
			case s.started && t.Name.Local == "row":
				n := s.row + 1
				if v := attr(t, "r"); v != "" {
					r, err := strconv.Atoi(strings.TrimSpace(v))
					if err != nil {
						return n, nil, nil, false, fmt.Errorf("row number %q: %w", v, err)
					}
					if r > maxSheetRows {
						return n, nil, nil, false, fmt.Errorf("row number %d past the last row, %d", r, maxSheetRows)
					}
					if r > n {
						n = r
					}
				}
				if err := s.readRow(); err != nil {
					return n, nil, nil, false, err
				}
				if n == s.row+1 {
					s.row = n
					return n, s.shown, s.raw, true, nil
				}
				s.pending = n
				s.row++
				return s.row, nil, nil, true, nil
			}
		case xml.EndElement:
			if t.Name.Local == "sheetData" {
				s.done = true
			}
		}
	}
	return 0, nil, nil, false, nil
}

// readRow reads a row's cells, after its start tag, up to its end.
func (s *sheetRows) readRow() error {
	s.shown, s.raw = s.shown[:0], s.raw[:0]
	col := 0
	for {
		tok, err := s.d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "c" {
				if err := s.d.Skip(); err != nil {
					return err
				}
				continue
			}
			col++
			if ref := attr(t, "r"); ref != "" {
				c, _, err := parseCellRef(ref)
				if err != nil {
					return err
				}
				col = c
			}
			shown, raw, formula, err := s.readCell(t)
			if err != nil {
				return err
			}
			if shown != "" || formula {
				s.shown = placeCell(s.shown, col, shown)
			}
			if raw != "" || formula {
				s.raw = placeCell(s.raw, col, raw)
			}
		case xml.EndElement:
			return nil
		}
	}
}

// placeCell puts a value in column col (1-based) of a row read so far; a
// cell that comes before one already read goes at the end.
func placeCell(cells []string, col int, v string) []string {
	for len(cells) < col-1 {
		cells = append(cells, "")
	}
	return append(cells, v)
}

// readCell reads a cell, after its start tag, up to its end: its value as
// shown and as stored, and whether it holds a formula.
func (s *sheetRows) readCell(c xml.StartElement) (shown, raw string, formula bool, err error) {
	var v string
	var inline *string
	for done := false; !done; {
		tok, err := s.d.Token()
		if err != nil {
			return "", "", false, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "v":
				if v, err = elementText(s.d); err != nil {
					return "", "", false, err
				}
			case "is":
				str, err := readStringItem(s.d)
				if err != nil {
					return "", "", false, err
				}
				inline = &str
			case "f":
				formula = true
				if err := s.d.Skip(); err != nil {
					return "", "", false, err
				}
			default:
				if err := s.d.Skip(); err != nil {
					return "", "", false, err
				}
			}
		case xml.EndElement:
			done = true
		}
	}
	style, _ := strconv.Atoi(strings.TrimSpace(attr(c, "s")))
	var nf *numFormatter
	if style > 0 && style < len(s.book.formats) {
		nf = s.book.formats[style]
	}
	through := func(val string, kind cellKind) string {
		if nf == nil {
			return val
		}
		return nf.formatValue(val, kind)
	}
	switch attr(c, "t") {
	case "b":
		switch v {
		case "1":
			return "TRUE", v, formula, nil
		case "0":
			return "FALSE", v, formula, nil
		}
		return through(v, kindText), v, formula, nil
	case "s":
		if v == "" {
			return "", "", formula, nil
		}
		i, _ := strconv.Atoi(strings.TrimSpace(v))
		if i < 0 || i >= len(s.book.strings) {
			return "", "", false, fmt.Errorf("shared string %d not in the table of %d", i, len(s.book.strings))
		}
		str := s.book.strings[i]
		return through(str, kindText), str, formula, nil
	case "str":
		return v, v, formula, nil
	case "inlineStr":
		if inline != nil {
			return through(*inline, kindText), *inline, formula, nil
		}
		return through(v, kindText), v, formula, nil
	case "d":
		if serial, ok := isoSerial(v); ok {
			return through(serial, kindNumber), v, formula, nil
		}
		return through(v, kindNumber), v, formula, nil
	}
	return through(cellNumber(v), kindNumber), v, formula, nil
}

// isoSerial turns an ISO 8601 date cell (t="d") into a serial number of
// the 1900 system, for a date and time in UTC (2026-05-04T09:30:00Z) or
// in the basic format (20260504T093000). Other forms stay text, as the
// reader before this one showed them: a date without a time shows better
// as written than as a bare serial number.
func isoSerial(v string) (string, bool) {
	v = strings.ReplaceAll(v, ",", ".")
	var t time.Time
	var err error
	for _, layout := range []string{"2006-01-02T15:04:05Z", "20060102T150405Z", "20060102T150405"} {
		if t, err = time.Parse(layout, v); err == nil {
			break
		}
	}
	if err != nil {
		return "", false
	}
	t = t.UTC()
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	if t.Before(time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC)) {
		base = base.AddDate(0, 0, 1)
	}
	if t.Before(time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC)) {
		return "0", true
	}
	d := t.Sub(base)
	days := math.Floor(d.Hours() / 24)
	serial := days + float64(d-time.Duration(days)*24*time.Hour)/float64(24*time.Hour)
	return strconv.FormatFloat(serial, 'G', 15, 64), true
}

// elementText reads the text of an element after its start tag.
func elementText(d *xml.Decoder) (string, error) {
	var b strings.Builder
	for depth := 1; depth > 0; {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 1 {
				b.Write(t)
			}
		}
	}
	return b.String(), nil
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

var errCellRef = errors.New("not a cell reference")

// parseCellRef reads a cell reference such as C5 or $C$5: its column and
// row, 1-based, within the bounds of a sheet.
func parseCellRef(ref string) (col, row int, err error) {
	i := 0
	for ; i < len(ref) && (ref[i] == '$' && i == 0 || isASCIILetter(ref[i])); i++ {
		if ref[i] == '$' {
			continue
		}
		col = col*26 + int(ref[i]|0x20-'a') + 1
		if col > maxSheetCols {
			return 0, 0, fmt.Errorf("cell %q: column past the last, XFD", ref)
		}
	}
	rest := strings.TrimPrefix(ref[i:], "$")
	if col == 0 || rest == "" {
		return 0, 0, fmt.Errorf("cell %q: %w", ref, errCellRef)
	}
	for j := 0; j < len(rest); j++ {
		if rest[j] < '0' || rest[j] > '9' {
			return 0, 0, fmt.Errorf("cell %q: %w", ref, errCellRef)
		}
		row = row*10 + int(rest[j]-'0')
		if row > maxSheetRows {
			return 0, 0, fmt.Errorf("cell %q: row past the last, %d", ref, maxSheetRows)
		}
	}
	if row == 0 {
		return 0, 0, fmt.Errorf("cell %q: %w", ref, errCellRef)
	}
	return col, row, nil
}
