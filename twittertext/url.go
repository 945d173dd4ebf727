package twittertext

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

const (
	// maxURLLength is the longest URL X accepts, counting an implied
	// "https://" when the URL has no scheme.
	maxURLLength = 4096
	// maxTCOSlugLength is the longest t.co slug X accepts.
	maxTCOSlugLength = 40
	// maxLabelLength is the DNS limit on one host name label, checked
	// after punycode encoding.
	maxLabelLength = 63
)

// Character classes for the path and query parts of a URL, as in
// twitter-text's validGeneralUrlPathChars, validUrlPathEndingChars,
// validUrlQueryChars and validUrlQueryEndingChars. Letters are spelled out
// in both cases rather than using (?i), because Go's case folding would
// also accept U+017F and U+212A for 's' and 'k', which the reference does
// not.
const (
	latinAccentClass = `\x{00C0}-\x{00D6}\x{00D8}-\x{00F6}\x{00F8}-\x{024F}` +
		`\x{0253}\x{0254}\x{0256}\x{0257}\x{0259}\x{025B}\x{0263}\x{0268}\x{026F}\x{0272}\x{0289}\x{028B}\x{02BB}` +
		`\x{0300}-\x{036F}\x{1E00}-\x{1EFF}` +
		`\x{0260}\x{0269}\x{0275}\x{0280}\x{0283}\x{0288}\x{028A}\x{028C}\x{0292}\x{0399}\x{03B9}\x{1FBE}\x{2C65}\x{2C66}\x{2C7E}\x{2C7F}`
	cyrillicClass  = `\x{0400}-\x{04FF}\x{1C80}-\x{1C87}`
	pathChar       = `[a-zA-Z0-9` + cyrillicClass + latinAccentClass + `!*';:=+,.$/%#\[\]\-\x{2013}_~@|&]`
	balancedParens = `\((?:` + pathChar + `+|(?:` + pathChar + `*\(` + pathChar + `+\)` + pathChar + `*))\)`
	pathEnding     = `(?:[a-zA-Z0-9` + cyrillicClass + latinAccentClass + `+\-=_#/]|` + balancedParens + `)`
	pathSegment    = `(?:` + pathChar + `*(?:` + balancedParens + pathChar + `*)*` + pathEnding + `|@` + pathChar + `+/)`
	queryChar      = `[a-zA-Z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]`
	queryEnding    = `[a-zA-Z0-9\-_&=#/]`
)

// The parts of a URL after the host have no look-around, so Go's regexp
// (which returns the match a backtracking engine would) reproduces the
// reference exactly. The host part is matched by hand in matchDomain.
var (
	urlPathRe  = regexp.MustCompile(`^/` + pathSegment + `*`)
	urlQueryRe = regexp.MustCompile(`^\?` + queryChar + `*` + queryEnding)
	tcoURLRe   = regexp.MustCompile(`^[hH][tT][tT][pP][sS]?://[tT]\.[cC][oO]/([a-zA-Z0-9]+)(?:\?` + queryChar + `*` + queryEnding + `)?`)
)

// ExtractURLs returns the URLs in text, with or without a scheme, in
// order. A bare domain counts only when it ends in a known top-level
// domain, and then only its ASCII part is taken ("example.com" in
// "日本example.com").
//
// Entity.Text is the URL as twitter-text reports it. It equals
// text[Start:End] except in one corner case of the reference: a bare
// domain whose host has non-ASCII text after the linked ASCII part and
// that is followed by a path.
func ExtractURLs(text string) []Entity {
	return appendURLs(nil, text)
}

// urlMatch is one match of twitter-text's extractUrl pattern, as byte
// offsets into the text.
type urlMatch struct {
	before             int // start of the preceding character; == start at the start of the text
	start              int // start of the URL (scheme or host)
	host, hostEnd      int // the host name
	pathStart, pathEnd int // the path; empty when there is none
	end                int // end of the whole match
}

