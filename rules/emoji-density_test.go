package rules

import (
	"strings"
	"testing"
)

func TestEmojiDensity(t *testing.T) {
	sixteen := "The new bus route runs every twenty minutes from the terminal to the city hospital daily"
	runCases(t, func() Rule { return &EmojiDensity{WordsPerEmoji: 8, ShortWords: 8, ShortEmoji: 3} }, []ruleCase{
		{name: "id emoji between every few words", src: "🎉 Kabar gembira 📢 cek kesehatan 🩺 gratis 🆓 Sabtu ini 🗓️ di taman 🌳!",
			want: []string{"info 🎉 Kabar gembira 📢 cek kesehatan 🩺 gratis 🆓 Sabtu ini 🗓️ di taman 🌳"}},
		{name: "en one emoji per eight words is fine", src: sixteen + " 🚌 🏥", want: nil},
		{name: "en more than one per eight words", src: sixteen + " 🚌 🏥 🕒", want: []string{"info 🚌 🏥 🕒"}},
		{name: "id short greeting with one emoji", src: "Selamat pagi, warga Surabaya! ☀️", want: nil},
		{name: "id short post with three emoji", src: "Selamat Idulfitri 🌙✨🙏", want: []string{"info 🌙✨🙏"}},
		{name: "id links, hashtags and mentions are not words", src: "Jadwal vaksin anak sekolah dasar sudah terbit 📅 lihat di https://jadwal.example.go.id/vaksin/anak/sekolah/dasar/kota/surabaya/2026 👉",
			want: []string{"info 📅 lihat di https://jadwal.example.go.id/vaksin/anak/sekolah/dasar/kota/surabaya/2026 👉"}},
		{name: "id long post with a few emoji", src: strings.Repeat("Pasar murah digelar di alun-alun setiap Sabtu pagi. ", 4) + "🛒🥬", want: nil},
		{name: "no emoji", src: "Pasar murah digelar Sabtu.", want: nil},
	})
	if fs := checkDraft(t, &EmojiDensity{WordsPerEmoji: 4, ShortWords: 8, ShortEmoji: 3}, sixteen+" 🚌 🏥 🕒"); len(fs) != 0 {
		t.Errorf("words_per_emoji = 4 should allow 3 emoji in 16 words: %+v", fs)
	}
	if err := (&EmojiDensity{WordsPerEmoji: 0}).Validate(); err == nil {
		t.Error("words_per_emoji = 0 should be rejected")
	}
}
