package draft

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Directives are cut from the text as if they had never been written: no
// doubled spaces, no trailing blanks, no empty lines where a comment stood
// alone, so they never add to a post's length.
func TestCommentsLeaveNoTrace(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"inline between words", "Halo <!-- postlint-disable-line hook-fold --> warga", "Halo warga"},
		{"at the end of a line", "Halo warga <!-- postlint-disable-line hook-fold -->\nKTP gratis", "Halo warga\nKTP gratis"},
		{"at the start of a line", "<!-- postlint-disable-line hook-fold -->  Halo warga", "Halo warga"},
		{"glued to a word", "Halo<!-- catatan -->warga", "Halowarga"},
		{"alone on its line", "Satu\n<!-- postlint-disable-next-line hook-fold -->\nDua", "Satu\nDua"},
		{"alone, indented, CRLF", "Satu\r\n   <!-- postlint-disable hook-fold -->  \r\nDua", "Satu\nDua"},
		{"two on one line", "Satu\n<!-- postlint-disable x --> <!-- postlint-disable y -->\nDua", "Satu\nDua"},
		{"spanning lines", "Satu\n<!--\n  postlint-disable-next-line hook-fold\n  -- alasan panjang\n-->\nDua", "Satu\nDua"},
		{"first line of the body", "---\nplatform: x\n---\n<!-- postlint-disable-file hook-fold -->\nHalo", "Halo"},
		{"last line without a line end", "Halo\n<!-- postlint-enable -->", "Halo"},
		{"unclosed comment stays text", "Halo <!-- lupa ditutup", "Halo <!-- lupa ditutup"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseOne(t, "a.md", tt.src)
			if p.Text != tt.want {
				t.Errorf("Text = %q, want %q", p.Text, tt.want)
			}
		})
	}
}

func TestLongDirectiveAddsNoLength(t *testing.T) {
	reason := strings.Repeat("alasan yang sangat panjang ", 20)
	plain := parseOne(t, "a.md", "Cetak KTP-el kini bisa hari Sabtu di kecamatan.\nBawa KK asli.")
	with := parseOne(t, "a.md", "<!-- postlint-disable-next-line hook-fold -- "+reason+"-->\nCetak KTP-el kini bisa hari Sabtu <!-- postlint-disable-line hashtag-count -- "+reason+"--> di kecamatan. <!-- "+reason+" -->\nBawa KK asli.")
	if with.Text != plain.Text {
		t.Errorf("text with directives = %q, want %q", with.Text, plain.Text)
	}
	if n := utf8.RuneCountInString(with.Text); n != 61 {
		t.Errorf("length = %d", n)
	}
	// Positions after an inline directive still map to the file.
	if r := locate(t, with, "di kecamatan"); r.Start.Line != 2 || r.Start.Column <= 40 {
		t.Errorf("position after the directive: %+v", r)
	}
}

func TestParseDirective(t *testing.T) {
	tests := []struct {
		name, body string
		kind       string
		rules      string
		reason     string
		invalid    bool
	}{
		{"disable one", " postlint-disable hook-fold ", DirectiveDisable, "hook-fold", "", false},
		{"enable all", "postlint-enable", DirectiveEnable, "", "", false},
		{"commas and spaces", " postlint-disable-line hook-fold,hook-dateline , hashtag-count ", DirectiveDisableLine, "hook-fold,hook-dateline,hashtag-count", "", false},
		{"reason", " postlint-disable-next-line hook-fold -- format rilis pers ", DirectiveDisableNextLine, "hook-fold", "format rilis pers", false},
		{"reason without space before the closing", " postlint-disable-file hashtag-count -- kampanye", DirectiveDisableFile, "hashtag-count", "kampanye", false},
		{"reason glued to the dashes", " postlint-disable hook-fold --kutipan resmi ", DirectiveDisable, "hook-fold", "kutipan resmi", false},
		{"reason on its own line", "\npostlint-disable-next-line hook-fold\n-- judul acara\nresmi\n", DirectiveDisableNextLine, "hook-fold", "judul acara\nresmi", false},
		{"reason keeps later dashes", " postlint-disable x -- a -- b ", DirectiveDisable, "x", "a -- b", false},
		{"all rules with a reason", " postlint-disable-file -- arsip ", DirectiveDisableFile, "", "arsip", false},
		{"unknown kind", " postlint-disabel hook-fold ", "disabel", "", "", true},
		{"space instead of dash", " postlint disable hook-fold ", "postlint", "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := parseDirective(tt.body)
			if !ok {
				t.Fatal("not recognised as a directive")
			}
			if d.Kind != tt.kind || strings.Join(d.Rules, ",") != tt.rules || d.Reason != tt.reason || d.Invalid.IsZero() == tt.invalid {
				t.Errorf("got kind %q rules %q reason %q invalid %v", d.Kind, strings.Join(d.Rules, ","), d.Reason, !d.Invalid.IsZero())
			}
			if tt.invalid && (d.Invalid.EN == "" || d.Invalid.ID == "") {
				t.Errorf("invalid directive needs a message in both languages: %+v", d.Invalid)
			}
		})
	}
	for _, body := range []string{" catatan editor ", " postlint ", "postlintdisable", " TODO postlint-disable x "} {
		if _, ok := parseDirective(body); ok {
			t.Errorf("%q taken for a directive", body)
		}
	}
}

func TestDisableNextLineSkipsStackedComments(t *testing.T) {
	p := parseOne(t, "a.md", "Satu\n<!-- postlint-disable-next-line hook-fold -->\n<!-- postlint-disable-next-line\n  hashtag-count -->\n<!-- catatan -->\nDua\n\n<!-- postlint-disable-next-line hook-dateline -->\n\nTiga")
	var next []int
	for _, d := range p.Directives {
		next = append(next, d.NextLine)
	}
	// The first two reach line 6 ("Dua") past the other comments; a blank
	// line is a line, so the last one points at line 9.
	if len(next) != 3 || next[0] != 6 || next[1] != 6 || next[2] != 9 {
		t.Errorf("next lines = %v", next)
	}
}

func TestDirectivesOnlyInMarkdown(t *testing.T) {
	txt := parseOne(t, "a.txt", "Halo <!-- postlint-disable-line hook-fold -->")
	if len(txt.Directives) != 0 || !strings.Contains(txt.Text, "postlint-disable-line") {
		t.Errorf("a .txt draft is pasted as is, comments included: %+v %q", txt.Directives, txt.Text)
	}
}
