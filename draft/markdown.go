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
	// NextLine is the line a disable-next-line directive applies to: the
	// line after the comment, skipping lines that hold only other comments,
	// so directives can be stacked.
	NextLine int
	// Invalid explains why the comment is not a directive postlint
	// understands; such comments suppress nothing.
	Invalid i18n.Text
}

// stripComments copies src[from:to] into b without HTML comments, folding
// line ends, and returns the postlint directives among the comments. A
// comment alone on its line takes the line with it, so removing it does not
// split a paragraph; a comment inside a line takes one side's spaces with
// it, so that the text reads as if the comment had never been written and
// a long directive never adds to the post's length.
func stripComments(b *builder, s *source, from, to int) []Directive {
	src := s.text
	var dirs []Directive
	var wholeLines [][2]int // first and last line of comments cut with their lines
	pos := from
	lineStartAt := -1 // pos, when the text before it on its line was all cut
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
			d.Range = Range{Start: s.pos(open), End: s.pos(end)}
			dirs = append(dirs, d)
		}
		before := open // start of the blanks before the comment
		for before > pos && (src[before-1] == ' ' || src[before-1] == '\t') {
			before--
		}
		after := end // end of the blanks after it
		for after < to && (src[after] == ' ' || src[after] == '\t') {
			after++
		}
		atLineStart := before == 0 || src[before-1] == '\n' || src[before-1] == '\r' || before == lineStartAt
		atLineEnd := after == to || src[after] == '\n' || src[after] == '\r'
		cutFrom, cutTo := open, end
		switch {
		case atLineStart && atLineEnd:
			cutFrom = before
			_, cutTo = lineAt(src, after)
			if after == to {
				cutTo = to
			}
			wholeLines = append(wholeLines, [2]int{s.pos(open).Line, s.pos(end).Line})
		case atLineEnd:
			cutFrom = before // no trailing blanks
		case atLineStart:
			cutTo = after // no leading blanks
			lineStartAt = after
		case before < open && after > end:
			cutTo = after // one gap between the words, not two
		}
		b.lineText(src, pos, cutFrom)
		pos = cutTo
	}
	b.lineText(src, pos, to)
	for i := range dirs {
		if dirs[i].Kind != DirectiveDisableNextLine {
			continue
		}
		next := dirs[i].Range.End.Line + 1
		for _, w := range wholeLines {
			if w[0] == next {
				next = w[1] + 1
			}
		}
		dirs[i].NextLine = next
	}
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
	// The reason starts at the first word beginning with "--", wherever
	// the comment breaks its lines.
	fields := strings.Fields(s)
	for i, f := range fields {
		if i > 0 && strings.HasPrefix(f, "--") {
			at := reasonStart(s, i)
			d.Reason = strings.TrimSpace(strings.TrimPrefix(s[at:], "--"))
			fields = fields[:i]
			break
		}
	}
	kind := strings.TrimPrefix(fields[0], "postlint-")
	if !contains(directiveKinds, kind) {
		d.Kind = kind
		d.Invalid = i18n.Sprintf("unknown directive %q: use postlint-%s",
			"direktif %q tidak dikenal: gunakan postlint-%s", fields[0], strings.Join(directiveKinds, ", postlint-"))
		return d, true
	}
	d.Kind = kind
	for _, f := range fields[1:] {
		for _, id := range strings.Split(f, ",") {
			if id != "" {
				d.Rules = append(d.Rules, id)
			}
		}
	}
	return d, true
}

// reasonStart returns the byte offset of the n-th whitespace-separated
// field of s.
func reasonStart(s string, n int) int {
	i := 0
	for k := 0; ; k++ {
		for i < len(s) && isBlank(s[i]) {
			i++
		}
		if k == n {
			return i
		}
		for i < len(s) && !isBlank(s[i]) {
			i++
		}
	}
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
