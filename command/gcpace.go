package command

import (
	"runtime"
	"runtime/debug"
	"sync"
)

// The collector's pace for a lint run. postlint's live heap is small (the
// word lists and the drafts in flight: 4 to 6 MiB on 10,000 drafts) while
// it allocates tens of KiB per draft that die at once, so at Go's default
// GOGC=100 the collector runs often over a heap that barely changes: a run
// on 10,000 drafts collects 36 times. Letting the heap grow by a fixed
// headroom while the live heap is small collects 6 times instead, for
// about 7% less CPU. The headroom is not larger because the heap's new
// memory costs a page fault per page the first time it is touched, which
// outweighs the collections saved: at 32 MiB the run collected 3 times but
// took about 5% more CPU, and its peak RSS was 51 MiB instead of 34 MiB.
// So the heap may grow by 16 MiB or by its own size, whichever is more:
// never more than 16 MiB past Go's default pace, which a live heap of
// 16 MiB or more keeps (100,000 drafts, 16 MiB live).
const (
	// gcHeadroom is how far the heap may grow past the live heap before a
	// collection, while the live heap is smaller than that.
	gcHeadroom = 16 << 20
	// gcFirstPercent sets the first goal at 16 MiB (4 MiB × 400%), so that
	// a pre-commit run on a few drafts never collects.
	gcFirstPercent = 400
	// A larger live heap grows by its own size (GOGC=100, Go's default),
	// and no live heap by more than eight times it.
	gcMinPercent, gcMaxPercent = 100, 800
)

// gcPercentFor is the GOGC that lets a live heap of live bytes grow by
// gcHeadroom, or by its own size once that is more.
func gcPercentFor(live uint64) int {
	if live == 0 {
		return gcFirstPercent
	}
	return int(min(max(gcHeadroom*100/live, gcMinPercent), gcMaxPercent))
}

// liveFromGoal is the live heap a collection left, from the goal it set
// for the next one at GOGC=percent: Go aims at live × (1 + percent/100)
// (plus the stacks and globals times percent/100, a few hundred KiB at
// most here, which this counts as live). The goal is never under 4 MiB ×
// percent/100; a live heap read from that floor is under 4 MiB, as is the
// true one, but may be larger than it: it paces at 400% or more, and
// never lets the heap grow more than the true one would. Under a
// GOMEMLIMIT the goal can be the limit's, lower: the heap may then grow
// more, up to that limit.
//
// The goal comes from runtime.ReadMemStats, once per collection: the
// package that reports the live heap itself, runtime/metrics, would be
// initialised on every run, a pre-commit hook's on one draft included,
// which never collects.
func liveFromGoal(goal uint64, percent int) uint64 {
	return goal * 100 / uint64(100+percent)
}

// gcPacer sets GOGC after each collection from the live heap it left.
type gcPacer struct {
	// mu orders a collection's cycle and stop: once stop has put the
	// caller's GOGC back, no cycle sets another.
	mu      sync.Mutex
	stopped bool
	// percent is the GOGC the pacer set last, which the goal it reads
	// was computed with.
	percent int
}

// startGCPacer paces the collector until stop is called, which puts back
// the GOGC from before: what runs after the lint in the same process
// (the hook's other steps) collects at its own pace. A set GOGC is the
// caller's to respect: runLint starts no pacer then.
func startGCPacer() (stop func()) {
	p := &gcPacer{percent: gcFirstPercent}
	before := debug.SetGCPercent(gcFirstPercent)
	p.arm()
	return func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		p.stopped = true
		debug.SetGCPercent(before)
	}
}

// arm has the next collection call cycle: a finalizer runs once the
// object it is set on is found unreachable, which the first collection
// after arm does.
func (p *gcPacer) arm() {
	sentinel := new([64]byte) // large enough to have a finalizer of its own
	runtime.SetFinalizer(sentinel, func(*[64]byte) { p.cycle() })
}

func (p *gcPacer) cycle() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	p.percent = gcPercentFor(liveFromGoal(ms.NextGC, p.percent))
	debug.SetGCPercent(p.percent)
	p.arm()
}
