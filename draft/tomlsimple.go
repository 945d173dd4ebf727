package draft

import (
	"strings"
	"unicode/utf8"
)

// simpleTOML reads the TOML front matter most drafts have without the
// TOML decoder and the position index it needs beside it: `key = value`
// lines of bare keys whose values are one-line strings without escapes,
// decimal whole numbers, booleans, or one-line arrays of them. ok is false
// for anything else (tables, dotted or quoted keys, comments, escapes,
// multi-line strings and arrays, floats, dates, tabs, duplicate keys, ...),
// which the decoder then reads. When ok, the pairs are exactly what
// decodeTOML returns for the same block.
func simpleTOML(block string, firstLine int) ([]keyValue, bool) {
	return simpleTOMLIn(nil, block, firstLine)
}

// simpleTOMLIn is simpleTOML with the pairs in room (see simplePairs).
func simpleTOMLIn(room []keyValue, block string, firstLine int) ([]keyValue, bool) {
	// TOML knows CR LF but no lone CR: one at the end of the block, which
	// simplePairs would cut as a line end, is refused here, one elsewhere
	// by simpleTOMLPair's checks.
	if strings.HasSuffix(block, "\r") {
		return nil, false
	}
	return simplePairs(room, block, firstLine, simpleTOMLPair)
}

// simpleTOMLPair reads one `key = value` line, ln being its file line. The
// decoder path places keys, values and list items on their line only.
func simpleTOMLPair(line string, ln int) (keyValue, bool) {
	k := 0
	for k < len(line) && k <= maxSimpleKey && isSimpleKeyByte(line[k]) {
		k++
	}
	if k == 0 || k > maxSimpleKey || !isASCIILetter(line[0]) {
		return keyValue{}, false
	}
	i := skipSpaces(line, k)
	if i == len(line) || line[i] != '=' {
		return keyValue{}, false
	}
	i = skipSpaces(line, i+1)
	if i == len(line) {
		return keyValue{}, false
	}
	where := lineRange(ln)
	kv := keyValue{key: line[:k], where: where, val: value{where: where}}
	var ok bool
	if line[i] == '[' {
		kv.val.v, i, ok = simpleTOMLArray(line, i, where)
	} else {
		kv.val.v, i, ok = simpleTOMLScalar(line, i)
	}
	if !ok || !isSpaces(line[i:]) {
		return keyValue{}, false
	}
	return kv, true
}

// simpleTOMLArray reads the one-line array opening at line[at] and returns
// its items, each placed at where, with the offset just past it.
func simpleTOMLArray(line string, at int, where Range) ([]value, int, bool) {
	closing := strings.IndexByte(line[at:], ']')
	if closing < 0 {
		return nil, 0, false // spread over lines, or never closed
	}
	items := make([]value, 0, min(1+strings.Count(line[at:at+closing], ","), 8))
	i := skipSpaces(line, at+1)
	if i < len(line) && line[i] == ']' {
		return items, i + 1, true
	}
	for i < len(line) {
		v, end, ok := simpleTOMLScalar(line, i)
		if !ok {
			return nil, 0, false
		}
		items = append(items, value{v: v, where: where})
		i = skipSpaces(line, end)
		if i == len(line) {
			break
		}
		switch line[i] {
		case ']':
			return items, i + 1, true
		case ',':
			i = skipSpaces(line, i+1)
			if i < len(line) && line[i] == ']' {
				return nil, 0, false // a trailing comma: leave it to the decoder
			}
		default:
			return nil, 0, false
		}
	}
	return nil, 0, false
}

// simpleTOMLScalar reads the value starting at line[at] — a one-line
// basic string without escapes, a literal string, a decimal whole number
// without sign, underscores or leading zero, true or false — and returns
// it as the decoder does with the offset just past it.
func simpleTOMLScalar(line string, at int) (any, int, bool) {
	switch c := line[at]; {
	case c == '"' || c == '\'':
		if at+2 < len(line) && line[at+1] == c && line[at+2] == c {
			return nil, 0, false // a multi-line string, or an empty one before a quote
		}
		closing := strings.IndexByte(line[at+1:], c)
		if closing < 0 {
			return nil, 0, false
		}
		text := line[at+1 : at+1+closing]
		if c == '"' && strings.IndexByte(text, '\\') >= 0 || !tomlSafeText(text) {
			return nil, 0, false
		}
		return text, at + closing + 2, true
	case c >= '0' && c <= '9':
		end := at
		for end < len(line) && line[end] >= '0' && line[end] <= '9' {
			end++
		}
		n, ok := decimalInt(line[at:end])
		return n, end, ok
	case strings.HasPrefix(line[at:], "true"):
		return true, at + len("true"), true
	case strings.HasPrefix(line[at:], "false"):
		return false, at + len("false"), true
	}
	return nil, 0, false
}

// tomlSafeText reports whether s is valid UTF-8 without control
// characters (tabs included), which a TOML string holds as they are.
func tomlSafeText(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c == 0x7F {
			return false
		}
	}
	return utf8.ValidString(s)
}
