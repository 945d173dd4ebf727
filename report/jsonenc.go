package report

import (
	"strconv"
	"unicode/utf8"
)

// appendFinding writes one finding as json.MarshalIndent(f, "    ", "  ")
// would, byte for byte, without reflection: the JSON report writes one
// object per finding, and on a large run reflection was most of its cost.
// TestAppendFindingMatchesEncodingJSON holds the two together.
func appendFinding(dst []byte, f jsonFinding) []byte {
	const field = "\n      " // the prefix and one level of indent
	dst = append(dst, '{')
	dst = appendKey(dst, field, "path")
	dst = appendJSONString(dst, f.Path)
	dst = appendIntField(dst, field, "post", f.Post)
	dst = appendKey(dst, field, "platform")
	dst = appendJSONString(dst, f.Platform)
	if len(f.Platforms) > 0 {
		dst = appendKey(dst, field, "platforms")
		dst = append(dst, '[')
		for i, p := range f.Platforms {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, "\n        "...)
			dst = appendJSONString(dst, p)
		}
		dst = append(dst, field...)
		dst = append(dst, ']')
	}
	dst = appendKey(dst, field, "rule")
	dst = appendJSONString(dst, f.Rule)
	dst = appendKey(dst, field, "category")
	dst = appendJSONString(dst, f.Category)
	dst = appendKey(dst, field, "severity")
	dst = appendJSONString(dst, f.Severity)
	dst = appendIntField(dst, field, "line", f.Line)
	dst = appendIntField(dst, field, "column", f.Column)
	dst = appendIntField(dst, field, "end_line", f.EndLine)
	dst = appendIntField(dst, field, "end_column", f.EndColumn)
	if c := f.Cell; c != nil {
		const inner = "\n        "
		dst = appendKey(dst, field, "cell")
		dst = append(dst, '{')
		dst = appendKey(dst, inner, "ref")
		dst = appendJSONString(dst, c.Ref)
		if c.Sheet != "" {
			dst = appendKey(dst, inner, "sheet")
			dst = appendJSONString(dst, c.Sheet)
		}
		dst = appendIntField(dst, inner, "row", c.Row)
		dst = appendKey(dst, inner, "column")
		dst = appendJSONString(dst, c.Column)
		if c.Header != "" {
			dst = appendKey(dst, inner, "header")
			dst = appendJSONString(dst, c.Header)
		}
		dst = append(dst, field...)
		dst = append(dst, '}')
	}
	dst = appendKey(dst, field, "message")
	dst = appendJSONString(dst, f.Message)
	if f.Suggestion != "" {
		dst = appendKey(dst, field, "suggestion")
		dst = appendJSONString(dst, f.Suggestion)
	}
	if x := f.Fix; x != nil {
		const inner = "\n        "
		dst = appendKey(dst, field, "fix")
		dst = append(dst, '{')
		dst = appendIntField(dst, inner, "start", x.Start)
		dst = appendIntField(dst, inner, "end", x.End)
		dst = appendKey(dst, inner, "text")
		dst = appendJSONString(dst, x.Text)
		dst = append(dst, field...)
		dst = append(dst, '}')
	}
	return append(dst, "\n    }"...)
}

// appendKey starts a member: a comma unless it is the object's first,
// the line's indent, and the quoted key. Keys are plain ASCII.
func appendKey(dst []byte, indent, key string) []byte {
	if dst[len(dst)-1] != '{' {
		dst = append(dst, ',')
	}
	dst = append(dst, indent...)
	dst = append(dst, '"')
	dst = append(dst, key...)
	return append(dst, "\": "...)
}

func appendIntField(dst []byte, indent, key string, n int) []byte {
	return strconv.AppendInt(appendKey(dst, indent, key), int64(n), 10)
}

// appendJSONString quotes s as encoding/json does by default: <, > and &
// escaped for HTML, control characters as \b \f \n \r \t or \u00XX,
// invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped.
func appendJSONString(dst []byte, s string) []byte { return appendJSONStringHTML(dst, s, true) }

// jsonPlainASCII marks the ASCII bytes a JSON string holds as they are
// (but <, > and & when they are escaped for HTML): one look-up a byte.
var jsonPlainASCII = func() (plain [utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		plain[b] = b != '"' && b != '\\'
	}
	return plain
}()

// appendJSONStringHTML is appendJSONString with <, > and & escaped only
// if escapeHTML is set, as an encoder with SetEscapeHTML(escapeHTML).
func appendJSONStringHTML(dst []byte, s string, escapeHTML bool) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if jsonPlainASCII[b] && (!escapeHTML || b != '<' && b != '>' && b != '&') {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case c == '\u2028' || c == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
