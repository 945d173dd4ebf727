package draft

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf16"
)

// locate returns the file position of the first occurrence of needle in the
// post's text.
func locate(t *testing.T, p *Post, needle string) Range {
	t.Helper()
	i := strings.Index(p.Text, needle)
	if i < 0 {
		t.Fatalf("%q not in text %q", needle, p.Text)
	}
	return p.Range(i, i+len(needle))
}

func parseOne(t *testing.T, path, src string) *Post {
	t.Helper()
	posts := Parse(path, FormatOf(path), []byte(src), Options{})
	if len(posts) != 1 {
		t.Fatalf("got %d posts, want 1", len(posts))
	}
	return posts[0]
}

func TestPositionsMapBackToTheFile(t *testing.T) {
	tests := []struct {
		name, path, src, needle string
		want                    Range
	}{
		{"plain text", "a.txt", "Halo warga!\nKTP gratis hari ini.", "KTP", Range{Start: Position{2, 1}, End: Position{2, 4}}},
		{"after YAML front matter", "a.md", "---\nplatform: x\n---\nJadwal vaksin: Senin.", "vaksin", Range{Start: Position{4, 8}, End: Position{4, 14}}},
		{"after TOML front matter", "a.md", "+++\nplatform = \"x\"\n+++\n\nJadwal vaksin.", "vaksin", Range{Start: Position{5, 8}, End: Position{5, 14}}},
		{"CRLF line ends", "a.md", "---\r\nmedia: image\r\n---\r\nBaris satu\r\nBaris dua", "dua", Range{Start: Position{5, 7}, End: Position{5, 10}}},
		{"lone CR line ends", "a.txt", "Satu\rDua\rTiga", "Tiga", Range{Start: Position{3, 1}, End: Position{3, 5}}},
		{"BOM", "a.txt", "\uFEFFHalo", "Halo", Range{Start: Position{1, 1}, End: Position{1, 5}}},
		{"multi-byte columns are code points", "a.txt", "🎉 Café für alle — ayo datang", "ayo", Range{Start: Position{1, 19}, End: Position{1, 22}}},
		{"HTML comment removed mid-line", "a.md", "Halo <!-- catatan --> warga", "warga", Range{Start: Position{1, 23}, End: Position{1, 28}}},
		{"comment line removed with its line", "a.md", "Satu\n<!-- postlint-disable-next-line hook-fold -->\nDua", "Dua", Range{Start: Position{3, 1}, End: Position{3, 4}}},
		{"span across a removed comment ends before it", "a.md", "Halo<!-- x -->", "Halo", Range{Start: Position{1, 1}, End: Position{1, 5}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseOne(t, tt.path, tt.src)
			if got := locate(t, p, tt.needle); got != tt.want {
				t.Errorf("Range = %+v, want %+v (text %q)", got, tt.want, p.Text)
			}
		})
	}
}

func TestTextIsWhatUsersPaste(t *testing.T) {
	p := parseOne(t, "a.md", "---\nplatform: x\n---\n\n  Halo <!-- postlint-disable hook-fold -->warga\r\n\n#Info\n\n")
	if want := "Halo warga\n\n#Info"; p.Text != want {
		t.Errorf("Text = %q, want %q", p.Text, want)
	}
	txt := parseOne(t, "a.txt", "Halo <!-- bukan direktif di .txt -->")
	if !strings.Contains(txt.Text, "<!--") {
		t.Errorf("text drafts keep HTML comments: %q", txt.Text)
	}
}

func TestFrontMatterValues(t *testing.T) {
	p := parseOne(t, "a.md", `---
platform: [Instagram, twitter]
media: carousel
lang: id
alt:
  - "Antrean di loket"
  - "Petugas melayani warga"
images: 3
captions: true
hook: "KTP jadi 1 jam"
date: 2026-04-02
account: gov
postlint:
  disable: [hook-fold]
---
Isi`)
	if len(p.Problems) > 0 {
		t.Fatalf("unexpected problems: %+v", p.Problems)
	}
	m := p.Meta
	if strings.Join(m.Platforms, ",") != "instagram,x" || m.Media != "carousel" || m.Lang != "id" || len(m.Alt) != 2 ||
		m.Images != 3 || m.Captions == nil || !*m.Captions || m.Hook != "KTP jadi 1 jam" || m.Date != "2026-04-02" ||
		m.Account != "gov" || strings.Join(m.Disable, ",") != "hook-fold" {
		t.Errorf("meta = %+v", m)
	}
	if r, ok := m.KeyRange("media"); !ok || r.Start.Line != 3 {
		t.Errorf("media key at %+v", r)
	}
}

