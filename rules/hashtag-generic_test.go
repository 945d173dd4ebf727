package rules

import "testing"

func TestHashtagGeneric(t *testing.T) {
	runCases(t, func() Rule { return hashtagGeneric() }, []ruleCase{
		{name: "id generic tags", src: "Cetak KTP gratis Sabtu ini!\n\n#KTPGratis #fyp #viral #xyzbca",
			want: []string{"info #fyp", "info #viral", "info #xyzbca"}},
		{name: "case does not matter", src: "Jadwal mudik gratis sudah keluar. #FYP #Viral #MudikGratis", want: []string{"info #FYP", "info #Viral"}},
		{name: "katakana fyp tag", src: "Kuliner khas Solo #fypシ #KulinerSolo", want: []string{"info #fypシ"}},
		{name: "id tiktok feed tags", src: "Tutorial lapor SPT lewat ponsel #masukberanda #LaporSPT", want: []string{"info #masukberanda"}},
		{name: "en generic tags", src: "Free health checks at City Park this Saturday. #explore #reels #instagood #FreeHealthCheck",
			want: []string{"info #explore", "info #reels", "info #instagood"}},
		{name: "en post with an id-list tag", src: "New bus routes start Monday. #masukberanda #BusRoutes", want: []string{"info #masukberanda"}},
		{name: "specific tags are fine", src: "Imunisasi campak gratis. #ImunisasiCampak #Jakarta", want: nil},
		{name: "a generic word inside a longer tag is fine", src: "Lomba video pendek. #ViralkanBudaya #FYPJakarta #ExploreBanyuwangi", want: nil},
		{name: "the word viral in the text is not a hashtag", src: "Video banjir yang viral itu direkam tahun 2020.", want: nil},
	})
	lex, err := NewLexicon(Extra{"id": {"generic-hashtags": {"infoterkini"}}})
	if err != nil {
		t.Fatal(err)
	}
	src := "Jalan Sudirman ditutup malam ini. #InfoTerkini #Surabaya"
	if got := describe(src, lintWithLexicon(t, lex, hashtagGeneric(), src, "id")); len(got) != 1 || got[0] != "info #InfoTerkini" {
		t.Errorf("[words.id] generic-hashtags should add #InfoTerkini, got %q", got)
	}
}
