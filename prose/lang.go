package prose

import (
	"sync"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/strindex"
)

// DetectLang decides whether text is Indonesian ("id") or English ("en") by
// counting function words from data/stopwords-id.txt and stopwords-en.txt.
//
// It abstains (returns "", false) when neither list has a hit ("Otw kantor")
// or when neither language clearly wins. When only one language has hits, it
// wins. When both have hits (English loanwords in an Indonesian caption), the
// majority wins only with at least 2 hits and 1.5 times the other's count.
//
// Words glued to URL or entity punctuation (#tag, @user, x.id/the) are
// skipped, and so are ALL-CAPS words (AS, IT, US are Indonesian acronyms as
// often as English words) unless most of the text is in capitals.
func DetectLang(text string) (lang string, ok bool) {
	d := newLangDetector(text)
	for i := 0; i < len(text); {
		tok, next, found := nextToken(text, i, false)
		if !found {
			break
		}
		i = next
		d.add(tok)
	}
	return d.result()
}

// DetectLangTokens is DetectLang over the tokens of text that Words or
// Tokens already found (only Word tokens count), so that a caller that
// tokenises the text anyway does not tokenise it twice.
func DetectLangTokens(text string, toks []Token) (lang string, ok bool) {
	d := newLangDetector(text)
	for _, tok := range toks {
		d.add(tok)
	}
	return d.result()
}

// langDetector counts the function words of each language in a text.
type langDetector struct {
	text string
	// caps is whether most of the text is in capitals: 0 until a word
	// in capitals asks (capsLock), then 1 for no or 2 for yes. Most posts
	// have no such word, and their letters are not counted.
	caps           int8
	sw             stopwordTable
	shapes         *shapeSet // stopwordShapes, looked up once per text
	idHits, enHits int
}

func newLangDetector(text string) langDetector {
	return langDetector{text: text, sw: stopwords(), shapes: stopwordShapes()}
}

// capsLock reports whether most of the text is in capitals, counting its
// letters on the first call.
func (d *langDetector) capsLock() bool {
	if d.caps == 0 {
		d.caps = 1
		if mostlyCapitals(d.text) {
			d.caps = 2
		}
	}
	return d.caps == 2
}

func (d *langDetector) add(tok Token) {
	var buf [24]byte
	n := tok.End - tok.Start
	if tok.Kind != Word || n > len(buf) || n <= 0 {
		return
	}
	w := d.text[tok.Start:tok.End]
	// Most words are no stopword, and their shape says so: they are not
	// folded, hashed, nor judged further. What is judged after only rules
	// words out, so its order does not change the counts; a word in
	// capitals that is no stopword then never counts the post's capitals.
	if !d.shapes.mayHoldFolded(shapeByte(w[0]), shapeByte(w[n-1]), n) {
		return
	}
	key, h, upper, ok := foldStopwordKeyASCII(buf[:n], w)
	if !ok {
		if key, ok = foldStopwordKey(buf[:n], w); !ok {
			return
		}
		h, upper = strindex.Hash(key), 2 // IsUpperWord judges the letters
	}
	if !d.shapes.mayHold(key) || entityGlued(d.text, tok) {
		return
	}
	// A word in capitals has two upper-case letters at least; an ASCII
	// word with fewer is none, and IsUpperWord is not asked.
	if upper >= 2 && IsUpperWord(w) && !d.capsLock() {
		return
	}
	// Both lists file the key under one hash.
	if d.sw.id.FindHashed(key, h) >= 0 {
		d.idHits++
	} else if d.sw.en.FindHashed(key, h) >= 0 {
		d.enHits++
	}
}

// foldStopwordKeyASCII folds w, ASCII, into key (len(w) bytes) in lower
// case, in one pass with the key's strindex.Hash and the count of upper-case
// letters in w, where folding, hashing and IsUpperWord took three. ok is
// false when w has a byte outside ASCII (foldStopwordKey folds it).
func foldStopwordKeyASCII(key []byte, w string) (_ []byte, h uint32, upper int, ok bool) {
	h = strindex.HashSeed
	w = w[:len(key)]
	for j, c := range []byte(w) {
		if c >= utf8.RuneSelf {
			return key, 0, 0, false
		}
		if c-'A' < 26 {
			c += 'a' - 'A'
			upper++
		}
		key[j] = c
		h = strindex.HashStep(h, c)
	}
	return key, h, upper, true
}

