package platform

import (
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/alias"
)

// TestTableIsValid: the embedded alias table parses, names only known
// platforms, and every platform has a title and the aliases the data
// file gives it.
func TestTableIsValid(t *testing.T) {
	tb := builtin()
	if len(tb.specs) != 8 {
		t.Fatalf("%d platforms", len(tb.specs))
	}
	for _, s := range tb.specs {
		if s.Title == "" || len(s.Aliases) == 0 {
			t.Errorf("%s: title %q, aliases %v", s.Name, s.Title, s.Aliases)
		}
	}
	if got := strings.Join(Defaults()["linkedin"].Aliases, ","); got != "linked in,linked-in" {
		t.Errorf("linkedin aliases = %s", got)
	}
	if _, err := alias.Parse("[platform]\nmyspace = [\"ms\"]\n", aliasFields()); err == nil {
		t.Error("an alias of an unknown platform was accepted")
	}
}

func TestTitle(t *testing.T) {
	for name, want := range map[string]string{"x": "X", "linkedin": "LinkedIn", "tiktok": "TikTok", "youtube": "YouTube",
		"whatsapp": "WhatsApp", "facebook": "Facebook", "instagram": "Instagram", "threads": "Threads", "": ""} {
		if got := Title(name); got != want {
			t.Errorf("Title(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestNames(t *testing.T) {
	want := "facebook,instagram,x,linkedin,tiktok,threads,youtube,whatsapp"
	if got := strings.Join(Names(), ","); got != want {
		t.Errorf("Names = %s, want %s", got, want)
	}
}

// TestParseNameAliases: the config's platforms, --platform and custom
// rules read the platform table's aliases, and a misspelt name gets a
// "did you mean" over names and aliases.
func TestParseNameAliases(t *testing.T) {
	for in, want := range map[string]string{"tik tok": "tiktok", "Twitter": "x", "wa": "whatsapp", "insta": "instagram", "linkedin": "linkedin"} {
		if got, err := ParseName(in); err != nil || got != want {
			t.Errorf("ParseName(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for in, want := range map[string]string{"instgram": `did you mean "instagram"?`, "twiter": `did you mean "twitter"?`, "myspace": "(use facebook"} {
		if _, err := ParseName(in); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseName(%q): %v, want %q", in, err, want)
		}
	}
}
