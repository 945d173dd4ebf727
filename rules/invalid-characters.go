package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/twittertext"
)

// InvalidCharacters reports characters a platform rejects (an error: X
// refuses U+FFFE, U+FEFF and U+FFFF, YouTube refuses < and >) and invisible
// characters pasted in from other tools (a warning): zero-width spaces and
// joiners, word joiners, byte-order marks and bidirectional controls. It
// also reports control characters (a warning): C0 controls other than tab
// and line ends, DEL and C1 controls, such as a terminal's escape
// sequences or text decoded with the wrong code page. Each run of such
// characters is reported once, naming the code points.
//
// Invisible characters that do a job are left alone: the zero-width joiner
// and variation selectors inside emoji sequences (👨‍👩‍👧, ❤️), joiners
// between letters of scripts that use them (Arabic, Indic), and direction
// marks and isolates on a line with right-to-left text. Direction
// overrides (U+202D, U+202E) are always reported: they reorder what the
// reader sees.
type InvalidCharacters struct{}

func init() { register("invalid-characters", func() Rule { return &InvalidCharacters{} }) }

// Doc documents the rule.
func (*InvalidCharacters) Doc() lint.Doc {
	return lint.Doc{
		ID:          "invalid-characters",
		Category:    lint.CategoryFormat,
		Severity:    lint.Error,
		PerPlatform: true,
		Summary:     i18n.English("characters the platform rejects (X: U+FFFE, U+FEFF, U+FFFF; YouTube: < and >) (error); zero-width, bidirectional and other control characters elsewhere (warning)"),
		Rationale:   i18n.English("X marks a post with U+FFFE, U+FEFF or U+FFFF as invalid, and the YouTube API refuses descriptions with < or > (the characters are set per platform in [platform.<name>] forbidden). Invisible characters copied from word processors, chat apps and websites break hashtags and search, make screen readers stumble, and bidirectional controls can reorder what readers see. Control characters (a terminal's escape sequences, form feeds, or C1 controls from text decoded with the wrong code page) do not show and may be dropped or refused; tabs and line ends are fine. Zero-width joiners inside emoji (👨‍👩‍👧) and joiners or direction marks in Arabic or Indic text are fine. `postlint fix` deletes invisible and control characters, and the invisible ones a platform rejects (a control that separates words, such as a form feed, becomes a space); < and > need your own words."),
		Source:      "X's twitter-text library (U+FFFE, U+FEFF and U+FFFF make a post invalid); YouTube Data API reference for videos (no < or > in a description)",
		Bad:         i18n.English("Free\u200b ID cards #Public\u200bService"),
		Good:        i18n.English("Free ID cards #PublicService"),

		Fixable: true,
	}
}

// Check reports the characters the platform rejects, and invisible and
// control characters.
func (*InvalidCharacters) Check(p *Pass) {
	// Where the text holds none of the platform's forbidden characters,
	// the scan finds what it finds with none forbidden: the post's
	// invisible and control characters, scanned once for every platform.
	// (The scan steps from rune to rune as ContainsAny does, so it meets a
	// forbidden character exactly when ContainsAny finds one.)
	if forbidden := p.Platform.Forbidden; forbidden != "" && containsAnyRune(p.Text.Text, forbidden) {
		scanInvalidCharacters(p.Text.Text, p.Text.Emoji(), forbidden, platform.Title(p.Platform.Name), p.Report)
		return
	}
	if rs := viewInvisibleReports.Of(p.Text); rs != nil {
		for _, r := range *rs {
			p.Report(r)
		}
	}
}

// containsAnyRune is strings.ContainsAny(text, chars) for the few
// characters a platform forbids. ContainsAny looks each rune of text up
// in chars when chars is not ASCII (X's U+FEFF, U+FFFE and U+FFFF), a
// call for every character of every post on X; this searches text for
// each character of chars instead. The answers agree (TestContainsAnyRune,
// FuzzContainsAnyRune): a character other than U+FFFD is found in text as
// its encoding, whose first byte is never a continuation byte, so the
// search finds it where a rune starts. U+FFFD also stands for invalid
// bytes, and chars that hold it, or invalid bytes, go to ContainsAny.
func containsAnyRune(text, chars string) bool {
	for _, c := range chars {
		if c == utf8.RuneError {
			return strings.ContainsAny(text, chars)
		}
	}
	for _, c := range chars {
		if strings.ContainsRune(text, c) {
			return true
		}
	}
	return false
}

