package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sync/atomic"
	"testing"
	"time"

	"github.com/postlint/postlint/internal/corpus"
	"github.com/postlint/postlint/rules"
)

func TestSharedCallsEachItemOnce(t *testing.T) {
	for k := range 5 {
		for n := range 20 {
			calls := make([]atomic.Int32, n)
			var running, most atomic.Int32
			shared(k, n, func(i int) {
				now := running.Add(1)
				defer running.Add(-1)
				for m := most.Load(); now > m && !most.CompareAndSwap(m, now); m = most.Load() {
				}
				calls[i].Add(1)
			})
			for i := range calls {
				if c := calls[i].Load(); c != 1 {
					t.Errorf("k=%d n=%d: item %d called %d times", k, n, i, c)
				}
			}
			if m := most.Load(); int(m) > max(k, 1) {
				t.Errorf("k=%d n=%d: %d calls at once", k, n, m)
			}
		}
	}
}

// A panic on any goroutine comes out of shared, in the caller's goroutine,
// only once every call under way has returned, and it is the panic of the
// lowest item, as one goroutine going in order would meet it.
func TestSharedRaisesPanics(t *testing.T) {
	for _, k := range []int{1, 2, 4} {
		for first := range 8 {
			for second := first; second < 8; second++ {
				var running atomic.Int32
				var after int32 = -1
				func() {
					defer func() {
						after = running.Load()
						if v := recover(); v != fmt.Sprint("boom ", first) {
							t.Errorf("k=%d, items %d and %d panic: recovered %v, want boom %d", k, first, second, v, first)
						}
					}()
					shared(k, 8, func(i int) {
						running.Add(1)
						defer running.Add(-1)
						if i == second {
							// The later item may panic first.
							panic(fmt.Sprint("boom ", i))
						}
						if i == first {
							time.Sleep(time.Millisecond)
							panic(fmt.Sprint("boom ", i))
						}
					})
				}()
				if after != 0 {
					t.Errorf("k=%d, items %d and %d: %d calls still running when shared returned", k, first, second, after)
				}
			}
		}
	}
}

// A file linted alone shares its posts between the cores; its results are
// those of one core, whatever the file.
func TestOneFileSameOnAnyCores(t *testing.T) {
	var files []string
	for _, dir := range []string{"../examples/posts", "../examples/calendar"} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if !e.IsDir() {
				files = append(files, filepath.Join(dir, e.Name()))
			}
		}
	}
	gen := t.TempDir()
	if _, err := corpus.Write(gen, 40, 7); err != nil {
		t.Fatal(err)
	}
	_ = filepath.WalkDir(gen, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	crash := write(t, t.TempDir(), "crash.md", []byte("---\nplatform: [facebook, x]\n---\nBOOM: Cetak KTP-el kini bisa hari Sabtu.\n"))
	calendar := "Tanggal,Platform,Caption\n"
	for i := range 9 {
		text := "Cetak KTP-el kini bisa hari Sabtu di kantor kecamatan."
		if i == 4 {
			text = "BOOM: " + text
		}
		calendar += fmt.Sprintf("2026-05-%02d,\"facebook, x\",%s\n", i+1, text)
	}
	files = append(files, crash, write(t, t.TempDir(), "jadwal.csv", []byte(calendar)))
	for _, f := range files {
		opts := func(jobs int) Options {
			return Options{Jobs: jobs, Rules: []rules.Rule{crashRule{}, crashFileRule{}}}
		}
		one := run(t, opts(1), f)
		for _, jobs := range []int{2, 5} {
			if got := run(t, opts(jobs), f); !reflect.DeepEqual(got, one) {
				t.Errorf("%s: results with %d jobs differ from one job", f, jobs)
			}
		}
	}
}
