package draft

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// sameAsDecoder reports whether simpleTOML reads block, and fails the test
// when what it reads differs from the decoder path (sameAsSlowPath).
func sameAsDecoder(t *testing.T, block string) bool {
	t.Helper()
	sameInRoom(t, block, simpleTOMLIn)
	return sameAsSlowPath(t, "simpleTOML", "decoder", block, simpleTOML, decodeTOML)
}

// TestSimpleTOMLReadsCommonFrontMatter checks that the TOML front matter
// drafts usually have takes the direct path, with the decoder's result.
func TestSimpleTOMLReadsCommonFrontMatter(t *testing.T) {
	for _, block := range []string{
		"platform = [\"instagram\"]\nmedia = \"image\"\nlang = \"id\"\n",
		"platform = [\"facebook\", \"instagram\"]\r\nmedia = 'video'\r\ncaptions = true\r\nimages = 3\r\n",
		"alt = \"Petugas melayani warga di loket kecamatan 🎉\"\n\nhook = 'Jum\"at: vaksin #Sehat'\n",
		"platform = []\nalt = [ 'a' , \"b\" ]\ncaptions = false\nimages = 0\n",
		"platfrom = \"x\"\nmedia = \"gif\"\nimages = \"many\"\nlang = [\"id\"]\n", // problems, read alike
	} {
		if !sameAsDecoder(t, block) {
			t.Errorf("simpleTOML does not read %q", block)
		}
	}
}

// TestSimpleTOMLLeavesTheRestToTheDecoder checks that what the direct path
// does not read exactly goes to the decoder.
func TestSimpleTOMLLeavesTheRestToTheDecoder(t *testing.T) {
	for _, block := range []string{
		"",
		"\n",
		"# comment\nplatform = \"x\"\n",
		"platform = \"x\" # comment\n",
		"[postlint]\ndisable = [\"hook-fold\"]\n",
		"postlint.disable = [\"hook-fold\"]\n",
		"\"platform\" = \"x\"\n",
		"platform = \"x\"\nplatform = \"y\"\n",
		"platform\t= \"x\"\n",
		"hook = \"a\\\"b\"\n",
		"hook = \"\"\"a\"\"\"\n",
		"hook = '''a'''\n",
		"hook = \"a\n",
		"images = 007\n",
		"images = 1_000\n",
		"images = -1\n",
		"images = 1.5\n",
		"date = 2026-04-02\n",
		"platform = [\"a\", \"b\",]\n",
		"platform = [\"a\",\n  \"b\"]\n",
		"postlint = {disable = [\"hook-fold\"]}\n",
		"platform = x\n",
		"platform = \"x\"\rmedia = \"image\"\r",
	} {
		if sameAsDecoder(t, block) {
			t.Errorf("simpleTOML reads %q; it should leave it to the decoder", block)
		}
	}
}

// trickyTOMLValues are values the differential test writes after keys:
// what drafts hold and what TOML reads in surprising ways.
var trickyTOMLValues = []string{
	"", "\"\"", "''", "\"x\"", "'x'", "\"facebook\"", "\"Café 🎉\"", "'Jum\"at'", "\"it's\"", "\"a#b\"", "\"a = b\"", "\"[a]\"",
	"\"a\\\"b\"", "\"a\\nb\"", "\"a\\u00e9\"", "'a\\b'", "\"\"\"a\"\"\"", "'''a'''", "\"\"\"\"", "''''", "\"a\"b\"", "\"unclosed", "'unclosed",
	"\"a\tb\"", "\"a\x01b\"", "\"a\x7fb\"", "\"\u2028\"", "\"\ufeff\"", "\"\u00a0\"", "\"\ufffe\"",
	"0", "1", "3", "42", "-1", "+1", "-0", "+0", "007", "00", "0x1", "0o7", "0b1", "1_000", "1e3", "3.14", "inf", "nan", "+inf",
	"123456789012345678", "1234567890123456789", "9223372036854775807", "9223372036854775808", "99999999999999999999",
	"2026-04-02", "2026-04-02T09:00:00", "09:00:00", "2026-04-02 09:00:00Z",
	"true", "false", "True", "TRUE", "yes", "on", "truex", "true1", "falsey", "null", "~",
	"[]", "[ ]", "[\"a\"]", "[\"a\", \"b\"]", "[\"a\",\"b\"]", "[ \"a\" , 'b' ]", "[\"a\", \"b\",]", "[\"a\",,\"b\"]", "[,\"a\"]",
	"[1, 2]", "[true, \"a\", 3]", "[[\"a\"]]", "[{a = 1}]", "[\"a\"] x", "[\"a\"]]", "[\"a\" \"b\"]", "[\"a]\"]", "[a]", "[\"a\", 1.5]",
	"{}", "{a = 1}", "x", "\"a\" \"b\"", "\"a\"x", "1 2", "1x", "truefalse",
}

