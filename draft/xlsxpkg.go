package draft

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// This file reads the parts of an .xlsx package (ECMA-376 Part 1,
// SpreadsheetML; Part 2, packaging) that a calendar needs: the workbook's
// sheets and their order, its date system, the shared strings and the
// cells' number formats. It only reads.

// Relationship types, by the last part of their URI.
const (
	relOfficeDocument = "/officeDocument"
	relSharedStrings  = "/sharedStrings"
	relStyles         = "/styles"
)

// errUnpackLimit is a workbook whose parts unpack to more than allowed,
// whatever their headers say.
var errUnpackLimit = errors.New("the workbook unpacks past its limit")

// xlsxPackage is an opened workbook archive.
type xlsxPackage struct {
	files  map[string]*zip.File
	limit  int64 // what all parts may unpack to
	budget int64 // what the parts not read yet may still unpack to
}

// openPackage indexes the parts of an archive checkWorkbookFile accepted.
func openPackage(zr *zip.Reader, unpacked int64) *xlsxPackage {
	p := &xlsxPackage{files: make(map[string]*zip.File, len(zr.File)), limit: unpacked, budget: unpacked}
	for _, f := range zr.File {
		p.files[strings.TrimPrefix(f.Name, "/")] = f
	}
	return p
}

// read unpacks one part; a part that is not there is nil. archive/zip
// refuses a part longer than its header states, and checkWorkbookFile
// bounds the stated sizes; the budget counts every read, so a part read
// more than once (two sheets that name it) cannot go past the bound.
func (p *xlsxPackage) read(name string) ([]byte, error) {
	f, ok := p.files[name]
	if !ok {
		return nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("part %s: %w", name, err)
	}
	defer rc.Close()
	var buf bytes.Buffer
	if f.UncompressedSize64 < uint64(p.budget) {
		buf.Grow(int(f.UncompressedSize64))
	}
	n, err := io.Copy(&buf, io.LimitReader(rc, p.budget+1))
	if err != nil {
		return nil, fmt.Errorf("part %s: %w", name, err)
	}
	if n > p.budget {
		return nil, errUnpackLimit
	}
	p.budget -= n
	return buf.Bytes(), nil
}

// xlsxBook is what a workbook part and its relationships say.
type xlsxBook struct {
	sheets   []xlsxSheetRef
	date1904 bool
	strings  []string        // shared strings
	formats  []*numFormatter // per cell style (cellXfs index); nil shows values as stored
}

// xlsxSheetRef is one sheet in the workbook's order.
type xlsxSheetRef struct {
	name string
	part string // "" when its relationship is missing
}