// foldStopwordKey folds w into a stopword key in key (len(w) bytes): lower
// case, the curly apostrophe spelt "'". ok is false when w has another
// byte outside ASCII, which no listed word has.
func foldStopwordKey(key []byte, w string) (_ []byte, ok bool) {
	k := 0
	for j := 0; j < len(w); j++ {
		c := w[j]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 0x80:
			// Only the curly apostrophe (U+2019) can occur in a listed word.
			if j+2 < len(w) && w[j:j+3] == "\u2019" {
				c = '\''
				j += 2
			} else {
				return key, false
			}
		}
		key[k] = c
		k++
	}
	return key[:k], true
}

// shapeByte is the first or last byte of a word's stopword key, for a
// word whose first or last byte is c: c in lower case, or the apostrophe
// for a byte of a longer rune (only the curly apostrophe, which keys
// spell "'", can end a listed word).
func shapeByte(c byte) byte {
	switch {
	case c >= 'A' && c <= 'Z':
		return c + 'a' - 'A'
	case c >= utf8.RuneSelf:
		return '\''
	}
	return c
}

func (d *langDetector) result() (lang string, ok bool) {
	idHits, enHits := d.idHits, d.enHits
	switch {
	case idHits == 0 && enHits == 0:
		return "", false
	case enHits == 0:
		return "id", true
	case idHits == 0:
		return "en", true
	case idHits >= 2 && idHits*2 >= enHits*3:
		return "id", true
	case enHits >= 2 && enHits*2 >= idHits*3:
		return "en", true
	}
	return "", false
}

// entityGlued reports a word attached to URL, hashtag or mention punctuation
// on either side.
func entityGlued(text string, t Token) bool {
	if t.Start > 0 {
		switch text[t.Start-1] {
		case '#', '@', '/', '.', ':', '=', '&', '?', '_', '%', '~':
			return true
		}
	}
	if t.End < len(text) {
		switch text[t.End] {
		case '/', ':', '@', '=':
			return true
		case '.':
			return t.End+1 < len(text) && isASCIILetter(text[t.End+1])
		}
	}
	return false
}

// shapeSet is a set of lengths by first and by last byte of the words of
// a list: a word whose length is in neither its first byte's nor its last
// byte's set is not in the list, found without hashing it.
type shapeSet struct {
	starts, ends [256]uint32 // bit n: a listed word of n bytes starts (ends) with the byte
}

func (s *shapeSet) add(w string) {
	if n := len(w); n > 0 && n < 32 {
		s.starts[w[0]] |= 1 << n
		s.ends[w[n-1]] |= 1 << n
	}
}

// mayHoldFolded reports whether a word of n bytes, at most 31, whose key
// starts with first and ends with last may be a listed word: false means
// it is not. Its key has n bytes, or two fewer for each curly apostrophe
// (three bytes, folded to one).
func (s *shapeSet) mayHoldFolded(first, last byte, n int) bool {
	return s.starts[first]&s.ends[last]&(foldedLens>>(31-n)) != 0
}

// foldedLens has the bits 31, 29, 27 … 1: shifted right by 31-n, the
// lengths n, n-2, n-4 … a word of n bytes may fold to.
const foldedLens uint32 = 0xAAAAAAAA

// mayHold reports whether w, of at most 31 bytes, may be a listed word:
// false means it is not.
func (s *shapeSet) mayHold(w []byte) bool {
	n := len(w)
	return n > 0 && n < 32 && s.starts[w[0]]&s.ends[w[n-1]]&(1<<n) != 0
}

// stopwordShapes is the shape of both stopword lists, made on first use
// (not at start-up, which reads no list).
var stopwordShapes = sync.OnceValue(func() *shapeSet {
	s := new(shapeSet)
	for _, keys := range [][]string{stopwordsIDKeys, stopwordsENKeys} {
		for _, k := range keys {
			s.add(k)
		}
	}
	return s
})
