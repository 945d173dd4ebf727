package prose

import "testing"

func TestFoldString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"sudah kecil", "sudah kecil"},
		{"SEBARKAN Sekarang", "sebarkan sekarang"},
		{"Jum’at “Hoaks” ‘kata’", `jum'at "hoaks" 'kata'`},
		{"«Awas»", `"awas"`},
		{"08.00–10.00 — Jakarta", "08.00-10.00 - jakarta"},
		{"Kafe\u0301 KAFÉ", "kafé kafé"},
		{"sebar\u00adkan\u200b", "sebarkan"},
		{"ſ K Ω", "s k ω"}, // long s, Kelvin sign, Ohm sign fold with their letters
		{"ÀÉÎÕÜ", "àéîõü"},
		{"Привет", "привет"},
		{"a\xffB", "a\xffb"},
		{"🎉 OK", "🎉 ok"},
	}
	for _, tt := range tests {
		if got := FoldString(tt.in); got != tt.want {
			t.Errorf("FoldString(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAppendFoldAppends(t *testing.T) {
	got := string(AppendFold([]byte("x:"), "ABC’"))
	if got != "x:abc'" {
		t.Errorf("AppendFold = %q, want %q", got, "x:abc'")
	}
}

func TestFoldStringNoAllocWhenFolded(t *testing.T) {
	skipUnderRace(t)
	if a := testing.AllocsPerRun(100, func() { FoldString("sudah kecil semua") }); a != 0 {
		t.Errorf("FoldString on folded ASCII allocates %.0f times, want 0", a)
	}
}