func TestTOMLFrontMatter(t *testing.T) {
	p := parseOne(t, "a.md", "+++\nplatform = [\"facebook\"]\nmedia = \"video\"\ncaptions = false\ndate = 2026-04-02T09:00:00\n+++\nIsi")
	if len(p.Problems) > 0 {
		t.Fatalf("unexpected problems: %+v", p.Problems)
	}
	if p.Meta.Media != "video" || p.Meta.Captions == nil || *p.Meta.Captions || p.Meta.Date != "2026-04-02T09:00:00" {
		t.Errorf("meta = %+v", p.Meta)
	}
}

func TestFrontMatterProblems(t *testing.T) {
	known := func(id string) bool { return id == "hook-fold" }
	tests := []struct {
		name, src string
		line      int
		message   string
		fatal     bool
	}{
		{"unknown key with suggestion", "---\nplatfrom: x\n---\nIsi", 2, `unknown front matter key "platfrom"`, false},
		{"unknown platform", "---\nplatform: [x, myspace]\n---\nIsi", 2, `unknown platform "myspace"`, false},
		{"unknown media", "---\nmedia: poster\n---\nIsi", 2, `unknown media "poster"`, false},
		{"wrong type", "---\nimages: banyak\n---\nIsi", 2, `"images" must be a whole number`, false},
		{"bad bool", "---\n\ncaptions: ya\n---\nIsi", 3, `"captions" must be true or false`, false},
		{"unknown rule in disable", "---\npostlint:\n  disable: [hook-flod]\n---\nIsi", 3, `unknown rule "hook-flod"`, false},
		{"YAML syntax error", "---\nplatform: [x\nmedia: image\n---\nIsi", 2, "YAML front matter does not parse", true},
		{"TOML syntax error", "+++\nplatform = \n+++\nIsi", 2, "TOML front matter does not parse", true},
		{"never closed", "---\nplatform: x\nIsi tanpa penutup", 1, "never closed", true},
		{"not a mapping", "---\n- a\n- b\n---\nIsi", 2, "key: value", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			posts := Parse("a.md", FormatMarkdown, []byte(tt.src), Options{KnownRule: known, RuleIDs: []string{"hook-fold"}})
			p := posts[0]
			if len(p.Problems) != 1 {
				t.Fatalf("problems = %+v, want one", p.Problems)
			}
			pr := p.Problems[0]
			if pr.Range.Start.Line != tt.line || !strings.Contains(pr.Message.EN, tt.message) || pr.Fatal != tt.fatal || pr.Message.ID == "" {
				t.Errorf("problem = line %d %q fatal=%v, want line %d containing %q fatal=%v",
					pr.Range.Start.Line, pr.Message.EN, pr.Fatal, tt.line, tt.message, tt.fatal)
			}
		})
	}
	p := Parse("a.md", FormatMarkdown, []byte("---\nplatfrom: x\n---\nIsi"), Options{})[0]
	if p.Problems[0].Suggestion.EN != `did you mean "platform"?` {
		t.Errorf("suggestion = %q", p.Problems[0].Suggestion.EN)
	}
}

func TestBadFiles(t *testing.T) {
	for name, data := range map[string][]byte{
		"binary":      {0x89, 'P', 'N', 'G', 0, 0, 1},
		"invalid utf": []byte("Halo\nwarga \xff\xfe"),
	} {
		posts := Parse("a.md", FormatMarkdown, data, Options{})
		if len(posts) != 1 || len(posts[0].Problems) != 1 || !posts[0].Fatal() || posts[0].Problems[0].Rule != "draft-error" {
			t.Errorf("%s: posts = %+v", name, posts)
		}
	}
	if p := Parse("a.md", FormatMarkdown, []byte("Halo\nwarga \xff"), Options{})[0]; !strings.Contains(p.Problems[0].Message.EN, "line 2") {
		t.Errorf("invalid UTF-8 message should name the line: %q", p.Problems[0].Message.EN)
	}
	if p := parseOne(t, "a.md", ""); p.Text != "" || len(p.Problems) != 0 {
		t.Errorf("empty file: %+v", p)
	}
}

