package prose

import (
	"unicode"
	"unicode/utf8"
)

// Syllables estimates the syllables of one word. lang "en" selects the
// English rules; any other value selects the Indonesian rules.
//
// Indonesian: every vowel a i u e o is a nucleus, and so is y between two
// consonants or after a consonant at the end of the word. The diphthongs ai,
// au, ei, oi are one syllable when the word ends after them or one consonant
// (ng, ny, kh, sy count as one) and a vowel follow (pan-dai, sau-da-ra,
// sur-vei, sam-pai-kan); before a closing consonant they split (ma-in, ba-ik,
// la-ut). Other vowel sequences split (bu-ah, ni-at). Known misses: mainan,
// kaidah (3, counted 2).
//
// English: vowel groups (a e i o u, y after the first letter), minus a silent
// final e (make=1; but the=1, table=2), a silent -es (makes=1; boxes=2) and an
// -ed that follows any consonant but t or d (jumped=1, wanted=2).
//
// Hyphenated parts are counted separately and added (kegiatan-kegiatan=8),
// every part with letters counts at least 1, and digits count 0.
func Syllables(word, lang string) int {
	en := lang == "en"
	if en {
		if n, ok := asciiSyllablesEN(word); ok {
			return n
		}
	} else if n, ok := simpleSyllablesID(word); ok {
		return n
	}
	var buf [48]byte
	part := buf[:0]
	total := 0
	for i := 0; i < len(word); {
		if c := word[i]; c < utf8.RuneSelf {
			// ASCII, as most words are: a letter joins the part, an
			// apostrophe stays inside it, anything else ends it.
			i++
			switch {
			case isASCIILetter(c):
				part = append(part, c|0x20)
			case c == '\'':
			case len(part) > 0:
				total += countPart(part, en)
				part = part[:0]
			}
			continue
		}
		r, w := decode(word, i)
		i += w
		switch {
		case isLetter(r):
			part = append(part, baseLetter(r))
			continue
		case isApostrophe(r) || unicode.IsMark(r) || isInWordFormat(r):
			continue // inside the part: don't, Jum'at, decomposed accents
		}
		if len(part) > 0 {
			total += countPart(part, en)
			part = part[:0]
		}
	}
	if len(part) > 0 {
		total += countPart(part, en)
	}
	return total
}

// simpleSyllablesID counts the Indonesian syllables of a word made only of
// ASCII letters in which no two vowels meet and no 'y' occurs, as most
// words are: each vowel is then a nucleus of its own, so the count is the
// number of vowels, read straight from the word without copying it. ok is
// false for any other word.
func simpleSyllablesID(word string) (n int, ok bool) {
	if word == "" {
		return 0, false
	}
	prev := false
	for i := 0; i < len(word); i++ {
		c := word[i] | 0x20
		if c-'a' >= 26 || c == 'y' {
			return 0, false
		}
		v := aeiouBits>>(c-'a')&1 != 0
		if v && prev {
			return 0, false
		}
		if v {
			n++
		}
		prev = v
	}
	return max(n, 1), true
}

// asciiSyllablesEN counts the English syllables of a word made only of
// ASCII letters, as most words are: the word is one part, counted where it
// stands (countEN lowers each letter as it reads it) without the per-byte
// checks of the general loop. ok is false for any other word.
func asciiSyllablesEN(word string) (n int, ok bool) {
	if word == "" {
		return 0, false
	}
	n, ok = countEN(word)
	return max(n, 1), ok
}

func countPart(p []byte, en bool) int {
	var n int
	if en {
		n, _ = countEN(p)
	} else {
		n = countID(p)
	}
	return max(n, 1)
}

// baseLetter maps a letter to a lower-case ASCII letter for the vowel rules:
// accented Latin vowels to their base vowel, everything else that is not an
// ASCII letter to a consonant placeholder.
func baseLetter(r rune) byte {
	if r < 0x80 {
		return byte(r) | 0x20
	}
	r = unicode.ToLower(r)
	switch {
	case r >= 0xE0 && r <= 0xE5, r >= 0x100 && r <= 0x105:
		return 'a'
	case r >= 0xE8 && r <= 0xEB, r >= 0x112 && r <= 0x11B:
		return 'e'
	case r >= 0xEC && r <= 0xEF, r >= 0x128 && r <= 0x131:
		return 'i'
	case r >= 0xF2 && r <= 0xF6, r == 0xF8, r >= 0x14C && r <= 0x151:
		return 'o'
	case r >= 0xF9 && r <= 0xFC, r >= 0x168 && r <= 0x173:
		return 'u'
	case r == 0xFD, r == 0xFF:
		return 'y'
	}
	return 'x'
}

