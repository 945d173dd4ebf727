package draft

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// simpleYAML reads the front matter most drafts have without the YAML
// parser, whose set-up alone costs more than the rest of reading a short
// draft: `key: value` lines at the left margin whose values are plain or
// quoted scalars on one line, or flow lists of them ([a, "b"]). ok is false
// for anything else (comments, anchors, aliases, tags, block scalars,
// nesting, escapes, tabs, duplicate keys, a value whose YAML type it does
// not decide exactly as the parser does, ...), which the parser then reads.
// When ok, the pairs are exactly what the parser path returns for the same
// block, positions included.
func simpleYAML(block string, firstLine int) ([]keyValue, bool) {
	return simplePairs(nil, block, firstLine, simpleYAMLPair)
}

// simplePairs reads a front-matter block one `key` line at a time with
// pair, which is given each non-empty line without its line end and its
// file line. ok is false when pair refuses a line, a key repeats, or the
// block is empty (rare, and the parser's to judge). CR LF ends a line; a
// CR elsewhere is pair's to refuse. The pairs are appended to room[:0],
// made on the heap when room has none.
func simplePairs(room []keyValue, block string, firstLine int, pair func(line string, ln int) (keyValue, bool)) ([]keyValue, bool) {
	pairs := room[:0]
	if cap(pairs) == 0 {
		pairs = make([]keyValue, 0, pairsRoom(block))
	}
	ln := firstLine
	for rest := block; rest != ""; ln++ {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		line = strings.TrimSuffix(line, "\r")
		if line == "" {
			continue
		}
		kv, ok := pair(line, ln)
		if !ok {
			return nil, false
		}
		for _, p := range pairs {
			if p.key == kv.key {
				return nil, false
			}
		}
		pairs = append(pairs, kv)
	}
	if len(pairs) == 0 {
		return nil, false
	}
	return pairs, true
}

// pairsRoom is the room to make for a block's pairs: one per line, up to
// the usual dozen keys; a block of many more lines is seldom simple, and
// need not cost its size before that shows.
func pairsRoom(block string) int {
	n := strings.Count(block, "\n")
	if !strings.HasSuffix(block, "\n") {
		n++
	}
	return min(n, 16)
}

// maxSimpleKey is the longest key simpleYAML reads; front-matter keys are
// a few letters, and YAML itself limits implicit keys to 1024 characters.
const maxSimpleKey = 64

// simpleYAMLPair reads one `key: value` line, ln being its file line.
func simpleYAMLPair(line string, ln int) (keyValue, bool) {
	k := 0
	for k < len(line) && k <= maxSimpleKey && isSimpleKeyByte(line[k]) {
		k++
	}
	if k == 0 || k > maxSimpleKey || k == len(line) || line[k] != ':' || !isASCIILetter(line[0]) {
		return keyValue{}, false
	}
	key := line[:k]
	kv := keyValue{key: key, where: Range{Start: Position{ln, 1}, End: Position{ln, 1 + k}}}
	at := k + 1
	if at == len(line) || isSpaces(line[at:]) {
		// An empty value is null, placed just after the colon.
		kv.val.where = Range{Start: Position{ln, k + 2}, End: Position{ln, k + 2}}
		return kv, true
	}
	if line[at] != ' ' {
		return keyValue{}, false // "a:b" is one plain scalar, not a pair
	}
	for line[at] == ' ' {
		at++
	}
	// Everything before the value is ASCII, so its column is its offset.
	col := at + 1
	if line[at] == '[' {
		list, end, ok := simpleFlowList(line, at, ln, col)
		if !ok || !isSpaces(line[end:]) {
			return keyValue{}, false
		}
		kv.val = list
		return kv, true
	}
	v, text, end, ok := simpleScalar(line, at, false)
	if !ok || !isSpaces(line[end:]) {
		return keyValue{}, false
	}
	kv.val = value{v: v, where: scalarRange(ln, col, text)}
	return kv, true
}

// simpleFlowList reads the flow list opening at line[at] (column col), its
// items plain or quoted scalars, and returns it with the offset just past
// its closing bracket.
func simpleFlowList(line string, at, ln, col int) (value, int, bool) {
	closing := strings.IndexByte(line[at:], ']')
	if closing < 0 {
		return value{}, 0, false // never closed on its line
	}
	list := value{where: Range{Start: Position{ln, col}, End: Position{ln, col}}}
	items := make([]value, 0, min(1+strings.Count(line[at:at+closing], ","), 8))
	i := skipSpaces(line, at+1)
	// Items may hold non-ASCII text, so columns are counted in code points
	// from the last place whose column is known.
	known, knownCol := at, col
	colAt := func(off int) int {
		knownCol += utf8.RuneCountInString(line[known:off])
		known = off
		return knownCol
	}
	if i < len(line) && line[i] == ']' {
		list.v = items
		return list, i + 1, true
	}
	for i < len(line) {
		v, text, end, ok := simpleScalar(line, i, true)
		if !ok {
			return value{}, 0, false
		}
		items = append(items, value{v: v, where: scalarRange(ln, colAt(i), text)})
		i = skipSpaces(line, end)
		if i == len(line) {
			break
		}
		switch line[i] {
		case ']':
			list.v = items
			return list, i + 1, true
		case ',':
			i = skipSpaces(line, i+1)
			if i < len(line) && line[i] == ']' {
				return value{}, 0, false // a trailing comma: leave it to the parser
			}
		default:
			return value{}, 0, false
		}
	}
	return value{}, 0, false // never closed on its line
}