func TestDirectives(t *testing.T) {
	p := parseOne(t, "a.md", "<!-- postlint-disable-file hashtag-count -- kampanye resmi -->\nIsi <!-- postlint-disable-line hook-fold, hook-dateline -->\n<!-- postlint-bogus x -->\n<!-- catatan biasa -->")
	if len(p.Directives) != 3 {
		t.Fatalf("directives = %+v", p.Directives)
	}
	d := p.Directives[0]
	if d.Kind != DirectiveDisableFile || strings.Join(d.Rules, ",") != "hashtag-count" || d.Reason != "kampanye resmi" || d.Range.Start.Line != 1 {
		t.Errorf("first = %+v", d)
	}
	if got := strings.Join(p.Directives[1].Rules, ","); got != "hook-fold,hook-dateline" || p.Directives[1].Range.Start.Column != 5 {
		t.Errorf("second = %+v", p.Directives[1])
	}
	if p.Directives[2].Invalid.IsZero() {
		t.Errorf("unknown directive kind should be invalid: %+v", p.Directives[2])
	}
	if p.Text != "Isi" {
		t.Errorf("text = %q", p.Text)
	}
}

func TestSourceLine(t *testing.T) {
	p := parseOne(t, "a.md", "---\nmedia: image\n---\r\nBaris satu\r\nBaris dua")
	if got := p.SourceLine(5); got != "Baris dua" {
		t.Errorf("line 5 = %q", got)
	}
	if got := p.SourceLine(4); got != "Baris satu" {
		t.Errorf("line 4 = %q", got)
	}
	if p.SourceLine(9) != "" || p.SourceLine(0) != "" {
		t.Error("out-of-range lines should be empty")
	}
}

// utf16Bytes encodes s as UTF-16, little- or big-endian, with or without a BOM.
func utf16Bytes(s string, bigEndian, withBOM bool) []byte {
	var out []byte
	put := func(u uint16) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	if withBOM {
		put(0xFEFF)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		put(u)
	}
	return out
}

func TestUTF16DraftsAskForUTF8(t *testing.T) {
	tests := []struct {
		name   string
		data   []byte
		format string
	}{
		{"little-endian with BOM", utf16Bytes("Halo warga!\nKTP gratis hari ini.", false, true), FormatMarkdown},
		{"big-endian with BOM", utf16Bytes("Free ID cards today.", true, true), FormatText},
		{"little-endian without BOM", utf16Bytes("Vaksin gratis di puskesmas.\r\nDatang Sabtu.", false, false), FormatText},
		{"big-endian without BOM", utf16Bytes("Bring your ID card.", true, false), FormatMarkdown},
		{"calendar", utf16Bytes("caption,platform\nHalo,x\n", false, true), FormatCSV},
		{"BOM and no ASCII", utf16Bytes("日本語のテキスト", false, true), FormatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			posts := Parse("a.md", tt.format, tt.data, Options{})
			if len(posts) != 1 || len(posts[0].Problems) != 1 || !posts[0].Fatal() {
				t.Fatalf("posts = %+v", posts)
			}
			pr := posts[0].Problems[0]
			if pr.Rule != "draft-error" || pr.Message.EN != "UTF-16 text: save the draft as UTF-8" ||
				pr.Message.ID != "teks UTF-16: simpan draf sebagai UTF-8" || pr.Range.Start != (Position{1, 1}) {
				t.Errorf("problem = %+v", pr)
			}
		})
	}
	// Binary data with NUL bytes is still binary, not UTF-16 text.
	for name, data := range map[string][]byte{
		"png":          {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R'},
		"control runs": {1, 0, 2, 0, 3, 0, 4, 0},
		"one NUL":      []byte("Halo\x00warga"),
	} {
		p := Parse("a.md", FormatMarkdown, data, Options{})[0]
		if len(p.Problems) != 1 || !strings.HasPrefix(p.Problems[0].Message.EN, "binary file") {
			t.Errorf("%s: problems = %+v", name, p.Problems)
		}
	}
}

// TestTrimPieceSameAsBuilder checks that a body with nothing to cut or
// fold gets the text and segments the builder and trimText give it.
func TestTrimPieceSameAsBuilder(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	parts := []string{" ", "\n", "\t", "  \n\n", "a", "Halo warga", "é🎉", "<!-", "-->", "\v", "\u00a0"}
	for range 20_000 {
		var s strings.Builder
		for range r.IntN(8) {
			s.WriteString(parts[r.IntN(len(parts))])
		}
		src := s.String()
		from := r.IntN(len(src) + 1)
		var b builder
		b.lineText(src, from, len(src))
		wantText, wantSegs := trimText(b.buf, b.segs)
		var one [1]segment
		gotText, gotSegs := trimPiece(src, from, &one)
		if gotText != wantText || len(gotSegs) != len(wantSegs) || len(gotSegs) > 0 && gotSegs[0] != wantSegs[0] {
			t.Fatalf("trimPiece(%q, %d) = %q %v, builder gives %q %v", src, from, gotText, gotSegs, wantText, wantSegs)
		}
	}
}
