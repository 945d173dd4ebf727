package rules

import "testing"

func TestAltTextMissing(t *testing.T) {
	runCases(t, func() Rule { return &AltTextMissing{} }, []ruleCase{
		{name: "image without alt", src: "---\nmedia: image\n---\nFoto kegiatan.", want: []string{"warning <meta>"}},
		{name: "image with alt", src: "---\nmedia: image\nalt: \"Petugas melayani warga\"\n---\nLayanan KTP.", want: nil},
		{name: "carousel missing two", src: "---\nmedia: carousel\nimages: 3\nalt: [\"Antrean\"]\n---\nJadwal imunisasi.", want: []string{"warning <meta>"}},
		{name: "carousel complete", src: "---\nmedia: carousel\nimages: 2\nalt: [\"Antrean\", \"Jadwal\"]\n---\nJadwal.", want: nil},
		{name: "empty alt counts as missing", src: "---\nmedia: image\nalt: \"  \"\n---\nPhoto of the day.", want: []string{"warning <meta>"}},
		{name: "video is another rule's job", src: "---\nmedia: video\n---\nVideo.", want: nil},
		{name: "text post", src: "Teks saja.", want: nil},
	})
	fs := checkDraft(t, &AltTextMissing{}, "---\nmedia: carousel\nimages: 3\nalt: [\"Antrean\"]\n---\nJadwal.")
	if len(fs) != 1 || fs[0].Message.EN != "2 of 3 images have no alt text" || fs[0].Range.Start.Line != 4 {
		t.Errorf("finding = %+v", fs)
	}
}
