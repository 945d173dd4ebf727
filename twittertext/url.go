package twittertext

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/postlint/postlint/internal/lazyre"
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
	urlPathRe  = lazyre.New(`^/` + pathSegment + `*`)
	urlQueryRe = lazyre.New(`^\?` + queryChar + `*` + queryEnding)
	tcoURLRe   = lazyre.New(`^[hH][tT][tT][pP][sS]?://[tT]\.[cC][oO]/([a-zA-Z0-9]+)(?:\?` + queryChar + `*` + queryEnding + `)?`)
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
	// A URL's host ends in a dot and a top-level domain, and every TLD
	// starts with a letter (TestTLDsStartWithALetter). So no URL starts
	// after the last dot that a letter follows, and a text without such a
	// dot, as most posts are (their dots end sentences), has no URL.
	lastDot := lastTLDDot(s)
	if lastDot < 0 {
		return dst
	}
	sc := newURLScanner(s)
	from := 0
	for {
		m, ok := sc.findURL(from, lastDot)
		if !ok {
			return dst
		}
		// Like the reference, scanning resumes after the whole match even
		// when the match is then rejected.
		from = m.end
		dst = sc.appendEntities(dst, m)
	}
}

// lastTLDDot returns the offset of the last '.' that a top-level domain
// may follow: one followed by an ASCII letter or a non-ASCII character.
// It returns -1 when there is none.
//
// It searches forwards: strings.IndexByte is vectorised, LastIndexByte is a
// byte loop, and most posts have no such dot, so the whole text is read
// either way.
func lastTLDDot(s string) int {
	last := -1
	for i := 0; ; i++ {
		d := strings.IndexByte(s[i:], '.')
		if d < 0 {
			return last
		}
		i += d
		if i+1 < len(s) {
			if c := s[i+1] | 0x20; c >= 'a' && c <= 'z' || s[i+1] >= utf8.RuneSelf {
				last = i
			}
		}
	}
}

// urlScanner matches URLs in one text. It remembers, for each '.', how
// the host names that continue after it end, so that the work the
// reference's backtracking repeats from every start position is done once;
// without that, text such as "a.a.a.a…" takes quadratic time or worse.
type urlScanner struct {
	s      string
	hosts  chainMemo // validDomain labels over the whole text
	ascii  chainMemo // validAsciiDomain labels within one host
	asciiV []int     // backing store for ascii.val
	// pathBuf is farthest's memory for the chain it walks: handed to it
	// per call, never kept in a memo, so that the scanner holds no
	// pointer into itself and stays on appendURLs's stack.
	pathBuf [8]chainStep
}

func newURLScanner(s string) urlScanner {
	// One allocation holds the offsets of the dots and both memo tables.
	n := strings.Count(s, ".")
	buf := make([]int, 3*n)
	dots := buf[:0:n]
	for i := 0; len(dots) < n; i++ {
		i += strings.IndexByte(s[i:], '.')
		dots = append(dots, i)
	}
	return urlScanner{s: s, asciiV: buf[2*n:], hosts: chainMemo{s: s, hi: len(s), dots: dots, val: buf[n : 2*n]}}
}

// findURL finds the leftmost match of the URL pattern at or after from.
// The pattern starts with a preceding character (anything but letters,
// digits, '@', '$', '#' and invalid characters) or the start of the text.
//
// A match's first label runs from its start (or from just after its
// scheme) to the first '.' after it, with no space or punctuation other
// than '-' and '_' between; its scheme adds only letters, ':' and '/'. So
// no match starts at or before the last hostBreak byte before the next
// '.', and the scan jumps there: most words of a post are not followed
// by a '.' before the next space, and are passed over with a byte loop
// instead of being matched as labels (TestURLsMatchNaiveRandom).
func (sc *urlScanner) findURL(from, lastDot int) (urlMatch, bool) {
	s := sc.s
	nextDot := -1 // the first '.' at or after p, once looked up
	for p := from; p < lastDot; {
		if p > nextDot {
			nextDot = p + strings.IndexByte(s[p:], '.') // p < lastDot: there is one
			if b := lastHostBreak(s, p, nextDot); b > p {
				p = b
			}
		}
		r, n := utf8.DecodeRuneInString(s[p:])
		next := p + n
		if isURLPrecedingChar(r) {
			m, ok, skip := sc.matchURLAt(p + n)
			if ok {
				m.before = p
				return m, true
			}
			// No URL starts before skip: move on to the character that
			// precedes it (decoding forwards, so invalid UTF-8 is split
			// the same way as everywhere else).
			for next < skip {
				_, size := utf8.DecodeRuneInString(s[next:])
				if next+size >= skip {
					break
				}
				next += size
			}
		}
		if p == 0 {
			if m, ok, _ := sc.matchURLAt(0); ok {
				return m, true
			}
		}
		p = next
	}
	return urlMatch{}, false
}