// aeiouBits has bit c-'a' set for the vowels a, e, i, o and u.
const aeiouBits = 1 | 1<<('e'-'a') | 1<<('i'-'a') | 1<<('o'-'a') | 1<<('u'-'a')

// isAEIOU reports the five vowel letters with one comparison and a shift:
// it runs for every letter of every word read.
func isAEIOU(c byte) bool {
	return c-'a' < 26 && aeiouBits>>(c-'a')&1 != 0
}

// vowelID reports whether p[i] is a syllable nucleus letter in Indonesian.
func vowelID(p []byte, i int) bool {
	c := p[i]
	return isAEIOU(c) || c == 'y' && vowelY(p, i)
}

// vowelY reports whether the 'y' at p[i] is a syllable nucleus in
// Indonesian: after a consonant and before a consonant or the end.
func vowelY(p []byte, i int) bool {
	if i == 0 || isAEIOU(p[i-1]) || p[i-1] == 'y' {
		return false
	}
	return i+1 == len(p) || !isAEIOU(p[i+1]) && p[i+1] != 'y'
}

func countID(p []byte) int {
	n := 0
	// vowelID spelt out: it is too big to inline, and it runs for every
	// letter.
	for i := 0; i < len(p); {
		if c := p[i]; !isAEIOU(c) && (c != 'y' || !vowelY(p, i)) {
			i++
			continue
		}
		j := i + 1
		for j < len(p) && (isAEIOU(p[j]) || p[j] == 'y' && vowelY(p, j)) {
			j++
		}
		for k := i; k < j; {
			n++
			if k+1 < j && isDiphthong(p[k], p[k+1]) && (k+2 < j || diphthongCloses(p, j)) {
				k += 2
			} else {
				k++
			}
		}
		i = j
	}
	return n
}

func isDiphthong(a, b byte) bool {
	return b == 'i' && (a == 'a' || a == 'e' || a == 'o') || a == 'a' && b == 'u'
}

// diphthongCloses reports whether a diphthong whose vowel group ends at p[j]
// stays one syllable: at the end of the word, or before one consonant (or
// digraph) and a vowel.
func diphthongCloses(p []byte, j int) bool {
	if j == len(p) {
		return true
	}
	c := 1
	if j+1 < len(p) && isDigraph(p[j], p[j+1]) {
		c = 2
	}
	return j+c < len(p) && vowelID(p, j+c)
}

func isDigraph(a, b byte) bool {
	return a == 'n' && (b == 'g' || b == 'y') || b == 'h' && (a == 'k' || a == 's') || a == 's' && b == 'y'
}

// vowelEN reports whether the letter c at index i is a vowel in English.
func vowelEN(c byte, i int) bool {
	return isAEIOU(c) || c == 'y' && i > 0
}

// countEN counts the English syllables of a part: lower-case letters, or
// ASCII letters in any case, each lowered as it is read (which leaves the
// lower-case ones as they are), so that asciiSyllablesEN counts a word
// without copying it. ok is false when p holds a byte that is not an ASCII
// letter; the count is then meaningless. Each letter is judged once: the
// loop carries whether the letter before was a vowel.
func countEN[S ~string | ~[]byte](p S) (n int, ok bool) {
	prev := false
	for i := 0; i < len(p); i++ {
		c := p[i] | 0x20
		if c-'a' >= 26 {
			return 0, false
		}
		v := vowelEN(c, i)
		if v && !prev {
			n++
		}
		prev = v
	}
	l := len(p)
	if n < 2 || l < 3 {
		return n, true
	}
	c1, c2, c3 := p[l-1]|0x20, p[l-2]|0x20, p[l-3]|0x20
	switch {
	case c1 == 'e' && !vowelEN(c2, l-2):
		// silent final e, except consonant + "le" (table, little)
		if c2 != 'l' || vowelEN(c3, l-3) {
			n--
		}
	case l >= 4 && c1 == 's' && c2 == 'e' && !vowelEN(c3, l-3):
		if !isSibilant(c3, p[l-4]|0x20) {
			n--
		}
	case l >= 4 && c1 == 'd' && c2 == 'e' && !vowelEN(c3, l-3):
		if c3 != 't' && c3 != 'd' {
			n--
		}
	}
	return n, true
}

// isSibilant reports a consonant c before -es that keeps it a syllable
// (boxes, changes, wishes); before is the letter before c.
func isSibilant(c, before byte) bool {
	switch c {
	case 's', 'x', 'z', 'c', 'g':
		return true
	case 'h':
		return before == 's' || before == 'c'
	}
	return false
}