// TestSimpleTOMLSameAsDecoder compares the direct path with the decoder
// over every tricky value after every separator and line end, and over
// random blocks.
func TestSimpleTOMLSameAsDecoder(t *testing.T) {
	read, left := 0, 0
	count := func(ok bool) {
		if ok {
			read++
		} else {
			left++
		}
	}
	seps := []string{" = ", "=", "  =  ", " =", "= ", "\t= ", " =\t", " == ", " : "}
	ends := []string{"\n", "\r\n", "\r", "  \n", "\t\n", "\n\n", "\n# c\n", "\n  \n", " # c\n"}
	for _, v := range trickyTOMLValues {
		for _, sep := range seps {
			for _, end := range ends {
				count(sameAsDecoder(t, "platform = [\"x\"]\nhook"+sep+v+end+"lang = \"id\""+end))
				count(sameAsDecoder(t, "hook"+sep+v+end))
				count(sameAsDecoder(t, "lang = \"id\"\nplatform"+sep+"["+v+", "+v+"]"+end))
			}
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	pick := func(common, tricky []string) string {
		if r.IntN(8) == 0 {
			return tricky[r.IntN(len(tricky))]
		}
		return common[r.IntN(len(common))]
	}
	var (
		keys      = []string{"platform", "media", "lang", "alt", "images", "captions", "hook", "title", "date", "account", "subtitles"}
		trickKeys = []string{"Platform", "x-y", "a_b", "k9", "1a", "-a", "a.b", "\"a\"", "a b", "é", "[a]", "[[a]]", "true", "inf"}
		values    = []string{"\"facebook\"", "'image'", "\"id\"", "3", "true", "false", "\"\"", "\"Café 🎉 #a = b\"", "\"a, b\""}
		lineEnds  = []string{"\n", "\n", "\r\n"}
		indents   = []string{" ", "  ", "\t"}
	)
	for range 50_000 {
		var b strings.Builder
		for range 1 + r.IntN(5) {
			b.WriteString(pick([]string{""}, indents))
			b.WriteString(pick(keys, trickKeys))
			b.WriteString(pick([]string{" = ", "="}, seps))
			if r.IntN(3) == 0 {
				b.WriteString("[")
				for i := range r.IntN(4) {
					if i > 0 {
						b.WriteString(pick([]string{", ", ","}, []string{" ,", " , ", ",,", ", ,"}))
					}
					b.WriteString(pick(values, trickyTOMLValues))
				}
				b.WriteString("]")
			} else {
				b.WriteString(pick(values, trickyTOMLValues))
			}
			b.WriteString(pick(lineEnds, ends))
		}
		block := b.String()
		if r.IntN(4) == 0 {
			block = strings.TrimRight(block, "\r\n")
		}
		count(sameAsDecoder(t, block))
	}
	t.Logf("%d blocks read directly, %d left to the decoder", read, left)
	if read < 1000 || left < 1000 {
		t.Errorf("the cases do not exercise both paths: %d read directly, %d left to the decoder", read, left)
	}
}

// FuzzSimpleTOML checks that whatever block the direct path reads, it
// reads exactly as the decoder does.
func FuzzSimpleTOML(f *testing.F) {
	for _, v := range trickyTOMLValues {
		f.Add("platform = [\"x\", " + v + "]\nhook = " + v + "\n")
	}
	f.Add("platform = [\"facebook\", \"instagram\"]\nmedia = \"image\"\nlang = \"id\"\n")
	f.Add("alt = 'Petugas melayani warga'\r\nimages = 3\r\ncaptions = false\r\n")
	f.Fuzz(func(t *testing.T, block string) {
		sameAsDecoder(t, block)
	})
}
