package rules

import (
	"strings"
	"testing"

	"github.com/postlint/postlint/lint"
)

func TestLongSentence(t *testing.T) {
	newRule := func() Rule { return &LongSentence{InfoOver: 20, WarnOver: 35, ShareWarn: 0.25, MinSentences: 3} }
	words := func(w string, n int) string { return strings.TrimSpace(strings.Repeat(w+" ", n)) }
	id22 := "Warga " + words("dapat", 20) + " datang."                                 // 22 words
	id36 := "Warga " + words("dapat", 34) + " datang."                                 // 36 words
	en21 := "Residents " + words("can", 19) + " come."                                 // 21 words
	short := "Kantor buka Senin. Bawa KTP asli. Hasilnya lewat SMS. Antre mulai pagi." // 4 short sentences
	runCases(t, newRule, []ruleCase{
		{name: "id over 20 is info", src: id22 + " " + short, want: []string{"info " + id22}},
		{name: "id over 35 is a warning", src: id36 + " " + short, want: []string{"warning " + id36}},
		{name: "en over 20 is info", src: en21 + " Come early. Bring your card. Results come by text. Queue from 7.", want: []string{"info " + en21}},
		{name: "id share over 25 percent warns once", src: id22 + " " + id22 + " Bawa KTP asli. Hasilnya lewat SMS.",
			want: []string{"info " + id22, "info " + id22, "warning " + id22}},
		{name: "share needs three sentences", src: id22 + " Bawa KTP.", want: []string{"info " + id22}},
		{name: "id exactly 20 words is fine", src: "Warga " + words("dapat", 18) + " datang.", want: nil},
		// 20 words when "S.Sos." and "M.Si." count once each; 22 if they did not.
		// The next case has 22 words in one sentence, fewer if "Dr." or "H."
		// ended a sentence.
		{name: "dotted degrees count as one word", src: "Dr. H. Ahmad, S.Sos., M.Si. membuka layanan konsultasi gizi gratis untuk ibu hamil dan balita di semua puskesmas mulai Senin.", want: nil},
		{name: "titles do not end the sentence", src: "Dr. H. Ahmad, S.Sos., M.Si. membuka layanan konsultasi gizi gratis untuk ibu hamil dan balita di semua puskesmas kota mulai Senin depan.",
			want: []string{"info Dr. H. Ahmad, S.Sos., M.Si. membuka layanan konsultasi gizi gratis untuk ibu hamil dan balita di semua puskesmas kota mulai Senin depan."}},
		{name: "links are not words", src: "Daftar lewat https://example.go.id/daftar/ktp-el atau dukcapil.surabaya.go.id dan bawa KK asli ke kecamatan terdekat mulai Senin pagi ya warga.", want: nil},
		{name: "hashtags, mentions and links are not words", src: "Info: https://example.go.id/a " + words("#Tag", 25) + " @pemkot dan kami.", want: nil},
		{name: "en short sentences", src: "The bridge reopens today. Buses run every 10 minutes.", want: nil},
	})
	if err := (&LongSentence{InfoOver: 40, WarnOver: 35}).Validate(); err == nil {
		t.Error("info_over above warn_over should be rejected")
	}
	if err := (&LongSentence{InfoOver: 20, WarnOver: 35, ShareWarn: 2}).Validate(); err == nil {
		t.Error("share_warn above 1 should be rejected")
	}
	fs := checkDraft(t, newRule(), id22+" "+id22+" Bawa KTP asli. Hasilnya lewat SMS.")
	found := false
	for _, f := range fs {
		if f.Severity == lint.Warning && f.Message.EN == "2 of 4 sentences are over 20 words (50%; keep it under 25%); the longest is underlined" {
			found = true
		}
	}
	if !found {
		t.Errorf("share message missing: %+v", fs)
	}
}
