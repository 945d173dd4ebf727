package prose

import "unicode/utf8"

// FoldTokensWith is FoldTokens with each token's form for matching made by
// fold, which appends it to dst, in place of AppendFold. It matches a
// normalised form of a text's tokens (repeated letters collapsed, say)
// while the matches keep the tokens' spans in text, without laying the
// normalised tokens out as a second text to tokenise again. Phrases are
// folded, so fold must append forms that folding leaves unchanged.
func FoldTokensWith(text string, toks []Token, fold func(dst []byte, tok string, kind TokenKind) []byte) *Folded {
	f := &Folded{toks: toks}
	fs := &f.fs
	fs.presize(text, toks)
	fs.foldWith(text, toks, fold)
	return f
}

// FoldedPair is a text's tokens folded in two forms in one pass: Plain as
// FoldTokens folds them, Second as a caller's function makes them from the
// plain form (Fold). A token whose second form is its plain one,
// most of them, is laid out and hashed once, and the two share their
// buffers: a text matched in both forms (the word lists plainly, the trust
// lists with repeated letters collapsed) is folded once, into three
// arrays that the next Fold reuses.
type FoldedPair struct {
	Plain, Second Folded
	// The arrays the two forms are laid out in, whole, for the next Fold.
	offs   []int32
	hashes []uint16
	buf    []byte
}

// Fold folds the tokens of text in both forms, in place of what p held and
// in its memory: a caller keeps a pair in a struct of its own, and folding
// text after text into one pair allocates only when a text needs more room
// than the ones before (what the pair held before is then void).
//
// second appends a token's second form to dst, given its plain folded
// form and its kind, and reports whether it differs from the plain form;
// when it does not, it must return dst unchanged. Phrases are folded, so the
// second forms must be ones that folding leaves unchanged. A token whose
// span lies outside text gets no form in either, and second is not called
// for it.
func (p *FoldedPair) Fold(text string, toks []Token, second func(dst, plain []byte, kind TokenKind) ([]byte, bool)) {
	p.FoldHashed(text, toks, func(dst, plain []byte, _ uint16, kind TokenKind) ([]byte, bool) {
		return second(dst, plain, kind)
	})
}

// FoldHashed is Fold with second also given the plain form's TokenHash,
// which Fold computes anyway, for a caller that keeps the hashes of the
// second forms too: most second forms are the plain ones, and are then
// not hashed twice.
func (p *FoldedPair) FoldHashed(text string, toks []Token, second func(dst, plain []byte, hash uint16, kind TokenKind) ([]byte, bool)) {
	p.Plain.toks, p.Second.toks = toks, toks
	n := len(toks)
	offs := reuseOr(p.offs, 4*n)
	hashes := reuseOr(p.hashes, 2*n)
	// Plain forms seldom outgrow the text; the second forms that differ
	// (elongated words, accents) are a few more bytes.
	buf := reuseOr(p.buf, len(text)+len(text)/8+8)[:0]
	po, so := offs[:2*n:2*n], offs[2*n:]
	ph, sh := hashes[:n:n], hashes[n:]
	for i, t := range toks {
		// The token's offsets in both forms, resliced once each so that
		// they are written without further bounds checks.
		pi, si := po[2*i:2*i+2:2*i+2], so[2*i:2*i+2:2*i+2]
		if t.Start < 0 || t.Start > t.End || t.End > len(text) {
			pi[0], pi[1], si[0], si[1] = -1, -1, -1, -1
			ph[i], sh[i] = 0, 0
			continue
		}
		start := len(buf)
		var h uint16
		var ascii bool
		if buf, h, ascii = appendFoldASCII(buf, text[t.Start:t.End]); !ascii {
			buf = AppendFold(buf, text[t.Start:t.End])
			h = TokenHash(buf[start:])
		}
		end := len(buf)
		pi[0], pi[1], ph[i] = int32(start), int32(end), h
		var differs bool
		if buf, differs = second(buf, buf[start:end:end], h, t.Kind); differs {
			si[0], si[1], sh[i] = int32(end), int32(len(buf)), TokenHash(buf[end:])
			continue
		}
		buf = buf[:end]
		si[0], si[1], sh[i] = int32(start), int32(end), h
	}
	p.Plain.fs = matchScratch{folded: buf, offs: po, hashes: ph}
	p.Second.fs = matchScratch{folded: buf, offs: so, hashes: sh}
	p.offs, p.hashes, p.buf = offs, hashes, buf
}

// appendFoldASCII appends s folded, as AppendFold does, and returns the
// TokenHash of its folded form, when s is ASCII: one pass for both, where
// folding and hashing took two, for most tokens. ascii is false, and dst
// returned as it was, when s has a byte outside ASCII.
func appendFoldASCII(dst []byte, s string) (out []byte, hash uint16, ascii bool) {
	start := len(dst)
	if cap(dst)-start < len(s) {
		dst = append(dst, s...)[:start]
	}
	f := dst[start : start+len(s)]
	h := uint32(tokenHashSeed)
	for i := range f {
		c := s[i]
		if c >= utf8.RuneSelf {
			return dst, 0, false
		}
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		f[i] = c
		h = (h ^ uint32(c)) * tokenHashPrime
	}
	return dst[:start+len(s)], tokenHashOf(h), true
}

// reuseOr returns s resliced to n elements when it has the room, else a
// new slice of n zeros (never nil, as Fold's arrays never were). Fold
// writes every element it reads.
func reuseOr[E any](s []E, n int) []E {
	if s != nil && cap(s) >= n {
		return s[:n]
	}
	return make([]E, n)
}
