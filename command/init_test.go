package command

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/engine"
	"github.com/postlint/postlint/i18n"
)

// TestInitTemplateExamplesWork: uncommented, every example in the file
// init writes is a valid setting that postlint accepts, in both
// languages: no example teaches a key or an option that does not exist.
func TestInitTemplateExamplesWork(t *testing.T) {
	example := regexp.MustCompile(`^# (\[\[?[a-z.-]+\]\]?|[a-z_]+ = .*)$`)
	for _, loc := range []string{i18n.EN, i18n.ID} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "blocklist.txt"), []byte("kata kasar\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		n := 0
		for _, line := range strings.Split(config.Template(loc), "\n") {
			if example.MatchString(line) {
				line = strings.TrimPrefix(line, "# ")
				n++
			}
			b.WriteString(line + "\n")
		}
		if n < 15 {
			t.Fatalf("%s: only %d example lines", loc, n)
		}
		path := filepath.Join(dir, ".postlint.toml")
		cfg, err := config.Parse(path, b.String())
		if err != nil {
			t.Fatalf("%s: %v\n%s", loc, err, b.String())
		}
		if _, err := engine.New(engine.Options{Config: cfg}); err != nil {
			t.Fatalf("%s: %v\n%s", loc, err, b.String())
		}
		if len(cfg.Custom) != 1 || len(cfg.Overrides) != 1 || cfg.Specs["instagram"].Fold != 125 || len(cfg.Words["id"]["blocklist"]) == 0 {
			t.Errorf("%s: the examples did not all take effect: %+v", loc, cfg)
		}
	}
}

// TestInitWritesTheLocale: init writes the file in the --locale's
// language, else LANG's, and refuses an unknown locale.
func TestInitWritesTheLocale(t *testing.T) {
	t.Chdir(t.TempDir())
	var stdout, stderr bytes.Buffer
	env := testEnv(&stdout, &stderr)
	env.Getenv = func(k string) string { return map[string]string{"LANG": "id_ID.UTF-8"}[k] }
	for _, tt := range []struct{ flag, want string }{
		{"", config.Template(i18n.ID)},
		{"en", config.Template(i18n.EN)},
		{"id", config.Template(i18n.ID)},
	} {
		if err := Init(InitOptions{Locale: tt.flag, Force: true}, env); err != nil {
			t.Fatal(err)
		}
		if data, _ := os.ReadFile(config.FileName); string(data) != tt.want {
			t.Errorf("--locale %q wrote another file", tt.flag)
		}
	}
	if err := Init(InitOptions{Locale: "fr", Force: true}, env); err == nil || !strings.Contains(err.Error(), `unknown locale "fr"`) {
		t.Errorf("--locale fr: %v", err)
	}
}
