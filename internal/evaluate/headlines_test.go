package evaluate

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadHeadlines(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []Headline
	}{
		{"CLICK-ID shape", "title,label,label_score\n\"Skenario Global Positif, IHSG Hijau\",non-clickbait,0\nTernyata Ini Penyebabnya,clickbait,1\n",
			[]Headline{{Row: 1, Line: 2, Title: "Skenario Global Positif, IHSG Hijau"}, {Row: 2, Line: 3, Title: "Ternyata Ini Penyebabnya", Clickbait: true}}},
		{"two columns, no final newline", "title,label\nYou won't believe this,clickbait",
			[]Headline{{Row: 1, Line: 2, Title: "You won't believe this", Clickbait: true}}},
		{"header in any case and order, extra columns", "\uFEFFsource,Label,TITLE\nx,non-clickbait,  Council opens new library  \n",
			[]Headline{{Row: 1, Line: 2, Title: "Council opens new library"}}},
		{"CRLF and blank lines", "title,label\r\n\r\nA,clickbait\r\n\r\nB,non-clickbait\r\n",
			[]Headline{{Row: 1, Line: 3, Title: "A", Clickbait: true}, {Row: 2, Line: 5, Title: "B"}}},
		{"multi-line quoted title", "title,label\n\"Line one\nline two\",clickbait\nNext,non-clickbait\n",
			[]Headline{{Row: 1, Line: 2, Title: "Line one\nline two", Clickbait: true}, {Row: 2, Line: 4, Title: "Next"}}},
		{"stray quote inside a cell", "title,label\nSoal 'Geng' dan \"Isu\" Lagi,non-clickbait\n",
			[]Headline{{Row: 1, Line: 2, Title: "Soal 'Geng' dan \"Isu\" Lagi"}}},
		{"header only", "title,label\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadHeadlines("h.csv", []byte(tt.src))
			if err != nil {
				t.Fatalf("ReadHeadlines: %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("headlines (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadHeadlinesErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		line int
		msg  string
	}{
		{"empty file", "", 0, "empty file"},
		{"no label column", "title,score\nA,1\n", 1, "needs a title and a label column"},
		{"no title column", "headline,label\nA,clickbait\n", 1, "needs a title and a label column"},
		{"unknown label", "title,label\nA,clickbait\nB,maybe\n", 3, `label "maybe": want clickbait or non-clickbait`},
		{"label in capitals", "title,label\nA,Clickbait\n", 2, `label "Clickbait"`},
		{"empty title", "title,label\nA,clickbait\n  ,non-clickbait\n", 3, "empty title"},
		{"short row", "title,label\nA\n", 2, "the row has 1 cells"},
		{"unclosed quote swallows the rest", "title,label\nA,clickbait\n\"B,clickbait\nC,clickbait\n", 3, "the row has 1 cells"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadHeadlines("h.csv", []byte(tt.src))
			var de *DataError
			if !errors.As(err, &de) {
				t.Fatalf("ReadHeadlines = %v, want a *DataError", err)
			}
			if de.File != "h.csv" || de.Line != tt.line || !strings.Contains(de.Msg, tt.msg) {
				t.Errorf("got %v, want h.csv line %d with %q", err, tt.line, tt.msg)
			}
		})
	}
}
