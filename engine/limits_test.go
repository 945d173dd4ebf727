package engine

import (
	"math"
	"testing"
)

// TestJobsBounds: a negative worker count is a usage error, zero means one
// per core, and a huge count is capped so the work queue can be made.
func TestJobsBounds(t *testing.T) {
	if _, err := New(Options{Jobs: -1}); err == nil {
		t.Error("--jobs -1 accepted")
	} else if _, ok := err.(*UsageError); !ok {
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
