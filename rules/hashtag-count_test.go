package rules

import "testing"

func TestHashtagCount(t *testing.T) {
	runCases(t, func() Rule { return &HashtagCount{InstagramNone: true} }, []ruleCase{
		{name: "instagram cap is an error", src: "Pasar murah hari ini. #a #b #c #d #e #f #g", platforms: []string{"instagram"}, want: []string{"error[instagram] #f #g"}},
		{name: "x advice is a warning", src: "Free ID cards this Saturday. #PublicService #Surabaya #Jatim", platforms: []string{"x"}, want: []string{"warning[x] #Jatim"}},
		{name: "facebook advice", src: "Pasar murah. #a #b #c #d", platforms: []string{"facebook"}, want: []string{"warning[facebook] #d"}},
		{name: "within advice", src: "Pasar murah. #PasarMurah #Sleman", platforms: []string{"x", "instagram"}, want: nil},
		{name: "none on instagram is info", src: "Pasar murah hari ini di alun-alun.", platforms: []string{"instagram"}, want: []string{"info[instagram] "}},
		{name: "none elsewhere is fine", src: "Pasar murah hari ini di alun-alun.", platforms: []string{"facebook"}, want: nil},
		{name: "numbers and anchors are not hashtags", src: "Antrean nomor #1 dan Jl. Merdeka No. 5.", platforms: []string{"facebook"}, want: nil},
	})
	if fs := checkDraft(t, &HashtagCount{InstagramNone: false}, "Tanpa tagar.", "instagram"); len(fs) != 0 {
		t.Errorf("instagram_none = false should silence the note: %+v", fs)
	}
}
