package rules

import (
	"math/rand/v2"
	"strings"
)

// Helpers for the tests that compare a scanner with the regular
// expression it stands for: texts built near the expression's edges.

// shapedText builds a text from one of shapes, chosen at random: one slot
// after another, each filled with one of its choices.
func shapedText(r *rand.Rand, shapes [][][]string) string {
	var b strings.Builder
	for _, slot := range shapes[r.IntN(len(shapes))] {
		b.WriteString(slot[r.IntN(len(slot))])
	}
	return b.String()
}

// eachText calls f with head and with every text of head and then up to
// n pieces, in order.
func eachText(head string, pieces []string, n int, f func(string)) {
	f(head)
	if n == 0 {
		return
	}
	for _, p := range pieces {
		eachText(head+p, pieces, n-1, f)
	}
}
