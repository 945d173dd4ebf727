// Package roff writes text for man pages: the escapes a line of roff
// needs so that it prints as written.
package roff

import "strings"

var escaper = strings.NewReplacer(`\`, `\e`, "-", `\-`)

// Escape escapes text for a roff line: backslashes, hyphens (so that
// flags print as minus signs and can be searched for), and a leading dot
// or quote, which would start a request.
func Escape(s string) string {
	s = Inline(s)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}

// Inline escapes text that continues a line, after other text: a dot or
// a quote there starts no request, so only backslashes and hyphens are
// escaped.
func Inline(s string) string { return escaper.Replace(s) }

// Lines escapes text of several lines, each as Escape does, so that a
// line of a multi-line text never starts a request.
func Lines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = Escape(l)
	}
	return strings.Join(lines, "\n")
}
