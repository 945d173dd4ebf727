package draft

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sameAsParser reports whether simpleYAML reads block, and fails the test
// when what it reads differs from the parser path (sameAsSlowPath).
func sameAsParser(t *testing.T, block string) bool {
	t.Helper()
	sameInRoom(t, block, func(room []keyValue, block string, firstLine int) ([]keyValue, bool) {
		return simplePairs(room, block, firstLine, simpleYAMLPair)
	})
	return sameAsSlowPath(t, "simpleYAML", "parser", block, simpleYAML, parseYAML)
}

// sameInRoom fails the test when read, a direct reader, reads block
// differently in a room of the caller's (see simplePairs), one that holds
// garbage, too small or roomy enough, than in memory of its own.
func sameInRoom(t *testing.T, block string, read func(room []keyValue, block string, firstLine int) ([]keyValue, bool)) {
	t.Helper()
	want, wantOK := read(nil, block, 2)
	for _, size := range []int{1, 8} {
		room := make([]keyValue, size)
		for i := range room {
			room[i] = keyValue{key: "garbage", val: value{v: "garbage"}}
		}
		got, ok := read(room, block, 2)
		if ok != wantOK || !reflect.DeepEqual(got, want) {
			t.Fatalf("%q in a room of %d gave %v %v, want %v %v", block, size, got, ok, want, wantOK)
		}
	}
}

// sameAsSlowPath reports whether fast, a direct reader of simple front
// matter, reads block, and fails the test when what it reads differs in
// any way from slow, the path through the full parser: the pairs with
// their types and positions.
func sameAsSlowPath(t *testing.T, fastName, slowName, block string,
	fast func(string, int) ([]keyValue, bool), slow func(string, int) ([]keyValue, *Problem)) bool {
	t.Helper()
	const firstLine = 2 // a front-matter block starts after its "---" or "+++" line
	got, ok := fast(block, firstLine)
	if !ok {
		return false
	}
	want, problem := slow(block, firstLine)
	if problem != nil {
		t.Fatalf("%s reads %q, which the %s rejects: %s", fastName, block, slowName, problem.Message.EN)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s(%q) differs from the %s (-fast +%s):\n%s", fastName, block, slowName, slowName,
			cmp.Diff(got, want, cmp.AllowUnexported(keyValue{}, value{})))
	}
	// Equal pairs make equal metadata and problems: validate reads nothing else.
	return true
}

// TestSimpleYAMLReadsCommonFrontMatter checks that the front matter drafts
// usually have takes the direct path, with the parser's result.
func TestSimpleYAMLReadsCommonFrontMatter(t *testing.T) {
	for _, block := range []string{
		"platform: [facebook, instagram]\nmedia: image\nlang: id\n",
		"platform: [instagram]\nmedia: image\nlang: en\nalt: \"Petugas melayani warga di loket kecamatan\"\n",
		"platform: x\r\nmedia: video\r\ncaptions: true\r\nsubtitles: video.srt\r\n",
		"platform: [ facebook , 'x' ]\nimages: 3\ndate: 2026-04-02\naccount: gov\n",
		"hook: 'Jum''at ini: vaksin gratis #Sehat 🎉'\ntitle: Vaksin gratis, datang Sabtu\n",
		"platform: []\nalt:\nlang: ~\nmedia: null\n",
		"\nplatform: [threads, tiktok]\n\nmedia: carousel   \n",
		"platfrom: x\nmedia: gif\nimages: many\ncaptions: yes\nlang: [id]\n", // problems, read alike
	} {
		if !sameAsParser(t, block) {
			t.Errorf("simpleYAML does not read %q", block)
		}
	}
}

