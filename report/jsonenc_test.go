package report

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/postlint/postlint/lint"
)

// jsonTestStrings are the characters the hand-written encoder must quote
// as encoding/json does.
var jsonTestStrings = []string{
	"", "plain", `quote " and \ backslash`, "<b>&amp;</b>", "tab\there", "line\nbreak\r\n",
	"\b\f\x00\x01\x1f\x7f", "\xff\xfe broken \xc3", "sep\u2028par\u2029", "Rp10.000 · emoji 🙂 · ñ",
	"\u202e bidi \u200b", "é\xe2\x80", "#HUT80RI @akun https://x.id/a?b=1&c=2",
}

func randomJSONString(r *rand.Rand) string {
	var b strings.Builder
	for n := r.IntN(6); n > 0; n-- {
		b.WriteString(jsonTestStrings[r.IntN(len(jsonTestStrings))])
		if r.IntN(4) == 0 {
			b.WriteByte(byte(r.IntN(256)))
		}
	}
	return b.String()
}

func TestAppendFindingMatchesEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 5000 {
		f := jsonFinding{
			Path: randomJSONString(r), Post: r.IntN(1000), Platform: randomJSONString(r),
			Rule: randomJSONString(r), Category: randomJSONString(r), Severity: randomJSONString(r),
			Line: r.IntN(100000), Column: r.IntN(500), EndLine: r.IntN(100000), EndColumn: r.IntN(500) - 1,
			Message: randomJSONString(r), Suggestion: randomJSONString(r),
		}
		for n := r.IntN(4) - 1; n > 0; n-- {
			f.Platforms = append(f.Platforms, randomJSONString(r))
		}
		if r.IntN(3) == 0 {
			f.Cell = &jsonCell{Ref: randomJSONString(r), Sheet: randomJSONString(r), Row: r.IntN(5000),
				Column: randomJSONString(r), Header: randomJSONString(r)}
		}
		if r.IntN(3) == 0 {
			f.Fix = &jsonFix{Start: r.IntN(9999), End: r.IntN(9999), Text: randomJSONString(r)}
		}
		want, err := json.MarshalIndent(f, "    ", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if got := appendFinding(nil, &f); string(got) != string(want) {
			t.Fatalf("case %d:\ngot  %s\nwant %s", i, got, want)
		}
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range jsonTestStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}

// appendJSONStringHTMLByRune is the encoder appendJSONStringHTML replaced,
// which tested every ASCII byte against <, > and & as well as a table:
// kept as the oracle for the table-driven one.
func appendJSONStringHTMLByRune(dst []byte, s string, escapeHTML bool) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' && (!escapeHTML || b != '<' && b != '>' && b != '&') {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case c == '\u2028' || c == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// checkJSONString compares appendJSONStringHTML with the oracle, both
// with and without HTML escaping, appending after a prefix.
func checkJSONString(t *testing.T, s string) {
	t.Helper()
	for _, html := range []bool{true, false} {
		want := appendJSONStringHTMLByRune([]byte("x:"), s, html)
		if got := appendJSONStringHTML([]byte("x:"), s, html); string(got) != string(want) {
			t.Fatalf("appendJSONStringHTML(%q, %v) = %s, want %s", s, html, got, want)
		}
	}
}

func TestAppendJSONStringMatchesByRune(t *testing.T) {
	for _, s := range jsonTestStrings {
		checkJSONString(t, s)
	}
	// Every byte value alone, and at every place of a run of plain text.
	plain := []byte("0123456789abcdefghijklmnopq")
	for b := range 256 {
		checkJSONString(t, string([]byte{byte(b)}))
		for at := range plain {
			s := append([]byte(nil), plain...)
			s[at] = byte(b)
			checkJSONString(t, string(s))
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		checkJSONString(t, randomJSONString(r))
	}
}

func FuzzAppendJSONStringHTML(f *testing.F) {
	for _, s := range jsonTestStrings {
		f.Add(s)
	}
	f.Fuzz(checkJSONString)
}

// BenchmarkAppendJSONString quotes the strings of a typical finding with
// the oracle and with appendJSONStringHTML.
func BenchmarkAppendJSONString(b *testing.B) {
	strs := []string{
		"konten/2026-05/pos-0001.md", "share-pressure", "trust", "warning",
		"“Sebarkan!” pressures readers to share <now> & often", "invite readers instead",
		"wordy phrase \"Dalam rangka\"", "the reel has no captions (no captions: true, no subtitles file): most feed video plays muted",
	}
	for _, enc := range []struct {
		name string
		f    func([]byte, string, bool) []byte
	}{{"byRune", appendJSONStringHTMLByRune}, {"table", appendJSONStringHTML}} {
		b.Run(enc.name, func(b *testing.B) {
			buf := make([]byte, 0, 1024)
			for b.Loop() {
				buf = buf[:0]
				for _, s := range strs {
					buf = enc.f(buf, s, true)
				}
			}
		})
	}
}

func TestToJSONPlatforms(t *testing.T) {
	tests := []struct {
		platform  string
		platforms []string
	}{
		{"", nil}, {"x", nil}, {"", []string{"x"}}, {"x", []string{"facebook"}},
		{"", []string{"facebook", "x"}}, {"tiktok", []string{"facebook", "x", "threads"}},
	}
	for _, tt := range tests {
		f := lint.Finding{Platform: tt.platform, Platforms: tt.platforms}
		j := toJSON(&f, "en")
		if j.Platform != firstPlatform(f) || !slices.Equal(j.Platforms, manyPlatforms(f)) || (j.Platforms == nil) != (manyPlatforms(f) == nil) {
			t.Errorf("%q %q: platform %q, platforms %q; want %q, %q", tt.platform, tt.platforms,
				j.Platform, j.Platforms, firstPlatform(f), manyPlatforms(f))
		}
	}
}
