package prose

import "testing"

// TestStopwordShapesHoldEveryStopword: the shape check in
// langDetector.add never rules out a listed word, so it only skips
// look-ups that would find nothing.
func TestStopwordShapesHoldEveryStopword(t *testing.T) {
	shapes := stopwordShapes()
	for _, keys := range [][]string{stopwordsIDKeys, stopwordsENKeys} {
		for _, k := range keys {
			if !shapes.mayHold([]byte(k)) {
				t.Errorf("stopword %q is ruled out by its shape", k)
			}
		}
	}
	for _, w := range []string{"", "jakarta", "xyzzy", "pemerintah"} {
		if shapes.mayHold([]byte(w)) {
			t.Errorf("%q passes the stopword shapes", w)
		}
	}
}
