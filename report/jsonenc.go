package report

import (
	"strconv"
	"unicode/utf8"
)

// appendFinding writes one finding as json.MarshalIndent(f, "    ", "  ")
// would, byte for byte, without reflection: the JSON report writes one
// object per finding, and on a large run reflection was most of its cost.
// Each member starts with one constant: the comma, the indent and the
// quoted key together. TestAppendFindingMatchesEncodingJSON holds the two
// together.
func appendFinding(dst []byte, f *jsonFinding) []byte {
	const field = ",\n      " // a comma, the prefix and one level of indent
	dst = append(dst, "{\n      \"path\": "...)
	dst = appendJSONString(dst, f.Path)
	dst = strconv.AppendInt(append(dst, field+`"post": `...), int64(f.Post), 10)
	dst = appendJSONString(append(dst, field+`"platform": `...), f.Platform)
	if len(f.Platforms) > 0 {
		dst = append(dst, field+`"platforms": [`...)
		for i, p := range f.Platforms {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendJSONString(append(dst, "\n        "...), p)
		}
		dst = append(dst, "\n      ]"...)
	}
	dst = appendJSONString(append(dst, field+`"rule": `...), f.Rule)
	dst = appendJSONString(append(dst, field+`"category": `...), f.Category)
	dst = appendJSONString(append(dst, field+`"severity": `...), f.Severity)
	dst = strconv.AppendInt(append(dst, field+`"line": `...), int64(f.Line), 10)
	dst = strconv.AppendInt(append(dst, field+`"column": `...), int64(f.Column), 10)
	dst = strconv.AppendInt(append(dst, field+`"end_line": `...), int64(f.EndLine), 10)
	dst = strconv.AppendInt(append(dst, field+`"end_column": `...), int64(f.EndColumn), 10)
	if c := f.Cell; c != nil {
		dst = appendCell(append(dst, field+`"cell": `...), c)
	}
	dst = appendJSONString(append(dst, field+`"message": `...), f.Message)
	if f.Suggestion != "" {
		dst = appendJSONString(append(dst, field+`"suggestion": `...), f.Suggestion)
	}
	if x := f.Fix; x != nil {
		const inner = ",\n        "
		dst = strconv.AppendInt(append(dst, field+`"fix": {`+inner[1:]+`"start": `...), int64(x.Start), 10)
		dst = strconv.AppendInt(append(dst, inner+`"end": `...), int64(x.End), 10)
		dst = appendJSONString(append(dst, inner+`"text": `...), x.Text)
		dst = append(dst, "\n      }"...)
	}
	return append(dst, "\n    }"...)
}

// appendCell writes a finding's cell, one level deeper than its fields.
func appendCell(dst []byte, c *jsonCell) []byte {
	const inner = ",\n        "
	dst = appendJSONString(append(dst, "{"+inner[1:]+`"ref": `...), c.Ref)
	if c.Sheet != "" {
		dst = appendJSONString(append(dst, inner+`"sheet": `...), c.Sheet)
	}
	dst = strconv.AppendInt(append(dst, inner+`"row": `...), int64(c.Row), 10)
	dst = appendJSONString(append(dst, inner+`"column": `...), c.Column)
	if c.Header != "" {
		dst = appendJSONString(append(dst, inner+`"header": `...), c.Header)
	}
	return append(dst, "\n      }"...)
}

// appendJSONString quotes s as encoding/json does by default: <, > and &
// escaped for HTML, control characters as \b \f \n \r \t or \u00XX,
// invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped.
func appendJSONString(dst []byte, s string) []byte { return appendJSONStringHTML(dst, s, true) }

// jsonSafe and jsonHTMLSafe mark the bytes a JSON string holds as they
// are, without and with <, > and & escaped for HTML: one look-up a byte,
// so that runs of plain ASCII are copied whole. Bytes from 0x80 up are not
// marked; they start a UTF-8 sequence that must be checked.
var jsonSafe, jsonHTMLSafe = jsonSafeSet(false), jsonSafeSet(true)

func jsonSafeSet(escapeHTML bool) (safe [256]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		safe[b] = b != '"' && b != '\\' && !(escapeHTML && (b == '<' || b == '>' || b == '&'))
	}
	return safe
}

// appendJSONStringHTML is appendJSONString with <, > and & escaped only
// if escapeHTML is set, as an encoder with SetEscapeHTML(escapeHTML).
func appendJSONStringHTML(dst []byte, s string, escapeHTML bool) []byte {
	safe := &jsonSafe
	if escapeHTML {
		safe = &jsonHTMLSafe
	}
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight safe bytes at a time: most of a report's text is plain
		// ASCII, and one test of the length then serves eight bytes.
		if w := s[i:]; len(w) >= 8 && safe[w[0]] && safe[w[1]] && safe[w[2]] && safe[w[3]] &&
			safe[w[4]] && safe[w[5]] && safe[w[6]] && safe[w[7]] {
			i += 8
			continue
		}
		if safe[s[i]] {
			i++
			continue
		}
		if b := s[i]; b < utf8.RuneSelf {
			dst = appendJSONEscape(append(dst, s[start:i]...), b)
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == '\u2028' || c == '\u2029' || c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			if size == 1 {
				dst = append(dst, `\ufffd`...)
			} else {
				dst = append(dst, '\\', 'u', '2', '0', '2', byte('0'+c&0xF))
			}
			start = i + size
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// appendJSONEscape writes the escape of an ASCII byte that a JSON string
// may not hold as it is.
func appendJSONEscape(dst []byte, b byte) []byte {
	const hex = "0123456789abcdef"
	switch b {
	case '\\', '"':
		return append(dst, '\\', b)
	case '\b':
		return append(dst, '\\', 'b')
	case '\f':
		return append(dst, '\\', 'f')
	case '\n':
		return append(dst, '\\', 'n')
	case '\r':
		return append(dst, '\\', 'r')
	case '\t':
		return append(dst, '\\', 't')
	}
	return append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
}
