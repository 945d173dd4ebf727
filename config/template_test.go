package config

import (
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/platform"
)

var locales = []string{i18n.EN, i18n.ID}

// TestTemplatesParseToTheDefaults: what init writes, in either language,
// is a valid config that sets exactly the built-in defaults: those of the
// embedded file, and those postlint uses with no config file at all.
func TestTemplatesParseToTheDefaults(t *testing.T) {
	builtIn, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	empty, err := Parse("empty.toml", "")
	if err != nil {
		t.Fatal(err)
	}
	opts := []cmp.Option{cmpopts.IgnoreUnexported(Config{}, RuleSettings{}), cmpopts.IgnoreFields(Config{}, "Path"), cmpopts.EquateEmpty()}
	if d := cmp.Diff(empty, builtIn, opts...); d != "" {
		t.Errorf("the embedded defaults differ from those of an empty config (-empty +embedded):\n%s", d)
	}
	if Template(i18n.EN) != Default() {
		t.Error("init's English file is not the embedded defaults")
	}
	for _, loc := range locales {
		c, err := Parse(".postlint.toml", Template(loc))
		if err != nil {
			t.Fatalf("%s: %v", loc, err)
		}
		if err := c.CheckUnknownKeys(); err != nil {
			t.Errorf("%s: %v", loc, err)
		}
		if d := cmp.Diff(builtIn, c, opts...); d != "" {
			t.Errorf("%s template differs from the defaults (-defaults +template):\n%s", loc, d)
		}
	}
}

// exampleRe matches a commented example line: a table header or a key.
var exampleRe = regexp.MustCompile(`^# (\[\[?[a-z.-]+\]\]?|[a-z_]+ = .*)$`)

// activeLines returns the settings a template sets and its examples,
// trailing notes removed.
func activeLines(tmpl string) (active, examples []string) {
	for _, line := range strings.Split(tmpl, "\n") {
		switch {
		case exampleRe.MatchString(line):
			ex := line
			if i := strings.Index(ex, "  # "); i > 0 {
				ex = ex[:i]
			}
			examples = append(examples, strings.TrimSpace(ex))
		case line != "" && !strings.HasPrefix(line, "#"):
			active = append(active, line)
		}
	}
	return active, examples
}

// TestTemplatesAreShortAndExplained: every line is a note, an example or
// a setting a team is likely to change; each setting and each example key
// has its one-line note; every key the config reads is named; both
// languages set and show the same; nothing refers to a document that is
// not shipped.
func TestTemplatesAreShortAndExplained(t *testing.T) {
	wantActive := []string{`platforms = ["facebook", "instagram"]`, `lang = "auto"`, `locale = ""`, `fail_on = "error"`, `include = []`, `exclude = []`}
	enActive, enExamples := activeLines(Template(i18n.EN))
	if d := cmp.Diff(wantActive, enActive); d != "" {
		t.Errorf("settings of the English file (-want +got):\n%s", d)
	}
	var keys []string
	for _, shape := range []any{fileShape{}, Custom{}, overrideShape{}, platform.Spec{}, draft.CalendarColumns{}} {
		keys = append(keys, tomlKeys(shape)...)
	}
	for _, loc := range locales {
		tmpl := Template(loc)
		lines := strings.Split(strings.TrimSuffix(tmpl, "\n"), "\n")
		if len(lines) > 80 {
			t.Errorf("%s: %d lines; keep it short", loc, len(lines))
		}
		active, examples := activeLines(tmpl)
		if loc != i18n.EN {
			if d := cmp.Diff(enActive, active); d != "" {
				t.Errorf("%s sets other values than English (-en +%s):\n%s", loc, loc, d)
			}
			if d := cmp.Diff(enExamples, examples); d != "" {
				t.Errorf("%s shows other examples than English (-en +%s):\n%s", loc, loc, d)
			}
		}
		for i, line := range lines {
			isKey := !strings.HasPrefix(line, "#") && line != "" || exampleRe.MatchString(line) && strings.Contains(line, " = ")
			if isKey && !strings.Contains(line, "  # ") && (i == 0 || !strings.HasPrefix(lines[i-1], "# ") || exampleRe.MatchString(lines[i-1])) {
				t.Errorf("%s:%d: %q has no note of its own", loc, i+1, line)
			}
			if len([]rune(line)) > 100 {
				t.Errorf("%s:%d: %d characters", loc, i+1, len([]rune(line)))
			}
		}
		for _, k := range keys {
			if !regexp.MustCompile(`(^|[^a-z_])` + k + `([^a-z_]|$)`).MatchString(tmpl) {
				t.Errorf("%s: the key %q is not explained", loc, k)
			}
		}
		for _, ref := range []string{"http", "SPEC", "§", ".md", "content-rules", "platforms.md", "../", "README"} {
			if strings.Contains(tmpl, ref) {
				t.Errorf("%s: refers to %q, which postlint does not ship", loc, ref)
			}
		}
	}
}
