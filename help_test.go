package main

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/postlint/postlint/command"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/cliapp"
	"github.com/postlint/postlint/internal/roff"
)

// TestHelpCatalogueCoversTheApp keeps i18n/help/id.toml in step with the
// declaration: every text of the help has its translation, and the
// catalogue holds no text the help no longer has.
func TestHelpCatalogueCoversTheApp(t *testing.T) {
	code := 0
	app := newApp(testEnv(io.Discard), &code)
	cat, err := i18n.HelpCatalog(i18n.ID)
	if err != nil {
		t.Fatal(err)
	}
	texts := append(cliapp.HelpTexts(app), command.ManTexts()...)
	for _, s := range texts {
		if !cat.Has(s) {
			t.Errorf("i18n/help/id.toml lacks a translation of %q", s)
		}
	}
	for _, s := range cat.Texts() {
		if !slices.Contains(texts, s) {
			t.Errorf("i18n/help/id.toml translates %q, which the help no longer has", s)
		}
	}
}

func testEnv(stdout io.Writer) command.Env {
	return command.Env{Stdin: strings.NewReader(""), Stdout: stdout, Stderr: io.Discard, Getenv: func(string) string { return "" }}
}

// TestManListsEveryCommand: postlint man starts like a man page and has a
// subsection for every command, whatever commands are added.
func TestManListsEveryCommand(t *testing.T) {
	var out bytes.Buffer
	if code := run([]string{"postlint", "man"}, testEnv(&out)); code != 0 {
		t.Fatalf("exit code %d", code)
	}
	page := out.String()
	if !strings.HasPrefix(page, ".nh\n.TH postlint 1\n") {
		t.Errorf("the page does not start like a man page:\n%.200s", page)
	}
	code := 0
	for _, c := range newApp(testEnv(io.Discard), &code).Commands {
		if !c.Hidden && !strings.Contains(page, "\n.SS "+roff.Escape(strings.Join(c.Names(), ", "))+"\n") {
			t.Errorf("the man page has no section for %s", c.Name)
		}
	}
}

// TestEveryCommandHelpIsTranslated runs COMMAND --help in both languages:
// exit 0, the headers of the language, and no English header in the
// Indonesian page.
func TestEveryCommandHelpIsTranslated(t *testing.T) {
	code := 0
	for _, c := range newApp(testEnv(io.Discard), &code).Commands {
		for _, tt := range []struct{ locale, header, other string }{{"en", "NAME:", "NAMA:"}, {"id", "NAMA:", "NAME:"}} {
			var out bytes.Buffer
			if code := run([]string{"postlint", c.Name, "--help", "--locale", tt.locale}, testEnv(&out)); code != 0 {
				t.Errorf("%s --help --locale %s: exit code %d", c.Name, tt.locale, code)
			}
			if !strings.HasPrefix(out.String(), tt.header) || strings.Contains(out.String(), tt.other) {
				t.Errorf("%s --help --locale %s:\n%s", c.Name, tt.locale, out.String())
			}
		}
	}
}
