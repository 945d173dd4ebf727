package report

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

type junitXML struct {
	XMLName  xml.Name `xml:"testsuites"`
	Tests    int      `xml:"tests,attr"`
	Failures int      `xml:"failures,attr"`
	Errors   int      `xml:"errors,attr"`
	Suites   []struct {
		Name     string `xml:"name,attr"`
		Tests    int    `xml:"tests,attr"`
		Failures int    `xml:"failures,attr"`
		Cases    []struct {
			Name      string `xml:"name,attr"`
			Classname string `xml:"classname,attr"`
			Failures  []struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
			SystemOut string `xml:"system-out"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func parseJUnit(t *testing.T, out string) junitXML {
	t.Helper()
	var doc junitXML
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not well-formed XML: %v\n%s", err, out)
	}
	if len(doc.Suites) != 1 {
		t.Fatalf("%d test suites, want 1", len(doc.Suites))
	}
	return doc
}

// TestJUnitFailsWhatFailsTheRun: with --fail-on error, files with an error
// fail (one <failure> each, listing their errors), warnings and infos are
// kept in <system-out>, and clean files pass.
func TestJUnitFailsWhatFailsTheRun(t *testing.T) {
	doc := parseJUnit(t, render(t, "junit", sampleOptions(i18n.EN), sampleResults()))
	s := doc.Suites[0]
	if doc.Tests != 5 || s.Tests != 5 || len(s.Cases) != 5 {
		t.Fatalf("tests=%d/%d with %d cases, want one per file (5)", doc.Tests, s.Tests, len(s.Cases))
	}
	if doc.Failures != 3 || s.Failures != 3 {
		t.Errorf("failures=%d/%d, want 3 (files with an error)", doc.Failures, s.Failures)
	}
	failing := 0
	for _, c := range s.Cases {
		if c.Classname != "postlint" {
			t.Errorf("%s: classname %q", c.Name, c.Classname)
		}
		if len(c.Failures) > 1 {
			t.Errorf("%s: %d <failure> elements; readers show only the first", c.Name, len(c.Failures))
		}
		if len(c.Failures) == 1 {
			failing++
		}
	}
	if failing != doc.Failures {
		t.Errorf("failures=%d but %d test cases fail", doc.Failures, failing)
	}
	ulasan := s.Cases[4]
	if ulasan.Name != "posts/ulasan warga é.md" {
		t.Fatalf("cases out of order: %q last", ulasan.Name)
	}
	f := ulasan.Failures[0]
	wantText := "posts/ulasan warga é.md:9:56 error hashtag-count 7 hashtags: Instagram accepts at most 5, 100% over: \"#a\" <#b> & #c second line\uFFFD [instagram] → suggestion: keep #A & #B, drop the rest"
	if f.Type != "hashtag-count" || f.Text != wantText {
		t.Errorf("failure type %q text\n %q\nwant\n %q", f.Type, f.Text, wantText)
	}
	if !strings.HasPrefix(f.Message, "hashtag-count: 7 hashtags") {
		t.Errorf("failure message %q should name the rule and the finding", f.Message)
	}
	wantOut := "posts/ulasan warga é.md:1:1 info brand-name write 'Kemensetneg' 🎉\n" +
		"posts/ulasan warga é.md:2:3 warning hook-dateline opens with \"مرحبا بكم\" — a greeting, not the news → suggestion: put the news first"
	if ulasan.SystemOut != wantOut {
		t.Errorf("system-out\n %q\nwant\n %q", ulasan.SystemOut, wantOut)
	}
	if c := s.Cases[3]; c.Name != "clean.md" || len(c.Failures) != 0 || c.SystemOut != "" {
		t.Errorf("a clean file should pass quietly: %+v", c)
	}
	if c := s.Cases[1]; c.Failures[0].Text != `a,b:c%.md error front-matter unknown front matter key "platfrom" → suggestion: did you mean "platform"?` {
		t.Errorf("a finding without a position: %q", c.Failures[0].Text)
	}
}

func TestJUnitThreshold(t *testing.T) {
	for _, tc := range []struct {
		failOn   lint.Severity
		failures int
	}{{lint.Off, 0}, {lint.Error, 3}, {lint.Warning, 3}, {lint.Info, 4}} {
		o := sampleOptions(i18n.EN)
		o.FailOn = tc.failOn
		doc := parseJUnit(t, render(t, "junit", o, sampleResults()))
		if doc.Failures != tc.failures {
			t.Errorf("--fail-on %s: %d failures, want %d", tc.failOn, doc.Failures, tc.failures)
		}
		lines := 0
		for _, c := range doc.Suites[0].Cases {
			for _, f := range c.Failures {
				lines += len(strings.Split(f.Text, "\n"))
			}
			if c.SystemOut != "" {
				lines += len(strings.Split(c.SystemOut, "\n"))
			}
		}
		if lines != len(sampleFindings()) {
			t.Errorf("--fail-on %s: %d finding lines, want every finding once (%d)", tc.failOn, lines, len(sampleFindings()))
		}
	}
}

// A file with failing findings of several rules names them all.
func TestJUnitSeveralFailures(t *testing.T) {
	o := sampleOptions(i18n.ID)
	o.FailOn = lint.Warning
	doc := parseJUnit(t, render(t, "junit", o, sampleResults()))
	f := doc.Suites[0].Cases[4].Failures[0]
	if f.Message != "2 temuan: hook-dateline, hashtag-count" || f.Type != "hook-dateline,hashtag-count" {
		t.Errorf("message %q type %q", f.Message, f.Type)
	}
	if n := len(strings.Split(f.Text, "\n")); n != 2 {
		t.Errorf("%d lines in the failure, want 2:\n%s", n, f.Text)
	}
}

func TestJUnitHasNoTimes(t *testing.T) {
	out := render(t, "junit", sampleOptions(i18n.EN), sampleResults())
	for _, attr := range []string{"time=", "timestamp=", "hostname="} {
		if strings.Contains(out, attr) {
			t.Errorf("%s would make reports differ between runs", attr)
		}
	}
}