// readBook reads the workbook part and the parts it points to.
func readBook(p *xlsxPackage) (*xlsxBook, error) {
	rels, err := p.readRels("")
	if err != nil {
		return nil, err
	}
	wbPath := "xl/workbook.xml"
	for _, r := range rels {
		if strings.HasSuffix(r.Type, relOfficeDocument) {
			wbPath = r.target
		}
	}
	data, err := p.read(wbPath)
	if err != nil {
		return nil, err
	}
	if data == nil {
		return nil, fmt.Errorf("no workbook part %s", wbPath)
	}
	var wb struct {
		Pr *struct {
			Date1904 string `xml:"date1904,attr"`
		} `xml:"workbookPr"`
		Sheets []struct {
			Name string `xml:"name,attr"`
			// r:id, in the transitional or the strict namespace
			ID string `xml:"id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.Unmarshal(data, &wb); err != nil {
		return nil, fmt.Errorf("%s: %w", wbPath, err)
	}
	b := &xlsxBook{}
	if wb.Pr != nil {
		b.date1904 = wb.Pr.Date1904 == "1" || wb.Pr.Date1904 == "true"
	}
	wbRels, err := p.readRels(wbPath)
	if err != nil {
		return nil, err
	}
	byID := map[string]string{}
	dir := path.Dir(wbPath)
	sstPath, stylesPath := path.Join(dir, "sharedStrings.xml"), path.Join(dir, "styles.xml")
	for _, r := range wbRels {
		byID[r.ID] = r.target
		switch {
		case strings.HasSuffix(r.Type, relSharedStrings):
			sstPath = r.target
		case strings.HasSuffix(r.Type, relStyles):
			stylesPath = r.target
		}
	}
	for _, s := range wb.Sheets {
		b.sheets = append(b.sheets, xlsxSheetRef{name: s.Name, part: byID[s.ID]})
	}
	if data, err = p.read(sstPath); err != nil {
		return nil, err
	}
	if b.strings, err = readSharedStrings(data); err != nil {
		return nil, fmt.Errorf("%s: %w", sstPath, err)
	}
	if data, err = p.read(stylesPath); err != nil {
		return nil, err
	}
	if b.formats, err = readCellFormats(data, b.date1904); err != nil {
		return nil, fmt.Errorf("%s: %w", stylesPath, err)
	}
	return b, nil
}

// xlsxRel is a relationship with its target resolved to a part name.
type xlsxRel struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
	target string
}

// readRels reads the relationships of a part ("" for the package's own).
func (p *xlsxPackage) readRels(source string) ([]xlsxRel, error) {
	name := "_rels/.rels"
	if source != "" {
		name = path.Join(path.Dir(source), "_rels", path.Base(source)+".rels")
	}
	data, err := p.read(name)
	if err != nil || data == nil {
		return nil, err
	}
	var rels struct {
		Rels []xlsxRel `xml:"Relationship"`
	}
	if err := xml.Unmarshal(data, &rels); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for i := range rels.Rels {
		t := rels.Rels[i].Target
		if strings.HasPrefix(t, "/") {
			rels.Rels[i].target = path.Clean(strings.TrimPrefix(t, "/"))
		} else {
			rels.Rels[i].target = path.Join(path.Dir(source), t)
		}
	}
	return rels.Rels, nil
}

// readSharedStrings reads the shared string table: each item's text is
// its <t>, or the <t> of each of its rich-text runs; phonetic runs
// (<rPh>) are a reading aid, not text.
func readSharedStrings(data []byte) ([]string, error) {
	if data == nil {
		return nil, nil
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	var out []string
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "si" {
			s, err := readStringItem(d)
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
	}
}

// readStringItem reads a string item (<si>, or a cell's <is>) after its
// start tag, up to its end.
func readStringItem(d *xml.Decoder) (string, error) {
	var b strings.Builder
	depth, inText, skip := 1, false, 0
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch {
			case skip > 0:
				skip++
			case t.Name.Local == "rPh":
				skip = 1
			case t.Name.Local == "t":
				inText = true
			}
		case xml.EndElement:
			depth--
			switch {
			case skip > 0:
				skip--
			case t.Name.Local == "t":
				inText = false
			}
		case xml.CharData:
			if inText && skip == 0 {
				b.Write(t)
			}
		}
	}
	return unescapeXString(b.String()), nil
}

// unescapeXString decodes the _xHHHH_ escapes SpreadsheetML writes for
// characters XML cannot hold; _x005F_ is a literal underscore.
func unescapeXString(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if v, err := strconv.ParseUint(s[i+2:i+6], 16, 32); err == nil {
				r := rune(v)
				switch {
				case r == '_':
					b.WriteByte('_')
				case r >= 0xD800 && r <= 0xDFFF:
					// half of a surrogate pair is no character
				default:
					b.WriteRune(r)
				}
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// readCellFormats reads the number format of each cell style: the
// workbook's own codes (numFmts) and the built-in ones by ID.
func readCellFormats(data []byte, date1904 bool) ([]*numFormatter, error) {
	if data == nil {
		return nil, nil
	}
	var ss struct {
		NumFmts []struct {
			ID     string `xml:"numFmtId,attr"`
			Code   string `xml:"formatCode,attr"`
			Code16 string `xml:"formatCode16,attr"`
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmtID string `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := xml.Unmarshal(data, &ss); err != nil {
		return nil, err
	}
	custom := map[int]string{}
	for _, nf := range ss.NumFmts {
		id, err := strconv.Atoi(nf.ID)
		if err != nil {
			continue
		}
		if _, seen := custom[id]; seen {
			continue
		}
		custom[id] = nf.Code
		if nf.Code16 != "" {
			custom[id] = nf.Code16
		}
	}
	parsed := map[string]*numFormatter{}
	out := make([]*numFormatter, len(ss.Xfs))
	for i, xf := range ss.Xfs {
		id, _ := strconv.Atoi(xf.NumFmtID)
		code, ok := custom[id]
		if !ok {
			code, ok = builtinFormat(id)
		}
		if !ok {
			continue
		}
		if parsed[code] == nil {
			parsed[code] = &numFormatter{secs: parseNumFormat(code), date1904: date1904}
		}
		out[i] = parsed[code]
	}
	return out, nil
}
