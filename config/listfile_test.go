package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWordListFilesAreRegularFilesOfBoundedSize checks <list>_file: a
// folder, a device or a file over the cap is a config error naming the
// config file and the key's line.
func TestWordListFilesAreRegularFilesOfBoundedSize(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: no disk is used for the 4 MiB.
	if err := f.Truncate(MaxListFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := os.WriteFile(filepath.Join(dir, "ok.txt"), []byte("pesan lewat WhatsApp\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "lists"), 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, FileName)
	tests := []struct {
		name, file, want string
	}{
		{"folder", "lists", ":3: words.id.cta_file: " + filepath.Join(dir, "lists") + " is a folder, not a regular file"},
		{"too large", "big.txt", ":3: words.id.cta_file: " + big + " is larger than 4 MiB"},
		{"missing", "nope.txt", ":3: words.id.cta_file: "},
	}
	if _, err := os.Stat(os.DevNull); err == nil {
		tests = append(tests, struct{ name, file, want string }{"device", os.DevNull, ":3: words.id.cta_file: " + os.DevNull + " is a device, not a regular file"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(cfg, "lang = \"id\"\n[words.id]\ncta_file = '"+tt.file+"'\n")
			if err == nil || !strings.HasPrefix(err.Error(), cfg+tt.want) {
				t.Errorf("err = %v\nwant %s%s", err, cfg, tt.want)
			}
		})
	}
	c, err := Parse(cfg, "[words.id]\ncta_file = \"ok.txt\"\n")
	if err != nil || len(c.Words["id"]["cta"]) == 0 || c.Words["id"]["cta"][0] != "pesan lewat WhatsApp" {
		t.Errorf("a regular file: %v, %+v", err, c)
	}
}

// TestReadListFileCapsWhatItReads checks the cap on the bytes read, not
// only on the size a file reports: files under /proc report 0.
func TestReadListFileCapsWhatItReads(t *testing.T) {
	const p = "/proc/self/maps"
	st, err := os.Stat(p)
	if err != nil || st.Size() != 0 {
		t.Skip("no /proc/self/maps reporting size 0 here")
	}
	data, err := readListFile(p, 16)
	if err == nil || !strings.Contains(err.Error(), "is larger than") {
		t.Errorf("read %d bytes, err %v", len(data), err)
	}
}
