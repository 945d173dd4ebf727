package draft

import (
	"strings"
	"testing"
)

// TestWorkbookStrictNamespaces reads a workbook saved as Strict Open XML,
// whose relationships live in other namespaces than the usual ones.
func TestWorkbookStrictNamespaces(t *testing.T) {
	const rels = "http://purl.oclc.org/ooxml/officeDocument/relationships"
	data := zipOf(t, map[string]string{
		"_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="` + rels + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="` + rels + `">` +
			`<sheets><sheet name="Jadwal" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="` + rels + `/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
		"xl/worksheets/sheet1.xml": `<?xml version="1.0"?><worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheetData>` +
			`<row r="1"><c r="A1" t="inlineStr"><is><t>Caption</t></is></c></row>` +
			`<row r="2"><c r="A2" t="inlineStr"><is><t>Free ID cards on Saturday.</t></is></c></row></sheetData></worksheet>`,
	})
	posts := Parse("k.xlsx", FormatXLSX, data, Options{})
	got := make([]string, len(posts))
	for i, p := range posts {
		got[i] = postSummary(p)
	}
	if want := `1@2 "Free ID cards on Saturday."`; strings.Join(got, "\n") != want {
		t.Errorf("posts:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}
