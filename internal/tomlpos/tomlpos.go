// Package tomlpos finds the line of a key in a TOML document. The TOML
// decoder reports unknown keys and type errors without positions, and users
// need file:line to fix a config, so we locate keys ourselves.
//
// The scanner reads the TOML grammar far enough to know where keys are:
// table headers, arrays of tables, dotted and quoted keys, inline tables
// (nested, and spread over lines), arrays (of inline tables too) and every
// kind of string, so that text inside a string or an array is never taken
// for a key. It never fails: on malformed input it skips to the next line.
package tomlpos

import (
	"sort"
	"strconv"
	"strings"
)

// Index maps key paths to 1-based lines. Entries of an array of tables
// (and inline tables inside an array) are addressed by index:
// "custom.0.pattern".
type Index struct {
	lines map[string]int
	// arrays counts the entries of each array of tables, by indexed path.
	arrays map[string]int
}

// New scans src. firstLine is the file line of src's first line (TOML front
// matter starts on line 2 of a draft).
func New(src string, firstLine int) *Index {
	s := &scanner{src: src, firstLine: firstLine, idx: &Index{lines: map[string]int{}, arrays: map[string]int{}}}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			s.newlines = append(s.newlines, i)
		}
	}
	s.document()
	return s.idx
}

// Line returns the line of a key, given as the decoder names its parts, or
// of its closest enclosing table that is known; 0 when nothing matches.
// Inside an array of tables the key may name the entry ("custom", "1",
// "id") or not ("custom", "id", as in the decoder's lists of keys): then
// the first entry that has the key answers.
func (idx *Index) Line(key ...string) int {
	sr := search{idx: idx, key: key, budget: 10000}
	sr.walk(nil, 0)
	return sr.line
}

// Has reports whether the key itself is in the document (not only a table
// around it); like Line, it accepts keys without entry indexes.
func (idx *Index) Has(key ...string) bool {
	sr := search{idx: idx, key: key, budget: 10000}
	sr.walk(nil, 0)
	return sr.depth == len(key) && len(key) > 0
}

// search looks for the deepest known prefix of a key, trying each entry of
// the arrays of tables on the way.
type search struct {
	idx    *Index
	key    []string
	budget int // paths left to try, so that nested arrays stay cheap
	line   int
	depth  int // key parts matched by line
}

func (sr *search) walk(path []string, used int) {
	sr.budget--
	if sr.budget < 0 || sr.depth == len(sr.key) {
		return
	}
	if used > sr.depth {
		if l, ok := sr.idx.lines[strings.Join(path, ".")]; ok {
			sr.line, sr.depth = l, used
		}
	}
	if used == len(sr.key) {
		return
	}
	next := sr.key[used]
	if n := sr.idx.arrays[strings.Join(path, ".")]; n > 0 && !isIndex(next, n) {
		for i := 0; i < n; i++ {
			sr.walk(append(clip(path), strconv.Itoa(i)), used)
		}
		return
	}
	sr.walk(append(clip(path), next), used+1)
}

// clip returns s with no spare capacity, so appends never share memory.
func clip(s []string) []string { return s[:len(s):len(s)] }

func isIndex(s string, n int) bool {
	i, err := strconv.Atoi(s)
	return err == nil && i >= 0 && i < n && strconv.Itoa(i) == s
}

// SplitKey splits a dotted key such as `rules."hook-fold".severity` (the
// way the decoder prints keys in its messages) into its parts.
func SplitKey(s string) []string {
	sc := &scanner{src: s, idx: &Index{lines: map[string]int{}, arrays: map[string]int{}}}
	parts := sc.key()
	if len(parts) == 0 {
		return []string{s}
	}
	return parts
}

type scanner struct {
	src       string
	i         int
	firstLine int
	newlines  []int // offsets of '\n'
	idx       *Index
}

// lineAt is the file line of offset i.
func (s *scanner) lineAt(i int) int {
	return sort.SearchInts(s.newlines, i) + s.firstLine
}

