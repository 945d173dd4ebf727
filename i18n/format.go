package i18n

import (
	"strconv"
	"strings"
)

// appendFormat appends format, with args in the given locale, to dst as
// fmt.Sprintf would. It knows only what messages use: the verbs %s, %v, %q
// on strings and Texts, %d and %v on ints, %% and explicit argument
// indexes, all without flags, width or precision. On anything else
// (including a missing, extra or badly indexed argument, which fmt writes
// as %!d(MISSING) and the like) it reports false, and the caller formats
// with fmt instead.
func appendFormat(dst []byte, format, locale string, args []any) ([]byte, bool) {
	next, reordered := 0, false
	for i := 0; i < len(format); {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			dst = append(dst, format[i:]...)
			break
		}
		dst = append(dst, format[i:i+j]...)
		i += j + 1
		if i < len(format) && format[i] == '%' {
			dst = append(dst, '%')
			i++
			continue
		}
		if i < len(format) && format[i] == '[' {
			n, width, ok := argIndex(format[i:], len(args))
			if !ok {
				return dst, false
			}
			next, reordered = n, true
			i += width
		}
		if i >= len(format) || next >= len(args) {
			return dst, false
		}
		var ok bool
		if dst, ok = appendArg(dst, format[i], args[next], locale); !ok {
			return dst, false
		}
		next++
		i++
	}
	// fmt flags unused arguments, unless an index reordered them.
	return dst, reordered || next == len(args)
}

// argIndex reads an explicit argument index such as [2] at the start of s
// and returns it zero-based with the bytes it spans. Only an index of an
// existing argument is accepted; fmt would print %!d(BADINDEX) otherwise.
func argIndex(s string, numArgs int) (index, width int, ok bool) {
	n := 0
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ']' && 1 <= n && n <= numArgs:
			return n - 1, i + 1, true
		case '0' <= c && c <= '9' && n <= numArgs:
			n = n*10 + int(c-'0')
		default:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// appendArg appends one argument under verb. Only exact types are taken:
// a named string or int type may have a String method fmt would call.
func appendArg(dst []byte, verb byte, arg any, locale string) ([]byte, bool) {
	switch a := arg.(type) {
	case string:
		return appendString(dst, verb, a)
	case Text:
		return appendString(dst, verb, a.In(locale))
	case int:
		if verb == 'd' || verb == 'v' {
			return strconv.AppendInt(dst, int64(a), 10), true
		}
	}
	return dst, false
}

// appendString appends s under verb; fmt's %q without flags is
// strconv.Quote.
func appendString(dst []byte, verb byte, s string) ([]byte, bool) {
	switch verb {
	case 's', 'v':
		return append(dst, s...), true
	case 'q':
		return appendQuote(dst, s), true
	}
	return dst, false
}

// appendQuote appends s quoted as strconv.AppendQuote does. Messages
// quote words and hashtags, nearly always printable ASCII without quotes
// or backslashes, which stand for themselves; strconv, which decodes and
// checks every rune, gets the rest.
func appendQuote(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || c == '"' || c == '\\' {
			return strconv.AppendQuote(dst, s)
		}
	}
	dst = append(dst, '"')
	dst = append(dst, s...)
	return append(dst, '"')
}
