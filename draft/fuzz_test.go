package draft

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"go.yaml.in/yaml/v3"
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
		"\uFEFFTanggal;Jam;Naskah\r\n05/04/2026;09.00;\"Satu; dua\"\r\n;;\r\n06/04/2026;pagi;\r\n",
		"sep=;\nnaskah;platform\nHalo, warga;x\n",
		"Naskah\tTanggal\nHalo\t2026-04-05\n\t2026-04-06\n",
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

// valueStats returns how many values v holds, itself included, and how
// deep its lists and tables nest.
func valueStats(v value) (count, depth int) {
	count = 1
	switch x := v.v.(type) {
	case []value:
		for _, it := range x {
			c, d := valueStats(it)
			count, depth = count+c, max(depth, d)
		}
		depth++
	case []keyValue:
		for _, kv := range x {
			c, d := valueStats(kv.val)
			count, depth = count+c, max(depth, d)
		}
		depth++
	}
	return count, depth
}

// yamlNodes counts the nodes of a YAML document as written, aliases not
// followed.
func yamlNodes(n *yaml.Node) int {
	c := 1
	for _, k := range n.Content {
		c += yamlNodes(k)
	}
	return c
}

// checkFrontMatter parses a draft with the given front matter and checks
// that it ends in a post, that every problem names a line of the file,
// and that a block that is read holds no more values than it was written
// with plus the aliases' allowance, nested no deeper than the limit.
func checkFrontMatter(t *testing.T, delim, block string) {
	src := delim + "\n" + block + "\n" + delim + "\nIsi\n"
	posts := Parse("f.md", FormatMarkdown, []byte(src), Options{})
	if len(posts) != 1 {
		t.Fatalf("%d posts", len(posts))
	}
	if !utf8.ValidString(src) || strings.ContainsRune(src, 0) {
		return
	}
	checkPositions(t, src, posts)
	lines := len(newSource(src).lines)
	for _, pr := range posts[0].Problems {
		if pr.Range.Start.Line > lines {
			t.Fatalf("problem on line %d of %d: %+v", pr.Range.Start.Line, lines, pr)
		}
	}
	fm, ok := splitFrontMatter(src, 0)
	if !ok || fm.delim != delim || fm.end-fm.start > maxFrontMatterBytes {
		return
	}
	body := src[fm.start:fm.end]
	var (
		pairs   []keyValue
		problem *Problem
		written int
	)
	if delim == "---" {
		pairs, problem = decodeYAML(nil, body, 2)
		var doc yaml.Node
		if yaml.Unmarshal([]byte(body), &doc) == nil {
			written = yamlNodes(&doc)
		}
	} else if tomlNesting(body) < 0 {
		pairs, problem = decodeTOML(body, 2)
		written = len(body) // every TOML value is written out
	}
	if problem != nil {
		return
	}
	for _, kv := range pairs {
		count, depth := valueStats(kv.val)
		// A TOML [[array.of.tables]] header opens two levels per part.
		if limit := maxNesting + 1; delim == "+++" && depth > 2*limit || delim == "---" && depth > limit {
			t.Fatalf("key %q nests %d levels", kv.key, depth)
		}
		if count > written+maxAliasValues {
			t.Fatalf("key %q holds %d values from %d written", kv.key, count, written)
		}
	}
}