func (s *scanner) eof() bool { return s.i >= len(s.src) }

func (s *scanner) peek() byte {
	if s.eof() {
		return 0
	}
	return s.src[s.i]
}

// set records the line of a path and of each of its enclosing tables not
// seen yet: a dotted key or a table header defines them implicitly.
func (s *scanner) set(path []string, line int) {
	for n := 1; n <= len(path); n++ {
		k := strings.Join(path[:n], ".")
		if _, ok := s.idx.lines[k]; !ok {
			s.idx.lines[k] = line
		}
	}
}

// skipBlank skips spaces and tabs.
func (s *scanner) skipBlank() {
	for !s.eof() && (s.src[s.i] == ' ' || s.src[s.i] == '\t') {
		s.i++
	}
}

// skipVoid skips whitespace, line breaks and comments.
func (s *scanner) skipVoid() {
	for !s.eof() {
		switch s.src[s.i] {
		case ' ', '\t', '\r', '\n':
			s.i++
		case '#':
			s.skipLine()
		default:
			return
		}
	}
}

// skipLine moves to the next line break (a comment, or the rest of a
// malformed line).
func (s *scanner) skipLine() {
	if j := strings.IndexByte(s.src[s.i:], '\n'); j >= 0 {
		s.i += j
	} else {
		s.i = len(s.src)
	}
}

// document reads key/value pairs and table headers.
func (s *scanner) document() {
	var table []string
	for {
		s.skipVoid()
		if s.eof() {
			return
		}
		start := s.i
		line := s.lineAt(s.i)
		if s.peek() == '[' {
			if t, ok := s.header(line); ok {
				table = t
			}
		} else {
			s.pair(table)
		}
		s.skipBlank()
		if !s.eof() && s.src[s.i] != '\n' && s.src[s.i] != '#' {
			s.skipLine() // malformed; go on with the next line
		}
		if s.i == start {
			s.i++
		}
	}
}

// header reads [table] or [[array]] and returns the indexed path of the
// table that the following pairs belong to.
func (s *scanner) header(line int) ([]string, bool) {
	s.i++
	array := s.peek() == '['
	if array {
		s.i++
	}
	parts := s.key()
	s.skipBlank()
	closing := "]"
	if array {
		closing = "]]"
	}
	if len(parts) == 0 || !strings.HasPrefix(s.src[s.i:], closing) {
		return nil, false
	}
	s.i += len(closing)
	// A header inside an array of tables ([overrides.rules] after
	// [[overrides]]) extends the array's last entry.
	var path []string
	for n, p := range parts {
		path = append(path, p)
		if c := s.idx.arrays[strings.Join(path, ".")]; c > 0 && n < len(parts)-1 {
			path = append(path, strconv.Itoa(c-1))
		}
	}
	if array {
		name := strings.Join(path, ".")
		c := s.idx.arrays[name]
		s.idx.arrays[name] = c + 1
		path = append(path, strconv.Itoa(c))
	}
	s.set(path, line)
	return path, true
}

// pair reads key = value inside table.
func (s *scanner) pair(table []string) {
	line := s.lineAt(s.i)
	parts := s.key()
	s.skipBlank()
	if len(parts) == 0 || s.peek() != '=' {
		return
	}
	s.i++
	path := append(clip(table), parts...)
	s.set(path, line)
	s.value(path)
}

// key reads a bare, quoted or dotted key; nil when there is none.
func (s *scanner) key() []string {
	var parts []string
	for {
		s.skipBlank()
		var part string
		switch c := s.peek(); {
		case c == '"':
			part = s.basicString()
		case c == '\'':
			part = s.literalString()
		case isBare(c):
			j := s.i
			for !s.eof() && isBare(s.src[s.i]) {
				s.i++
			}
			part = s.src[j:s.i]
		default:
			return parts
		}
		parts = append(parts, part)
		s.skipBlank()
		if s.peek() != '.' {
			return parts
		}
		s.i++
	}
}

