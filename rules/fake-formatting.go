package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
	"golang.org/x/text/unicode/norm"
)

// FakeFormatting reports "bold", "italic", circled or boxed letters made of
// Unicode symbols (𝐈𝐍𝐅𝐎, 𝘱𝘦𝘯𝘵𝘪𝘯𝘨, Ⓘⓝⓕⓞ, 🅸🅽🅵🅾): screen readers read
// them letter by letter, by their long names, or not at all, and search
// does not find them. Each run is reported once with the plain text.
type FakeFormatting struct {
	// Fullwidth also reports runs of fullwidth Latin letters (ＩＮＦＯ).
	Fullwidth bool `toml:"fullwidth"`
	// CombiningMarks also reports letters struck through or underlined
	// with combining marks (s̶a̶l̶e̶, u̲n̲d̲e̲r̲).
	CombiningMarks bool `toml:"combining_marks"`
}

func init() {
	register("fake-formatting", func() Rule { return &FakeFormatting{Fullwidth: true, CombiningMarks: true} })
}

// Doc documents the rule.
func (*FakeFormatting) Doc() lint.Doc {
	return lint.Doc{
		ID:        "fake-formatting",
		Category:  lint.CategoryAccessibility,
		Severity:  lint.Warning,
		Summary:   i18n.English("\"bold\", \"italic\" or circled letters made of Unicode symbols (𝐈𝐍𝐅𝐎, 𝘱𝘦𝘯𝘵𝘪𝘯𝘨, Ⓘⓝⓕⓞ) that screen readers cannot read"),
		Rationale: i18n.English("Social platforms have no bold or italic, so \"font generators\" swap letters for look-alike mathematical symbols (U+1D400–U+1D7FF), circled or squared letters (U+24B6–U+24E9, U+1F130–U+1F189) or fullwidth letters. Screen readers read them letter by letter, by their long Unicode names (\"mathematical bold capital I\"), or skip them; search and translation do not recognise them either. Write plain letters; for emphasis use a short line of its own or one emoji. Single symbols such as ⓘ or Ⓜ️ are not reported. `postlint fix` writes the run in plain letters, except letters shown as emoji (🅰️🅱️)."),
		Source:    "Adrian Roselli, \"Don't Use Fake Bold or Italic in Social Media\" (2025); Per Axbom, \"Don't fake bold and italic text with Unicode\"",
		Bad:       i18n.English("𝐅𝐑𝐄𝐄 health checks this Saturday"),
		Good:      i18n.English("FREE health checks this Saturday"),
		Options: []lint.OptionDoc{
			{Name: "fullwidth", Help: i18n.English("also report runs of fullwidth Latin letters (ＩＮＦＯ)")},
			{Name: "combining_marks", Help: i18n.English("also report letters struck through or underlined with combining marks (s̶a̶l̶e̶)")},
		},
		Fixable: true,
	}
}

// Check finds runs of styled letters: styled letters joined by spaces,
// punctuation and plain digits on the same line form one run.
func (r *FakeFormatting) Check(p *Pass) {
	text := p.Text.Text
	for i := 0; i < len(text); {
		if asciiUnstyled(text, i) {
			i++
			continue
		}
		c, n := utf8.DecodeRuneInString(text[i:])
		if !r.styled(text, i, c) {
			i += n
			continue
		}
		start, end, letters := i, i, 0
		for j := i; j < len(text); {
			c2, n2 := utf8.DecodeRuneInString(text[j:])
			switch {
			case r.styled(text, j, c2):
				letters++
				j += n2
				for j < len(text) { // marks and selectors belong to the letter
					c3, n3 := utf8.DecodeRuneInString(text[j:])
					if !unicode.Is(unicode.Mn, c3) && c3 != 0xFE0F && c3 != 0xFE0E {
						break
					}
					j += n3
				}
				end = j
				continue
			case c2 == ' ' || c2 == '\t' || c2 < utf8.RuneSelf && (unicode.IsPunct(c2) || unicode.IsDigit(c2)):
				j += n2
				continue
			}
			break
		}
		i = end
		if letters < 2 {
			continue // a lone ⓘ, Ⓜ️ or 🅿️ is a symbol, not formatting
		}
		run := text[start:end]
		plain := plainLetters(run)
		rep := Report{
			Start: start, End: end,
			Message: i18n.Sprintf("%q is written with look-alike Unicode symbols: screen readers read them letter by letter or skip them",
				"%q ditulis dengan simbol Unicode yang mirip huruf: pembaca layar membacanya huruf demi huruf atau melewatkannya", excerpt(run, 40)),
			Suggestion: i18n.Sprintf("write it in plain letters: %q", "tulis dengan huruf biasa: %q", excerpt(plain, 60)),
		}
		// Letters shown as emoji (🅰️🅱️, with the emoji selector U+FE0F)
		// may be meant as emoji: the plain letters are then a guess.
		if !strings.ContainsRune(run, 0xFE0F) {
			rep.Fix = &Fix{Start: start, End: end, Text: plain}
		}
		p.Report(rep)
	}
}

// styled reports a styled letter at text[i] (c is the rune there).
func (r *FakeFormatting) styled(text string, i int, c rune) bool {
	switch {
	case c >= 0x1D400 && c <= 0x1D7FF, // mathematical alphanumeric symbols
		c >= 0x24B6 && c <= 0x24E9,   // circled Latin letters
		c >= 0x1F130 && c <= 0x1F189: // squared and negative circled or squared letters
		return true
	case c >= 0xFF21 && c <= 0xFF3A || c >= 0xFF41 && c <= 0xFF5A:
		return r.Fullwidth
	case r.CombiningMarks && unicode.IsLetter(c):
		// A letter followed by a strike-through or underline mark.
		_, n := utf8.DecodeRuneInString(text[i:])
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		return isStyleMark(next)
	}
	return false
}

// asciiUnstyled reports whether text[i] is an ASCII character that no
// mark after it styles: the style marks (U+0332 to U+0338) all start with
// the byte 0xCC, and an ASCII character is styled by nothing else. Most
// of a post is such characters, each then passed without decoding.
func asciiUnstyled(text string, i int) bool {
	return text[i] < utf8.RuneSelf && (i+1 == len(text) || text[i+1] != 0xCC)
}

// isStyleMark reports combining marks used to fake strike-through and
// underline: U+0332 low line, U+0333 double low line, U+0335 and U+0336
// stroke overlays, U+0338 long solidus overlay.
func isStyleMark(r rune) bool {
	return r == 0x0332 || r == 0x0333 || r == 0x0335 || r == 0x0336 || r == 0x0338
}

// plainLetters maps styled letters back to plain ones. NFKC folds the
// mathematical, circled, squared and fullwidth forms; the negative circled
// and negative squared letters (🅐, 🅰) have no decomposition and are
// mapped by their position in the alphabet. Style marks are dropped.
func plainLetters(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c >= 0x1F150 && c <= 0x1F169:
			b.WriteRune('A' + c - 0x1F150)
		case c >= 0x1F170 && c <= 0x1F189:
			b.WriteRune('A' + c - 0x1F170)
		case isStyleMark(c), c == 0xFE0F, c == 0xFE0E:
		default:
			b.WriteString(norm.NFKC.String(string(c)))
		}
	}
	return b.String()
}