// TestSimpleYAMLLeavesTheRestToTheParser checks that what the direct path
// does not read exactly goes to the parser.
func TestSimpleYAMLLeavesTheRestToTheParser(t *testing.T) {
	for _, block := range []string{
		"",
		"\n\n",
		"# comment\nplatform: x\n",
		"platform: x # comment\n",
		"platform: &p x\nmedia: *p\n",
		"platform: !!str x\n",
		"hook: |\n  baris\n",
		"hook: >\n  baris\n",
		"hook: satu\n  dua\n",
		"platform:\n  - x\n",
		"postlint:\n  disable: [hook-fold]\n",
		"postlint: {disable: [hook-fold]}\n",
		"platform: x\nplatform: y\n",
		" platform: x\n",
		"platform:\tx\n",
		"platform: x\ty\n",
		"platform: x\rmedia: image\r",
		"hook: \"a\\\"b\"\n",
		"hook: \"a\n",
		"hook: a: b\n",
		"hook: http://example.com\n",
		"images: 007\n",
		"images: 0x1\n",
		"images: 1_000\n",
		"images: -1\n",
		"images: 1.5\n",
		"date: 2026-04-02T09:00\n",
		"date: 2026-13-01\n",
		"platform: [a, b,]\n",
		"platform: [a, [b]]\n",
		"platform: [a,\n  b]\n",
		"hook: a\u2028b\n",
		"hook: a\u0085b\n",
		"hook: \ufeffa\n",
		"<<: x\n",
		"---\nplatform: x\n",
		"- x\n",
		"platform\n",
		"platform:x\n",
		"platform : x\n",
	} {
		if sameAsParser(t, block) {
			t.Errorf("simpleYAML reads %q; it should leave it to the parser", block)
		}
	}
}

// trickyKeys, trickySeps, trickyValues and trickyEnds are the parts the
// differential test builds front-matter lines from: what drafts hold and
// what YAML reads in surprising ways.
var (
	trickyKeys = []string{"platform", "media", "lang", "alt", "images", "captions", "hook", "title", "date", "account",
		"subtitles", "postlint", "Platform", "x-y", "a_b", "k9", "true", "null", "on", "yes", "<<", "-a", "a b", "1a", "é", "_a", "~"}
	trickySeps   = []string{": ", ":", ":  ", ": \t", " : ", ":\t", "::", ": : "}
	trickyValues = []string{
		"", " ", "facebook", "Facebook", "instagram, facebook", "x", "image",
		"yes", "no", "on", "off", "y", "n", "Yes", "NO", "ON", "Off",
		"true", "True", "TRUE", "tRUE", "false", "False", "FALSE", "fAlse",
		"null", "Null", "NULL", "nULL", "~", "~x", "nulls", "truer",
		"0", "1", "3", "42", "-1", "+1", "-0", "007", "00", "0x1", "0X1", "0o7", "0b1", "-0b1", "1_000", "1e3", "1E3", "3.14", "3.", ".5", "5.",
		".inf", ".Inf", ".nan", "-.inf", "+.inf", "123456789012345678", "1234567890123456789", "99999999999999999999", "١٢٣",
		"2026-04-02", "2026-4-2", "2026-13-01", "2026-02-30", "0000-00-00", "2026-04-02T09:00", "2026-04-02 09:00:00",
		"2026-04-02T09:00:00Z", "2026-04-02t09:00:00+07:00", "12:30", "1:2", "20260402", "2026-04", "2026-04-022",
		"a: b", "a:b", "a:", "http://x.id", "a #b", "a#b", "#b", "a  b", "a b  ", "a   ",
		"\"x\"", "\"\"", "''", "'it''s'", "''''", "'a'b", "'a' b", "\"a\\\"b\"", "\"a\\nb\"", "\"unclosed", "'unclosed",
		"\"a\" #c", "\"a\"  ", "\"a #b\"", "'a: b'", "\"a: b\"", "\"  sp  \"", "'\"'", "\"'\"", "\"a\"b\"", "\"a\tb\"",
		"Café 🎉", "🎉", "\u00a0x", "x\u00a0", "a\u2028b", "a\u0085b", "\ufeffa", "a\ufffeb", "a\ufffdb", "a\x7fb", "a\x01b", "a\x00b",
		"&a x", "*a", "!t x", "!!str 1", "!!int 1", "|", ">", "|-", "- a", "-a", "?a", "? a", "%a", "@a", "`a`",
		"{a: b}", "{}", "[]", "[ ]", "[a]", "[a, b]", "[a,b]", "[ a , b ]", "[a, b,]", "[a,,b]", "[,a]", "[a, [b]]",
		"[a, {b: c}]", "[\"a\", 'b''c']", "[a b, c]", "[yes, 1, ~, true, 2026-04-02]", "[a: b]", "[a, b] x",
		"[a, b] #c", "[a, b", "[a #b]", "[a, 'b]", "[café, ü, b]", "[🎉, x]", "[a\tb]", "['a', \"b\", c ]", "[\"a\" , 'b' ]",
		"[0x1]", "[007]", "[-1]", "[.5]", "[null, Null, ~]", "[a, -b]", "[a, ?b]", "[&a b]", "[*a]", "[a'b]", "[\"a,b\"]",
		"[a] ", "[]  ", "[[]]", "[{}]", "[a]]", "[a]b", "a]", "a}", "a{", "a[", "a,b", "Jum'at", "a \"b\"", "<<", "<a",
		"=", "a=b", "%", "a%", "a & b", "a * b", "a ! b", "a | b", "a > b", "a - b", "x -", "a ?", "a, - b",
		"\tx", "x\t", "a\tb", "---", "...", "a ... b", "a --- b",
	}
	trickyEnds = []string{"\n", "\r\n", "\r", "  \n", " \r\n", "\n\n", "\n# c\n", "\n  \n"}
)

