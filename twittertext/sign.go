package twittertext

import "strings"

// indexSign returns the offset of the first sign at or after i in s,
// written as the ASCII byte ascii or as its full-width form wide ('#' and
// "＃", '@' and "＠"), or -1. hasWide tells whether s holds wide at all,
// so that most texts are searched for the ASCII byte alone.
func indexSign(s string, i int, ascii byte, wide string, hasWide bool) int {
	if !hasWide {
		if j := strings.IndexByte(s[i:], ascii); j >= 0 {
			return i + j
		}
		return -1
	}
	for ; i < len(s); i++ {
		if s[i] == ascii || s[i] == wide[0] && strings.HasPrefix(s[i:], wide) {
			return i
		}
	}
	return -1
}
