package rules

import (
	"testing"

	"github.com/postlint/postlint/draft"
)

func TestDuplicateCaption(t *testing.T) {
	const header = "tanggal,platform,caption\n"
	runFileCases(t, func() FileRule { return &DuplicateCaption{} }, []fileCase{
		{name: "id repeat points at the later row, names the earlier row",
			csv:  header + "2026-04-06,instagram,KTP-el gratis di layanan Sabtu.\n2026-04-07,instagram,Jalan Sudirman ditutup malam ini.\n2026-04-13,instagram,KTP-el gratis di layanan Sabtu.\n",
			want: []string{"warning post3@4:22 same caption as row 2, both on Instagram"}},
		{name: "en repeat despite case and spacing",
			csv:  header + "2026-04-06,x,Free ID cards this Saturday.\n2026-04-13,x,\"free ID cards\n  this   SATURDAY.\"\n",
			want: []string{"warning post2@3:15 same caption as row 2, both on X"}},
		{name: "cross-posting to another platform is fine",
			csv: header + "2026-04-06,instagram,KTP-el gratis di layanan Sabtu.\n2026-04-06,facebook,KTP-el gratis di layanan Sabtu.\n"},
		{name: "shared platform among several",
			csv:  header + "2026-04-06,\"instagram, facebook\",Pasar murah di alun-alun.\n2026-04-08,\"x, facebook\",Pasar murah di alun-alun.\n",
			want: []string{"warning post2@3:26 same caption as row 2, both on Facebook"}},
		{name: "a third copy names the first one",
			csv:  header + "2026-04-06,x,Sama.\n2026-04-07,x,Sama.\n2026-04-08,x,Sama.\n",
			want: []string{"warning post2@3:14 same caption as row 2, both on X", "warning post3@4:14 same caption as row 2, both on X"}},
		{name: "similar but different words is fine",
			csv: header + "2026-04-06,instagram,KTP-el gratis di layanan Sabtu.\n2026-04-13,instagram,KTP-el gratis di layanan Minggu.\n"},
		{name: "punctuation counts: a changed sentence is not a repeat",
			csv: header + "2026-04-06,x,Free ID cards this Saturday.\n2026-04-13,x,Free ID cards this Saturday!\n"},
		{name: "default platforms when the calendar names none",
			csv:  "caption\nHalo warga Sleman.\nhalo WARGA sleman.\n",
			want: []string{"warning post2@3:1 same caption as row 2, both on Facebook, Instagram"}},
	})
	// With no platform at all (platforms = [] in the config), posts still
	// go to the same place.
	var posts []FilePost
	for _, p := range draft.Parse("k.csv", draft.FormatCSV, []byte("caption\nHalo warga.\nHalo warga.\n"), draft.Options{}) {
		posts = append(posts, FilePost{Post: p})
	}
	pass := NewFilePass("k.csv", posts, (&DuplicateCaption{}).Doc())
	(&DuplicateCaption{}).CheckFile(pass)
	if got := describeFile(pass.Findings()); len(got) != 1 || got[0] != "warning post2@3:1 same caption as row 2" {
		t.Errorf("no platforms: %q", got)
	}
}
