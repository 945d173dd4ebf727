package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// QuotedSpans returns the text inside quotation marks: "…", “…”, „…“, «…»,
// and '…' or ‘…’ only where the single quotes are clearly quotation marks.
// Spans cover what lies between the marks, not the marks themselves; only
// outermost quotes are reported, in order and without overlaps.
//
// A double quote that is never closed runs to the end of its paragraph. A
// single quote opens only at the start of a word (after white space, an
// opening bracket or a dash) and closes only at the end of one (before white
// space or punctuation), and it counts only when both ends are found in the
// same paragraph, so the apostrophes in Jum'at, don't, students' and '90-an
// are never quotes.
func QuotedSpans(text string) []Span {
	return QuotedSpansWith(text, func() []Span { return Paragraphs(text) })
}

// QuotedSpansWith is QuotedSpans for a caller that keeps the text's
// paragraphs: paragraphs returns Paragraphs(text), and is called only
// when the text has an opening mark, so they are not found twice.
func QuotedSpansWith(text string, paragraphs func() []Span) []Span {
	if !mayOpenQuote(text) {
		return nil
	}
	var out []Span
	for _, p := range paragraphs() {
		out = appendQuoted(out, text, p.Start, p.End)
	}
	return out
}

// mayOpenQuote reports whether text holds a byte sequence of an opening
// mark appendQuoted looks for (" ' “ „ « ‘): a post without one has no
// quoted span, and is spared the paragraph scan. Each mark is searched
// for with strings.IndexByte or strings.Contains, which pass over a post
// several bytes at a time.
func mayOpenQuote(text string) bool {
	return strings.IndexByte(text, '"') >= 0 || strings.IndexByte(text, '\'') >= 0 ||
		strings.Contains(text, "\u00AB") || strings.Contains(text, "\u201C") ||
		strings.Contains(text, "\u201E") || strings.Contains(text, "\u2018")
}

func appendQuoted(out []Span, text string, ps, pe int) []Span {
	noSingleCloser := false // a search for a single closing quote already failed
	for i := ps; i < pe; {
		// No ASCII byte but the straight quotes opens a quote: most bytes
		// are passed over without decoding.
		if c := text[i]; c < utf8.RuneSelf && c != '"' && c != '\'' {
			i++
			continue
		}
		r, w := decode(text, i)
		switch {
		case r == '"' || r == 0x201C || r == 0x201E || r == 0x00AB:
			c, cw := findDoubleCloser(text, i+w, pe, r)
			if c < 0 {
				if i+w < pe {
					out = append(out, Span{i + w, pe})
				}
				return out
			}
			if c > i+w {
				out = append(out, Span{i + w, c})
			}
			i = c + cw
		case (r == '\'' || r == 0x2018) && !noSingleCloser && singleOpens(text, i, w, ps, pe):
			c, cw := findSingleCloser(text, i+w, pe)
			if c < 0 {
				noSingleCloser = true
				i += w
				continue
			}
			out = append(out, Span{i + w, c})
			i = c + cw
		default:
			i += w
		}
	}
	return out
}

// findDoubleCloser finds the quote that closes opener in text[i:pe].
func findDoubleCloser(text string, i, pe int, opener rune) (int, int) {
	for i < pe {
		r, w := decode(text, i)
		switch opener {
		case '"', 0x201C: // typists mix straight and curly marks
			if r == '"' || r == 0x201D || r == 0x201C {
				return i, w
			}
		case 0x201E: // „…“ or „…”
			if r == 0x201C || r == 0x201D || r == '"' {
				return i, w
			}
		case 0x00AB:
			if r == 0x00BB {
				return i, w
			}
		}
		i += w
	}
	return -1, 0
}

// singleOpens reports a single quote at text[i] in opening position: at the
// start of the paragraph or after white space, a bracket or a dash, and
// followed by something other than white space.
func singleOpens(text string, i, w, ps, pe int) bool {
	if i+w >= pe {
		return false
	}
	if r, _ := decode(text, i+w); isBlank(r) || r == '\'' || r == 0x2019 {
		return false
	}
	if i == ps {
		return true
	}
	prev := lastRune(text, i)
	switch prev {
	case '(', '[', '{', '"', 0x201C, 0x00AB, '-', 0x2013, 0x2014, '/', ':':
		return true
	}
	return isBlank(prev)
}

// findSingleCloser finds a single quote in closing position in text[i:pe]:
// after a non-blank rune and before white space, punctuation or the end.
func findSingleCloser(text string, i, pe int) (int, int) {
	start := i
	for i < pe {
		r, w := decode(text, i)
		if (r == '\'' || r == 0x2019) && i > start {
			prev := lastRune(text, i)
			if !isBlank(prev) {
				if i+w >= pe {
					return i, w
				}
				if next, _ := decode(text, i+w); isBlank(next) || unicode.IsPunct(next) || isEmojiLike(next) {
					return i, w
				}
			}
		}
		i += w
	}
	return -1, 0
}

// lastRune returns the rune that ends just before text[i] (i > 0).
func lastRune(text string, i int) rune {
	// Walk back to a rune start; at most 3 continuation bytes.
	j := i - 1
	for j > 0 && i-j < 4 && text[j]&0xC0 == 0x80 {
		j--
	}
	r, w := decode(text, j)
	if j+w != i {
		return 0xFFFD
	}
	return r
}
