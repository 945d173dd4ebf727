package engine

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
)

// TestJobsBounds: a negative worker count is a usage error, zero means one
// per core, and a huge count is capped so the work queue can be made.
func TestJobsBounds(t *testing.T) {
	if _, err := New(Options{Jobs: -1}); err == nil {
		t.Error("--jobs -1 accepted")
	} else if ue := (*UsageError)(nil); !errors.As(err, &ue) {
		t.Errorf("--jobs -1: %T, want a usage error", err)
	}
	for _, n := range []int{math.MaxInt, math.MaxInt / 4, 1 << 62, 99999999999} {
		e, err := New(Options{Jobs: n})
		if err != nil {
			t.Fatal(err)
		}
		if e.opts.Jobs != maxJobs {
			t.Errorf("--jobs %d: %d workers, want the cap %d", n, e.opts.Jobs, maxJobs)
		}
		p := write(t, t.TempDir(), "a.md", []byte("Cetak KTP-el kini bisa hari Sabtu.\n"))
		if _, err := e.Run([]string{p}, &collectSink{}); err != nil {
			t.Fatal(err)
		}
	}
	if e, err := New(Options{}); err != nil || e.opts.Jobs < 1 {
		t.Errorf("--jobs 0: %v workers, err %v", e.opts.Jobs, err)
	}
}

// findingOf returns the first finding of rule in rs, or nil.
func findingOf(rs []lint.PostResult, rule string) *lint.Finding {
	for _, r := range rs {
		for i, f := range r.Findings {
			if f.Rule == rule {
				return &r.Findings[i]
			}
		}
	}
	return nil
}

// TestDraftSizeCap: a draft over max_draft_size is a draft-error finding
// naming the cap, read no further than the cap; stdin has the same cap.
func TestDraftSizeCap(t *testing.T) {
	dir := t.TempDir()
	cfg, err := config.Parse(filepath.Join(dir, ".postlint.toml"), `max_draft_size = "1KiB"`)
	if err != nil {
		t.Fatal(err)
	}
	line := "Cetak KTP-el kini bisa hari Sabtu di kecamatan.\n"
	at := write(t, dir, "at-cap.md", []byte(strings.Repeat("x", 1024-len(line))+line))
	over := write(t, dir, "over.md", []byte(strings.Repeat(line, 40)))
	rs := run(t, Options{Config: cfg}, at, over)
	if f := findingOf(rs[:1], "draft-error"); f != nil {
		t.Errorf("a draft of exactly the cap: %s", f.Message.EN)
	}
	f := findingOf(rs[1:], "draft-error")
	if f == nil || f.Severity != lint.Error || f.Message.EN != "the draft is larger than max_draft_size (1 KiB): not linted" ||
		!strings.Contains(f.Message.ID, "1 KiB") || !strings.Contains(f.Suggestion.EN, "max_draft_size") {
		t.Fatalf("over the cap: %+v", f)
	}
	if len(rs[1].Findings) != 1 {
		t.Errorf("a draft over the cap is not linted: %+v", rs[1].Findings)
	}
	// Standard input: an endless reader is cut at the cap.
	rs = run(t, Options{Config: cfg, Stdin: endless{}}, "-")
	if f := findingOf(rs, "draft-error"); f == nil || !strings.Contains(f.Message.EN, "larger than max_draft_size (1 KiB)") {
		t.Errorf("stdin over the cap: %+v", rs)
	}
	rs = run(t, Options{Config: cfg, Stdin: strings.NewReader(line)}, "-")
	if f := findingOf(rs, "draft-error"); f != nil {
		t.Errorf("stdin under the cap: %s", f.Message.EN)
	}
	// The default cap is 8 MiB.
	big := write(t, dir, "big.md", []byte(strings.Repeat(line, (8<<20)/len(line)+1)))
	if f := findingOf(run(t, Options{}, big), "draft-error"); f == nil || !strings.Contains(f.Message.EN, "(8 MiB)") {
		t.Errorf("default cap: %+v", f)
	}
}

// endless is a reader that never ends, like /dev/zero.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

