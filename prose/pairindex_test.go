package prose

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestPairIndexSameAsMap checks the pair index against a map from key to
// the phrases put under it, on sets of keys from empty to crowded.
func TestPairIndexSameAsMap(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 2))
	for _, n := range []int{0, 1, 2, 100, 3000, 40000} {
		var keys []uint16
		var ids []int32
		want := map[uint16][]int32{}
		for id := range n {
			k := pairKey(uint16(r.IntN(4096)), uint16(r.IntN(4096)))
			if id%7 == 3 && len(keys) > 0 {
				k = keys[r.IntN(len(keys))] // some keys hold many phrases
			}
			keys = append(keys, k)
			ids = append(ids, int32(id))
			want[k] = append(want[k], int32(id))
		}
		var x pairIndex
		x.build(keys, ids)
		for k := range 1 << pairBits {
			if got := x.get(uint16(k)); !slices.Equal(got, want[uint16(k)]) {
				t.Fatalf("%d phrases: key %d holds %v, want %v", n, k, got, want[uint16(k)])
			}
		}
	}
}

func TestPairKeyInRange(t *testing.T) {
	seen := map[uint16]bool{}
	for a := uint16(0); a < 4096; a += 17 {
		for b := uint16(0); b < 4096; b += 13 {
			k := pairKey(a, b)
			if k >= 1<<pairBits {
				t.Fatalf("pairKey(%d, %d) = %d, out of %d bits", a, b, k, pairBits)
			}
			seen[k] = true
		}
	}
	// 241 × 316 pairs over 16,384 keys: a fair mix reaches most of them.
	if len(seen) < 1<<pairBits*3/4 {
		t.Fatalf("pairKey reaches %d keys of %d", len(seen), 1<<pairBits)
	}
}

// TestMatcherSetSharedFirstWords checks a set against a Matcher per group
// where many phrases share their first word and texts are made of the same
// few words: the case the pair index serves, with its key collisions and
// phrases of one word, wildcards and <n> beside phrases of two words.
func TestMatcherSetSharedFirstWords(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	vocab := []string{"di", "yang", "dan", "ke", "dari", "sebar", "hari", "ini", "!", "amin", "3", "DI", "Yang", "dí"}
	word := func() string {
		w := vocab[r.IntN(len(vocab))]
		if w == "3" {
			return "<n>"
		}
		return w
	}
	for range 30 {
		groups := make([][]string, 1+r.IntN(12))
		for g := range groups {
			for range r.IntN(20) {
				var p []string
				for k := r.IntN(4); k >= 0; k-- {
					p = append(p, word())
				}
				if len(p) > 2 && r.IntN(3) == 0 {
					p[1] = "*"
				}
				if r.IntN(8) == 0 {
					p[0] = strings.TrimSuffix(p[0], "!") + "-"
				}
				groups[g] = append(groups[g], strings.Join(p, " "))
			}
		}
		for range 20 {
			var b strings.Builder
			for k := r.IntN(40); k >= 0; k-- {
				b.WriteString(vocab[r.IntN(len(vocab))])
				b.WriteString([]string{" ", " ", ", ", "\n"}[r.IntN(4)])
			}
			checkSetAgainstMatchers(t, groups, b.String())
		}
	}
}

// TestMatcherSetPairKeyCollision checks that a phrase found under its
// pair's key is not taken for another pair of the same key: two phrases of
// two words whose pairs share a key, and only one matches.
func TestMatcherSetPairKeyCollision(t *testing.T) {
	type pair struct{ first, second string }
	byKey := map[uint16]pair{}
	var a, b pair
	for i := 0; a.first == ""; i++ {
		p := pair{"k" + strconv.Itoa(i/64), "s" + strconv.Itoa(i%64)}
		k := pairKey(TokenHash(p.first), TokenHash(p.second))
		if other, ok := byKey[k]; ok && TokenHash(other.first) != TokenHash(p.first) {
			a, b = other, p
		}
		byKey[k] = p
	}
	phrase := func(p pair) string { return p.first + " " + p.second }
	groups := [][]string{{phrase(a)}, {phrase(a) + " lagi", a.first, b.second}}
	for _, text := range []string{phrase(a), phrase(b), phrase(b) + " lagi", phrase(a) + " lagi"} {
		checkSetAgainstMatchers(t, groups, text)
	}
	set, _ := NewMatcherSet(groups)
	text := phrase(b)
	if got := set.FindAllFolded(FoldTokens(text, Tokens(text))); len(got.Group(0)) != 0 {
		t.Fatalf("%q matched on %q (same pair key): %v", groups[0], text, got.Group(0))
	}
}
