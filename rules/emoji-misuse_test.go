package rules

import (
	"testing"

	"github.com/postlint/postlint/i18n"
)

func TestEmojiMisuse(t *testing.T) {
	def := func() Rule { return &EmojiMisuse{Run: 3, InWord: true, ReplacingWords: true} }
	runCases(t, def, []ruleCase{
		{name: "id emoji inside a word", src: "Yuk ma😋kan bareng di warung kami!", want: []string{"info ma😋kan"}},
		{name: "two emoji inside one word are one finding", src: "Ayo se😀ha😀t bersama!", want: []string{"info se😀ha😀t"}},
		{name: "id emoji in place of nouns", src: "Jangan lupa bawa 📱 dan 💳 ya.", want: []string{"info 📱", "info 💳"}},
		{name: "id after a preposition", src: "Yuk datang ke 🏥 terdekat untuk vaksin.", want: []string{"info 🏥"}},
		{name: "id emoji as a verb", src: "Kami ❤️ UMKM lokal.", want: []string{"info ❤️"}},
		{name: "en emoji in place of nouns", src: "Don't forget your 🎟️ and 🪪!", want: []string{"info 🎟️", "info 🪪"}},
		{name: "en emoji as a verb", src: "We ❤️ our volunteers.", want: []string{"info ❤️"}},
		{name: "en article before an emoji adjective", src: "Have a 🌟 day at the fair.", want: []string{"info 🌟"}},
		{name: "run of three", src: "Cetak KTP-el kini bisa hari Sabtu! 🎉🎉🎉", want: []string{"info 🎉🎉🎉"}},
		{name: "run with spaces", src: "Free health checks today 🩺 💉 🏥", want: []string{"info 🩺 💉 🏥"}},
		{name: "runs on both sides of a title", src: "🚗🚌🚆 INFO MUDIK 🚆🚌🚗", want: []string{"info 🚗🚌🚆", "info 🚆🚌🚗"}},

		// Traps.
		{name: "emoji after the sentence", src: "Terima kasih 🙏 atas partisipasi warga.", want: nil},
		{name: "emoji before a new sentence", src: "Selamat pagi ☀️ Hari ini layanan KTP buka.", want: nil},
		{name: "emoji glued to the end of a word", src: "Yuk makan😋 bareng!", want: nil},
		{name: "two emoji are not a run", src: "Selamat Hari Raya Idulfitri 🙏🌙", want: nil},
		{name: "pointing emoji are punctuation", src: "Daftar di 👉 bit.ly/daftar-ktp dan simak jadwalnya.", want: nil},
		{name: "emoji before a capitalised name", src: "Selamat datang di 🏛️ Balai Kota Surabaya.", want: nil},
		{name: "capital A is not an article", src: "Plan A 🎉", want: nil},
		{name: "you is left out", src: "Thank you ❤️ See you soon.", want: nil},
		{name: "zwj family is one emoji", src: "Liburan bersama 👨‍👩‍👧 keluarga.", want: nil},
		{name: "numbered list with keycaps", src: "Syarat:\n1️⃣ Bawa KTP\n2️⃣ Bawa KK\n3️⃣ Isi formulir", want: nil},
		{name: "emoji per line are not a run", src: "🎉\n🎉\n🎉", want: nil},
		{name: "emoji before a number", src: "Hubungi kami di 📞 0812-3456-7890", want: nil},
	})
	runCases(t, func() Rule { return &EmojiMisuse{Run: 0, InWord: false, ReplacingWords: false} }, []ruleCase{
		{name: "everything off", src: "Yuk ma😋kan, bawa 📱 dan 💳 🎉🎉🎉", want: nil},
	})
	runCases(t, func() Rule { return &EmojiMisuse{Run: 2, InWord: false, ReplacingWords: false} }, []ruleCase{
		{name: "run of two with run = 2", src: "Selamat Idulfitri 🙏🌙", want: []string{"info 🙏🌙"}},
	})
	fs := checkDraft(t, def(), "Yuk ma😋kan bareng!")
	if len(fs) != 1 || fs[0].Suggestion.EN != `write "makan" and put the emoji after the word` {
		t.Errorf("in-word suggestion: %+v", fs)
	}
	for _, bad := range []int{-1, 1} {
		if (&EmojiMisuse{Run: bad}).Validate() == nil {
			t.Errorf("run = %d should be rejected", bad)
		}
	}
}

// TestMatchEndingAtSameAsMap checks matchEndingAt against the map by end
// it replaced, at every offset of the test texts, for the slot lists in
// one language and in both.
func TestMatchEndingAtSameAsMap(t *testing.T) {
	lex, err := NewLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range automatonTexts(t, 300) {
		for _, langs := range [][]string{{i18n.ID}, {i18n.EN}, {i18n.EN, i18n.ID}} {
			a := NewAnalysis(text, lex, langs)
			for _, list := range []listID{listEmojiNounSlots, listEmojiVerbSlots} {
				ms := a.Match(list)
				ends := make(map[int]string, len(ms))
				for _, m := range ms {
					ends[m.End] = text[m.Start:m.End]
				}
				for off := 0; off <= len(text); off++ {
					word, ok := matchEndingAt(text, ms, off)
					if want, wantOK := ends[off]; word != want || ok != wantOK {
						t.Fatalf("%s %v at %d of %q: %q %v, the map %q %v", list, langs, off, text, word, ok, want, wantOK)
					}
				}
			}
		}
	}
}
