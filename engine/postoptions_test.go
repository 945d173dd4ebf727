package engine

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/lint"
)

// baitDrafts writes drafts with engagement bait, each with its own
// engagement-bait.warn_on in front matter (or none), and returns the folder.
func baitDrafts(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		var opts string
		switch i % 4 {
		case 0:
			opts = "postlint:\n  engagement-bait: {warn_on: [x]}\n"
		case 1:
			opts = "postlint:\n  engagement-bait: {warn_on: [linkedin, threads, tiktok]}\n"
		case 2:
			opts = "postlint:\n  engagement-bait: {warn_on: []}\n"
		}
		lang, text := "id", "Tag 3 teman yang wajib tahu! Ketik AMIN jika setuju."
		if i%2 == 1 {
			lang, text = "en", "Tag 3 friends who need to know this! Comment YES if you agree."
		}
		write(t, dir, fmt.Sprintf("post-%03d.md", i), []byte("---\nplatform: [facebook, x, linkedin]\nlang: "+lang+"\n"+opts+"---\n"+text+"\n"))
	}
	return dir
}

// baitSeverities lists each post's engagement-bait findings as
// "file platform severity", once for each platform a finding lists.
func baitSeverities(rs []lint.PostResult) []string {
	var out []string
	for _, r := range rs {
		for _, f := range r.Findings {
			if f.Rule == "engagement-bait" {
				for _, p := range f.Platforms {
					out = append(out, filepath.Base(r.Path)+" "+p+" "+f.Severity.String())
				}
			}
		}
	}
	return out
}

// TestPostOptionsDoNotLeak: one draft's per-post options must not change
// the rules of any other draft, whatever the number of workers, and with
// [[overrides]] layered under them. Run under -race it also checks that no
// two workers write the same rule value.
func TestPostOptionsDoNotLeak(t *testing.T) {
	dir := baitDrafts(t, 48)
	cfg, err := config.Parse(filepath.Join(dir, ".postlint.toml"), `
[rules.engagement-bait]
warn_on = ["facebook", "linkedin"]

[[overrides]]
files = ["post-01*.md"]
rules = { engagement-bait = { warn_on = ["facebook", "x", "linkedin"] } }
`)
	if err != nil {
		t.Fatal(err)
	}
	one := baitSeverities(run(t, Options{Config: cfg, Jobs: 1}, dir))
	for range 3 {
		four := baitSeverities(run(t, Options{Config: cfg, Jobs: 4}, dir))
		if !reflect.DeepEqual(one, four) {
			t.Fatalf("--jobs 4 differs from --jobs 1: %s", firstDifference(one, four))
		}
	}
	// Each draft alone gives what it gives in the folder.
	want := map[string]string{}
	for _, l := range one {
		want[l] = l
	}
	for _, name := range []string{"post-003.md", "post-007.md", "post-010.md", "post-013.md", "post-047.md"} {
		alone := baitSeverities(run(t, Options{Config: cfg, Jobs: 1}, filepath.Join(dir, name)))
		for _, l := range alone {
			if _, ok := want[l]; !ok {
				t.Errorf("%s alone gives %q, which the folder run lacks", name, l)
			}
		}
	}
	// Without per-post options the config's list holds: warning on
	// facebook and linkedin, info on x; the override adds x.
	for _, l := range []string{
		"post-003.md facebook warning", "post-003.md linkedin warning", "post-003.md x info",
		"post-015.md x warning", "post-012.md x warning", "post-012.md facebook info",
		"post-014.md facebook info", "post-014.md x info",
	} {
		if _, ok := want[l]; !ok {
			t.Errorf("missing %q in %v", l, one)
		}
	}
}

func firstDifference(want, got []string) string {
	for i := range min(len(want), len(got)) {
		if want[i] != got[i] {
			return fmt.Sprintf("item %d: want %q, got %q", i, want[i], got[i])
		}
	}
	return fmt.Sprintf("%d items, want %d", len(got), len(want))
}

// TestPostOptionsAreValidated: a post's options pass the rule's own checks,
// as the config's do.
func TestPostOptionsAreValidated(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.md", []byte("---\nmedia: reel\npostlint:\n  video-hook: {max_start: -1}\n---\nCegah DBD cukup 3 langkah.\n"))
	rs := run(t, Options{}, p)
	for _, f := range rs[0].Findings {
		if f.Rule == "front-matter" && f.Range.Start.Line == 3 &&
			strings.Contains(f.Message.EN, "postlint.video-hook: max_start and max_words must not be negative") {
			return
		}
	}
	t.Errorf("no front-matter finding on line 3 for a negative max_start: %+v", rs[0].Findings)
}
