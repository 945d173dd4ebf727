package twittertext

// A direct transcription of the URL pattern without memoisation or skipping:
// quadratic on some inputs, but simple enough to trust. The tests compare
// the optimised scanner in url.go against it.

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func naiveExtractURLs(text string) []Entity { return naiveAppendURLs(nil, text) }

func naiveAppendURLs(dst []Entity, s string) []Entity {
	// A URL needs a dot in its host; text after the last dot cannot start one.
	lastDot := strings.LastIndexByte(s, '.')
	if lastDot < 0 {
		return dst
	}
	from := 0
	for {
		m, ok := naiveFindURL(s, from, lastDot)
		if !ok {
			return dst
		}
		// Like the reference, scanning resumes after the whole match even
		// when the match is then rejected.
		from = m.end
		dst = naiveAppendEntities(m, dst, s)
	}
}

// naiveFindURL finds the leftmost match of the URL pattern at or after from.
// The pattern starts with a preceding character (anything but letters,
// digits, '@', '$', '#' and invalid characters) or the start of the text.
func naiveFindURL(s string, from, lastDot int) (urlMatch, bool) {
	for p := from; p < lastDot; {
		r, n := utf8.DecodeRuneInString(s[p:])
		if isURLPrecedingChar(r) {
			if m, ok := naiveMatchURLAt(s, p+n); ok {
				m.before = p
				return m, true
			}
		}
		if p == 0 {
			if m, ok := naiveMatchURLAt(s, 0); ok {
				return m, true
			}
		}
		p += n
	}
	return urlMatch{}, false
}

// naiveMatchURLAt matches scheme, host, port, path and query starting at x.
func naiveMatchURLAt(s string, x int) (urlMatch, bool) {
	m := urlMatch{start: x, host: x}
	switch {
	case hasPrefixFold(s[x:], "https://"):
		m.host = x + len("https://")
	case hasPrefixFold(s[x:], "http://"):
		m.host = x + len("http://")
	}
	// Without the scheme the host would have to start at "http", which
	// cannot match because ':' ends a label, so there is nothing to retry.
	hostEnd, ok := naiveMatchDomain(s, m.host)
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

// naiveMatchDomain matches twitter-text's validDomain at x:
//
//	validSubdomain* validDomainName (validGTLD | validCCTLD | validPunycode)
//
// Each label runs to the next '.', so the only choice a backtracking
// engine has is how many labels the greedy subdomain part takes; the
// largest number that leaves a domain name and a TLD wins.
func naiveMatchDomain(s string, x int) (int, bool) {
	type label struct {
		dot        int
		underscore bool
	}
	var buf [16]label
	labels := buf[:0]
	for pos := x; ; {
		dot, underscore, ok := naiveScanLabel(s, pos)
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

// naiveScanLabel matches one subdomain label followed by '.': domain
// characters, '-' and '_', starting and ending with a domain character.
func naiveScanLabel(s string, pos int) (dot int, underscore, ok bool) {
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
func naiveAppendEntities(m urlMatch, dst []Entity, s string) []Entity {
	url := s[m.start:m.end]
	if !naiveValidURLHost(s, m.host, m.hostEnd) || urlLengthWithScheme(m.host-m.start, url) > maxURLLength {
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
			a, b, ok := naiveNextASCIIDomain(s, x, m.hostEnd)
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

// naiveValidURLHost checks the host the way twitter-text's idna.toAscii does:
// a host starting with "xn--" must contain an ASCII domain, and every
// label must be 1 to 63 characters long once punycode encoded.
func naiveValidURLHost(s string, host, hostEnd int) bool {
	h := s[host:hostEnd]
	if strings.HasPrefix(h, "xn--") {
		if _, _, ok := naiveNextASCIIDomain(s, host, hostEnd); !ok {
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

// naiveNextASCIIDomain finds the next match of twitter-text's validAsciiDomain,
// ([-a-z0-9À-ɏ...]+\.)+ followed by a TLD, in s[x:hi]; hi acts as the end
// of the text.
func naiveNextASCIIDomain(s string, x, hi int) (int, int, bool) {
	for x < hi {
		r, n := utf8.DecodeRuneInString(s[x:hi])
		if !isASCIIDomainChar(r) {
			x += n
			continue
		}
		var buf [16]int
		dots := buf[:0]
		pos := x
		var runEnd int
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

func checkAgainstNaive(t *testing.T, text string) {
	t.Helper()
	want := naiveExtractURLs(text)
	got := ExtractURLs(text)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("ExtractURLs(%q) differs from the direct transcription (-naive +got):\n%s", text, diff)
	}
}

func TestURLsMatchNaive(t *testing.T) {
	f := loadConformance(t, "extract.yml")
	for _, cases := range f.Tests {
		for _, c := range cases {
			checkAgainstNaive(t, c.Text)
		}
	}
	for _, s := range fuzzSeeds {
		checkAgainstNaive(t, s)
	}
	for _, s := range []string{
		"中国語http://t.co/abcde", "a_b.c_d.com x-y_z.co.id", "ab-.com a.b_.com _a.com -a.com",
		"日本日本.com", "xn--a.xn--b.com", "foo.comだ.jp/x", "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.com",
		"http:xyz.com https//a.com HTTPS://A.COM", "x:http://a.com", "あhttps://t.co/x",
		// Dots no top-level domain can follow, around and after real ones.
		"Dr. Budi, M.Si. hadir.", "pukul 06.00. Lalu", "a.com. b. 1.5", "x.1com y.-com z._com",
		"a.com...", ".com", "a. com", "example.Com", "example.рф.", "a.b.c.d 1.2.3.4",
		"http://192.168.1.1/x", "see a.com.", "a.co\\.uk", "a.com\n.b", "a.com.。jp",
		// A scheme right after a scheme starts the URL.
		" http://http://a.com", " https://HTTP://t.co/x", "https://http://a.com",
	} {
		checkAgainstNaive(t, s)
	}
}

func FuzzURLsMatchNaive(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2000 || strings.Count(text, ".") > 200 {
			return // the transcription is quadratic
		}
		checkAgainstNaive(t, text)
	})
}

// TestURLsMatchNaiveRandom compares the scanner with the transcription on
// random text made of the pieces URLs and prose are built of: words,
// spaces, dots, schemes, TLDs, punctuation and characters outside ASCII.
func TestURLsMatchNaiveRandom(t *testing.T) {
	pieces := []string{
		"a", "kata", "x_y", "-", "_", ".", ". ", " ", "  ", "\n", "\t", ",", "!", "?", ":", "/", "//", "@", "#", "$",
		"(", ")", "'", "\"", "`", "=", "&", "%", "~", "|", "+",
		"http://", "https://", "HTTP://", "http:", "t.co/", "com", "id", "co.id", "go.id", "xn--p1ai", "xn--",
		"example", "budi.com", "a.b", "1.5", "06.00", "M.Si", "Rp.", "www.",
		"é", "日本", "한국", "\u00a0", "\u3000", "\u200e", "\ufeff", "\xff", "\xe2\x80", "。", "．",
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 30000 {
		var b strings.Builder
		for range 1 + rng.IntN(24) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		checkAgainstNaive(t, b.String())
	}
}
