package command

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

func TestGCPercentFor(t *testing.T) {
	for _, tc := range []struct {
		live uint64
		want int
	}{
		{0, gcFirstPercent},
		{1 << 20, gcMaxPercent},  // 1 MiB: 16 MiB would be 1600%, capped
		{2 << 20, 800},           // 2 MiB + 16 MiB
		{4 << 20, 400},           // 4 MiB + 16 MiB
		{5 << 20, 320},           // the live heap of a run on 10,000 drafts
		{8 << 20, 200},           // 8 MiB + 16 MiB
		{16 << 20, gcMinPercent}, // from here the heap grows by its own size: 100,000 drafts
		{32 << 20, gcMinPercent},
		{1 << 30, gcMinPercent},
	} {
		if got := gcPercentFor(tc.live); got != tc.want {
			t.Errorf("gcPercentFor(%d MiB) = %d, want %d", tc.live>>20, got, tc.want)
		}
	}
}

// goGoal is the goal Go sets after a collection that left live bytes (and
// no stacks or globals) at GOGC=percent, floor included.
func goGoal(live uint64, percent int) uint64 {
	return max(live+live*uint64(percent)/100, 4<<20*uint64(percent)/100)
}

// TestLiveFromGoal checks that the live heap read back from the goal
// paces the collector as the live heap itself would, at every GOGC the
// pacer sets; at the goal's 4 MiB × GOGC/100 floor it paces no looser.
func TestLiveFromGoal(t *testing.T) {
	percents := []int{gcMinPercent, 123, 200, gcFirstPercent, 640, gcMaxPercent}
	for live := uint64(1); live <= 1<<30; live = live*5/4 + 1 {
		for _, p := range percents {
			goal := goGoal(live, p)
			got := liveFromGoal(goal, p)
			a, b := gcPercentFor(got), gcPercentFor(live)
			if goal == 4<<20*uint64(p)/100 { // the floor: both under 4 MiB
				// The reading is at least the live heap, so it paces no
				// looser, and under 4 MiB, so at least as loose as 4 MiB.
				if a > b || a < gcPercentFor(4<<20) {
					t.Fatalf("live %d at GOGC=%d (goal %d): paced at %d, want %d to %d", live, p, goal, a, gcPercentFor(4<<20), b)
				}
				continue
			}
			if got+1 < live || got > live+1 {
				t.Fatalf("liveFromGoal(%d, %d) = %d, want %d", goal, p, got, live)
			}
			if a+1 < b || a > b+1 { // a byte either way, rounded
				t.Fatalf("live %d at GOGC=%d: paced at %d, want %d", live, p, a, b)
			}
		}
	}
}

// TestLiveFromGoalRuntime checks the reading against the runtime's own
// count of the live heap, which the goal adds the scanned stacks and
// globals to.
func TestLiveFromGoalRuntime(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	samples := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/scan/stack:bytes"}, {Name: "/gc/scan/globals:bytes"}}
	var keep [][]byte
	for _, p := range []int{gcMinPercent, 250, gcMaxPercent} {
		for range 3 {
			keep = append(keep, make([]byte, 3<<20))
			debug.SetGCPercent(p)
			runtime.GC()
			runtime.GC() // the first may have been triggered far past the goal
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			metrics.Read(samples)
			live, stacks, globals := samples[0].Value.Uint64(), samples[1].Value.Uint64(), samples[2].Value.Uint64()
			got := liveFromGoal(ms.NextGC, p)
			want := live + (stacks+globals)*uint64(p)/uint64(100+p)
			if got+2 < want || got > want+2 {
				t.Errorf("GOGC=%d: live heap %d (stacks %d, globals %d), goal %d: read %d, want %d", p, live, stacks, globals, ms.NextGC, got, want)
			}
		}
	}
	runtime.KeepAlive(keep)
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
// it is stopped, puts the GOGC from before back then, and leaves it alone
// after.
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
	if got := gcPercent(); got != 100 {
		t.Errorf("GOGC = %d after stop, want 100, as before the pacer", got)
	}
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