func FuzzFrontMatterYAML(f *testing.F) {
	bomb := aliasBomb()
	bomb = bomb[len("---\n"):strings.LastIndex(bomb, "---\n")]
	for _, s := range []string{
		bomb,
		"a: &a [*a]",
		"a: &a\n  - &b [x, *a]",
		"postlint: &p\n  hook-fold:\n    again: *p",
		"hook: &h \"KTP jadi 1 jam\"\ntitle: *h\nplatform: &p [instagram, facebook]\nalt: *p",
		"base: &b {media: image}\n<<: *b\nplatform: x",
		"a: " + strings.Repeat("[", 40) + strings.Repeat("]", 40),
		"a: " + strings.Repeat("{b: ", 40) + "1" + strings.Repeat("}", 40),
		"l0: &l0 [x]\nl1: &l1 [*l0, *l0]\nl2: &l2 [*l1, *l1]\nl3: [*l2, *l2, *l2]",
		"platform: [x, instagram]\nmedia: image\ndate: 2026-04-02\npostlint:\n  disable: [a]\n  hook-fold: {x: 1}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, block string) { checkFrontMatter(t, "---", block) })
}

func FuzzFrontMatterTOML(f *testing.F) {
	for _, s := range []string{
		"a = " + strings.Repeat("{b = ", 40) + "1" + strings.Repeat("}", 40),
		"a = " + strings.Repeat("[", 40) + strings.Repeat("]", 40),
		strings.Repeat("a.", 40) + "b = 1",
		"[" + strings.Repeat("a.", 40) + "b]\nx = 1",
		"[[a]]\n[[a.b]]\n[[a.b.c]]\nx = 1",
		"hook = \"[{[{\"\ntitle = '{{{{'\n# [[[[\nalt = \"\"\"\n[[\\\"\"\"\n\"\"\"\nmedia = '''{{'''",
		"date = 2026-04-02T09:00:00.5\npostlint = {a = [1.5, 2.5, \"a.b.c\"]}",
		"platform = [\"x\", \"instagram\"]\nmedia = \"image\"\n[postlint]\ndisable = [\"a\"]\nhook-fold = {x = 1}",
		"\"a.b.c\" = 1\n'd.e' = {f.g = [{h.i = 1}]}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, block string) { checkFrontMatter(t, "+++", block) })
}

// FuzzParseWorkbook feeds the workbook reader small workbooks, made by
// excelize or written by hand, mutated: it must never panic, never reach
// its recover() (a panic turned into a draft-error), and give every post
// its cell.
func FuzzParseWorkbook(f *testing.F) {
	f.Add(rawWorkbook(f, `<row r="1"><c r="A1" t="inlineStr"><is><t>Tanggal</t></is></c><c t="inlineStr"><is><r><t>Nas</t></r><r><t>kah</t></r></is></c></row>`+
		`<row r="3"><c r="A3" s="1"><v>46146.5</v></c><c r="B3" t="str"><f>"a"</f><v>Isi.</v></c></row>`+
		`<row><c r="B4" t="b"><v>1</v></c><c t="e"><v>#N/A</v></c></row>`))
	for _, build := range []func(w sheetWriter){
		func(w sheetWriter) {
			w.rows("Kalender", 1, []any{"Tanggal", "Platform", "Naskah"}, []any{"2026-05-04", "instagram", "Halo warga."}, []any{nil, "x", nil})
			w.must(w.f.MergeCell("Kalender", "A2", "A3"))
		},
		func(w sheetWriter) {
			w.rows("Kalender", 3, []any{"NASKAH", "Jam", "Images"}, []any{"Satu\nDua", 0.375, 3})
			w.style("Kalender", "B4", "B4", numFmt("hh:mm"))
		},
		func(w sheetWriter) {
			w.rows("Kalender", 1, []any{"Caption"})
			w.must(w.f.SetCellRichText("Kalender", "A2", []excelize.RichTextRun{{Text: "a "}, {Text: "b", Font: &excelize.Font{Bold: true}}}))
		},
	} {
		f.Add(makeWorkbook(f, build))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		posts := Parse("f.xlsx", FormatXLSX, data, Options{MaxDraftSize: 1 << 20})
		if len(posts) == 0 {
			t.Fatal("no post: an unreadable workbook must say so")
		}
		for i, p := range posts {
			if p.Index != i+1 {
				t.Fatalf("post %d has index %d", i+1, p.Index)
			}
			for _, pr := range p.Problems {
				if strings.Contains(pr.Message.EN, "damaged and cannot be read") {
					t.Fatalf("the workbook reader panicked: %s", pr.Message.EN)
				}
			}
			if p.Fatal() {
				continue
			}
			if r := p.Range(0, len(p.Text)); r.Cell == nil || r.Start.Line != r.Cell.Row || r.Start.Column != r.Cell.Col {
				t.Fatalf("post %d range %+v", p.Index, r)
			}
		}
	})
}

// FuzzNumberFormat renders values through arbitrary number format codes:
// a code a workbook declares is data, and must never make the reader
// panic or loop.
func FuzzNumberFormat(f *testing.F) {
	for _, code := range diffFormats {
		f.Add(code, "46146.75", false)
	}
	f.Add(`[$-421]dddd, d mmmm yyyy;@`, "-3", true)
	f.Add(`_(* #,##0.00_);_(* \(#,##0.00\);_(* "-"??_);_(@_)`, "teks", false)
	f.Add(`0.00E+00`, "1.5e300", false)
	f.Fuzz(func(t *testing.T, code, value string, date1904 bool) {
		if len(code) > 256 {
			return
		}
		nf := numFormatter{secs: parseNumFormat(code), date1904: date1904}
		_ = nf.formatValue(value, kindNumber)
		_ = nf.formatValue(value, kindText)
	})
}
