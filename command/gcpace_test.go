package command

import (
	"runtime"
	"runtime/debug"
	"testing"
)

func TestGCPercentFor(t *testing.T) {
	for _, tc := range []struct {
		live uint64
		want int
	}{
		{0, gcFirstPercent},
		{1 << 20, gcMaxPercent},  // 1 MiB: 32 MiB would be 3200%, capped
		{4 << 20, 800},           // 4 MiB + 32 MiB
		{5 << 20, 640},           // the live heap of a run on 10,000 drafts
		{8 << 20, 400},           // 8 MiB + 32 MiB
		{16 << 20, 200},          // 16 MiB + 32 MiB: the live heap of 100,000 drafts
		{32 << 20, gcMinPercent}, // from here the heap grows by its own size
		{1 << 30, gcMinPercent},
	} {
		if got := gcPercentFor(tc.live); got != tc.want {
			t.Errorf("gcPercentFor(%d MiB) = %d, want %d", tc.live>>20, got, tc.want)
		}
	}
}

// gcPercent reads GOGC as the runtime has it.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// collectUntil runs collections until ok holds, or gives up after many:
// the pacer runs on the finalizer goroutine, after the collection.
func collectUntil(ok func() bool) bool {
	for range 200 {
		runtime.GC()
		runtime.Gosched()
		if ok() {
			return true
		}
	}
	return false
}

// TestGCPacer checks that the pacer sets GOGC after every collection until
// it is stopped, and leaves it alone after.
func TestGCPacer(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	stop := startGCPacer()
	if got := gcPercent(); got != gcFirstPercent {
		t.Fatalf("GOGC at start = %d, want %d", got, gcFirstPercent)
	}
	// This test's live heap is a few MiB, so the pace is well above 123%.
	for range 3 {
		debug.SetGCPercent(123)
		if !collectUntil(func() bool { return gcPercent() != 123 }) {
			t.Fatal("the pacer did not set GOGC after a collection")
		}
		if got := gcPercent(); got < gcMinPercent || got > gcMaxPercent {
			t.Fatalf("GOGC = %d, want %d to %d", got, gcMinPercent, gcMaxPercent)
		}
	}
	stop()
	for range 5 { // let the pending cycle see the stop
		runtime.GC()
		runtime.Gosched()
	}
	debug.SetGCPercent(123)
	for range 20 {
		runtime.GC()
		runtime.Gosched()
	}
	if got := gcPercent(); got != 123 {
		t.Errorf("GOGC = %d after stop, want it left at 123", got)
	}
}
