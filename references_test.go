package main

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/rules"
)

// outsideRefs are the marks of a reference a reader of postlint's output
// cannot follow: documents that are not shipped, section numbers of
// them, and paths out of the repository.
var outsideRefs = []string{".md", "SPEC", "§", "content-rules", "platforms.md", "../", "README"}

// citedURL finds a web address that is cited, as opposed to the address
// shapes rule texts talk about ("https://…", "\"https://\"") and example
// hosts in drafts.
var citedURL = regexp.MustCompile(`(?i)(https?://|www\.)(\w[\w.-]*)`)

// exampleHost is a host the rule texts use in examples of drafts.
var exampleHost = regexp.MustCompile(`^(example|contoh)\.`)

func citesOutside(text string) []string {
	var found []string
	for _, ref := range outsideRefs {
		if strings.Contains(text, ref) {
			found = append(found, ref)
		}
	}
	for _, m := range citedURL.FindAllStringSubmatch(text, -1) {
		if !exampleHost.MatchString(m[2]) {
			found = append(found, m[0])
		}
	}
	return found
}

// domain finds a web site's name written bare ("uzone.id"), which a
// Source must not use as its attribution either.
var domain = regexp.MustCompile(`(?i)\b[a-z0-9-]+\.(com|org|net|gov|go\.id|id|co|io|edu|uk|scot|au|in|blog|design|dev)\b`)

// siteName finds a web site cited by its address ("plainlanguage.gov
// asks …"); the country-code domains the texts use as examples of links
// in drafts (bit.ly, s.id) are not citations.
var siteName = regexp.MustCompile(`(?i)\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(gov|org|com|net|edu)\b`)

// TestUserTextCitesNothingOutside keeps what postlint shows its users
// (explain pages, SARIF rule help, docs/rules, the config postlint init
// writes) free of web addresses, of files outside the repository and of
// the section numbers of unshipped documents: every rule's Source is a
// plain-language attribution.
func TestUserTextCitesNothingOutside(t *testing.T) {
	for _, r := range rules.All() {
		d := rules.Translated(r.Doc())
		texts := map[string]string{"Source": d.Source}
		for _, lang := range []string{i18n.EN, i18n.ID} {
			texts["Summary "+lang] = d.Summary.In(lang)
			texts["Rationale "+lang] = d.Rationale.In(lang)
			for _, o := range d.Options {
				texts["option "+o.Name+" "+lang] = o.Help.In(lang)
			}
		}
		for field, text := range texts {
			for _, ref := range citesOutside(text) {
				t.Errorf("%s: %s cites %q", d.ID, field, ref)
			}
			if m := siteName.FindString(text); m != "" && !exampleHost.MatchString(m) {
				t.Errorf("%s: %s cites the web site %q; name who said it instead", d.ID, field, m)
			}
		}
		if d.Source == "" {
			t.Errorf("%s: no Source", d.ID)
		}
		if m := domain.FindString(d.Source); m != "" || strings.Contains(d.Source, "http") {
			t.Errorf("%s: Source names a web address %q; name who said it instead", d.ID, m)
		}
	}

	templates := map[string]string{"config.Default": config.Default()}
	for _, lang := range []string{i18n.EN, i18n.ID} {
		templates["config.Template "+lang] = config.Template(lang)
		path := filepath.Join(t.TempDir(), ".postlint.toml")
		if code := run([]string{"postlint", "init", "--locale", lang, "--config", path}, testEnv(io.Discard)); code != 0 {
			t.Fatalf("postlint init --locale %s: exit code %d", lang, code)
		}
		written, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		templates["postlint init --locale "+lang] = string(written)
	}
	for name, text := range templates {
		for _, ref := range citesOutside(text) {
			t.Errorf("%s cites %q", name, ref)
		}
	}
}

// TestCitesOutsideCatchesReferences guards the guard.
func TestCitesOutsideCatchesReferences(t *testing.T) {
	for _, s := range []string{
		"Kominfo: https://uzone.id/amp/ciri-hoax", "see content-rules.md TBS-03", "platforms.md §1",
		"SPEC §6", "www.kompas.com", "../shared/docs",
	} {
		if len(citesOutside(s)) == 0 {
			t.Errorf("%q passes", s)
		}
	}
	for _, s := range []string{
		`"https://", "www." and a trailing slash`, "Read the guidelines: https://…",
		"Register: https://example.id/daftar", "Daftar: https://contoh.go.id/daftar", "words/id/cta.txt",
	} {
		if refs := citesOutside(s); len(refs) != 0 {
			t.Errorf("%q: %q", s, refs)
		}
	}
}