// simpleScalar reads the scalar starting at line[at]: plain, single-quoted,
// or double-quoted without escapes, all on one line. In a flow list a plain
// scalar ends at `,` or `]`. It returns the value as the parser path types
// it, the scalar's text as the parser reports it (which places its end),
// and the offset just past it.
func simpleScalar(line string, at int, flow bool) (v any, text string, end int, ok bool) {
	switch line[at] {
	case '"':
		closing := strings.IndexByte(line[at+1:], '"')
		if closing < 0 {
			return nil, "", 0, false
		}
		text = line[at+1 : at+1+closing]
		if strings.IndexByte(text, '\\') >= 0 || !yamlSafeText(text) {
			return nil, "", 0, false
		}
		return text, text, at + closing + 2, true
	case '\'':
		return singleQuoted(line, at)
	}
	if isIndicator(line[at]) {
		return nil, "", 0, false
	}
	end = at
	for end < len(line) {
		c := line[end]
		if flow && (c == ',' || c == ']') {
			break
		}
		// A colon may start a pair and a hash a comment; brackets, braces
		// and, in a flow list, a question mark end a scalar or start
		// something else. Leave them all to the parser.
		if c == ':' || c == '#' || c == '[' || c == ']' || c == '{' || c == '}' || flow && c == '?' {
			return nil, "", 0, false
		}
		end++
	}
	text = strings.TrimRight(line[at:end], " ")
	if !yamlSafeText(text) {
		return nil, "", 0, false
	}
	v, ok = plainScalar(text)
	return v, text, end, ok
}

// singleQuoted reads a single-quoted scalar opening at line[at], in which
// a quote written twice stands for one.
func singleQuoted(line string, at int) (any, string, int, bool) {
	var b strings.Builder
	from := at + 1
	for i := from; i < len(line); i++ {
		if line[i] != '\'' {
			continue
		}
		if i+1 < len(line) && line[i+1] == '\'' {
			b.WriteString(line[from : i+1])
			from = i + 2
			i++
			continue
		}
		text := line[from:i]
		if b.Len() > 0 {
			b.WriteString(text)
			text = b.String()
		}
		if !yamlSafeText(text) {
			return nil, "", 0, false
		}
		return text, text, i + 1, true
	}
	return nil, "", 0, false
}

// plainScalar types a plain scalar the way the YAML parser's resolver and
// yamlScalar do together: true and false in three spellings are booleans;
// ~ and null in three spellings are null; a decimal integer without a
// leading zero is an int64; a YYYY-MM-DD date is a time; text that starts
// with a letter or any other byte the resolver passes over is a string.
// ok is false for everything else the resolver might turn into a number
// (signs, dots, leading zeros, 0x, underscores, exponents, times).
func plainScalar(text string) (any, bool) {
	switch text {
	case "true", "True", "TRUE":
		return true, true
	case "false", "False", "FALSE":
		return false, true
	case "~", "null", "Null", "NULL":
		return nil, true
	}
	switch c := text[0]; {
	case c >= '0' && c <= '9':
		if n, ok := decimalInt(text); ok {
			return n, true
		}
		if t, ok := isoDate(text); ok {
			return t, true
		}
		return nil, false
	case c == '+' || c == '-' || c == '.' || c == '<':
		return nil, false
	}
	return text, true
}

// decimalInt reads a decimal integer of at most 18 digits, which cannot
// overflow an int64, without a leading zero, which YAML reads as octal.
func decimalInt(text string) (int64, bool) {
	if len(text) > 18 || (text[0] == '0' && len(text) > 1) {
		return 0, false
	}
	for i := 0; i < len(text); i++ {
		if text[i] < '0' || text[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.ParseInt(text, 10, 64)
	return n, err == nil
}

// isoDate reads a YYYY-MM-DD date as the resolver does: no other of its
// timestamp layouts matches ten bytes of that shape first.
func isoDate(text string) (time.Time, bool) {
	if len(text) != 10 || text[4] != '-' || text[7] != '-' {
		return time.Time{}, false
	}
	for i := 0; i < len(text); i++ {
		if i != 4 && i != 7 && (text[i] < '0' || text[i] > '9') {
			return time.Time{}, false
		}
	}
	t, err := time.Parse("2006-1-2", text)
	return t, err == nil
}

// scalarRange places a one-line scalar of text at a line and column, the
// way yamlRange does.
func scalarRange(ln, col int, text string) Range {
	return Range{Start: Position{ln, col}, End: Position{ln, col + utf8.RuneCountInString(text)}}
}

// yamlSafeText reports whether s holds only characters that YAML reads as
// themselves inside a one-line scalar: no tabs, control characters, line
// breaks (YAML also breaks lines at U+0085, U+2028 and U+2029), byte-order
// marks or non-characters, and valid UTF-8.
func yamlSafeText(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' || c == 0x7F {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return false
		case r >= 0xA0 && r <= 0xD7FF && r != 0x2028 && r != 0x2029:
		case r >= 0xE000 && r <= 0xFFFD && r != 0xFEFF:
		case r >= 0x10000 && r <= utf8.MaxRune:
		default:
			return false
		}
		i += size
	}
	return true
}

// isIndicator reports bytes that give a plain scalar's first character a
// meaning of its own in YAML (a list item, key, comment, anchor, alias,
// tag, block scalar, directive, quote or flow collection).
func isIndicator(c byte) bool {
	return strings.IndexByte("-?:,[]{}#&*!|>'\"%@`", c) >= 0
}

func isSimpleKeyByte(c byte) bool {
	return isASCIILetter(c) || c >= '0' && c <= '9' || c == '_' || c == '-'
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isSpaces(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' {
			return false
		}
	}
	return true
}

func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}
