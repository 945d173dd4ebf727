// Package prose is the text analysis shared by every postlint rule: word and
// punctuation tokens, sentences, paragraphs, quoted spans, syllables, language
// detection, case folding and a fast phrase matcher.
//
// All positions are byte offsets into the caller's string, half-open
// ([Start, End)), and always fall on the boundaries that a forward
// utf8.DecodeRuneInString walk produces, so they are safe to slice with even
// when the input is not valid UTF-8. No function panics on any input.
//
// The package is written for drafts of social-media posts in Indonesian and
// English. Its rules follow Indonesian usage where the two differ: hyphenated
// reduplication (kegiatan-kegiatan) is one word, a period after a title or
// abbreviation (Dr., S.Sos., Wr. Wb., Jl., dll.) or inside a number (08.00,
// Rp10.000, 2,5) does not end a sentence.
//
// Word data (abbreviations and stopwords) is embedded from data/ and parsed
// on first use; nothing is loaded at init time.
package prose
