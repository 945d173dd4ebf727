package udiff

import (
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

func TestUnified(t *testing.T) {
	cases := []struct {
		name, old, new, want string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"one line in the middle", "1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\nfive\n6\n7\n8\n9\n",
			"--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"},
		{"first line", "# Title\nbody\n", "Title\nbody\n",
			"--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n-# Title\n+Title\n body\n"},
		{"two hunks", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "one\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\ntwelve\n",
			"--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n@@ -9,4 +9,4 @@\n 9\n 10\n 11\n-12\n+twelve\n"},
		{"changes six lines apart share a hunk", "1\n2\n3\n4\n5\n6\n7\n8\n", "one\n2\n3\n4\n5\n6\n7\neight\n",
			"--- a/f\n+++ b/f\n@@ -1,8 +1,8 @@\n-1\n+one\n 2\n 3\n 4\n 5\n 6\n 7\n-8\n+eight\n"},
		{"no newline at the end", "a\nb", "a\nc",
			"--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"},
		{"CRLF kept in the lines", "a\r\n**b**\r\n", "a\r\nb\r\n",
			"--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\r\n-**b**\r\n+b\r\n"},
		{"deleted line", "a\nb\nc\n", "a\nc\n", "--- a/f\n+++ b/f\n@@ -1,3 +1,2 @@\n a\n-b\n c\n"},
		{"added line", "a\nc\n", "a\nb\nc\n", "--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n+b\n c\n"},
		{"from empty", "", "a\n", "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+a\n"},
		{"to empty", "a\n", "", "--- a/f\n+++ b/f\n@@ -1 +0,0 @@\n-a\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Unified("a/f", "b/f", []byte(tc.old), []byte(tc.new)); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestMatchesAreALongestCommonSubsequence checks the Myers matcher against
// dynamic programming on random small inputs.
func TestMatchesAreALongestCommonSubsequence(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	for iter := 0; iter < 3000; iter++ {
		a := randomSeq(rnd, rnd.Intn(14), 1+rnd.Intn(4))
		b := randomSeq(rnd, rnd.Intn(14), 1+rnd.Intn(4))
		d := &differ{a: a, b: b}
		d.compare(0, len(a), 0, len(b))
		pi, pj := -1, -1
		for _, m := range d.matches {
			if m[0] <= pi || m[1] <= pj || a[m[0]] != b[m[1]] {
				t.Fatalf("a=%v b=%v: bad matches %v", a, b, d.matches)
			}
			pi, pj = m[0], m[1]
		}
		if want := lcsLen(a, b); len(d.matches) != want {
			t.Fatalf("a=%v b=%v: %d matches, longest common subsequence is %d", a, b, len(d.matches), want)
		}
	}
}

func randomSeq(rnd *rand.Rand, n, alphabet int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = rnd.Intn(alphabet)
	}
	return s
}

func lcsLen(a, b []int) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	return dp[0][0]
}

// TestUnifiedRebuildsTheNewText applies the diff's hunks to the old text.
func TestUnifiedRebuildsTheNewText(t *testing.T) {
	rnd := rand.New(rand.NewSource(2))
	words := []string{"a\n", "b\n", "c\n", "**d**\n", "e\r\n"}
	for iter := 0; iter < 500; iter++ {
		var old, new strings.Builder
		for i := rnd.Intn(40); i > 0; i-- {
			w := words[rnd.Intn(len(words))]
			old.WriteString(w)
			switch rnd.Intn(6) {
			case 0:
			case 1:
				new.WriteString(w + w)
			case 2:
				new.WriteString(strings.ToUpper(w))
			default:
				new.WriteString(w)
			}
		}
		diff := Unified("a/f", "b/f", []byte(old.String()), []byte(new.String()))
		if got := patch(t, old.String(), diff); got != new.String() {
			t.Fatalf("old %q new %q: the diff gives %q\n%s", old.String(), new.String(), got, diff)
		}
	}
}

// patch applies a diff made by Unified.
func patch(t *testing.T, old, diff string) string {
	if diff == "" {
		return old
	}
	a := splitLines(old)
	var out strings.Builder
	i := 0
	lines := splitLines(diff)[2:]
	for _, l := range lines {
		switch l[0] {
		case '@':
			spec := strings.Fields(l)[1][1:]
			first, count, hasCount := strings.Cut(spec, ",")
			lo, _ := strconv.Atoi(first)
			if !hasCount || count != "0" {
				lo--
			}
			for ; i < lo; i++ {
				out.WriteString(a[i])
			}
		case ' ', '-':
			if l[1:] != a[i] {
				t.Fatalf("context %q does not match %q", l, a[i])
			}
			if l[0] == ' ' {
				out.WriteString(a[i])
			}
			i++
		case '+':
			out.WriteString(l[1:])
		default:
			t.Fatalf("unexpected diff line %q", l)
		}
	}
	for ; i < len(a); i++ {
		out.WriteString(a[i])
	}
	return out.String()
}
