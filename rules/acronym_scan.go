package rules

import (
	"math/bits"

	"github.com/postlint/postlint/prose"
)

// nextCapitalByte returns the offset of the first byte at or after i that
// is an ASCII capital or outside ASCII, len(s) for none: the bytes
// lowerASCIIWord looks for (TestNextCapitalByteIsTheByteLoop). It tests
// eight bytes at a time; most of a post is in lower case.
func nextCapitalByte(s string, i int) int {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	for ; i+8 <= len(s); i += 8 {
		x := load64(s[i : i+8])
		// Each byte's low seven bits plus a constant sets the byte's top
		// bit when they reach 'A' (and 'Z'+1); no sum carries into the
		// next byte.
		low := x &^ high
		geA := (low + ones*(0x80-'A')) & high
		gtZ := (low + ones*(0x80-'Z'-1)) & high
		if m := x&high | geA&^gtZ; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return i
		}
	}
	return len(s)
}

// capitalWordIndices appends to dst the indices of the words (sorted, not
// overlapping) that lowerASCIIWord does not hold for: those with a byte
// that is an ASCII capital or outside ASCII. Most words of a post are
// not among them, and are skipped by the byte search without a look at
// each word.
func capitalWordIndices(dst []int, text string, words []prose.Token) []int {
	k := 0 // words before k end at or before pos
	for pos := nextCapitalByte(text, 0); pos < len(text); {
		for k < len(words) && words[k].End <= pos {
			k++
		}
		if k == len(words) {
			break
		}
		next := pos + 1 // a byte between words
		if words[k].Start <= pos {
			dst = append(dst, k)
			next = words[k].End
			k++
		}
		pos = nextCapitalByte(text, next)
	}
	return dst
}
