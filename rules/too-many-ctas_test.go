package rules

import "testing"

func TestTooManyCtas(t *testing.T) {
	runCases(t, func() Rule { return &TooManyCtas{Max: 2} }, []ruleCase{
		{name: "id four different actions", src: "Daftar sekarang, unduh aplikasinya, ikuti akun kami, dan tonton videonya!",
			want: []string{"info ikuti akun kami, dan tonton"}},
		{name: "en three different actions", src: "Sign up today, download the app and follow us for updates.",
			want: []string{"info follow us"}},
		{name: "id two actions are fine", src: "Daftar sekarang di kelurahan. Ada kendala? Hubungi call center 112.", want: nil},
		{name: "id variants of one action count once", src: "Daftar sekarang! Segera daftar di kelurahan terdekat, atau daftar lewat aplikasi. Klik tautan di bio.", want: nil},
		{name: "en variants of one action count once", src: "Sign up now: register online or register at any district office. Learn more at example.go.id.", want: nil},
		{name: "id safety instructions are not counted", src: "Hindari bantaran sungai, pastikan listrik rumah padam, siapkan tas siaga, dan segera mengungsi ke balai desa. Hubungi 112 bila darurat.", want: nil},
		{name: "id invitations are not counted", src: "Yuk, ayo, mari datang ke pasar murah! Bawa KTP dan jangan lupa tas belanja.", want: nil},
		{name: "en quoted actions are reported speech", src: "Scam texts say \"click the link now\" and \"download this app\". Sign up for official alerts and follow us.", want: nil},
	})
	if fs := checkDraft(t, &TooManyCtas{Max: 3}, "Daftar sekarang, unduh aplikasinya, ikuti akun kami, dan tonton videonya!"); len(fs) != 1 || fs[0].Start < 0 {
		t.Errorf("max = 3 should still note four actions: %+v", fs)
	} else if got := describe("Daftar sekarang, unduh aplikasinya, ikuti akun kami, dan tonton videonya!", fs); got[0] != "info tonton" {
		t.Errorf("max = 3 should mark the fourth action, got %q", got)
	}
	if fs := checkDraft(t, &TooManyCtas{Max: 4}, "Daftar sekarang, unduh aplikasinya, ikuti akun kami, dan tonton videonya!"); len(fs) != 0 {
		t.Errorf("max = 4 should allow four actions: %+v", fs)
	}
	if err := (&TooManyCtas{Max: 0}).Validate(); err == nil {
		t.Error("max = 0 should be rejected")
	}
}
