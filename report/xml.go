package report

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// xmlAttr escapes text for a double-quoted XML attribute: line breaks and
// tabs become character references so that parsers keep them.
func xmlAttr(s string) string { return xmlEscape(s, true) }

// xmlText escapes text for element content, where line breaks stay as they
// are and read well.
func xmlText(s string) string { return xmlEscape(s, false) }

// xmlEscape replaces what XML needs escaped; characters XML 1.0 cannot
// carry at all (most C0 control characters, invalid UTF-8) become U+FFFD,
// and DEL, C1 controls and bidirectional overrides become character
// references.
func xmlEscape(s string, attr bool) string {
	if xmlPlain(s, attr) {
		return s // most text needs nothing: no copy
	}
	return xmlEscapeRunes(s, attr)
}

// xmlEscapeRunes is xmlEscape rune by rune, into a copy.
func xmlEscapeRunes(s string, attr bool) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"' && attr:
			b.WriteString("&quot;")
		case r == '\n' && attr:
			b.WriteString("&#xA;")
		case r == '\t' && attr:
			b.WriteString("&#x9;")
		case r == '\r':
			b.WriteString("&#xD;")
		case r >= 0x7F && r <= 0x9F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
			// Allowed in XML, but a terminal printing the report would
			// act on them: a character reference keeps them in the data.
			fmt.Fprintf(&b, "&#x%X;", r)
		case r == '\n' || r == '\t' || r >= 0x20 && r <= 0xD7FF && r != utf8.RuneError || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF:
			b.WriteRune(r)
		default:
			b.WriteRune('\uFFFD')
		}
	}
	return b.String()
}

// xmlPlain reports whether xmlEscape would give s back unchanged.
func xmlPlain(s string, attr bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '&' || c == '<' || c == '>' || c == '\r' || c == 0x7F:
				return false
			case c == '"' || c == '\n' || c == '\t':
				if attr {
					return false
				}
			case c < 0x20:
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r <= 0x9F || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 ||
			r >= 0xD800 && r <= 0xDFFF || r == 0xFFFE || r == 0xFFFF {
			return false
		}
		i += size
	}
	return true
}
