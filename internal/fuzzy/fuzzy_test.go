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

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"rules", "rules", 0},
		{"rulse", "rules", 1},
		{"Rules", "rules", 0},
		{"stat", "stats", 1},
		{"drafts", "stats", 3},
		{"", "lint", 4},
	}
	for _, tt := range tests {
		if got := Distance(tt.a, tt.b); got != tt.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
