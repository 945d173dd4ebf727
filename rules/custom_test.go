package rules

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/lint"
)

// customRules parses a config and compiles its [[custom]] entries.
func customRules(t *testing.T, src string) ([]Rule, error) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, ".postlint.toml")
	cfg, err := config.Parse(path, src)
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	return NewCustomRules(cfg.Custom, cfg.Path)
}

// customRule compiles a config holding one [[custom]] rule.
func customRule(t *testing.T, src string) func() Rule {
	t.Helper()
	rs, err := customRules(t, src)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 {
		t.Fatalf("want one custom rule, got %d", len(rs))
	}
	return func() Rule { return rs[0] }
}

func TestCustomPattern(t *testing.T) {
	brand := customRule(t, `
[[custom]]
id = "brand-name"
message = "Tulis 'Kemensetneg', bukan 'Setneg'."
message_en = "Write 'Kemensetneg', not 'Setneg'."
severity = "warning"
pattern = '\bSetneg\b'
replace = "Kemensetneg"
`)
	runCases(t, brand, []ruleCase{
		{name: "match", src: "Humas Setneg menerima kunjungan Facebook.", want: []string{"warning Setneg"}},
		{name: "two matches", src: "Setneg dan Setneg.", want: []string{"warning Setneg", "warning Setneg"}},
		{name: "whole word only", src: "Kemensetneg menerima kunjungan. Setnegara bukan kata.", want: nil},
	})
	fs := checkDraft(t, brand(), "Humas Setneg.")
	if len(fs) != 1 || fs[0].Suggestion.EN != `write "Kemensetneg"` || fs[0].Suggestion.ID != `tulis "Kemensetneg"` {
		t.Errorf("suggestion: %+v", fs)
	}
	if fs[0].Message.EN != "Write 'Kemensetneg', not 'Setneg'." || fs[0].Message.ID != "Tulis 'Kemensetneg', bukan 'Setneg'." {
		t.Errorf("messages: %+v", fs[0].Message)
	}
	if fs[0].Rule != "brand-name" || fs[0].Category != lint.CategoryCustom {
		t.Errorf("rule and category: %s %s", fs[0].Rule, fs[0].Category)
	}
}

