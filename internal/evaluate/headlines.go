package evaluate

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Headline labels.
const (
	LabelClickbait    = "clickbait"
	LabelNonClickbait = "non-clickbait"
)

// Headline is one labelled row of a headline CSV.
type Headline struct {
	Row       int // 1-based among the data rows: the post index in the engine
	Line      int // file line the row starts on
	Title     string
	Clickbait bool
}

// ReadHeadlines reads a CSV with a header naming a title and a label
// column (title,label[,label_score] like the CLICK-ID data); other columns
// are ignored. Every row needs a title and the label clickbait or
// non-clickbait.
func ReadHeadlines(file string, data []byte) ([]Headline, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = true
	fail := func(line int, format string, args ...any) error {
		return &DataError{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	header, err := r.Read()
	if errors.Is(err, io.EOF) {
		return nil, fail(0, "empty file: want a header title,label")
	}
	if err != nil {
		return nil, csvError(file, err)
	}
	titleCol, labelCol := -1, -1
	for i, h := range header {
		switch strings.ToLower(strings.TrimSpace(h)) {
		case "title":
			titleCol = i
		case "label":
			labelCol = i
		}
	}
	if titleCol < 0 || labelCol < 0 {
		return nil, fail(1, "the header needs a title and a label column (title,label[,label_score])")
	}
	var out []Headline
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, csvError(file, err)
		}
		line, _ := r.FieldPos(0)
		if titleCol >= len(rec) || labelCol >= len(rec) {
			return nil, fail(line, "the row has %d cells; the title and label columns are %d and %d", len(rec), titleCol+1, labelCol+1)
		}
		h := Headline{Row: len(out) + 1, Line: line, Title: strings.TrimSpace(rec[titleCol])}
		if h.Title == "" {
			return nil, fail(line, "empty title")
		}
		switch strings.TrimSpace(rec[labelCol]) {
		case LabelClickbait:
			h.Clickbait = true
		case LabelNonClickbait:
		default:
			return nil, fail(line, "label %q: want %s or %s", rec[labelCol], LabelClickbait, LabelNonClickbait)
		}
		out = append(out, h)
	}
}

func csvError(file string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &DataError{File: file, Line: pe.StartLine, Msg: pe.Err.Error()}
	}
	return &DataError{File: file, Msg: err.Error()}
}