// scanInvalidCharacters reports, through report, the runs of text's
// characters that forbidden lists (the platform called name rejects them)
// and the runs of control and invisible characters; emoji are the text's.
func scanInvalidCharacters(text string, emoji []twittertext.Entity, forbidden, name string, report func(Report)) {
	sc := invisibleScanner{text: text, emoji: emoji, lineEnd: -1}
	for i := 0; i < len(text); {
		// Printable ASCII is neither a control nor invisible
		// (TestPrintableASCIIIsPlain): only a platform's forbidden
		// characters ("<" and ">" on YouTube) need a look.
		if b := text[i]; b >= 0x20 && b < 0x7F && (forbidden == "" || strings.IndexByte(forbidden, b) < 0) {
			i++
			continue
		}
		c, n := utf8.DecodeRuneInString(text[i:])
		if forbidden != "" && strings.ContainsRune(forbidden, c) {
			j := i + n
			for j < len(text) {
				c2, n2 := utf8.DecodeRuneInString(text[j:])
				if !strings.ContainsRune(forbidden, c2) {
					break
				}
				j += n2
			}
			run := text[i:j]
			r := Report{
				Start: i, End: j, Severity: lint.Error,
				Message:    i18n.Sprintf("%s rejects %s", "%s menolak %s", name, codePointList(run)),
				Suggestion: forbiddenFix(run),
			}
			// Invisible forbidden characters (U+FEFF, U+FFFE, U+FFFF) can
			// go; visible ones (<, >) need words chosen by a person.
			if !strings.ContainsFunc(run, unicode.IsGraphic) {
				r.Fix = removal(text, i, j)
			}
			report(r)
			i = j
			continue
		}
		if isControl(c) {
			j := i + n
			for j < len(text) {
				c2, n2 := utf8.DecodeRuneInString(text[j:])
				if !isControl(c2) || forbidden != "" && strings.ContainsRune(forbidden, c2) {
					break
				}
				j += n2
			}
			report(Report{
				Start: i, End: j, Severity: lint.Warning,
				Message: i18n.Sprintf("control character %s: it does not show, and platforms may drop it or refuse the post",
					"karakter kendali %s: tidak tampil, dan platform bisa membuangnya atau menolak unggahan", controlList(text[i:j])),
				Suggestion: i18n.T("delete it (retype the text around it, or paste as plain text)",
					"hapus (ketik ulang teks di sekitarnya, atau tempel sebagai teks biasa)"),
				Fix: removal(text, i, j),
			})
			i = j
			continue
		}
		if !sc.invisibleAt(i, c) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			c2, n2 := utf8.DecodeRuneInString(text[j:])
			if !sc.invisibleAt(j, c2) || forbidden != "" && strings.ContainsRune(forbidden, c2) {
				break
			}
			j += n2
		}
		run := text[i:j]
		report(Report{
			Start: i, End: j, Severity: lint.Warning,
			Message: i18n.Sprintf("invisible character %s: it breaks hashtags, search and screen readers",
				"karakter tak terlihat %s: merusak tagar, pencarian, dan pembaca layar", codePointList(run)),
			Suggestion: i18n.T("delete it (retype the text around it, or paste as plain text)",
				"hapus (ketik ulang teks di sekitarnya, atau tempel sebagai teks biasa)"),
			Fix: removal(text, i, j),
		})
		i = j
	}
}

// removal is the fix for a run of invisible or control characters at
// text[i:j]: delete it. Controls that separate words where they show (a
// vertical tab, a form feed, the information separators U+001C–U+001F,
// NEL) become one space when the run stands between two visible
// characters, so that deleting them does not glue words together.
func removal(text string, i, j int) *Fix {
	fix := &Fix{Start: i, End: j}
	if strings.ContainsFunc(text[i:j], isSeparatorControl) {
		before, after := runeBefore(text, i), runeAt(text, j)
		if before >= 0 && after >= 0 && !unicode.IsSpace(before) && !unicode.IsSpace(after) {
			fix.Text = " "
		}
	}
	return fix
}