func TestCustomReplaceExpandsGroups(t *testing.T) {
	tests := []struct {
		name, cfg, text, want string
	}{
		{"capture group", `pattern = '(\d+)rb\b'` + "\nreplace = 'Rp${1}.000'", "Harga tiket 10rb saja.", `write "Rp10.000"`},
		// The replacement is expanded against the whole text, so patterns
		// that look past the match (\B, ^, $) still replace.
		{"context after the match", `pattern = 'Kemen\B'` + "\nreplace = 'Kementerian '", "Kunjungan ke Kemensetneg hari ini.", `write "Kementerian "`},
		{"anchored at line start", `pattern = '(?m)^Halo (\w+)'` + "\nreplace = 'Hai $1'", "Info.\nHalo warga, pasar buka.", `write "Hai warga"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := customRule(t, "[[custom]]\nid = \"fix\"\nmessage_en = \"fix it\"\nmessage_id = \"perbaiki\"\n"+tt.cfg+"\n")()
			fs := checkDraft(t, r, tt.text)
			if len(fs) != 1 || fs[0].Suggestion.EN != tt.want {
				var got []string
				for _, f := range fs {
					got = append(got, f.Suggestion.EN)
				}
				t.Errorf("suggestions %q, want [%q]", got, tt.want)
			}
		})
	}
}

func TestCustomPhrases(t *testing.T) {
	r := customRule(t, `
[[custom]]
id = "jargon"
message_id = "Hindari istilah birokratis."
message_en = "Avoid bureaucratic jargon."
severity = "info"
phrases = ["dalam rangka", "guna * layanan"]
replace = "untuk"
`)
	runCases(t, r, []ruleCase{
		{name: "phrase", src: "Pasar murah digelar dalam rangka HUT kota.", want: []string{"info dalam rangka"}},
		{name: "case-insensitive, wildcard", src: "Guna meningkatkan mutu layanan, kantor buka Sabtu.", want: []string{"info Guna meningkatkan mutu layanan"}},
		{name: "whole words", src: "Pengguna aplikasi bertambah.", want: nil},
	})
	fs := checkDraft(t, r(), "dalam rangka HUT")
	if len(fs) != 1 || fs[0].Suggestion.EN != `write "untuk"` {
		t.Errorf("phrase replacement is literal: %+v", fs)
	}
}

func TestCustomPhrasesFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "jargon.txt"), []byte("# bureaucratic jargon\nsehubungan dengan\nadapun  # trailing comment\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Parse(filepath.Join(dir, ".postlint.toml"), `
[[custom]]
id = "jargon"
message_id = "Hindari istilah birokratis."
message_en = "Avoid bureaucratic jargon."
phrases_file = "jargon.txt"
`)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := NewCustomRules(cfg.Custom, cfg.Path)
	if err != nil {
		t.Fatal(err)
	}
	runCases(t, func() Rule { return rs[0] }, []ruleCase{
		{name: "file phrases", src: "Sehubungan dengan libur, adapun layanan tutup.", want: []string{"warning Sehubungan dengan", "warning adapun"}},
		{name: "comments are not phrases", src: "Bureaucratic jargon and a trailing comment.", want: nil},
	})
}

func TestCustomPlatforms(t *testing.T) {
	r := customRule(t, `
[[custom]]
id = "no-link-in-bio"
message_en = "X links are clickable: put the link in the post."
message_id = "Tautan di X bisa diklik: taruh tautannya di unggahan."
platforms = ["x", "twitter"]
phrases = ["link in bio"]
`)
	if !r().Doc().PerPlatform {
		t.Fatal("a custom rule with platforms must run per platform")
	}
	runCases(t, r, []ruleCase{
		{name: "listed platform", src: "Details: link in bio.", platforms: []string{"x", "facebook"}, want: []string{"warning[x] link in bio"}},
		{name: "other platform", src: "Details: link in bio.", platforms: []string{"instagram"}, want: nil},
	})
}

func TestCustomBounds(t *testing.T) {
	campaign := customRule(t, `
[[custom]]
id = "campaign-hashtag"
message = "Every post of the campaign carries #KTPGratis."
message_id = "Setiap unggahan kampanye memuat #KTPGratis."
severity = "error"
pattern = '#KTPGratis\b'
min = 1
`)
	runCases(t, campaign, []ruleCase{
		{name: "missing hashtag", src: "Cetak KTP gratis Sabtu ini.", want: []string{"error <meta>"}},
		{name: "hashtag present", src: "Cetak KTP gratis Sabtu ini. #KTPGratis", want: nil},
		{name: "present twice is fine", src: "#KTPGratis Sabtu ini. #KTPGratis", want: nil},
	})
	fs := checkDraft(t, campaign(), "Cetak KTP gratis Sabtu ini.")
	if len(fs) != 1 || !strings.Contains(fs[0].Message.EN, "found 0, need at least 1") || !strings.Contains(fs[0].Message.ID, "ada 0, minimal 1") {
		t.Errorf("min message: %+v", fs)
	}

	most := customRule(t, `
[[custom]]
id = "exclamations"
message_id = "Satu tanda seru cukup."
message_en = "One exclamation mark is enough."
pattern = '!'
max = 2
`)
	runCases(t, most, []ruleCase{
		{name: "within max", src: "Ayo! Datang!", want: nil},
		{name: "over max reports the extra ones", src: "Ayo! Datang! Sekarang! Gratis!", want: []string{"warning !", "warning !"}},
	})
	fs = checkDraft(t, most(), "Ayo! Datang! Sekarang!")
	if len(fs) != 1 || fs[0].Start != strings.LastIndex("Ayo! Datang! Sekarang!", "!") || !strings.Contains(fs[0].Message.EN, "found 3, at most 2") {
		t.Errorf("max finding: %+v", fs)
	}
}

func TestCustomConfigErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
		line            int
	}{
		{"bad regex names the entry's line", `
[[custom]]
id = "ok-rule"
message = "ok"
pattern = 'ok'

[[custom]]
id = "brand"
message = "x"
pattern = '\bSetneg('
`, `[[custom]] brand: invalid pattern: missing closing ): `, 7},
		{"duplicate id", `
[[custom]]
id = "brand"
message = "x"
pattern = 'a'

[[custom]]
id = "brand"
message = "y"
pattern = 'b'
`, `id "brand" is already taken by another rule`, 7},
		{"id of a built-in rule", "[[custom]]\nid = \"hook-fold\"\nmessage = \"x\"\npattern = 'a'\n", `id "hook-fold" is already taken`, 1},
		{"id not in kebab-case", "[[custom]]\nid = \"Brand_Name\"\nmessage = \"x\"\npattern = 'a'\n", `id "Brand_Name" must be kebab-case`, 1},
		{"missing id", "[[custom]]\nmessage = \"x\"\npattern = 'a'\n", `id "" must be kebab-case`, 1},
		{"no message", "[[custom]]\nid = \"brand\"\npattern = 'a'\n", "brand needs a message", 1},
		{"pattern and phrases", "[[custom]]\nid = \"brand\"\nmessage = \"x\"\npattern = 'a'\nphrases = [\"b\"]\n", "exactly one of pattern", 1},
		{"neither pattern nor phrases", "[[custom]]\nid = \"brand\"\nmessage = \"x\"\n", "exactly one of pattern", 1},
		{"bad severity", "[[custom]]\nid = \"brand\"\nmessage = \"x\"\npattern = 'a'\nseverity = \"off\"\n", `severity must be error, warning or info, not "off"`, 1},
		{"bad platform", "[[custom]]\nid = \"brand\"\nmessage = \"x\"\npattern = 'a'\nplatforms = [\"myspace\"]\n", "myspace", 1},
		{"min over max", "[[custom]]\nid = \"brand\"\nmessage = \"x\"\npattern = 'a'\nmin = 3\nmax = 1\n", "min (3) is larger than max (1)", 1},
		{"negative min", "[[custom]]\nid = \"brand\"\nmessage = \"x\"\npattern = 'a'\nmin = -1\n", "must not be negative", 1},
		{"missing phrases file", "[[custom]]\nid = \"brand\"\nmessage = \"x\"\nphrases_file = \"nope.txt\"\n", "phrases_file", 4},
		{"empty phrase", "[[custom]]\nid = \"brand\"\nmessage = \"x\"\nphrases = [\"ok\", \" \"]\n", "brand: phrase 1 \" \": empty phrase", 1},
		{"wildcard at the end", "[[custom]]\nid = \"brand\"\nmessage = \"x\"\nphrases = [\"guna *\"]\n", "starts or ends with the wildcard", 1},
		{"unknown category", "[[custom]]\nid = \"brand\"\nmessage = \"x\"\npattern = 'a'\ncategory = \"brandng\"\n", `category "brandng"`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := customRules(t, tt.src)
			if err == nil {
				t.Fatal("want an error")
			}
			var ce *config.Error
			if !errors.As(err, &ce) {
				t.Fatalf("want a *config.Error, got %T: %v", err, err)
			}
			if ce.Line != tt.line {
				t.Errorf("line %d, want %d (%v)", ce.Line, tt.line, err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if !strings.Contains(err.Error(), ".postlint.toml:") {
				t.Errorf("error %q does not name file:line", err)
			}
		})
	}
}

func TestCustomCategory(t *testing.T) {
	r := customRule(t, "[[custom]]\nid = \"brand\"\nmessage = \"x\"\npattern = 'a'\ncategory = \"clarity\"\n")()
	if r.Doc().Category != lint.CategoryClarity {
		t.Errorf("category %q", r.Doc().Category)
	}
	if d := r.Doc(); d.Source == "" || d.Rationale.EN == "" || d.Rationale.ID == "" {
		t.Errorf("custom rules document themselves: %+v", d)
	}
}

func TestCustomEmptyPhrasesFile(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), []byte("# nothing yet\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Parse(filepath.Join(dir, ".postlint.toml"), "[[custom]]\nid = \"jargon\"\nmessage = \"x\"\nphrases_file = \"empty.txt\"\n")
	if err != nil {
		t.Fatal(err)
	}
	_, err = NewCustomRules(cfg.Custom, cfg.Path)
	if err == nil || !strings.Contains(err.Error(), "phrases_file empty.txt has no phrases") || !strings.Contains(err.Error(), ".postlint.toml:4:") {
		t.Errorf("an empty phrases file would silently never match: %v", err)
	}
}

func TestCustomFix(t *testing.T) {
	rule := func(src string) func() Rule { return customRule(t, src) }
	brand := rule(`
[[custom]]
id = "brand-name"
message_id = "Tulis 'Kemensetneg', bukan 'Setneg'."
message_en = "Write 'Kemensetneg', not 'Setneg'."
pattern = '\bSetneg\b'
replace = "Kemensetneg"
`)
	runFixCases(t, nil, brand, []fixCase{
		{name: "id pattern", src: "Humas Setneg menerima kunjungan. Setneg juga hadir.", want: "Humas Kemensetneg menerima kunjungan. Kemensetneg juga hadir."},
		{name: "whole words only", src: "Kemensetneg menerima kunjungan."},
	})
	runFixCases(t, nil, rule(`
[[custom]]
id = "thousands"
message_en = "Write thousands in digits."
message_id = "Tulis ribuan dengan angka."
pattern = '(\d+) thousand\b'
replace = "${1},000"
`), []fixCase{
		{name: "en pattern with a group", src: "Over 5 thousand residents registered.", want: "Over 5,000 residents registered."},
	})
	runFixCases(t, nil, rule(`
[[custom]]
id = "old-name"
message_en = "Use the new name."
message_id = "Pakai nama yang baru."
phrases = ["Dinas Kominfo", "Diskominfo"]
replace = "Dinas Komunikasi dan Informatika"
`), []fixCase{
		{name: "id phrases", src: "Diskominfo membuka pelatihan.", want: "Dinas Komunikasi dan Informatika membuka pelatihan."},
	})
	// No fix: a replacement the pattern finds again would grow on every
	// pass, and a bounded rule's replacement is only advice.
	runFixCases(t, nil, rule(`
[[custom]]
id = "brand-any-case"
message_id = "Tulis 'Kemensetneg'."
message_en = "Write 'Kemensetneg'."
pattern = '(?i)setneg'
replace = "Kemensetneg"
`), []fixCase{{name: "replacement matches its own pattern", src: "Humas Setneg hadir."}})
	runFixCases(t, nil, rule(`
[[custom]]
id = "one-tag"
message_en = "One campaign tag only."
message_id = "Cukup satu tagar kampanye."
pattern = '#\w+'
replace = "#Kampanye"
max = 1
`), []fixCase{{name: "bounded rule", src: "Ayo ikut #satu #dua"}})
	if d := brand().Doc(); !d.Fixable {
		t.Error("a custom rule with replace is not documented as fixable")
	}
}
