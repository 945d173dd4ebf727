package evaluate

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestParseLabel(t *testing.T) {
	const post = "---\nlang: id\n---\nCetak KTP kini bisa hari Sabtu.\n"
	tests := []struct {
		name string
		src  string
		want Label
	}{
		{"expect only", post + "<!-- eval: expect=hook-dateline,acronym -->\n",
			Label{Expect: []string{"hook-dateline", "acronym"}, Line: 5}},
		{"expect and maybe", post + "<!-- eval: expect=hook-dateline maybe=long-sentence,cta-missing -->",
			Label{Expect: []string{"hook-dateline"}, Maybe: []string{"long-sentence", "cta-missing"}, Line: 5}},
		{"empty expect: an ordinary post", post + "<!-- eval: expect= -->\n", Label{Line: 5}},
		{"empty expect with maybe", post + "<!-- eval: expect= maybe=clickbait -->\n", Label{Maybe: []string{"clickbait"}, Line: 5}},
		{"maybe first", post + "<!-- eval: maybe=clickbait expect=chain-message -->\n",
			Label{Expect: []string{"chain-message"}, Maybe: []string{"clickbait"}, Line: 5}},
		{"empty maybe", post + "<!-- eval: expect=clickbait maybe= -->\n", Label{Expect: []string{"clickbait"}, Line: 5}},
		{"CRLF line ends", strings.ReplaceAll(post, "\n", "\r\n") + "<!-- eval: expect=clickbait -->\r\n",
			Label{Expect: []string{"clickbait"}, Line: 5}},
		{"blank lines after the label", post + "<!-- eval: expect=clickbait -->\n\n  \n",
			Label{Expect: []string{"clickbait"}, Line: 5}},
		{"extra spaces inside the comment", post + "  <!--eval:   expect=clickbait    maybe=acronym-->  \n",
			Label{Expect: []string{"clickbait"}, Maybe: []string{"acronym"}, Line: 5}},
		{"a rule that is not evaluated is still a rule", post + "<!-- eval: expect=platform-limit -->",
			Label{Expect: []string{"platform-limit"}, Line: 5}},
		{"other comments are not labels", "<!-- postlint-disable-file hashtag-count -->\n" + post + "<!-- eval: expect= -->",
			Label{Line: 6}},
		{"label only", "<!-- eval: expect= -->", Label{Line: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseLabel("p.md", []byte(tt.src))
			if err != nil {
				t.Fatalf("ParseLabel: %v", err)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("label (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseLabelErrors(t *testing.T) {
	const post = "---\nlang: en\n---\nThe clinic opens on Saturdays.\n"
	tests := []struct {
		name string
		src  string
		line int
		msg  string
	}{
		{"no label", post, 4, "no eval label"},
		{"no label, trailing blank lines", post + "\n\n", 4, "no eval label"},
		{"empty file", "", 1, "no eval label"},
		{"a misspelt marker is no label", post + "<!-- evaluate: expect= -->", 5, "no eval label"},
		{"label not on the last line", "<!-- eval: expect= -->\n" + post, 1, "must be the last line of the file (the file goes on to line 5)"},
		{"two labels", post + "<!-- eval: expect= -->\n<!-- eval: expect=clickbait -->", 6, "a second eval label (the first is on line 5)"},
		{"two labels on one line", post + "<!-- eval: expect= --><!-- eval: expect= -->", 5, "a second eval label (the first is on line 5)"},
		{"text before the label", post + "Call us. <!-- eval: expect= -->", 5, "must stand alone on its line"},
		{"unclosed label", post + "<!-- eval: expect=", 5, "must stand alone on its line"},
		{"no expect", post + "<!-- eval: maybe=clickbait -->", 5, "has no expect="},
		{"nothing at all", post + "<!-- eval: -->", 5, "has no expect="},
		{"unknown key", post + "<!-- eval: expects=clickbait -->", 5, `unexpected "expects=clickbait"`},
		{"a word without =", post + "<!-- eval: expect=clickbait borderline -->", 5, `unexpected "borderline"`},
		{"expect twice", post + "<!-- eval: expect=clickbait expect=acronym -->", 5, "expect= given twice"},
		{"unknown rule, with a hint", post + "<!-- eval: expect=click-bait -->", 5, `unknown rule "click-bait" in expect=; did you mean "clickbait"?`},
		{"unknown rule in maybe", post + "<!-- eval: expect= maybe=hoax -->", 5, `unknown rule "hoax" in maybe=`},
		{"space after a comma", post + "<!-- eval: expect=clickbait, acronym -->", 5, "empty rule name in expect="},
		{"double comma", post + "<!-- eval: expect=clickbait,,acronym -->", 5, "empty rule name in expect="},
		{"rule listed twice", post + "<!-- eval: expect=clickbait,clickbait -->", 5, "clickbait listed twice in expect="},
		{"rule in both lists", post + "<!-- eval: expect=clickbait,acronym maybe=acronym -->", 5, "acronym is in both expect= and maybe="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseLabel("posts/x.md", []byte(tt.src))
			var de *DataError
			if !errors.As(err, &de) {
				t.Fatalf("ParseLabel = %v, want a *DataError", err)
			}
			if de.File != "posts/x.md" || de.Line != tt.line {
				t.Errorf("error at %s:%d, want posts/x.md:%d (%v)", de.File, de.Line, tt.line, err)
			}
			if !strings.Contains(de.Msg, tt.msg) {
				t.Errorf("message %q lacks %q", de.Msg, tt.msg)
			}
		})
	}
}

func TestDataErrorsListEveryProblemInOrder(t *testing.T) {
	es := DataErrors{{File: "b.md", Line: 2, Msg: "x"}, {File: "a.md", Line: 9, Msg: "y"}, {File: "a.md", Line: 3, Msg: "z"}, {File: "c.csv", Msg: "w"}}
	es.sort()
	want := "a.md:3: z\na.md:9: y\nb.md:2: x\nc.csv: w"
	if got := es.Error(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
