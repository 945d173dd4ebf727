package rules

import (
	"fmt"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/prose"
)

// WallOfText notes paragraphs too long to read on a phone: more than three
// sentences or more than 60 words between blank lines. Bullet lines
// (including emoji bullets) do not count: a list is the cure, not the
// problem.
type WallOfText struct {
	MaxSentences int `toml:"max_sentences"`
	MaxWords     int `toml:"max_words"`
}

func init() {
	register("wall-of-text", func() Rule { return &WallOfText{MaxSentences: 3, MaxWords: 60} })
}

// Doc documents the rule.
func (*WallOfText) Doc() lint.Doc {
	return lint.Doc{
		ID:        "wall-of-text",
		Category:  lint.CategoryLength,
		Severity:  lint.Info,
		Summary:   i18n.English("paragraph over 3 sentences or 60 words"),
		Rationale: i18n.English("Feeds are read on phones, where a long paragraph becomes a grey block people scroll past. The US Federal Plain Language Guidelines ask for short paragraphs even in documents; for a post, a paragraph of one idea in at most three sentences or 60 words reads at a glance. Bullet lines are not counted."),
		Source:    "US Federal Plain Language Guidelines, \"Write short paragraphs\"",
		Bad:       i18n.English("The office is open Monday to Friday. Bring your ID card. Queue numbers are given from 07.30. Applications close at 14.00. Results are sent by SMS. (one paragraph)"),
		Good:      i18n.English("The office is open Monday to Friday, 07.30–14.00.\n\nBring your ID card; results come by SMS."),
		Options: []lint.OptionDoc{
			{Name: "max_sentences", Help: i18n.English("most sentences in a paragraph (0: no limit)")},
			{Name: "max_words", Help: i18n.English("most words in a paragraph (0: no limit)")},
		},
	}
}

// Validate checks the options.
func (r *WallOfText) Validate() error {
	if r.MaxSentences < 0 || r.MaxWords < 0 {
		return fmt.Errorf("max_sentences and max_words must not be negative")
	}
	return nil
}

// Check counts sentences and words per paragraph, leaving out list lines.
func (r *WallOfText) Check(p *Pass) {
	a := p.Text
	sents := proseSentences(a)
	// Sentences and paragraphs are both in text order: walk them together,
	// and look each line up once, so a long post is read once, not once
	// per sentence.
	next := 0
	var lines lineWalker
	for _, para := range a.Paragraphs() {
		for next < len(sents) && sents[next].Start < para.Start {
			next++
		}
		// The paragraph's sentences off bullet lines: counted, and the
		// first's start and the last's end kept for the finding's span.
		n, words := 0, 0
		var span prose.Span
		for ; next < len(sents) && sents[next].Start < para.End; next++ {
			s := sents[next]
			if s.End <= para.End && !lines.bullet(a, s.Start) {
				if n == 0 {
					span.Start = s.Start
				}
				span.End = s.End
				n++
				words += len(s.Words)
			}
		}
		overS := r.MaxSentences > 0 && n > r.MaxSentences
		overW := r.MaxWords > 0 && words > r.MaxWords
		if !overS && !overW {
			continue
		}
		var msg i18n.Text
		switch {
		case overS && overW:
			msg = i18n.Sprintf("paragraph of %d sentences and %d words (over %d sentences and %d words): hard to read on a phone",
				"paragraf berisi %d kalimat dan %d kata (lebih dari %d kalimat dan %d kata): sulit dibaca di ponsel", n, words, r.MaxSentences, r.MaxWords)
		case overS:
			msg = i18n.Sprintf("paragraph of %d sentences (over %d): hard to read on a phone",
				"paragraf berisi %d kalimat (lebih dari %d): sulit dibaca di ponsel", n, r.MaxSentences)
		default:
			msg = i18n.Sprintf("paragraph of %d words (over %d): hard to read on a phone",
				"paragraf berisi %d kata (lebih dari %d): sulit dibaca di ponsel", words, r.MaxWords)
		}
		p.Report(Report{
			Start: span.Start, End: span.End,
			Message: msg,
			Suggestion: i18n.T("split it with a blank line after every idea, turn details into a short list, or cut what readers do not need",
				"pecah dengan baris kosong untuk setiap gagasan, jadikan detail daftar singkat, atau buang yang tidak dibutuhkan pembaca"),
		})
	}
}

// lineWalker tells whether offsets, given in increasing order, stand on
// bullet lines. Each line is found and judged once.
type lineWalker struct {
	line     prose.Span
	isBullet bool
	seen     bool
}

func (w *lineWalker) bullet(a *Analysis, off int) bool {
	if w.seen && off >= w.line.Start && off <= w.line.End {
		return w.isBullet
	}
	from := 0 // the line cannot start before the end of the last one
	if w.seen && off > w.line.End {
		from = w.line.End
	}
	sp := lineSpanAt(a.Text[from:], off-from)
	w.line, w.seen = prose.Span{Start: from + sp.Start, End: from + sp.End}, true
	w.isBullet = isBulletLine(a, w.line)
	return w.isBullet
}

// Requires declares the analysis views the rule reads.
func (*WallOfText) Requires() []AnyView {
	return []AnyView{viewParagraphs, viewEmoji, viewProseSentences}
}
