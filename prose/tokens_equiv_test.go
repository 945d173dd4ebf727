package prose

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/corpus"
)

// scanWordByLetter is scanWord as it was before it counted a run of ASCII
// letters at once: each letter judged and noted alone. It is the oracle of
// the tests below.
func scanWordByLetter(text string, i int) (int, TokenKind) {
	j := i
	var prev rune
	letters, digits, others := 0, 0, 0
	for j < len(text) {
		var r rune
		var w int
		if c := text[j]; c < utf8.RuneSelf {
			switch cl := asciiClass[c]; {
			case cl&clLetter != 0:
				letters++
				prev = rune(c)
				j++
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

// checkScanWord fails t when scanWord differs from scanWordByLetter at
// any word start of text.
func checkScanWord(t *testing.T, text string) {
	t.Helper()
	for i := 0; i < len(text); {
		r, w := decode(text, i)
		if isWordStart(r) {
			gotEnd, gotKind := scanWord(text, i)
			if wantEnd, wantKind := scanWordByLetter(text, i); gotEnd != wantEnd || gotKind != wantKind {
				t.Fatalf("scanWord(%q, %d) = %d, %v, want %d, %v", text, i, gotEnd, gotKind, wantEnd, wantKind)
			}
		}
		i += w
	}
}

func TestScanWordSameAsByLetter(t *testing.T) {
	pieces := []string{"kata", "A", "z", "Rp", "rp", "10", "2,5", "1.000", "-", "_", "'", "’", ".", ",", "\u00ad", "\u200d",
		"é", "e\u0301", "Σ", "ß", "٣", "😀", " ", "\n", "#", "@", "/", "\xff", "\xe2\x80", "@A", "[", "`", "{"}
	r := rand.New(rand.NewPCG(13, 14))
	for range 50000 {
		var b strings.Builder
		for range r.IntN(10) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		checkScanWord(t, b.String())
	}
	for i := range 300 {
		_, content := corpus.Post(r, i)
		checkScanWord(t, content)
	}
}

func FuzzScanWordSameAsByLetter(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(checkScanWord)
}