func appendURLs(dst []Entity, s string) []Entity {
	// A URL needs a dot in its host; text after the last dot cannot start one.
	lastDot := strings.LastIndexByte(s, '.')
	if lastDot < 0 {
		return dst
	}
	from := 0
	for {
		m, ok := findURL(s, from, lastDot)
		if !ok {
			return dst
		}
		// Like the reference, scanning resumes after the whole match even
		// when the match is then rejected.
		from = m.end
		dst = m.appendEntities(dst, s)
	}
}

// findURL finds the leftmost match of the URL pattern at or after from.
// The pattern starts with a preceding character (anything but letters,
// digits, '@', '$', '#' and invalid characters) or the start of the text.
func findURL(s string, from, lastDot int) (urlMatch, bool) {
	for p := from; p < lastDot; {
		r, n := utf8.DecodeRuneInString(s[p:])
		if isURLPrecedingChar(r) {
			if m, ok := matchURLAt(s, p+n); ok {
				m.before = p
				return m, true
			}
		}
		if p == 0 {
			if m, ok := matchURLAt(s, 0); ok {
				return m, true
			}
		}
		p += n
	}
	return urlMatch{}, false
}

func isURLPrecedingChar(r rune) bool {
	if r < 128 {
		return !isASCIIAlnum(r) && r != '@' && r != '$' && r != '#'
	}
	return r != 0xFF20 && r != 0xFF03 && !IsInvalidChar(r) // '＠', '＃'
}

// matchURLAt matches scheme, host, port, path and query starting at x.
func matchURLAt(s string, x int) (urlMatch, bool) {
	m := urlMatch{start: x, host: x}
	switch {
	case hasPrefixFold(s[x:], "https://"):
		m.host = x + len("https://")
	case hasPrefixFold(s[x:], "http://"):
		m.host = x + len("http://")
	}
	// Without the scheme the host would have to start at "http", which
	// cannot match because ':' ends a label, so there is nothing to retry.
	hostEnd, ok := matchDomain(s, m.host)
	if !ok {
		return urlMatch{}, false
	}
	m.hostEnd = hostEnd
	j := hostEnd
	if j < len(s) && s[j] == ':' {
		k := j + 1
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k > j+1 {
			j = k
		}
	}
	m.pathStart = j
	if j < len(s) && s[j] == '/' {
		j += urlPathRe.FindStringIndex(s[j:])[1]
	}
	m.pathEnd = j
	if j < len(s) && s[j] == '?' {
		if loc := urlQueryRe.FindStringIndex(s[j:]); loc != nil {
			j += loc[1]
		}
	}
	m.end = j
	return m, true
}

// hasPrefixFold reports whether s starts with the lower-case ASCII prefix,
// ignoring ASCII case only.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// matchDomain matches twitter-text's validDomain at x:
//
//	validSubdomain* validDomainName (validGTLD | validCCTLD | validPunycode)
//
// Each label runs to the next '.', so the only choice a backtracking
// engine has is how many labels the greedy subdomain part takes; the
// largest number that leaves a domain name and a TLD wins.
func matchDomain(s string, x int) (int, bool) {
	type label struct {
		dot        int
		underscore bool
	}
	var buf [16]label
	labels := buf[:0]
	for pos := x; ; {
		dot, underscore, ok := scanLabel(s, pos)
		if !ok {
			break
		}
		labels = append(labels, label{dot, underscore})
		pos = dot + 1
	}
	for k := len(labels) - 1; k >= 0; k-- {
		if labels[k].underscore {
			continue // a domain name, unlike a subdomain, has no '_'
		}
		if end, ok := matchTLD(s, labels[k].dot+1, len(s)); ok {
			return end, true
		}
	}
	return 0, false
}

// scanLabel matches one subdomain label followed by '.': domain
// characters, '-' and '_', starting and ending with a domain character.
func scanLabel(s string, pos int) (dot int, underscore, ok bool) {
	lastIsChar := false
	for i := pos; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '.':
			return i, underscore, lastIsChar
		case r == '-' || r == '_':
			if i == pos {
				return 0, false, false
			}
			underscore = underscore || r == '_'
			lastIsChar = false
		case isDomainChar(r):
			lastIsChar = true
		default:
			return 0, false, false
		}
		i += n
	}
	return 0, false, false
}

