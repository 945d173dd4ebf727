package prose

import "testing"

func TestIsStopword(t *testing.T) {
	tests := []struct {
		word, lang string
		want       bool
	}{
		{"yang", "id", true},
		{"Dan", "id", true},
		{"aja", "id", true},
		{"the", "en", true},
		{"THE", "en", true},
		{"the", "id", false},
		{"yang", "en", false},
		{"kuliner", "id", false},
		{"literacy", "en", false},
		{"dan", "fr", false},
		{"", "id", false},
	}
	for _, tc := range tests {
		if got := IsStopword(tc.word, tc.lang); got != tc.want {
			t.Errorf("IsStopword(%q, %q) = %v, want %v", tc.word, tc.lang, got, tc.want)
		}
	}
}
