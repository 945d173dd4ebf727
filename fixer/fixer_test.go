package fixer

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestApply(t *testing.T) {
	cases := []struct {
		name    string
		src     string
		edits   []Edit
		want    string
		applied int
	}{
		{"none", "abc", nil, "abc", 0},
		{"one replacement", "**bold** text", []Edit{{0, 8, "bold"}}, "bold text", 1},
		{"deletion", "a\u200bb", []Edit{{1, 4, ""}}, "ab", 1},
		{"earliest first whatever the order", "0123456789", []Edit{{6, 7, "x"}, {1, 2, "y"}}, "0y2345x789", 2},
		{"overlap: the earlier wins", "0123456789", []Edit{{2, 6, "A"}, {4, 8, "B"}}, "01A6789", 1},
		{"same start: the shorter wins", "0123456789", []Edit{{2, 8, "A"}, {2, 4, "B"}}, "01B456789", 1},
		{"touching edits wait for the next pass", "0123456789", []Edit{{2, 4, "A"}, {4, 6, "B"}}, "01A456789", 1},
		{"exact duplicates apply once", "a\u200bb", []Edit{{1, 4, ""}, {1, 4, ""}, {1, 4, ""}}, "ab", 1},
		{"LF replacement in a CRLF file", "a\r\nb c\r\n", []Edit{{4, 5, "\n"}}, "a\r\nb\r\nc\r\n", 1},
		{"CRLF replacement in an LF file", "a\nb c\n", []Edit{{3, 4, "\r\n"}}, "a\nb\nc\n", 1},
		{"between CR and LF: skipped", "a\r\nb", []Edit{{2, 3, "x"}}, "a\r\nb", 0},
		{"inside a character: skipped", "é", []Edit{{1, 2, "x"}}, "é", 0},
		{"outside the file: skipped", "abc", []Edit{{2, 9, "x"}, {-1, 1, "x"}, {2, 1, "x"}}, "abc", 0},
		{"invalid UTF-8 text: skipped", "abc", []Edit{{0, 1, "\xff"}}, "abc", 0},
		{"no-op edit: not counted", "abc", []Edit{{0, 1, "a"}}, "abc", 0},
		{"insertion", "ac", []Edit{{1, 1, "b"}}, "abc", 1},
		{"BOM kept", "\uFEFF# Title", []Edit{{3, 10, "Title"}}, "\uFEFFTitle", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := []byte(tc.src)
			got, n := Apply(src, tc.edits)
			if string(got) != tc.want || n != tc.applied {
				t.Errorf("Apply = %q, %d; want %q, %d", got, n, tc.want, tc.applied)
			}
			if string(src) != tc.src {
				t.Errorf("Apply modified its input: %q", src)
			}
		})
	}
}

func TestLineEnd(t *testing.T) {
	for src, want := range map[string]string{"": "\n", "a": "\n", "a\nb\r\n": "\n", "a\r\nb\n": "\r\n", "a\rb": "\r", "a\r": "\r"} {
		if got := LineEnd([]byte(src)); got != want {
			t.Errorf("LineEnd(%q) = %q, want %q", src, got, want)
		}
	}
}

