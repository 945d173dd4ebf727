package report

import (
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// cellsBySegmenting is sourceLine.cells as it was before its ASCII fast
// path: every cluster found by the segmenter.
func cellsBySegmenting(l *sourceLine, from, stop, columns int) []cell {
	var out []cell
	rest, at, used, state := l.text[l.offs[from]:l.offs[stop]], from, 0, -1
	for rest != "" && used < columns {
		var cluster string
		var w int
		cluster, rest, w, state = uniseg.FirstGraphemeClusterInString(rest, state)
		c := cell{from: at, to: at + utf8.RuneCountInString(cluster), shown: cluster, width: w}
		if strings.IndexFunc(cluster, func(r rune) bool { return controlEscape(r) != "" }) >= 0 {
			c.shown = visibleControls(cluster, "")
			c.width = uniseg.StringWidth(c.shown)
		}
		out = append(out, c)
		at, used = c.to, used+c.width
	}
	return out
}

// cellPieces are what excerpt lines are made of, the hard cases among
// them: marks and joiners after ASCII, emoji sequences, flags, CR LF,
// controls, wide characters.
var cellPieces = []string{
	"a", "Z", " ", "9", "#", "*", "~", ".", "e\u0301", "\u0301", "\u200d", "\u200b", "🎉", "👍🏽", "👨\u200d👩\u200d👧",
	"🇮🇩", "🇮", "\r\n", "\r", "\n", "\x1b", "\x7f", "\u0085", "\u202e", "中", "ｶ", "한", "\u1100\u1161\u11a8",
	"क्षि", "1\ufe0f\u20e3", "#\u20e3", "©", "\u00a0", "é", "\xff",
}

func TestCellsSameAsSegmenting(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	var l sourceLine
	for i := range 30000 {
		var b strings.Builder
		for range r.IntN(24) {
			if r.IntN(3) == 0 {
				b.WriteString("plain ascii")
			}
			b.WriteString(cellPieces[r.IntN(len(cellPieces))])
		}
		l.set(i+1, b.String())
		n := l.runes()
		from := r.IntN(n + 1)
		stop := from + r.IntN(n-from+1)
		columns := []int{0, 1, 5, 40, math.MaxInt}[r.IntN(5)]
		want := cellsBySegmenting(&l, from, stop, columns)
		got := l.cells(nil, from, stop, columns)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: %q [%d:%d] %d columns:\ngot  %+v\nwant %+v", i, l.text, from, stop, columns, got, want)
		}
		// Appending to a buffer gives the same cells after what it held.
		buf := append(make([]cell, 0, 4), cell{shown: "x"})
		if got := l.cells(buf, from, stop, columns); !reflect.DeepEqual(got[1:], want) {
			t.Fatalf("case %d: appended cells differ", i)
		}
	}
}
