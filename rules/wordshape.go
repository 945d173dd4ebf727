package rules

// wordShape rejects most strings that are not in a set of words before the
// set is hashed: for each byte length below 64, it records which bytes
// start and which end a word of that length. A hashtag is split by looking
// up every substring of it, and few substrings pass both tests.
type wordShape struct {
	starts, ends [256]uint64 // bit n: a word of n bytes starts (ends) with the byte
	empty, long  bool        // the set holds "", or a word of 64 bytes or more
}

// add records w as one of the set's words.
func (s *wordShape) add(w string) {
	n := len(w)
	switch {
	case n == 0:
		s.empty = true
	case n >= 64:
		s.long = true
	default:
		s.starts[w[0]] |= 1 << n
		s.ends[w[n-1]] |= 1 << n
	}
}

// mayHold reports whether w may be one of the set's words: false means it
// is not.
func (s *wordShape) mayHold(w string) bool {
	if len(w) == 0 {
		return s.empty
	}
	return s.mayHoldEnds(len(w), w[0], w[len(w)-1])
}

// mayHoldEnds is mayHold for a word of n > 0 bytes that starts with first
// and ends with last.
func (s *wordShape) mayHoldEnds(n int, first, last byte) bool {
	if n >= 64 {
		return s.long
	}
	bit := uint64(1) << n
	return s.starts[first]&bit != 0 && s.ends[last]&bit != 0
}

// mayHoldUnfolded reports whether w, not yet folded, may fold to one of
// the set's words. An ASCII word folds to itself in lower case; a word
// with other bytes may fold to another length, and may.
func (s *wordShape) mayHoldUnfolded(w string) bool {
	if w == "" {
		return s.empty
	}
	if !isASCII(w) {
		return true
	}
	return s.mayHoldEnds(len(w), lowerASCII(w[0]), lowerASCII(w[len(w)-1]))
}
