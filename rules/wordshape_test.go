package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/postlint/postlint/prose"
)

func TestWordShape(t *testing.T) {
	var s wordShape
	for _, w := range []string{"kopi", "susu", "a", strings.Repeat("x", 70), "café"} {
		s.add(w)
	}
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"kopi", true},
		{"kapi", true}, // same length, first and last byte: not ruled out
		{"kop", false},
		{"kopia", false},
		{"topi", false},
		{"kopo", false},
		{"susu", true},
		{"sapi", true}, // "s" starts and "i" ends some word of 4 bytes
		{"sus", false},
		{"a", true},
		{"b", false},
		{"", false},
		{"café", true},
		{"cafe", false},
		{strings.Repeat("y", 64), true}, // long words are not told apart
	} {
		if got := s.mayHold(c.w); got != c.want {
			t.Errorf("mayHold(%q) = %v, want %v", c.w, got, c.want)
		}
	}
	s.add("")
	if !s.mayHold("") {
		t.Error(`mayHold("") = false after add("")`)
	}
}

// TestTagWordKindSameAsMaps checks that tagWords.kind, which consults the
// built-in words' shape first, gives every substring of Indonesian and
// English posts and hashtags the kinds the maps alone give it, with and
// without words a config adds.
func TestTagWordKindSameAsMaps(t *testing.T) {
	lex, err := NewLexicon(Extra{
		"id": {"hashtag-words": {"bromo", "tengger", "TNBTS", "kopisusu"}},
		"en": {"hashtag-words": {"Zzyzx", "q"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	texts := append(clarityViewTexts(t),
		"#dirgahayuindonesia #pemkotsurabaya #bromotenggersemeru #TNBTS #kopisusu",
		"#supportlocalbusiness #throwbackthursday #zzyzx #q #SaveTheDate",
	)
	for _, words := range []tagWords{newTagWords(nil), newTagWords(lex)} {
		kinds := builtinTagKinds()
		mapKind := func(w string) uint8 { return kinds[w] | words.extra[w] }
		for w := range kinds {
			if got, want := words.kind(w), mapKind(w); got != want {
				t.Fatalf("kind(%q) = %b, want %b", w, got, want)
			}
		}
		for _, text := range texts {
			low := strings.ToLower(text)
			for i := range low {
				for j := i + 1; j <= len(low) && j-i <= 4*maxTagPiece; j++ {
					if got, want := words.kind(low[i:j]), mapKind(low[i:j]); got != want {
						t.Fatalf("kind(%q) = %b, want %b", low[i:j], got, want)
					}
				}
			}
		}
	}
}

// TestTriggeredBySameAsMap compares triggeredBy and the first-byte test of
// findBait with what they replaced, a scan of the first letters and a
// lookup of the word in lower case, on the words of Indonesian and English
// posts, every byte and words that lower to a key only outside ASCII.
func TestTriggeredBySameAsMap(t *testing.T) {
	for c := range 256 {
		want := strings.ContainsRune("bcfkmrstBCFKMRST", rune(byte(c)))
		if got := mayStartTrigger(byte(c)); got != want {
			t.Errorf("mayStartTrigger(%q) = %v, want %v", rune(c), got, want)
		}
	}
	words := []string{"", "k", "Ketik", "KOMENTAR", "komentarnya", "keti\u212a", "\u212aetik", "ſhare", "SHARE", "tags", "tag", "Tandai", "kirimkan", "Kirim", "Sebarkan", "forward", "kita", "type", "TYPE!"}
	for _, text := range clarityViewTexts(t) {
		for _, w := range prose.Words(text) {
			words = append(words, text[w.Start:w.End])
		}
	}
	var buf [len("komentar")]byte
	for _, w := range words {
		got, want := triggeredBy(&buf, w), oldBaitTriggers[strings.ToLower(w)]
		if !slices.Equal(got, want) {
			t.Fatalf("triggeredBy(%q) = %v, want %v", w, got, want)
		}
	}
}
