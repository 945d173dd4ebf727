// Package fuzzy suggests the closest known name for a misspelt one, for
// "did you mean" hints on keys, rule IDs and platform names.
package fuzzy

import "strings"

// Closest returns the candidate nearest to s by edit distance, or "" when
// none is close enough to be a plausible typo.
func Closest(s string, candidates []string) string {
	best, bestDist := "", -1
	ls := strings.ToLower(s)
	for _, c := range candidates {
		d := distance(ls, strings.ToLower(c))
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	limit := len([]rune(s))/3 + 1
	if bestDist < 0 || bestDist > limit {
		return ""
	}
	return best
}

// Distance is the number of edits between a and b, ignoring case:
// inserted, deleted or replaced characters, and swapped neighbours.
func Distance(a, b string) int {
	return distance(strings.ToLower(a), strings.ToLower(b))
}

// distance is the Levenshtein distance with transpositions counted as one
// edit (platfrom → platform), computed on runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
