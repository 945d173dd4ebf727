package report

import (
	"encoding/xml"
	"strconv"
	"strings"
	"testing"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

type checkstyleXML struct {
	XMLName xml.Name `xml:"checkstyle"`
	Version string   `xml:"version,attr"`
	Files   []struct {
		Name   string `xml:"name,attr"`
		Errors []struct {
			Line     string `xml:"line,attr"`
			Column   string `xml:"column,attr"`
			Severity string `xml:"severity,attr"`
			Message  string `xml:"message,attr"`
			Source   string `xml:"source,attr"`
		} `xml:"error"`
	} `xml:"file"`
}

// xmlSafe is what survives an XML round trip: characters XML cannot carry
// become U+FFFD.
func xmlSafe(s string) string { return strings.ReplaceAll(s, "\x07", "\uFFFD") }

// TestCheckstyleRoundTrip parses the report back: every file in order,
// every finding with its position, severity, source and exact message.
func TestCheckstyleRoundTrip(t *testing.T) {
	for _, locale := range []string{i18n.EN, i18n.ID} {
		out := render(t, "checkstyle", sampleOptions(locale), sampleResults())
		var doc checkstyleXML
		if err := xml.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, out)
		}
		if doc.Version != "4.3" {
			t.Errorf("version %q", doc.Version)
		}
		var names []string
		for _, f := range doc.Files {
			names = append(names, f.Name)
		}
		if got, want := strings.Join(names, "|"), "-|a,b:c%.md|calendar.csv|clean.md|posts/ulasan warga é.md"; got != want {
			t.Errorf("files %s, want %s", got, want)
		}
		var i int
		for _, r := range sampleResults() {
			for _, f := range r.Findings {
				var file = -1
				for j, cf := range doc.Files {
					if cf.Name == f.Path {
						file = j
					}
				}
				if file < 0 {
					t.Fatalf("no <file> for %s", f.Path)
				}
				e := doc.Files[file].Errors[0]
				doc.Files[file].Errors = doc.Files[file].Errors[1:]
				wantLine, wantCol := "", ""
				if f.Range.Start.Line > 0 {
					wantLine, wantCol = strconv.Itoa(f.Range.Start.Line), strconv.Itoa(f.Range.Start.Column)
				}
				if e.Line != wantLine || e.Column != wantCol {
					t.Errorf("%d: at %s:%s, want %s:%s", i, e.Line, e.Column, wantLine, wantCol)
				}
				if e.Severity != f.Severity.String() || e.Source != "postlint."+f.Rule {
					t.Errorf("%d: severity %q source %q", i, e.Severity, e.Source)
				}
				if want := xmlSafe(describe(f, locale, " ")); e.Message != want {
					t.Errorf("%d: message %q, want %q", i, e.Message, want)
				}
				i++
			}
		}
		for _, f := range doc.Files {
			if len(f.Errors) > 0 {
				t.Errorf("%s: %d errors more than findings", f.Name, len(f.Errors))
			}
		}
	}
}

func TestXMLEscape(t *testing.T) {
	in := "a&b<c>d\"e'f\tg\nh\ri\x00j\x1bk\uFFFEl\U0001F389m\xffn"
	if got, want := xmlAttr(in), "a&amp;b&lt;c&gt;d&quot;e'f&#x9;g&#xA;h&#xD;i\uFFFDj\uFFFDk\uFFFDl\U0001F389m\uFFFDn"; got != want {
		t.Errorf("xmlAttr:\n got %q\nwant %q", got, want)
	}
	if got, want := xmlText(in), "a&amp;b&lt;c&gt;d\"e'f\tg\nh&#xD;i\uFFFDj\uFFFDk\uFFFDl\U0001F389m\uFFFDn"; got != want {
		t.Errorf("xmlText:\n got %q\nwant %q", got, want)
	}
	// What the escapes produce must parse back to the text, bar the
	// characters XML cannot hold.
	var v struct {
		A string `xml:"a,attr"`
		T string `xml:",chardata"`
	}
	clean := "a&b<c>d\"e'f\tg\nh\ri \U0001F389"
	doc := `<x a="` + xmlAttr(clean) + `">` + xmlText(clean) + `</x>`
	if err := xml.Unmarshal([]byte(doc), &v); err != nil {
		t.Fatal(err)
	}
	if v.A != clean || v.T != clean {
		t.Errorf("round trip:\n attr %q\n text %q\n want %q", v.A, v.T, clean)
	}
}

func TestCheckstyleGroupsTheRowsOfACalendar(t *testing.T) {
	out := render(t, "checkstyle", sampleOptions(i18n.EN), sampleResults())
	if n := strings.Count(out, `<file name="calendar.csv">`); n != 1 {
		t.Errorf("calendar.csv opened %d times, want once for both rows", n)
	}
	if !strings.Contains(out, `severity="info"`) || !strings.Contains(out, `severity="warning"`) || !strings.Contains(out, `severity="error"`) {
		t.Error("every severity should appear by its Checkstyle name")
	}
}

// TestXMLReportsCarryNoRawControls renders a draft's control characters
// (C0 such as ESC, BEL, VT, FF; DEL; C1; a right-to-left override) in
// checkstyle and JUnit: XML 1.0 forbids most C0 characters, so each report
// must stay well-formed, and none may reach a terminal that prints it raw.
func TestXMLReportsCarryNoRawControls(t *testing.T) {
	msg := "quoted \x1b]0;pwned\x07 \x0b\x0c del\x7f c1\u009b31m \u202egnp.exe"
	results := []lint.PostResult{{Path: "posts/\x1b[2Jx.md", Index: 1, Findings: []lint.Finding{{
		Path: "posts/\x1b[2Jx.md", Post: 1, Rule: "invalid-characters", Severity: lint.Error,
		Range: rng(1, 1, 1, 2), Start: -1, End: -1, Message: i18n.T(msg, msg),
	}}}}
	for _, format := range []string{"checkstyle", "junit"} {
		out := render(t, format, Options{Locale: i18n.EN, FailOn: lint.Error}, results)
		if r := rawControl(strings.ReplaceAll(out, "\t", " ")); r >= 0 {
			t.Errorf("%s: raw U+%04X in:\n%s", format, r, out)
		}
		dec := xml.NewDecoder(strings.NewReader(out))
		var text strings.Builder
		for {
			tok, err := dec.Token()
			if err != nil {
				if err.Error() != "EOF" {
					t.Errorf("%s: not well-formed XML: %v\n%s", format, err, out)
				}
				break
			}
			if se, ok := tok.(xml.StartElement); ok {
				for _, a := range se.Attr {
					text.WriteString(a.Value + "\n")
				}
			}
		}
		// DEL, C1 and the override survive as character references.
		if !strings.Contains(text.String(), "del\x7f c1\u009b31m \u202egnp.exe") {
			t.Errorf("%s: the message lost characters XML can carry:\n%q", format, text.String())
		}
	}
}
