package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/postlint/postlint/internal/corpus"
	"github.com/postlint/postlint/lint"
)

// TestReusedScratchSameResults lints drafts and calendars with each
// worker's scratch (the analysis, its buffers, the findings buffer, the
// file pass, the read buffer, which is overwritten with garbage once a
// file is done) reused from post to post, and with a fresh one for every
// post, and wants the same results: drafts in one run on one and on
// several workers, calendars linted alone (their rows share the cores),
// and the same tree fixed in memory (a fixed file is linted again). Every
// result is kept until the run ends, so a finding that held memory a
// later post reused would differ.
func TestReusedScratchSameResults(t *testing.T) {
	dir := t.TempDir()
	if _, err := corpus.Write(dir, 120, 5); err != nil {
		t.Fatal(err)
	}
	// A calendar whose rows go from long to short and back, with repeats
	// (duplicate-caption compares the rows' captions).
	var cal strings.Builder
	cal.WriteString("Tanggal,Platform,Caption\n")
	long := strings.Repeat("Dr. Budi, M.Si. membuka pelatihan UMKM di https://x.id/a pukul 08.00 #UMKM @humas! ", 60)
	for i := range 24 {
		text := "Cetak KTP-el kini bisa hari Sabtu di kantor kecamatan."
		switch i % 4 {
		case 1:
			text = long
		case 2:
			text = "SEBARKAN!!! Info dari grup sebelah: air PDAM tercemar. #viral https://bit.ly/3xYz"
		}
		fmt.Fprintf(&cal, "2026-05-%02d,\"facebook, x\",\"%s\"\n", i/3+1, text)
	}
	calendar := write(t, dir, "jadwal.csv", []byte(cal.String()))
	var files []string
	for _, d := range []string{"../examples/calendar", "../examples/posts"} {
		entries, err := os.ReadDir(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if !e.IsDir() {
				files = append(files, filepath.Join(d, e.Name()))
			}
		}
	}
	type runCase struct {
		name  string
		opts  Options
		paths []string
	}
	cases := []runCase{
		{"tree, one job", Options{Jobs: 1}, []string{dir, "../examples"}},
		{"tree, two jobs", Options{Jobs: 2}, []string{dir, "../examples"}},
		{"calendar alone", Options{Jobs: 3}, []string{calendar}},
		{"fix dry run", Options{Jobs: 2, Fix: FixDryRun}, []string{dir, "../examples/posts"}},
		// The posts themselves, text and all, must not share the buffer
		// a file was read into.
		{"tree, posts kept", Options{Jobs: 2, KeepPosts: true}, []string{dir, "../examples"}},
	}
	for _, f := range files {
		cases = append(cases, runCase{f + " alone", Options{Jobs: 2}, []string{f}})
	}
	for _, c := range cases {
		reused := runScratch(t, c.opts, false, c.paths)
		fresh := runScratch(t, c.opts, true, c.paths)
		if len(reused) == 0 {
			t.Fatalf("%s: no results", c.name)
		}
		if !reflect.DeepEqual(reused, fresh) {
			for i := range min(len(reused), len(fresh)) {
				if !reflect.DeepEqual(reused[i], fresh[i]) {
					t.Errorf("%s: %s post %d: reused scratch gave\n%+v\nfresh gave\n%+v", c.name,
						reused[i].Path, reused[i].Index, reused[i].Findings, fresh[i].Findings)
					break
				}
			}
			t.Errorf("%s: results differ with the scratch reused (%d results, %d fresh)", c.name, len(reused), len(fresh))
		}
	}
}

// runScratch lints paths, with a fresh scratch for every post when fresh.
func runScratch(t *testing.T, opts Options, fresh bool, paths []string) []lint.PostResult {
	t.Helper()
	e, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	e.freshScratch = fresh
	e.poisonReads = !fresh
	var sink collectSink
	if _, err := e.Run(paths, &sink); err != nil {
		t.Fatal(err)
	}
	return sink.results
}
