package draft

import (
	"strings"

	"github.com/postlint/postlint/i18n"
)

// Directive kinds, written as HTML comments in Markdown drafts:
// <!-- postlint-disable RULE ... -- reason -->.
const (
	DirectiveDisable         = "disable"
	DirectiveEnable          = "enable"
	DirectiveDisableLine     = "disable-line"
	DirectiveDisableNextLine = "disable-next-line"
	DirectiveDisableFile     = "disable-file"
)

var directiveKinds = []string{DirectiveDisable, DirectiveEnable, DirectiveDisableLine, DirectiveDisableNextLine, DirectiveDisableFile}

// Directive is one postlint comment in a draft. An empty Rules list means
// every rule.
type Directive struct {
	Kind   string
	Rules  []string
	Reason string
	// Range is where the comment stands in the file.
	Range Range
	// Invalid explains why the comment is not a directive postlint
	// understands; such comments suppress nothing.
	Invalid i18n.Text
}

// stripComments copies src[from:to] into b without HTML comments, folding
// line ends, and returns the postlint directives among the comments. A
// comment alone on its line takes the line with it, so removing it does not
// split a paragraph.
func stripComments(b *builder, src string, from, to int, lines []int) []Directive {
	var dirs []Directive
	pos := from
	for pos < to {
		open := strings.Index(src[pos:to], "<!--")
		if open < 0 {
			break
		}
		open += pos
		closeAt := strings.Index(src[open+4:to], "-->")
		if closeAt < 0 {
			break // an unclosed comment stays text: it would be pasted as is
		}
		end := open + 4 + closeAt + 3
		body := src[open+4 : end-3]
		if d, ok := parseDirective(body); ok {
			d.Range = Range{Start: srcPos(src, lines, open), End: srcPos(src, lines, end)}
			dirs = append(dirs, d)
		}
		cutFrom, cutTo := open, end
		lineStart := strings.LastIndexAny(src[:open], "\r\n") + 1
		lineEnd := strings.IndexAny(src[end:to], "\r\n")
		if lineEnd < 0 {
			lineEnd = to
		} else {
			lineEnd += end
		}
		if lineStart >= from && strings.TrimSpace(src[lineStart:open]) == "" && strings.TrimSpace(src[end:lineEnd]) == "" {
			cutFrom = lineStart
			_, cutTo = lineAt(src, lineEnd)
			if lineEnd == to {
				cutTo = to
			}
		}
		b.lineText(src, pos, cutFrom)
		pos = cutTo
	}
	b.lineText(src, pos, to)
	return dirs
}

// parseDirective reads the inside of an HTML comment. ok is false for
// comments that are not meant for postlint.
func parseDirective(body string) (Directive, bool) {
	s := strings.TrimSpace(body)
	if !strings.HasPrefix(s, "postlint-") && !strings.HasPrefix(s, "postlint ") {
		return Directive{}, false
	}
	var d Directive
	if i := strings.Index(s, " --"); i >= 0 {
		d.Reason = strings.TrimSpace(s[i+3:])
		s = strings.TrimSpace(s[:i])
	}
	fields := strings.Fields(strings.ReplaceAll(s, ",", " "))
	kind := strings.TrimPrefix(fields[0], "postlint-")
	if !contains(directiveKinds, kind) {
		d.Kind = kind
		d.Invalid = i18n.Sprintf("unknown directive %q: use postlint-%s",
			"direktif %q tidak dikenal: gunakan postlint-%s", fields[0], strings.Join(directiveKinds, ", postlint-"))
		return d, true
	}
	d.Kind = kind
	d.Rules = fields[1:]
	return d, true
}
