package draft

import (
	"strings"
	"testing"

	"github.com/postlint/postlint/fixer"
)

// TestFileEdit maps fixes of the post's text to the file and checks what
// applying them gives.
func TestFileEdit(t *testing.T) {
	cases := []struct {
		name, path, src string
		post            int    // 1-based post index
		span            string // the text the fix replaces (first occurrence in the post's text)
		repl            string
		want            string // the file after the fix; "" when the fix must be dropped
	}{
		{"markdown", "a.md", "Cetak **gratis** hari ini.\n", 1, "**gratis**", "gratis", "Cetak gratis hari ini.\n"},
		{"after YAML front matter", "a.md", "---\nplatform: x\n---\n# Judul\nIsi.\n", 1, "# Judul", "Judul", "---\nplatform: x\n---\nJudul\nIsi.\n"},
		{"after TOML front matter", "a.md", "+++\nplatform = \"x\"\n+++\nFree **entry**.\n", 1, "**entry**", "entry", "+++\nplatform = \"x\"\n+++\nFree entry.\n"},
		{"BOM kept", "a.md", "\uFEFF**Info** penting\n", 1, "**Info**", "Info", "\uFEFFInfo penting\n"},
		{"CRLF file: inside a line", "a.md", "Baris satu\r\n**dua**\r\n", 1, "**dua**", "dua", "Baris satu\r\ndua\r\n"},
		{"CRLF file: a replacement's LF becomes CRLF", "a.md", "a\r\nb [x](https://e.id) c\r\n", 1, "[x](https://e.id)", "x:\nhttps://e.id", "a\r\nb x:\r\nhttps://e.id c\r\n"},
		{"CRLF file: across a folded line end", "a.md", "**satu\r\ndua**\r\n", 1, "**satu\ndua**", "satu dua", ""},
		{"CRLF file: starting at a folded LF", "a.md", "satu\r\ndua\r\n", 1, "\ndua", "x", ""},
		{"lone CR line ends", "a.md", "satu\rdua\r", 1, "satu\ndua", "x", ""},
		{"LF file: across lines", "a.md", "satu\ndua\n", 1, "satu\ndua", "satu dua", "satu dua\n"},
		{"next to a directive comment", "a.md", "**Penting** <!-- postlint-disable-line acronym -->\n", 1, "**Penting**", "Penting", "Penting <!-- postlint-disable-line acronym -->\n"},
		{"across a removed comment", "a.md", "**Pen<!-- x -->ting**\n", 1, "**Penting**", "Penting", ""},
		{"across a comment that took its spaces", "a.md", "satu <!-- x --> dua\n", 1, "satu dua", "x", ""},
		{"text file", "a.txt", "Zero\u200bwidth\n", 1, "\u200b", "", "Zerowidth\n"},
		{"calendar: unquoted cell", "c.csv", "caption,platform\n**Info** hari ini,x\n", 1, "**Info**", "Info", "caption,platform\nInfo hari ini,x\n"},
		{"calendar: second row", "c.csv", "caption\nsatu\n**dua**\n", 2, "**dua**", "dua", "caption\nsatu\ndua\n"},
		{"calendar: quoted cell", "c.csv", "caption,platform\n\"Kata \"\"kami\"\": **gratis**\",x\n", 1, "**gratis**", "gratis", "caption,platform\n\"Kata \"\"kami\"\": gratis\",x\n"},
		{"calendar: span holding a doubled quote", "c.csv", "caption\n\"**\"\"kami\"\"**\"\n", 1, "**\"kami\"**", "\"kami\"", "caption\n\"\"\"kami\"\"\"\n"},
		{"calendar: quote in the replacement of a quoted cell", "c.csv", "caption\n\"a [b](https://e.id)\"\n", 1, "[b](https://e.id)", "\"b\"", "caption\n\"a \"\"b\"\"\"\n"},
		{"calendar: quote in the replacement of an unquoted cell", "c.csv", "caption\na [b](https://e.id)\n", 1, "[b](https://e.id)", "\"b\"", ""},
		{"calendar: comma in the replacement of an unquoted cell", "c.csv", "caption\na [b](https://e.id)\n", 1, "[b](https://e.id)", "b, https://e.id", ""},
		{"calendar: line end in the replacement of an unquoted cell", "c.csv", "caption\na [b](https://e.id)\n", 1, "[b](https://e.id)", "b\nhttps://e.id", ""},
		{"calendar: line end in a quoted cell", "c.csv", "caption\r\n\"a\r\n[b](https://e.id)\"\r\n", 1, "[b](https://e.id)", "b\nhttps://e.id", "caption\r\n\"a\r\nb\r\nhttps://e.id\"\r\n"},
		{"calendar: across a folded CRLF in a quoted cell", "c.csv", "caption\r\n\"**a\r\nb**\"\r\n", 1, "**a\nb**", "a b", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			posts := Parse(tc.path, FormatOf(tc.path), []byte(tc.src), Options{})
			if len(posts) < tc.post {
				t.Fatalf("%d posts", len(posts))
			}
			p := posts[tc.post-1]
			start := strings.Index(p.Text, tc.span)
			if start < 0 {
				t.Fatalf("%q not in the post's text %q", tc.span, p.Text)
			}
			e, r, ok := p.FileEdit(start, start+len(tc.span), tc.repl)
			if tc.want == "" {
				if ok {
					t.Fatalf("fix kept: %+v", e)
				}
				return
			}
			if !ok {
				t.Fatal("fix dropped")
			}
			got, n := fixer.Apply([]byte(tc.src), []fixer.Edit{e})
			if n != 1 || string(got) != tc.want {
				t.Errorf("fixed file %q, want %q", got, tc.want)
			}
			if want := p.Range(start, start+len(tc.span)); r.Start != want.Start {
				t.Errorf("range starts at %v, the finding at %v", r.Start, want.Start)
			}
			// Re-reading the fixed file gives the fixed text.
			again := Parse(tc.path, FormatOf(tc.path), got, Options{})[tc.post-1]
			wantText := strings.Replace(p.Text, tc.span, strings.ReplaceAll(tc.repl, "\r", ""), 1)
			if again.Text != wantText {
				t.Errorf("fixed post reads %q, want %q", again.Text, wantText)
			}
		})
	}
}

func TestFileEditRejectsBadSpans(t *testing.T) {
	p := Parse("a.md", FormatMarkdown, []byte("héllo\n"), Options{})[0]
	for _, span := range [][2]int{{-1, 2}, {2, 2}, {3, 2}, {0, 99}, {2, 3}, {0, 2}} {
		if _, _, ok := p.FileEdit(span[0], span[1], "x"); ok {
			t.Errorf("span %v accepted", span)
		}
	}
	if _, _, ok := p.FileEdit(0, 1, "\xff"); ok {
		t.Error("invalid UTF-8 replacement accepted")
	}
	var none Post
	if _, _, ok := none.FileEdit(0, 1, "x"); ok {
		t.Error("post without a file accepted")
	}
}