// lastHostBreak returns the offset of the last byte of s[lo:hi] that no
// match can hold before its first '.', or -1: ASCII spaces and
// punctuation other than '-', '_', ':' and '/'. A byte below 0x80 is
// always a character of its own, so the byte loop agrees with decoding.
func lastHostBreak(s string, lo, hi int) int {
	for i := hi - 1; i >= lo; i-- {
		if c := s[i]; c < utf8.RuneSelf && hostBreak(c) {
			return i
		}
	}
	return -1
}

// hostBreak reports an ASCII character that is neither a domain character
// nor '-', '_' or part of "http://".
func hostBreak(c byte) bool {
	switch c {
	case '-', '_', ':', '/':
		return false
	}
	return punctTable[c] || isSpace(rune(c))
}

func isURLPrecedingChar(r rune) bool {
	if r < 128 {
		return !isASCIIAlnum(r) && r != '@' && r != '$' && r != '#'
	}
	return r != 0xFF20 && r != 0xFF03 && !IsInvalidChar(r) // '＠', '＃'
}

// matchURLAt matches scheme, host, port, path and query starting at x.
// When there is no match, skip is a position before which no other match
// can start (or x when nothing is known).
func (sc *urlScanner) matchURLAt(x int) (m urlMatch, ok bool, skip int) {
	s := sc.s
	m = urlMatch{start: x, host: x}
	switch {
	case hasPrefixFold(s[x:], "https://"):
		m.host = x + len("https://")
	case hasPrefixFold(s[x:], "http://"):
		m.host = x + len("http://")
	}
	// Without the scheme the host would have to start at "http", which
	// cannot match because ':' ends a label, so there is nothing to retry;
	// the same holds for every start inside the scheme.
	hostEnd, ok, skip := sc.matchDomain(m.host)
	if !ok {
		return urlMatch{}, false, skip
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
		j += urlPathEnd(s[j:])
	}
	m.pathEnd = j
	if j < len(s) && s[j] == '?' {
		if end := urlQueryEnd(s[j:]); end > 0 {
			j += end
		}
	}
	m.end = j
	return m, true, 0
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
// engine has is how many labels the greedy subdomain part takes: the
// domain name is the farthest label that has no '_' and is followed by a
// TLD. On failure, skip tells findURL which later starts cannot match
// either, because they see the same labels.
func (sc *urlScanner) matchDomain(x int) (end int, ok bool, skip int) {
	l := scanLabel(sc.s, x)
	if !l.ok {
		return 0, false, l.fail
	}
	if end := sc.hosts.farthest(l.dot, sc.pathBuf[:]); end >= 0 {
		return end, true, 0
	}
	end, ok = matchTLD(sc.s, l.dot+1, len(sc.s))
	switch {
	case !ok:
		// Later starts in this label lead to the same labels and TLDs.
		return 0, false, l.dot + 1
	case l.underscore >= 0:
		// A domain name has no '_': start after the last one.
		return 0, false, l.underscore + 1
	}
	return end, true, 0
}

// label is one host name label followed by '.'.
type label struct {
	ok         bool
	dot        int // the '.' that ends it
	underscore int // offset of its last '_', or -1
	fail       int // when !ok, the first start that can still succeed
}

// scanLabel matches one subdomain label followed by '.': domain
// characters, '-' and '_', starting and ending with a domain character.
func scanLabel(s string, pos int) label {
	lastIsChar := false
	underscore := -1
	for i := pos; i < len(s); {
		// Most of a label is ASCII letters and digits: take them without
		// decoding.
		if c := s[i]; c < utf8.RuneSelf && asciiDomainChar[c] {
			lastIsChar = true
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '.':
			if !lastIsChar {
				return label{fail: i + 1}
			}
			return label{ok: true, dot: i, underscore: underscore}
		case r == '-' || r == '_':
			if i == pos {
				return label{fail: i + n}
			}
			if r == '_' {
				underscore = i
			}
			lastIsChar = false
		case isDomainChar(r):
			lastIsChar = true
		default:
			// Every later start in this run stops at the same character,
			// unless a scheme ends there.
			return label{fail: schemeStartBefore(s, pos, i, i+n)}
		}
		i += n
	}
	return label{fail: len(s)}
}

// asciiDomainChar is isDomainChar for ASCII characters.
var asciiDomainChar = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isDomainChar(rune(c))
	}
	return t
}()

// schemeStartBefore returns the start of "http://" or "https://" whose ':'
// is at colon, if it starts at or after pos, and otherwise fallback. A
// scheme may start at pos itself when pos follows another scheme
// ("http://http://a.com"): the second one starts a URL.
func schemeStartBefore(s string, pos, colon, fallback int) int {
	if s[colon] != ':' {
		return fallback
	}
	if st := colon - len("https"); st >= pos && hasPrefixFold(s[st:], "https://") {
		return st
	}
	if st := colon - len("http"); st >= pos && hasPrefixFold(s[st:], "http://") {
		return st
	}
	return fallback
}