func isBare(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// value skips a value, recording the keys of the inline tables inside it.
func (s *scanner) value(path []string) {
	s.skipBlank()
	switch c := s.peek(); {
	case c == '"' && strings.HasPrefix(s.src[s.i:], `"""`):
		s.multiline(`"""`, true)
	case c == '\'' && strings.HasPrefix(s.src[s.i:], `'''`):
		s.multiline(`'''`, false)
	case c == '"':
		s.basicString()
	case c == '\'':
		s.literalString()
	case c == '[':
		s.array(path)
	case c == '{':
		s.inlineTable(path)
	default:
		for !s.eof() && !strings.ContainsRune(",]}#\n", rune(s.src[s.i])) {
			s.i++
		}
	}
}

// array skips an array of values; inline tables in it are entries of an array
// of tables, addressed by index.
func (s *scanner) array(path []string) {
	s.i++
	n := 0
	for {
		s.skipVoid()
		if s.eof() {
			return
		}
		start := s.i
		switch s.peek() {
		case ']':
			s.i++
			return
		case ',':
			s.i++
			n++
		case '{':
			name := strings.Join(path, ".")
			elem := append(clip(path), strconv.Itoa(n))
			s.idx.arrays[name] = max(s.idx.arrays[name], n+1)
			s.set(elem, s.lineAt(s.i))
			s.inlineTable(elem)
		case '}', '=':
			return // malformed
		default:
			s.value(append(clip(path), strconv.Itoa(n)))
		}
		if s.i == start {
			s.i++
		}
	}
}

// inlineTable reads { k = v, ... }, nested or spread over lines.
func (s *scanner) inlineTable(path []string) {
	s.i++
	for {
		s.skipVoid()
		if s.eof() {
			return
		}
		start := s.i
		switch s.peek() {
		case '}':
			s.i++
			return
		case ',':
			s.i++
		case ']':
			return // malformed
		default:
			line := s.lineAt(s.i)
			parts := s.key()
			s.skipBlank()
			if len(parts) == 0 || s.peek() != '=' {
				s.skipLine()
				return
			}
			s.i++
			p := append(clip(path), parts...)
			s.set(p, line)
			s.value(p)
		}
		if s.i == start {
			s.i++
		}
	}
}

// basicString reads "..." with backslash escapes and returns its content
// with the escapes of quotes and backslashes undone; it stops at a line
// break if the string is not closed.
func (s *scanner) basicString() string {
	s.i++
	var b strings.Builder
	for !s.eof() {
		c := s.src[s.i]
		switch {
		case c == '"':
			s.i++
			return b.String()
		case c == '\n':
			return b.String()
		case c == '\\' && s.i+1 < len(s.src) && s.src[s.i+1] != '\n':
			b.WriteByte(s.src[s.i+1])
			s.i += 2
		default:
			b.WriteByte(c)
			s.i++
		}
	}
	return b.String()
}

// literalString reads '...'.
func (s *scanner) literalString() string {
	s.i++
	j := s.i
	for !s.eof() && s.src[s.i] != '\'' && s.src[s.i] != '\n' {
		s.i++
	}
	part := s.src[j:s.i]
	if s.peek() == '\'' {
		s.i++
	}
	return part
}

// multiline skips a """ or ”' string, which may end with up to two more
// quotes.
func (s *scanner) multiline(delim string, escapes bool) {
	s.i += 3
	for !s.eof() {
		if escapes && s.src[s.i] == '\\' {
			s.i += 2
			continue
		}
		if strings.HasPrefix(s.src[s.i:], delim) {
			s.i += 3
			for extra := 0; extra < 2 && s.peek() == delim[0]; extra++ {
				s.i++
			}
			return
		}
		s.i++
	}
	s.i = min(s.i, len(s.src))
}
