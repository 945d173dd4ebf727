package prose

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FoldString returns s normalised for matching: NFC, lower case, curly
// quotes and apostrophes made straight, en and em dashes made '-', and soft
// hyphens and zero-width spaces removed. Folding can change byte lengths, so
// code that needs offsets into the original text folds token by token (see
// AppendFold and Matcher) instead of folding the whole text.
func FoldString(s string) string {
	if isFoldedASCII(s) {
		return s
	}
	return string(AppendFold(make([]byte, 0, len(s)), s))
}

// AppendFold appends the folded form of s (see FoldString) to dst. Invalid
// UTF-8 bytes are copied unchanged.
func AppendFold(dst []byte, s string) []byte {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
		i++
	}
	if i == len(s) {
		return dst
	}
	if i > 0 {
		// The last ASCII letter may take a combining mark (e + U+0301 = é),
		// so normalise from it; nothing composes across an earlier ASCII rune.
		i--
		dst = dst[:len(dst)-1]
	}
	s = s[i:]
	// QuickSpanString, unlike IsNormalString, does not allocate; when it stops
	// short the text may need composing, which is rare.
	if norm.NFC.QuickSpanString(s) < len(s) {
		s = norm.NFC.String(s)
	}
	for i := 0; i < len(s); {
		r, w := decode(s, i)
		if r == utf8.RuneError && w == 1 {
			dst = append(dst, s[i])
			i++
			continue
		}
		i += w
		if r = foldRune(r); r >= 0 {
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// foldRune folds one rune, or returns -1 for a rune that folding drops.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	switch r {
	case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0xFF07:
		return '\''
	case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB, 0xFF02:
		return '"'
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63, 0xFF0D:
		return '-'
	case 0x00AD, 0x200B, 0x2060, 0xFEFF:
		return -1
	}
	// Upper then lower maps every member of a case orbit (K, k, Kelvin sign;
	// s, ſ) to one rune, like simple case folding, without a table.
	return unicode.ToLower(unicode.ToUpper(r))
}

func isFoldedASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}
