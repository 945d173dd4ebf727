package prose

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of the input text.
type Span struct{ Start, End int }

// TokenKind classifies a Token.
type TokenKind uint8

// Token kinds. Words and Tokens return Word and Number; Tokens also returns
// Punct and Symbol.
const (
	// Word is a run of letters and digits, with internal hyphens
	// (sehari-hari, e-KTP, COVID-19) and apostrophes (don't, Jum'at) kept.
	Word TokenKind = iota
	// Number is a run of digits with internal separators (10.000, 08.00, 2,5),
	// optionally led by the currency prefix Rp (Rp10.000).
	Number
	// Punct is one punctuation rune (Unicode category P: ! ? . , " # @ / -).
	Punct
	// Symbol is an emoji cluster or another symbol (+ = $ ©), or one byte of
	// invalid UTF-8.
	Symbol
)

// String returns the kind's name.
func (k TokenKind) String() string {
	switch k {
	case Word:
		return "Word"
	case Number:
		return "Number"
	case Punct:
		return "Punct"
	case Symbol:
		return "Symbol"
	}
	return "TokenKind(?)"
}

// Token is one token of a text; its text is input[Start:End].
type Token struct {
	Start, End int
	Kind       TokenKind
}

// Words returns the word and number tokens of text.
//
// Letters joined by internal hyphens stay one word (kegiatan-kegiatan,
// sehari-hari, di-like, e-mail, e-KTP, COVID-19), as do internal apostrophes
// between letters (don't, it's, Jum'at, Jum’at). Digits joined by '.' or ','
// form one Number (10.000, 08.00, 2,5, 1.500.000); "Rp10.000" is one Number
// too, while "Rp 10.000" and "Rp.10.000" are the word Rp and a Number. A period
// between letters splits (setneg.go.id is three words), and no token spans
// '#', '@' or '/', so hashtags, mentions and URL paths are never merged with a
// neighbouring word. Emoji are not words.
func Words(text string) []Token {
	return appendTokens(make([]Token, 0, len(text)/6+1), text, false)
}

// Tokens is Words plus one Punct token per punctuation rune and one Symbol
// token per emoji cluster or other symbol. The phrase matcher uses it.
func Tokens(text string) []Token {
	return appendTokens(make([]Token, 0, len(text)/4+1), text, true)
}

// AppendWords appends the tokens of Words(text) to dst, for callers that reuse
// a buffer across posts.
func AppendWords(dst []Token, text string) []Token { return appendTokens(dst, text, false) }

// AppendTokens appends the tokens of Tokens(text) to dst.
func AppendTokens(dst []Token, text string) []Token { return appendTokens(dst, text, true) }

func appendTokens(dst []Token, text string, punct bool) []Token {
	for i := 0; i < len(text); {
		tok, next, ok := nextToken(text, i, punct)
		if !ok {
			break
		}
		if len(dst) == cap(dst) {
			// Double: append's gentler growth for large slices copies a
			// token-dense 100 KB text many times.
			dst = slices.Grow(dst, cap(dst)+16)
		}
		dst = append(dst, tok)
		i = next
	}
	return dst
}

// nextToken finds the first token at or after text[i]. With punct false it
// skips punctuation and symbols. It reports false when no token is left.
func nextToken(text string, i int, punct bool) (Token, int, bool) {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			// ASCII fast path: one table lookup per byte.
			cl := asciiClass[c]
			switch {
			case cl&clBlank != 0:
				i++
				continue
			case cl&clKeycap != 0:
				if k := keycapLen(text, i); k > 0 {
					if punct {
						return Token{i, i + k, Symbol}, i + k, true
					}
					i += k
					continue
				}
			}
			switch {
			case cl&(clLetter|clDigit) != 0:
				end, kind := scanWord(text, i)
				return Token{i, end, kind}, end, true
			case cl&clPunct != 0:
				if punct {
					return Token{i, i + 1, Punct}, i + 1, true
				}
				i++
				continue
			}
		}
		r, w := decode(text, i)
		if isWordStart(r) {
			end, kind := scanWord(text, i)
			return Token{i, end, kind}, end, true
		}
		if isBlank(r) {
			i += w
			continue
		}
		if unicode.IsPunct(r) {
			if punct {
				return Token{i, i + w, Punct}, i + w, true
			}
			i += w
			continue
		}
		end := scanSymbol(text, i, r, w)
		if punct {
			return Token{i, end, Symbol}, end, true
		}
		i = end
	}
	return Token{}, i, false
}

// scanWord returns the end and kind of the word or number that starts at
// text[i], which must be a word-start rune.
func scanWord(text string, i int) (int, TokenKind) {
	j := i
	var prev rune
	letters, digits, others := 0, 0, 0
	for j < len(text) {
		var r rune
		var w int
		if c := text[j]; c < utf8.RuneSelf {
			switch cl := asciiClass[c]; {
			case cl&clLetter != 0:
				// A run of ASCII letters, most of a word, is counted at
				// once, one test per letter.
				k := j + 1
				for k < len(text) && (text[k]|0x20)-'a' < 26 {
					k++
				}
				letters += k - j
				prev = rune(text[k-1])
				j = k
				continue
			case cl&clDigit != 0:
				digits++
				prev = rune(c)
				j++
				continue
			}
			r, w = rune(c), 1
		} else {
			r, w = utf8.DecodeRuneInString(text[j:])
			if isWordCont(r) {
				switch {
				case unicode.IsLetter(r):
					letters++
				case unicode.IsNumber(r):
					digits++
				default:
					others++ // combining marks
				}
				prev = r
				j += w
				continue
			}
		}
		if j+w >= len(text) || !isHyphen(r) && !isApostrophe(r) && r != '.' && r != ',' && r != '_' && !isInWordFormat(r) {
			break
		}
		next, nw := decode(text, j+w)
		var join bool
		switch {
		case isHyphen(r), r == '_', isInWordFormat(r):
			join = isWordStart(next)
		case isApostrophe(r):
			join = isLetter(next) && (isLetter(prev) || unicode.IsMark(prev))
		default: // '.' or ','
			join = isDigit(prev) && isDigit(next)
		}
		if !join {
			break
		}
		if isLetter(next) {
			letters++
		} else { // isWordStart: a letter or a number
			digits++
		}
		prev = next
		j += w + nw
	}
	if digits > 0 && others == 0 && (letters == 0 || letters == 2 && isRupiahPrefix(text[i:j])) {
		return j, Number
	}
	return j, Word
}

// isRupiahPrefix reports "Rp" + digits, the usual way amounts are written.
func isRupiahPrefix(s string) bool {
	return len(s) > 2 && (s[0]|0x20) == 'r' && (s[1]|0x20) == 'p' && s[2] >= '0' && s[2] <= '9'
}