// asciiLabel matches one validAsciiDomain label followed by '.' before hi.
func asciiLabel(s string, pos, hi int) label {
	j := pos
	for j < hi {
		r, n := utf8.DecodeRuneInString(s[j:hi])
		if !isASCIIDomainChar(r) {
			break
		}
		j += n
	}
	if j > pos && j < hi && s[j] == '.' {
		return label{ok: true, dot: j, underscore: -1}
	}
	return label{fail: max(j, pos+1)}
}

// chainMemo remembers, for each '.', where the farthest match ends whose
// last label before the TLD comes after that '.'; a chain of labels is
// then walked once however many start positions reach it.
type chainMemo struct {
	s     string
	hi    int   // end of the text for the TLD look-ahead
	ascii bool  // validAsciiDomain labels instead of validDomain labels
	dots  []int // offsets of the '.'s that can be reached, sorted
	val   []int // per dot: 0 unknown, -1 no match, else the end of the match
}

type chainStep struct {
	dot  int   // the '.' before the label
	next label // the label after it
}

func (c *chainMemo) index(dot int) int {
	i, _ := slices.BinarySearch(c.dots, dot)
	return i
}

func (c *chainMemo) label(pos int) label {
	if c.ascii {
		return asciiLabel(c.s, pos, c.hi)
	}
	return scanLabel(c.s, pos)
}

// farthest returns the end of the farthest TLD that follows one of the
// labels chained after the '.' at dot (a domain-name label must have no
// '_'), or -1. path is memory for the chain walked, of any length.
func (c *chainMemo) farthest(dot int, path []chainStep) int {
	path = path[:0]
	val := -1
	for cur := dot; ; {
		i := c.index(cur)
		if v := c.val[i]; v != 0 {
			val = v
			break
		}
		next := c.label(cur + 1)
		if !next.ok {
			c.val[i] = -1
			break
		}
		path = append(path, chainStep{cur, next})
		cur = next.dot
	}
	for k := len(path) - 1; k >= 0; k-- {
		st := path[k]
		if val == -1 && st.next.underscore < 0 {
			if end, ok := matchTLD(c.s, st.next.dot+1, c.hi); ok {
				val = end
			}
		}
		c.val[c.index(st.dot)] = val
	}
	return val
}

// appendEntities applies the checks the reference makes after a match and
// appends the resulting URL entities.
func (sc *urlScanner) appendEntities(dst []Entity, m urlMatch) []Entity {
	s := sc.s
	url := s[m.start:m.end]
	// The length check is the cheaper one; both must pass.
	if urlLengthWithScheme(m.host-m.start, url) > maxURLLength || !sc.validURLHost(m.host, m.hostEnd) {
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
		sc.resetASCII(m.host, m.hostEnd)
		for x := m.host; ; {
			a, b, ok := sc.nextASCIIDomain(x)
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
	if !hasPrefixFold(s[m.host:], "t.co/") {
		return append(dst, Entity{Start: m.start, End: end, Text: url})
	}
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
func (sc *urlScanner) validURLHost(host, hostEnd int) bool {
	h := sc.s[host:hostEnd]
	if strings.HasPrefix(h, "xn--") {
		sc.resetASCII(host, hostEnd)
		if _, _, ok := sc.nextASCIIDomain(host); !ok {
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

// resetASCII prepares matching validAsciiDomain inside the host
// s[lo:hi], where hi acts as the end of the text.
func (sc *urlScanner) resetASCII(lo, hi int) {
	dots := sc.hosts.dots
	i, _ := slices.BinarySearch(dots, lo)
	j, _ := slices.BinarySearch(dots, hi)
	val := sc.asciiV[:j-i]
	clear(val)
	sc.ascii = chainMemo{s: sc.s, hi: hi, ascii: true, dots: dots[i:j], val: val}
}

// nextASCIIDomain finds the next match of twitter-text's validAsciiDomain,
// ([-a-z0-9À-ɏ...]+\.)+ followed by a TLD, from x in the host given to
// resetASCII.
func (sc *urlScanner) nextASCIIDomain(x int) (int, int, bool) {
	s, hi := sc.s, sc.ascii.hi
	for x < hi {
		r, n := utf8.DecodeRuneInString(s[x:hi])
		if !isASCIIDomainChar(r) {
			x += n
			continue
		}
		first := asciiLabel(s, x, hi)
		if !first.ok {
			x = first.fail // later starts in this run end the same way
			continue
		}
		if end := sc.ascii.farthest(first.dot, sc.pathBuf[:]); end >= 0 {
			return x, end, true
		}
		if end, ok := matchTLD(s, first.dot+1, hi); ok {
			return x, end, true
		}
		// Starting later inside the first label leads to the same labels
		// and TLDs, so skip past it.
		x = first.dot + 1
	}
	return 0, 0, false
}
