package platform

import (
	"strings"
	"testing"
)

func TestCount(t *testing.T) {
	tests := []struct {
		text string
		unit Unit
		want int
	}{
		{"Halo", Weighted, 4},
		{"Cek setneg.go.id 🎉", Weighted, 4 + 23 + 1 + 2},
		{"…", Weighted, 2},
		{"🎉", UTF16, 2},
		{"é", UTF16, 1},
		{"🎉", UTF8, 4},
		{"Café", UTF8, 5},
		{"👨‍👩‍👧 ok", Characters, 4},
		{"🇮🇩", Characters, 1},
		{"😀 hi", CharactersEmojiBytes, 4 + 3},
		{"❤️", CharactersEmojiBytes, 6},
		{"", Characters, 0},
	}
	for _, tt := range tests {
		if got := Count(tt.text, tt.unit); got != tt.want {
			t.Errorf("Count(%q, %s) = %d, want %d", tt.text, tt.unit, got, tt.want)
		}
	}
}

func TestOverflow(t *testing.T) {
	tests := []struct {
		text  string
		unit  Unit
		limit int
		want  string // the part that does not fit
	}{
		{strings.Repeat("a", 12), Weighted, 10, "aa"},
		{"ab🎉cd", Weighted, 3, "🎉cd"},
		{"ab🎉cd", UTF16, 3, "🎉cd"},
		{"ab🎉cd", UTF16, 4, "cd"},
		{"aé", UTF8, 2, "é"},
		{"a👨‍👩‍👧b", Characters, 1, "👨‍👩‍👧b"},
		{"a😀b", CharactersEmojiBytes, 4, "😀b"},
		{"a😀b", CharactersEmojiBytes, 5, "b"},
		{"fits", Characters, 10, ""},
	}
	for _, tt := range tests {
		cut := Overflow(tt.text, tt.unit, tt.limit)
		if got := tt.text[cut:]; got != tt.want {
			t.Errorf("Overflow(%q, %s, %d) leaves %q, want %q", tt.text, tt.unit, tt.limit, got, tt.want)
		}
	}
}

func TestVisible(t *testing.T) {
	if v, cut := Visible("🇮🇩 Indonesia maju", 3); v != "🇮🇩 I" || !cut {
		t.Errorf("Visible = %q, %v", v, cut)
	}
	if v, cut := Visible("pendek", 125); v != "pendek" || cut {
		t.Errorf("Visible = %q, %v", v, cut)
	}
	if v, cut := Visible("abc", 0); v != "abc" || cut {
		t.Errorf("fold 0 = %q, %v", v, cut)
	}
}

func TestLimits(t *testing.T) {
	d := Defaults()
	if got := d["tiktok"].LimitFor("image"); got != 4000 {
		t.Errorf("tiktok photo limit = %d", got)
	}
	if got := d["tiktok"].LimitFor("video"); got != 2200 {
		t.Errorf("tiktok video limit = %d", got)
	}
	if got := d["whatsapp"].LimitFor("image"); got != 1024 {
		t.Errorf("whatsapp caption limit = %d", got)
	}
	if got := d["whatsapp"].LimitFor("text"); got != 4096 {
		t.Errorf("whatsapp text limit = %d", got)
	}
	x := d["x"]
	if x.FoldFor("text") != 280 {
		t.Errorf("x fold = %d", x.FoldFor("text"))
	}
	x.Premium = true
	if x.LimitFor("text") != 25000 {
		t.Errorf("premium limit = %d", x.LimitFor("text"))
	}
	for name, s := range d {
		if err := s.Validate(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	bad := d["x"]
	bad.Unit = "words"
	if bad.Validate() == nil {
		t.Error("unknown unit accepted")
	}
	if len(Names()) != 8 {
		t.Errorf("Names = %v", Names())
	}
}
