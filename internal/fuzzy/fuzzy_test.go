package fuzzy

import "testing"

func TestClosest(t *testing.T) {
	known := []string{"platform", "media", "lang", "alt", "images", "captions"}
	tests := []struct{ in, want string }{
		{"platfrom", "platform"},
		{"Platform", "platform"},
		{"medai", "media"},
		{"caption", "captions"},
		{"language", ""},
		{"zzz", ""},
	}
	for _, tt := range tests {
		if got := Closest(tt.in, known); got != tt.want {
			t.Errorf("Closest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
