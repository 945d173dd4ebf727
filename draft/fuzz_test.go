package draft

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// runeAt returns the rune at a 1-based line and code-point column of src,
// with lines split as the position map splits them.
func runeAt(src string, lines []int, pos Position) (rune, bool) {
	if pos.Line < 1 || pos.Line > len(lines) {
		return 0, false
	}
	s := src[lines[pos.Line-1]:]
	for col := 1; len(s) > 0; col++ {
		r, size := utf8.DecodeRuneInString(s)
		if col == pos.Column {
			return r, true
		}
		s = s[size:]
	}
	return 0, false
}

// checkPositions asserts that every rune of each post's text maps back to
// the same rune of the file (a folded line end maps to CR or LF).
func checkPositions(t *testing.T, src string, posts []*Post) {
	lines := newSource(src).lines
	for _, p := range posts {
		if p.Fatal() {
			continue
		}
		if !utf8.ValidString(p.Text) {
			t.Fatalf("post %d text is not UTF-8", p.Index)
		}
		for i, r := range p.Text {
			rg := p.Range(i, i+utf8.RuneLen(r))
			if rg.Start.Line < 1 || rg.Start.Column < 1 || rg.End.Line < rg.Start.Line {
				t.Fatalf("rune %q at %d maps to %+v", r, i, rg)
			}
			got, ok := runeAt(src, lines, rg.Start)
			if !ok {
				t.Fatalf("rune %q at %d maps outside the file: %+v", r, i, rg.Start)
			}
			if got != r && !(r == '\n' && (got == '\r' || got == '\n')) && !(r == '"' && p.Format == FormatCSV) {
				t.Fatalf("rune %q at text offset %d maps to %q at %+v", r, i, got, rg.Start)
			}
		}
		for _, pr := range p.Problems {
			if pr.Range.Start.Line < 1 || pr.Range.Start.Column < 1 {
				t.Fatalf("problem at %+v", pr.Range)
			}
		}
	}
}

func FuzzParseMarkdown(f *testing.F) {
	for _, s := range []string{
		"---\nplatform: [x, instagram]\nmedia: image\nalt: \"a\"\n---\nHalo <!-- postlint-disable hook-fold --> warga\r\n#Info",
		"+++\nplatform = \"x\"\nimages = 3\n+++\r\nIsi\rbaris",
		"\uFEFF---\r\nlang: id\r\n---\r\n🎉 Café\r\n<!-- a -->\r\n",
		"---\nplatform: [x\n---\n",
		"<!--", "---", "+++\n+++", "a<!---->b<!-- postlint-enable -->",
		"---\npostlint:\n  disable: [a, b]\n  hook-fold: {x: 1}\n---\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, format := range []string{FormatMarkdown, FormatText} {
			posts := Parse("f.md", format, []byte(src), Options{})
			if len(posts) != 1 {
				t.Fatalf("%s: %d posts", format, len(posts))
			}
			if utf8.ValidString(src) && !strings.ContainsRune(src, 0) {
				checkPositions(t, src, posts)
			}
		}
	})
}

func FuzzParseCalendar(f *testing.F) {
	for _, s := range []string{
		"caption,platform,media\n\"Halo\nwarga \"\"baik\"\"\",instagram,image\r\nDua,x,text\n",
		"Caption\n\"unclosed\n",
		"text,alt\nA,\"b|c\"\n,\n",
		"\uFEFFbody;platform\n",
		"caption\n\"a\"b\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		posts := Parse("f.csv", FormatCSV, []byte(src), Options{})
		for i, p := range posts {
			if p.Index != i+1 {
				t.Fatalf("post %d has index %d", i+1, p.Index)
			}
		}
		if utf8.ValidString(src) && !strings.ContainsRune(src, 0) {
			checkPositions(t, src, posts)
		}
	})
}

func FuzzParseDirective(f *testing.F) {
	for _, s := range []string{" postlint-disable a, b -- reason ", "postlint-enable", "postlint ", "postlint- --", "postlint-disable-next-line --", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		d, ok := parseDirective(body)
		if !ok {
			return
		}
		if d.Kind == "" && d.Invalid.IsZero() {
			t.Fatalf("directive without kind: %+v", d)
		}
		for _, r := range d.Rules {
			if r == "" || strings.ContainsAny(r, " ,") {
				t.Fatalf("bad rule name %q", r)
			}
		}
	})
}