// TestSimpleYAMLSameAsParser compares the direct path with the parser over
// every tricky value after every key separator and line end, and over
// random blocks of tricky lines.
func TestSimpleYAMLSameAsParser(t *testing.T) {
	read, left := 0, 0
	count := func(ok bool) {
		if ok {
			read++
		} else {
			left++
		}
	}
	for _, v := range trickyValues {
		for _, sep := range trickySeps {
			for _, end := range trickyEnds {
				count(sameAsParser(t, "platform: [x]\nhook"+sep+v+end+"lang: id"+end))
				count(sameAsParser(t, "hook"+sep+v+end))
				count(sameAsParser(t, "lang: id\nplatform"+sep+"["+v+", "+v+"]"+end))
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	// Most lines are well formed, so that many blocks are read directly,
	// and one part in eight is tricky.
	pick := func(common, tricky []string) string {
		if r.IntN(8) == 0 {
			return tricky[r.IntN(len(tricky))]
		}
		return common[r.IntN(len(common))]
	}
	var (
		keys    = []string{"platform", "media", "lang", "alt", "images", "captions", "hook", "title", "date", "account", "subtitles"}
		seps    = []string{": ", ": ", ":  "}
		values  = []string{"facebook", "image", "id", "3", "true", "False", "~", "", "2026-04-02", "'Jum''at'", "\"Café 🎉 #a: b\"", "a, b", "yes", "Null"}
		ends    = []string{"\n", "\n", "\r\n"}
		indents = []string{"", " ", "  ", "\t"}
	)
	for range 50_000 {
		var b strings.Builder
		for range 1 + r.IntN(5) {
			b.WriteString(pick([]string{""}, indents))
			b.WriteString(pick(keys, trickyKeys))
			b.WriteString(pick(seps, trickySeps))
			if r.IntN(3) == 0 {
				b.WriteString("[")
				for i := range r.IntN(4) {
					if i > 0 {
						b.WriteString(pick([]string{", ", ","}, []string{" ,", " , ", ",,", ", ,"}))
					}
					b.WriteString(pick(values, trickyValues))
				}
				b.WriteString("]")
			} else {
				b.WriteString(pick(values, trickyValues))
			}
			b.WriteString(pick(ends, trickyEnds))
		}
		block := b.String()
		if r.IntN(4) == 0 {
			block = strings.TrimRight(block, "\r\n") // no line end before the closing delimiter
		}
		count(sameAsParser(t, block))
	}
	t.Logf("%d blocks read directly, %d left to the parser", read, left)
	if read < 1000 || left < 1000 {
		t.Errorf("the cases do not exercise both paths: %d read directly, %d left to the parser", read, left)
	}
}

// FuzzSimpleYAML checks that whatever block the direct path reads, it
// reads exactly as the parser does.
func FuzzSimpleYAML(f *testing.F) {
	for _, v := range trickyValues {
		f.Add("platform: [x, " + v + "]\nhook: " + v + "\n")
	}
	f.Add("platform: [facebook, instagram]\nmedia: image\nlang: id\n")
	f.Add("alt: \"Petugas melayani warga\"\r\ndate: 2026-04-02\r\nimages: 3\r\ncaptions: false\r\n")
	f.Fuzz(func(t *testing.T, block string) {
		sameAsParser(t, block)
	})
}
