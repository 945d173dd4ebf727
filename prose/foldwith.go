package prose

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
