package platform

import "github.com/postlint/postlint/twittertext"

// Links returns the links in text as X's rules find them, less the
// academic degrees that only look like domains ("M.Sc", "S.Si": see
// IsDegree). It is the one definition of a link that the rules, `stats`
// and the reports share.
func Links(text string) []twittertext.Entity {
	urls := twittertext.ExtractURLs(text)
	out := urls[:0]
	for _, u := range urls {
		if !IsDegree(text[u.Start:u.End]) {
			out = append(out, u)
		}
	}
	return out
}

// IsDegree reports whether a link's text is an academic degree written
// after a name, which X's link rules read as a domain when its last part
// is a top-level domain ("M.Sc", "S.Si", "M.Ag", "S.Pt", "B.Sc", "ST.MT",
// "S.Kom.I", "Sp.PD"): a first part of one or two ASCII letters starting
// with a capital and ending in a period, then parts that each start with a
// capital and hold at most five letters, with periods between them
// optional and one allowed at the end. A real address has a lower-case or
// longer part ("bps.go.id"; "BPS.GO.ID" starts with three letters), a
// scheme, "www" or a path, none of which a degree has.
func IsDegree(s string) bool {
	n := len(s)
	if n < 3 || !isUpperASCII(s[0]) {
		return false
	}
	i := 1
	if isLetterASCII(s[i]) {
		i++
	}
	if i >= n || s[i] != '.' {
		return false
	}
	i++
	if i >= n {
		return false // at least one part after the first period
	}
	// The parts: every capital starts one, so a part is a capital and the
	// lower-case letters after it, at most five letters in all. A
	// capital's part may also be cut short by the next capital, so only
	// runs of lower-case letters can make a part too long.
	for i < n {
		if !isUpperASCII(s[i]) {
			return false // after a period, or at the start of the rest
		}
		j := i + 1
		for j < n && isLowerASCII(s[j]) {
			j++
		}
		if j-i > 5 {
			return false
		}
		i = j
		if i < n && s[i] == '.' {
			i++
		}
	}
	return true
}

func isUpperASCII(c byte) bool  { return 'A' <= c && c <= 'Z' }
func isLowerASCII(c byte) bool  { return 'a' <= c && c <= 'z' }
func isLetterASCII(c byte) bool { return isUpperASCII(c) || isLowerASCII(c) }