// appendEntities applies the checks the reference makes after a match and
// appends the resulting URL entities.
func (m urlMatch) appendEntities(dst []Entity, s string) []Entity {
	url := s[m.start:m.end]
	if !validURLHost(s, m.host, m.hostEnd) || urlLengthWithScheme(m.host-m.start, url) > maxURLLength {
		return dst
	}
	if m.host == m.start { // no scheme
		if m.before < m.start {
			switch s[m.before] {
			case '-', '_', '.', '/':
				return dst
			}
		}
		// Only the ASCII part of a bare host is linked.
		last := -1
		for x := m.host; ; {
			a, b, ok := nextASCIIDomain(s, x, m.hostEnd)
			if !ok {
				break
			}
			dst = append(dst, Entity{Start: a, End: b, Text: s[a:b]})
			last = len(dst) - 1
			x = b
		}
		if last >= 0 && m.pathEnd > m.pathStart {
			e := &dst[last]
			if e.End == m.hostEnd {
				e.Text = s[e.Start:m.end]
			} else {
				e.Text += s[m.hostEnd:m.end]
			}
			e.End = m.end
		}
		return dst
	}
	end := m.end
	if loc := tcoURLRe.FindStringSubmatchIndex(url); loc != nil {
		// A t.co link ends after its slug and query.
		if loc[3]-loc[2] > maxTCOSlugLength {
			return dst
		}
		end = m.start + loc[1]
	}
	return append(dst, Entity{Start: m.start, End: end, Text: s[m.start:end]})
}

// urlLengthWithScheme is the length the reference checks against
// maxURLLength: the URL in UTF-16 units plus the length of its scheme, or
// of "https://" when it has none. (The scheme is counted twice; that is
// what twitter-text does.)
func urlLengthWithScheme(schemeLen int, url string) int {
	if schemeLen == 0 {
		schemeLen = len("https://")
	}
	return schemeLen + utf16Count(url)
}

// validURLHost checks the host the way twitter-text's idna.toAscii does:
// a host starting with "xn--" must contain an ASCII domain, and every
// label must be 1 to 63 characters long once punycode encoded.
func validURLHost(s string, host, hostEnd int) bool {
	h := s[host:hostEnd]
	if strings.HasPrefix(h, "xn--") {
		if _, _, ok := nextASCIIDomain(s, host, hostEnd); !ok {
			return false
		}
	}
	for h != "" {
		label := h
		if i := strings.IndexByte(h, '.'); i >= 0 {
			label, h = h[:i], h[i+1:]
		} else {
			h = ""
		}
		n, ok := asciiLabelLen(label)
		if !ok || n < 1 || n > maxLabelLength {
			return false
		}
	}
	return true
}

// isASCIIDomainChar is the label class of twitter-text's validAsciiDomain.
func isASCIIDomainChar(r rune) bool {
	return r < 128 && (isASCIIAlnum(r) || r == '-') || isLatinAccent(r)
}

// nextASCIIDomain finds the next match of twitter-text's validAsciiDomain,
// ([-a-z0-9À-ɏ...]+\.)+ followed by a TLD, in s[x:hi]; hi acts as the end
// of the text.
func nextASCIIDomain(s string, x, hi int) (int, int, bool) {
	for x < hi {
		r, n := utf8.DecodeRuneInString(s[x:hi])
		if !isASCIIDomainChar(r) {
			x += n
			continue
		}
		var buf [16]int
		dots := buf[:0]
		pos := x
		var runEnd int // set when the loop ends
		for {
			j := pos
			for j < hi {
				r, n := utf8.DecodeRuneInString(s[j:hi])
				if !isASCIIDomainChar(r) {
					break
				}
				j += n
			}
			if j > pos && j < hi && s[j] == '.' {
				dots = append(dots, j)
				pos = j + 1
				continue
			}
			runEnd = j
			break
		}
		for k := len(dots) - 1; k >= 0; k-- {
			if end, ok := matchTLD(s, dots[k]+1, hi); ok {
				return x, end, true
			}
		}
		// Starting later inside the first label leads to the same labels
		// and TLDs, so skip past it.
		if len(dots) > 0 {
			x = dots[0] + 1
		} else {
			x = runEnd
		}
	}
	return 0, 0, false
}
