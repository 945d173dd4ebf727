package config

import (
	"strings"
	"testing"
)

func TestMaxDraftSize(t *testing.T) {
	c, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	if c.MaxDraftSize != 8<<20 {
		t.Errorf("default max_draft_size = %d, want 8 MiB", c.MaxDraftSize)
	}
	if c, err := Parse("p.toml", "lang = \"id\"\n"); err != nil || c.MaxDraftSize != DefaultMaxDraftSize {
		t.Errorf("unset max_draft_size = %v, %v", c, err)
	}
	for src, want := range map[string]int64{
		`max_draft_size = 4096`:       4096,
		`max_draft_size = "8MiB"`:     8 << 20,
		`max_draft_size = "512 KiB"`:  512 << 10,
		`max_draft_size = "2MB"`:      2_000_000,
		`max_draft_size = "1GiB"`:     1 << 30,
		`max_draft_size = "300B"`:     300,
		`max_draft_size = "  64KB  "`: 64_000,
	} {
		c, err := Parse("p.toml", src)
		if err != nil || c.MaxDraftSize != want {
			t.Errorf("%s: got %v, %v; want %d", src, c, err, want)
		}
	}
	for src, msg := range map[string]string{
		"lang = \"id\"\nmax_draft_size = \"8 megs\"": `p.toml:2: max_draft_size must be a number of bytes or a size such as "8MiB" or "512KiB", not "8 megs"`,
		"max_draft_size = 0":                         "p.toml:1: max_draft_size must be more than 0 bytes",
		"max_draft_size = -5":                        "p.toml:1: max_draft_size must be more than 0 bytes",
		"max_draft_size = 1.5":                       "p.toml:1: max_draft_size must be a number of bytes",
		`max_draft_size = "99999999999999999999GiB"`: "is too large",
		`max_draft_size = "9999999999GiB"`:           "is too large",
	} {
		_, err := Parse("p.toml", src)
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("%s: error %v, want %q", src, err, msg)
		}
	}
}
