package twittertext

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// findEmojiReference is FindEmoji as it was before nextEmojiStart passed
// over ASCII: matchEmoji tried at every code point. It is the oracle of
// TestFindEmojiSameAsReference.
func findEmojiReference(text string) []Entity {
	var out []Entity
	for i := 0; i < len(text); {
		if end, ok := matchEmoji(text, i); ok {
			out = append(out, Entity{Start: i, End: end, Text: text[i:end]})
			i = end
			continue
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return out
}

// TestFindEmojiSameAsReference compares FindEmoji and findEmojiSpans with
// findEmojiReference on every string of three pieces and on random longer
// ones, made of ASCII text, keycap bases, selectors, skin tones, ZWJ, flags,
// tag sequences, text-default symbols and broken UTF-8.
func TestFindEmojiSameAsReference(t *testing.T) {
	pieces := []string{
		"a", " ", "Z", ".", "#", "*", "0", "7", "\ufe0f", "\ufe0e", "\u20e3", "\u200d",
		"😀", "👍", "🏽", "🇮", "🇩", "🏴", "\U000e0067", "\U000e007f", "❤", "©", "®", "™", "♟",
		"\u00a8", "\u00a9", "é", "\u0085", "👨", "👩", "\xff", "\xc2", "\xf0\x9f", "\x80",
	}
	check := func(s string) {
		t.Helper()
		want := findEmojiReference(s)
		if got := FindEmoji(s); !slices.Equal(got, want) {
			t.Fatalf("FindEmoji(%q) = %v, want %v", s, got, want)
		}
		spans := findEmojiSpans(s)
		if len(spans) != len(want) {
			t.Fatalf("findEmojiSpans(%q) = %v, want %v", s, spans, want)
		}
		for k, e := range want {
			if spans[k] != (emojiSpan{e.Start, e.End}) {
				t.Fatalf("findEmojiSpans(%q) = %v, want %v", s, spans, want)
			}
		}
	}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				check(a + b + c)
			}
		}
	}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(16) {
			if rng.IntN(3) == 0 {
				b.WriteString("Pendaftaran dibuka 2025, ")
			}
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
}

func FuzzFindEmoji(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("1\u20e3 #\ufe0f\u20e3 2025 \xe2\x83")
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := FindEmoji(text), findEmojiReference(text); !slices.Equal(got, want) {
			t.Fatalf("FindEmoji(%q) = %v, want %v", text, got, want)
		}
	})
}
