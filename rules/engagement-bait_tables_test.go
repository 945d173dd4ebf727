package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/postlint/postlint/prose"
)

// oldBaitTriggers, oldBaitNeedles and oldAnswerWords are the maps the
// trigger table, baitNeedle and answerWord replaced, kept as their oracle.
var (
	oldBaitTriggers = map[string][]baitPattern{
		"ketik": {baitAnswer}, "tulis": {baitAnswer}, "komen": {baitAnswer}, "komentar": {baitAnswer},
		"comment": {baitAnswer}, "type": {baitAnswer}, "reply": {baitAnswer},
		"tag": {baitTag}, "tandai": {baitTag}, "mention": {baitTag},
		"bagikan": {baitShareCount, baitShareFriends}, "share": {baitShareCount, baitShareFriends},
		"send": {baitShareCount, baitSendFriends}, "kirim": {baitShareCount, baitSendFriends},
		"kirimkan": {baitShareCount, baitSendFriends},
		"sebarkan": {baitShareFriends}, "forward": {baitSendFriends},
	}
	oldBaitNeedles = map[baitPattern]func(window string) bool{
		baitTag:          namesFriend,
		baitShareFriends: namesFriend,
		baitSendFriends:  namesFriend,
		baitShareCount:   digitAfterSpace,
	}
	oldAnswerWords = map[string]bool{
		"ya": true, "iya": true, "yes": true, "amin": true, "aamiin": true, "amiin": true, "amen": true,
		"setuju": true, "agree": true, "done": true, "hadir": true, "siap": true, "mau": true,
		"me": true, "aku": true, "saya": true, "ok": true, "oke": true,
	}
)

// baitTableWords are words to look up in the bait tables: the old maps'
// keys, near misses, and every word of the clarity texts in lower case.
func baitTableWords(t *testing.T) []string {
	words := []string{"", "k", "ketik ", "komentarnya", "tags", "kita", "yess", "oke!", "Ya", "AMIN"}
	for w := range oldBaitTriggers {
		words = append(words, w, strings.ToUpper(w), w+"s", w[:len(w)-1])
	}
	for w := range oldAnswerWords {
		words = append(words, w, w+"a")
	}
	for _, text := range clarityViewTexts(t) {
		for _, w := range prose.Words(text) {
			words = append(words, strings.ToLower(text[w.Start:w.End]))
		}
	}
	return words
}

// TestBaitTablesSameAsMaps compares the trigger table, baitNeedle and
// answerWord with the maps they replaced.
func TestBaitTablesSameAsMaps(t *testing.T) {
	if len(baitTriggerWords) != len(oldBaitTriggers) {
		t.Fatalf("%d trigger words, want %d", len(baitTriggerWords), len(oldBaitTriggers))
	}
	for _, w := range baitTableWords(t) {
		if got, want := baitTriggers(w), oldBaitTriggers[w]; !slices.Equal(got, want) {
			t.Errorf("baitTriggers(%q) = %v, want %v", w, got, want)
		}
		if got, want := answerWord(w), oldAnswerWords[w]; got != want {
			t.Errorf("answerWord(%q) = %v, want %v", w, got, want)
		}
	}
	for p := range baitRes {
		got, want := baitNeedle(p), oldBaitNeedles[p]
		if (got == nil) != (want == nil) {
			t.Fatalf("baitNeedle(%d) is nil: %v, want %v", p, got == nil, want == nil)
		}
		if got == nil {
			continue
		}
		for _, text := range baitNeedleTexts {
			if got(text) != want(text) {
				t.Errorf("baitNeedle(%d)(%q) = %v, want %v", p, text, got(text), want(text))
			}
		}
	}
}