// TestNotRegularFiles: a named device or FIFO is a draft-error finding and
// is never opened (a FIFO with no writer would block the run forever); a
// walk skips them.
func TestNotRegularFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.md")
	if err := mkfifo(fifo); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	write(t, dir, "good.md", []byte("Cetak KTP-el kini bisa hari Sabtu.\n"))
	paths := []string{fifo}
	if _, err := os.Stat("/dev/zero"); err == nil {
		paths = append(paths, "/dev/zero")
	}
	done := make(chan []lint.PostResult)
	go func() { done <- run(t, Options{}, paths...) }()
	var rs []lint.PostResult
	select {
	case rs = <-done:
	case <-time.After(time.Minute): // a hang guard, not a speed check
		t.Fatal("reading a FIFO blocked the run")
	}
	if len(rs) != len(paths) {
		t.Fatalf("%d results for %d paths", len(rs), len(paths))
	}
	for _, r := range rs {
		if len(r.Findings) != 1 || r.Findings[0].Rule != "draft-error" ||
			r.Findings[0].Message.EN != "not a regular file (a device, FIFO or socket): not linted" {
			t.Errorf("%s: %+v", r.Path, r.Findings)
		}
	}
	rs = run(t, Options{}, dir)
	if len(rs) != 1 || filepath.Base(rs[0].Path) != "good.md" {
		t.Errorf("a walk should skip the FIFO: %+v", rs)
	}
}

// TestPostsGoesOnAfterUnreadable: stats measures every draft it can read
// and names the others in the error, after the rest.
func TestPostsGoesOnAfterUnreadable(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.md", []byte("Cetak KTP-el kini bisa hari Sabtu.\n"))
	loop := filepath.Join(dir, "b-loop.md")
	if err := os.Symlink("b-loop.md", loop); err != nil {
		t.Skip("no symlinks here:", err)
	}
	c := write(t, dir, "c.md", []byte("Pasar murah hari ini di alun-alun.\n"))
	paths := []string{a, loop, c, filepath.Join(dir, "nope.md")}
	if err := mkfifo(filepath.Join(dir, "b-pipe.md")); err == nil {
		paths = append(paths, filepath.Join(dir, "b-pipe.md"))
	}
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	n, err := e.Posts(paths, func(p *draft.Post, _ []string, _ platform.Media, _ string) error {
		seen = append(seen, filepath.Base(p.Path))
		return nil
	})
	if strings.Join(seen, " ") != "a.md c.md" || n != len(paths)-1 {
		t.Errorf("visited %v of %d files", seen, n)
	}
	var unreadable *UnreadableError
	var missing *MissingError
	if !errors.As(err, &unreadable) || !errors.As(err, &missing) {
		t.Fatalf("err = %v", err)
	}
	want := []string{filepath.ToSlash(loop) + ": cannot read: too many levels of symbolic links"}
	if len(paths) == 5 {
		want = append(want, filepath.ToSlash(filepath.Join(dir, "b-pipe.md"))+": cannot read: not a regular file (a device, FIFO or socket)")
	}
	if strings.Join(unreadable.Problems, "\n") != strings.Join(want, "\n") {
		t.Errorf("unreadable:\n%s\nwant:\n%s", strings.Join(unreadable.Problems, "\n"), strings.Join(want, "\n"))
	}
}

// TestNoDraftsFound: a named folder without drafts and an include glob
// that matches none are reported after the run; a git list with nothing
// in it is a normal, empty run.
func TestNoDraftsFound(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.md", []byte("Cetak KTP-el kini bisa hari Sabtu.\n"))
	write(t, dir, "notes/readme.docx", []byte("x"))
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var sink collectSink
	_, err = e.Run([]string{good, filepath.Join(dir, "notes")}, &sink)
	var missing *MissingError
	if !errors.As(err, &missing) || len(missing.Paths) != 0 || len(missing.NoDrafts) != 1 ||
		!strings.HasPrefix(missing.NoDrafts[0], filepath.Join(dir, "notes")+": no drafts found") || len(sink.results) != 1 {
		t.Errorf("err %v, %d results", err, len(sink.results))
	}
	cfg, err := config.Parse(filepath.Join(dir, ".postlint.toml"), `include = ["*.md", "calendar/*.csv"]`)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	e, err = New(Options{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.Run(nil, &collectSink{})
	if !errors.As(err, &missing) || strings.Join(missing.NoDrafts, "|") != `no drafts match the include glob "calendar/*.csv" in `+cfg.Path {
		t.Errorf("include globs: %v", err)
	}
	e, err = New(Options{Config: cfg, Listed: &FileList{Root: dir}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Run(nil, &collectSink{}); err != nil {
		t.Errorf("an empty git list: %v", err)
	}
}
