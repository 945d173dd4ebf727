package i18n

import "testing"

func TestSprintfLocalisesTextArguments(t *testing.T) {
	unit := T("bytes", "bita")
	got := Sprintf("%d %s over", "lebih %d %s", 3, unit)
	if got.EN != "3 bytes over" || got.ID != "lebih 3 bita" {
		t.Fatalf("got %+v", got)
	}
	if got := Sprintf("no args", "tanpa argumen"); got.In(ID) != "tanpa argumen" || got.In("fr") != "no args" {
		t.Fatalf("got %+v", got)
	}
}

func TestFromEnv(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"LANG": "id_ID.UTF-8"}, ID},
		{map[string]string{"LANG": "en_US.UTF-8"}, EN},
		{map[string]string{"LC_ALL": "id_ID", "LANG": "en_US"}, ID},
		{map[string]string{"LC_ALL": "C", "LANG": "id_ID"}, EN},
		{map[string]string{}, EN},
	}
	for _, tt := range tests {
		if got := FromEnv(func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("FromEnv(%v) = %q, want %q", tt.env, got, tt.want)
		}
	}
}

func TestHelpCatalog(t *testing.T) {
	en, err := HelpCatalog(EN)
	if err != nil || en.T("show help") != "show help" || en.Has("show help") {
		t.Errorf("English catalogue: %v, %q", err, en.T("show help"))
	}
	id, err := HelpCatalog(ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := id.T("show help"); got != "tampilkan bantuan" {
		t.Errorf("T(show help) = %q", got)
	}
	if got := id.T("a text nobody translated"); got != "a text nobody translated" {
		t.Errorf("an unknown text became %q", got)
	}
	if len(id.Texts()) < 50 {
		t.Errorf("only %d texts", len(id.Texts()))
	}
	if _, err := HelpCatalog("fr"); err == nil {
		t.Error("no error for a locale without a catalogue")
	}
}

func TestMessagesPluralAndFormats(t *testing.T) {
	en, id := Messages(EN), Messages(ID)
	if got := en.Count(1, "%d file", "%d files"); got != "1 file" {
		t.Errorf("en one: %q", got)
	}
	if got := en.Count(3, "%d file", "%d files"); got != "3 files" {
		t.Errorf("en many: %q", got)
	}
	if a, b := id.Count(1, "%d file", "%d files"), id.Count(3, "%d file", "%d files"); a != "1 berkas" || b != "3 berkas" {
		t.Errorf("id: %q, %q", a, b)
	}
	if got := id.Tf("%d fixable with --fix", 2); got != "2 bisa diperbaiki dengan --fix" {
		t.Errorf("id Tf: %q", got)
	}
	if got := Messages("fr").T("suggestion"); got != "suggestion" {
		t.Errorf("an unknown locale is English: %q", got)
	}
	if got := id.T("a text nobody translated"); got != "a text nobody translated" {
		t.Errorf("a missing text stays English: %q", got)
	}
}

// BenchmarkReadCatalogues measures what a run in Indonesian pays, once,
// to read the labels' and the rules' docs catalogues.
func BenchmarkReadCatalogues(b *testing.B) {
	b.Run("messages", func(b *testing.B) {
		for b.Loop() {
			if _, err := readCatalog(messageFiles, "messages", ID); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("docs", func(b *testing.B) {
		for b.Loop() {
			if _, err := readDocCatalog(ID); err != nil {
				b.Fatal(err)
			}
		}
	})
}
