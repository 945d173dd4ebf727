package draft

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestColumnsOnLongLines checks the column index on lines much longer than
// its step, with runes of every width, against counting from the start of
// the file, and that no lookup counts more than one step of a line.
func TestColumnsOnLongLines(t *testing.T) {
	long := strings.Repeat("Halo é 🎉 ke €! ", 700) // 1, 2, 4 and 3-byte runes
	text := bom + "judul\r\n" + long + "\r\n\r" + long + long + "\nakhir"
	s := newSource(text)
	if len(s.marks) < 2*len(long)/markStep {
		t.Fatalf("only %d marks for lines of %d and %d bytes", len(s.marks), len(long), 2*len(long))
	}
	// Walk the file rune by rune, counting lines and columns from its start.
	want := Position{Line: 1, Column: 1}
	for off := len(bom); off <= len(text); {
		if got := s.pos(off); got != want {
			t.Fatalf("pos(%d) = %+v, want %+v", off, got, want)
		}
		from, _ := s.countFrom(s.lines[want.Line-1], off)
		if off-from > markStep+utf8.UTFMax {
			t.Fatalf("pos(%d) counts %d bytes", off, off-from)
		}
		if off == len(text) {
			break
		}
		r, size := utf8.DecodeRuneInString(text[off:])
		switch {
		case r == '\r' && strings.HasPrefix(text[off+1:], "\n"):
			want.Column++
		case r == '\n' || r == '\r':
			want = Position{Line: want.Line + 1, Column: 1}
		default:
			want.Column++
		}
		off += size
	}
	if got := (&Post{pos: posMap{src: s}}).SourceLine(4); got != long+long {
		t.Errorf("SourceLine(4) is %d bytes, want %d", len(got), 2*len(long))
	}
	if s.pos(0) != (Position{1, 1}) || s.pos(-5) != (Position{1, 1}) || s.pos(len(text)+9) != want {
		t.Errorf("offsets outside the file: %+v %+v %+v", s.pos(0), s.pos(-5), s.pos(len(text)+9))
	}
}
