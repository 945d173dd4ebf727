package prose

// texts returns the text of each span, for readable table tests.
func spanTexts(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

type tokText struct {
	Text string
	Kind TokenKind
}

func tokTexts(text string, toks []Token) []tokText {
	var out []tokText
	for _, t := range toks {
		out = append(out, tokText{text[t.Start:t.End], t.Kind})
	}
	return out
}

func w(s string) tokText  { return tokText{s, Word} }
func n(s string) tokText  { return tokText{s, Number} }
func p(s string) tokText  { return tokText{s, Punct} }
func sy(s string) tokText { return tokText{s, Symbol} }