// isSeparatorControl reports the control characters that separate words
// or lines where they are shown.
func isSeparatorControl(r rune) bool {
	return r == 0x0B || r == 0x0C || r >= 0x1C && r <= 0x1F || r == 0x85
}

// forbiddenFix suggests how to replace forbidden characters.
func forbiddenFix(run string) i18n.Text {
	if strings.ContainsAny(run, "<>") {
		return i18n.T("write the words instead (\"less than\", \"more than\"), or use ‹ › or an arrow →",
			"tulis dengan kata (\"kurang dari\", \"lebih dari\"), atau pakai ‹ › atau panah →")
	}
	return i18n.T("delete it (it may be invisible): the platform refuses posts that contain it",
		"hapus (mungkin tak terlihat): platform menolak unggahan yang memuatnya")
}

// invisibleScanner decides which invisible characters do no job; it
// remembers the line it last looked at so a line full of direction marks is
// scanned once.
type invisibleScanner struct {
	text               string
	emoji              []twittertext.Entity
	lineStart, lineEnd int
	rtl                bool
}

// invisibleAt reports an invisible character at text[i] that does no job
// there.
func (s *invisibleScanner) invisibleAt(i int, c rune) bool {
	switch c {
	case 0x200B, 0x2060, 0xFEFF:
		return true
	case 0x200C, 0x200D:
		// Joiners inside emoji sequences and between letters of
		// scripts that use them are fine.
		if entityAt(s.emoji, i) {
			return false
		}
		return !joiningScript(runeBefore(s.text, i)) && !joiningScript(runeAt(s.text, i+utf8.RuneLen(c)))
	case 0x202D, 0x202E:
		return true
	case 0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x2066, 0x2067, 0x2068, 0x2069:
		return !s.lineHasRTL(i)
	}
	return false
}

// joiningScript reports a letter or mark of a script that uses zero-width
// joiners: anything beyond Latin, Greek and Cyrillic.
func joiningScript(r rune) bool {
	if r < 0 || !unicode.IsLetter(r) && !unicode.IsMark(r) {
		return false
	}
	return !unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Common, unicode.Inherited)
}

// lineHasRTL reports right-to-left letters on the line around offset i.
func (s *invisibleScanner) lineHasRTL(i int) bool {
	if i >= s.lineStart && i < s.lineEnd {
		return s.rtl
	}
	text := s.text
	s.lineStart = strings.LastIndexByte(text[:i], '\n') + 1
	s.lineEnd = len(text)
	if end := strings.IndexByte(text[i:], '\n'); end >= 0 {
		s.lineEnd = i + end
	}
	s.rtl = false
	for _, r := range text[s.lineStart:s.lineEnd] {
		if unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko) {
			s.rtl = true
			break
		}
	}
	return s.rtl
}

// isControl reports a C0 control other than tab and line ends, DEL, or a
// C1 control: text copied from terminals, old editors or text decoded with
// the wrong code page (U+0085 is "…" in Windows-1252).
func isControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7F && r <= 0x9F
}

// controlNames are the usual abbreviations of the C0 controls, DEL and
// the C1 controls, indexed from U+0000.
var controlNames = [0x20]string{
	"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
	"DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
}

var c1Names = [0x9F - 0x7F + 1]string{
	"DEL", "PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS", "PLD", "PLU", "RI", "SS2",
	"SS3", "DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA", "SOS", "SGC", "SCI", "CSI", "ST", "OSC", "PM",
	"APC",
}

// controlList names the distinct control characters of s in order of
// first appearance: "U+001B ESC, U+0007 BEL".
func controlList(s string) string {
	var names []string
	seen := map[rune]bool{}
	for _, r := range s {
		if seen[r] {
			continue
		}
		seen[r] = true
		name := ""
		switch {
		case r < 0x20:
			name = controlNames[r]
		case r >= 0x7F && r <= 0x9F:
			name = c1Names[r-0x7F]
		}
		names = append(names, strings.TrimSpace(fmt.Sprintf("U+%04X %s", r, name)))
	}
	return strings.Join(names, ", ")
}

// Requires declares the analysis views the rule reads.
func (*InvalidCharacters) Requires() []AnyView {
	return []AnyView{viewEmoji, viewInvisibleReports}
}