// FuzzApply applies random edits to random text: Apply never panics, keeps
// valid UTF-8 valid, never splits a CRLF, keeps a file's single line-end
// style, and applies every edit of a non-overlapping, well-placed set.
func FuzzApply(f *testing.F) {
	f.Add("**bold** and ~~strike~~\r\nnext line\r\n", uint64(12345), 3, "x\ny")
	f.Add("a\u200bb\nc\u200dd\n", uint64(7), 2, "")
	f.Add("", uint64(0), 1, "\r")
	f.Add("é\r\n\r\nü", uint64(99), 4, "\r\n")
	f.Fuzz(func(t *testing.T, text string, seed uint64, n int, repl string) {
		src := []byte(text)
		n %= 16
		if n < 0 {
			n = -n
		}
		// Random edits, from a simple generator seeded by the input.
		rnd := seed | 1
		next := func(k int) int {
			rnd ^= rnd << 13
			rnd ^= rnd >> 7
			rnd ^= rnd << 17
			if k <= 0 {
				return 0
			}
			return int(rnd % uint64(k))
		}
		var edits []Edit
		for i := 0; i < n; i++ {
			s := next(len(src) + 1)
			e := s + next(len(src)-s+1)
			var r string
			if len(repl) > 0 {
				a := next(len(repl) + 1)
				r = repl[a : a+next(len(repl)-a+1)]
			}
			edits = append(edits, Edit{s, e, r})
		}
		out, applied := Apply(src, edits)
		if applied > len(edits) {
			t.Fatalf("applied %d of %d edits", applied, len(edits))
		}
		if utf8.Valid(src) && !utf8.Valid(out) {
			t.Fatalf("valid UTF-8 became invalid: %q -> %q", src, out)
		}
		if style, ok := uniformLineEnds(src); ok && style != "" {
			if got, ok2 := uniformLineEnds(out); !ok2 || got != style && got != "" {
				t.Fatalf("line ends changed from %q: %q -> %q", style, src, out)
			}
		}
		if bytes.Count(out, []byte("\r\n")) < bytes.Count(src, []byte("\r\n"))-crlfRemoved(src, edits) {
			t.Fatalf("a CRLF was split: %q -> %q", src, out)
		}

		// Well-placed edits with gaps between them all apply, and give
		// what splicing them in by hand gives.
		if !utf8.Valid(src) || !utf8.ValidString(repl) || bytes.ContainsAny(src, "\r") || strings.ContainsAny(repl, "\r\n") {
			return
		}
		var cuts []int
		for i := range text {
			if next(3) == 0 {
				cuts = append(cuts, i)
			}
		}
		var good []Edit
		var want strings.Builder
		pos := 0
		for i := 0; i+1 < len(cuts); i += 3 { // every third cut leaves a gap
			e := Edit{cuts[i], cuts[i+1], repl}
			if e.Text == text[e.Start:e.End] {
				continue
			}
			want.WriteString(text[pos:e.Start] + e.Text)
			pos = e.End
			good = append(good, e)
		}
		want.WriteString(text[pos:])
		for i := len(good) - 1; i > 0; i -= 2 { // shuffle a little
			good[i], good[i-1] = good[i-1], good[i]
		}
		out, applied = Apply(src, good)
		if applied != len(good) || string(out) != want.String() {
			t.Fatalf("Apply(%q, %v) = %q, %d; want %q, %d", src, good, out, applied, want.String(), len(good))
		}
	})
}

// uniformLineEnds returns the only line-end style of s ("" when it has
// none); ok is false when styles are mixed.
func uniformLineEnds(s []byte) (string, bool) {
	style := ""
	for i := 0; i < len(s); i++ {
		var le string
		switch {
		case s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n':
			le = "\r\n"
			i++
		case s[i] == '\r':
			le = "\r"
		case s[i] == '\n':
			le = "\n"
		default:
			continue
		}
		if style != "" && le != style {
			return "", false
		}
		style = le
	}
	return style, true
}

// crlfRemoved counts the CRLFs that lie wholly inside some edit, an upper
// bound on those Apply may remove.
func crlfRemoved(src []byte, edits []Edit) int {
	n := 0
	for i := 0; i+1 < len(src); i++ {
		if src[i] != '\r' || src[i+1] != '\n' {
			continue
		}
		for _, e := range edits {
			if e.Start <= i && i+2 <= e.End {
				n++
				break
			}
		}
	}
	return n
}

func TestWriteFileKeepsModeAndRefusesLinks(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "post.md")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	st, _ := os.Stat(path)
	if string(got) != "new" {
		t.Errorf("content %q", got)
	}
	if runtime.GOOS != "windows" && st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}

	link := filepath.Join(dir, "link.md")
	if err := os.Symlink(path, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := WriteFile(link, []byte("through the link")); !errors.Is(err, ErrSymlink) {
		t.Errorf("WriteFile through a link: %v, want ErrSymlink", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("the link's target changed: %q", got)
	}
	if err := WriteFile(dir, []byte("x")); err == nil {
		t.Error("WriteFile on a folder succeeded")
	}
}
