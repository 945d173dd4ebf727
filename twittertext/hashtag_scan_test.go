package twittertext

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// scanHashtagsReference is scanHashtags as it was before it jumped from
// hash sign to hash sign: it decodes every rune of the text. It is the
// oracle of TestScanHashtagsSameAsReference and FuzzScanHashtags.
func scanHashtagsReference(s string) []Entity {
	var out []Entity
	lastIndex := 0
	prev, prevStart := rune(-1), -1
	for h := 0; h < len(s); {
		r, n := utf8.DecodeRuneInString(s[h:])
		if isHashSign(r) && hashtagBoundaryReference(h, prev, prevStart, lastIndex) {
			if end, ok := hashtagText(s, h+n); ok {
				lastIndex = end
				if !followedByHashOrScheme(s[end:]) {
					out = append(out, Entity{Start: h, End: end, Text: s[h+n : end]})
				}
				prev, prevStart = -1, -1
				h = end
				continue
			}
		}
		prev, prevStart = r, h
		h += n
	}
	return out
}

func hashtagBoundaryReference(h int, prev rune, prevStart, lastIndex int) bool {
	if h == 0 {
		return true
	}
	if prevStart < lastIndex {
		return false
	}
	return prev == vs15 || prev == vs16 || !isHashtagAlnum(prev) && prev != '&'
}

func checkHashtagsAgainstReference(t *testing.T, text string) {
	t.Helper()
	want := scanHashtagsReference(text)
	if got := scanHashtags(text); !slices.Equal(got, want) {
		t.Fatalf("scanHashtags(%q) = %v, the rune-by-rune scan finds %v", text, got, want)
	}
}

// entityPieces are the fragments randomText builds texts from for the
// entity scanners: signs, joiners, boundaries, invalid and partial UTF-8.
var entityPieces = []string{
	"#", "＃", "@", "＠", "&", "#️⃣", "\uFE0F", "\uFE0E", "\u20E3", "\u200D", "_", "a", "Z", "é", "日本", "1", "9",
	" ", "\n", ".", ":", "/", "://", "http://x.co", "rt", "RT:", "\xff", "\xef", "\xef\xbc", "\xbc\x83", "\xbc\xa0",
	"\xe2\x80", "\xc3", "😀", "🏽", "ab", "tag", "-", "'", "\u0301", "x.com/#a",
}

// randomText joins n random pieces.
func randomText(rng *rand.Rand, pieces []string, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

func TestScanHashtagsSameAsReference(t *testing.T) {
	f := loadConformance(t, "extract.yml")
	for _, cases := range f.Tests {
		for _, c := range cases {
			checkHashtagsAgainstReference(t, c.Text)
		}
	}
	for _, s := range fuzzSeeds {
		checkHashtagsAgainstReference(t, s)
	}
	for _, s := range []string{
		"", "#", "＃", "#a", "a#b", "&#a", "#a#b", "#a #b", "\xff#a", "\xef#a", "\xe2\x80#a", "é#a", "\uFE0F#a",
		"#a＃b", "＃ａ", "#️⃣ #a", "#a://b", "##a", "#1 #1a", "日本#タグ", "a\xbc\x83#b", "\xef\xbc#a",
	} {
		checkHashtagsAgainstReference(t, s)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		checkHashtagsAgainstReference(t, randomText(rng, entityPieces, 1+rng.IntN(16)))
	}
}

func FuzzScanHashtags(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("a\xef#b ＃c&#d \uFE0F#e")
	f.Fuzz(func(t *testing.T, text string) {
		checkHashtagsAgainstReference(t, text)
	})
}
