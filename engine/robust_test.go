package engine

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/lint"
)

// collectSink keeps every result.
type collectSink struct{ results []lint.PostResult }

func (c *collectSink) Post(r lint.PostResult) error {
	c.results = append(c.results, r)
	return nil
}

func lintPaths(t *testing.T, paths ...string) ([]lint.PostResult, lint.Summary, error) {
	t.Helper()
	e, err := New(Options{Jobs: 2})
	if err != nil {
		t.Fatal(err)
	}
	var sink collectSink
	sum, err := e.Run(paths, &sink)
	return sink.results, sum, err
}

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestBadInputMatrix lints a folder of broken drafts next to a good one:
// each broken draft gives a clear finding, nothing panics, and the good
// draft's findings are the same as when it is linted alone.
func TestBadInputMatrix(t *testing.T) {
	dir := t.TempDir()
	good := []byte("---\nplatform: facebook\n---\nCetak KTP-el kini bisa hari Sabtu di semua kantor kecamatan. #KTPel\n")
	write(t, dir, "good.md", good)
	cases := map[string]struct {
		data []byte
		rule string // the finding expected, "" for none
		msg  string
	}{
		"binary.md":        {[]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "draft-error", "binary file"},
		"latin1.md":        {[]byte("Halo\ncaf\xe9 murah"), "draft-error", "not valid UTF-8 (first bad byte on line 2)"},
		"empty.md":         {nil, "", ""},
		"bom.md":           {[]byte("\uFEFF---\nplatform: facebook\n---\nCetak KTP-el kini bisa hari Sabtu. #KTPel"), "", ""},
		"crlf.md":          {[]byte("---\r\nplatform: facebook\r\n---\r\nCetak KTP-el kini bisa hari Sabtu.\r\n#KTPel\r\n"), "", ""},
		"lone-cr.txt":      {[]byte("Cetak KTP-el kini bisa hari Sabtu.\r#KTPel\r"), "", ""},
		"unclosed.md":      {[]byte("---\nplatform: x\nIsi tanpa penutup"), "front-matter", "never closed"},
		"yaml-syntax.md":   {[]byte("---\nplatform: [x\n---\nIsi"), "front-matter", "YAML front matter does not parse"},
		"toml-syntax.md":   {[]byte("+++\nplatform = \n+++\nIsi"), "front-matter", "TOML front matter does not parse"},
		"unknown-key.md":   {[]byte("---\nplatfrom: x\n---\nIsi"), "front-matter", "unknown front matter key"},
		"bad-calendar.csv": {[]byte("caption\n\"never closed\n"), "draft-error", "malformed CSV quoting on line 2"},
		"no-caption.csv":   {[]byte("tanggal,judul\n2026-04-01,x\n"), "draft-error", "no caption column"},
	}
	for name, c := range cases {
		write(t, dir, name, c.data)
	}
	// A folder symlinked to its parent must not trap the walk.
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	// A folder named like a draft cannot be read as one.
	if err := os.Mkdir(filepath.Join(dir, "folder.md"), 0o755); err != nil {
		t.Fatal(err)
	}

	results, sum, err := lintPaths(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	byFile := map[string][]lint.Finding{}
	for _, r := range results {
		byFile[filepath.Base(r.Path)] = append(byFile[filepath.Base(r.Path)], r.Findings...)
	}
	for name, c := range cases {
		found := false
		for _, f := range byFile[name] {
			if f.Rule == c.rule && strings.Contains(f.Message.EN, c.msg) {
				found = true
			}
			if c.rule == "" && (f.Rule == "draft-error" || f.Rule == "front-matter") {
				t.Errorf("%s: unexpected %s: %s", name, f.Rule, f.Message.EN)
			}
		}
		if c.rule != "" && !found {
			t.Errorf("%s: no %s finding containing %q; got %+v", name, c.rule, c.msg, byFile[name])
		}
	}
	if sum.Files != len(cases)+1 {
		t.Errorf("linted %d files, want %d (the symlink loop and folder are skipped)", sum.Files, len(cases)+1)
	}
	alone, _, err := lintPaths(t, filepath.Join(dir, "good.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(alone) != 1 || len(alone[0].Findings) != len(byFile["good.md"]) {
		t.Errorf("good.md findings changed next to bad drafts: alone %d, in the folder %d", len(alone[0].Findings), len(byFile["good.md"]))
	}
}

// TestMissingAndUnreadablePaths: a missing path is reported after the rest
// is linted; an unreadable file is a draft-error finding.
func TestMissingAndUnreadablePaths(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.md", []byte("Cetak KTP-el kini bisa hari Sabtu."))
	results, _, err := lintPaths(t, good, filepath.Join(dir, "nope.md"))
	var missing *MissingError
	if !errors.As(err, &missing) || len(missing.Paths) != 1 || len(results) != 1 {
		t.Fatalf("err = %v, results = %d", err, len(results))
	}
	if os.Geteuid() == 0 {
		t.Log("running as root: file permissions cannot make a file unreadable; checked with a dangling explicit path only")
		return
	}
	locked := write(t, dir, "locked.md", []byte("x"))
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	results, _, err = lintPaths(t, locked)
	if err != nil || len(results) != 1 || len(results[0].Findings) != 1 || results[0].Findings[0].Rule != "draft-error" {
		t.Errorf("unreadable file: err %v, results %+v", err, results)
	}
}

// TestHugeDraft lints a 50 MB draft: it must finish (in linear time; the
// scaling figures come from BenchmarkDraftSize, never from a timed
// assertion). It takes tens of seconds, so it runs when POSTLINT_LARGE=1
// and not under the race detector; .ci/run runs it that way.
func TestHugeDraft(t *testing.T) {
	if os.Getenv("POSTLINT_LARGE") != "1" || raceEnabled {
		t.Skip("50 MB draft: set POSTLINT_LARGE=1 and run without -race")
	}
	dir := t.TempDir()
	p := write(t, dir, "huge.md", hugeDraft(50<<20))
	var sink collectSink
	_, err := largeDraftEngine(t).Run([]string{p}, &sink)
	results := sink.results
	if err != nil || len(results) != 1 {
		t.Fatalf("err %v, results %d", err, len(results))
	}
	// Linted, not refused by the size limit.
	for _, f := range results[0].Findings {
		if f.Rule == "draft-error" {
			t.Fatalf("the draft was not linted: %s", f.Message.EN)
		}
	}
	if len(results[0].Findings) == 0 {
		t.Error("no findings on a 50 MB wall of text")
	}
}

// largeDraftEngine is an engine whose config raises max_draft_size above
// the default 8 MiB, so that drafts of tens of megabytes are linted.
func largeDraftEngine(tb testing.TB) *Engine {
	tb.Helper()
	cfg, err := config.LoadDefault()
	if err != nil {
		tb.Fatal(err)
	}
	cfg.MaxDraftSize = 64 << 20
	e, err := New(Options{Config: cfg, Jobs: 2})
	if err != nil {
		tb.Fatal(err)
	}
	return e
}

func hugeDraft(size int) []byte {
	para := "Cetak KTP-el kini bisa hari Sabtu di semua kantor kecamatan 🎉 https://surabaya.go.id/ktp #KTPel @disdukcapil. We are pleased to announce more. "
	var b strings.Builder
	b.WriteString("---\nplatform: [x, instagram]\nmedia: image\n---\n")
	for b.Len() < size {
		b.WriteString(para)
		if b.Len()%7 == 0 {
			b.WriteString("\n\n")
		}
	}
	return []byte(b.String())
}

// BenchmarkDraftSize shows how the time for one draft grows with its size.
func BenchmarkDraftSize(b *testing.B) {
	for _, mb := range []int{1, 4, 16} {
		b.Run(strconv.Itoa(mb)+"MB", func(b *testing.B) {
			dir := b.TempDir()
			p := filepath.Join(dir, "big.md")
			if err := os.WriteFile(p, hugeDraft(mb<<20), 0o644); err != nil {
				b.Fatal(err)
			}
			e := largeDraftEngine(b)
			b.SetBytes(int64(mb << 20))
			for b.Loop() {
				if _, err := e.Run([]string{p}, discard{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
