package engine

import (
	"sync"
	"sync/atomic"
)

// shared calls do(i) for each i in [0, n) on up to k goroutines, the
// caller's among them, and returns once every call has. Items are handed
// out one at a time, in order. After a panic no more are handed out; the
// others finish their calls, and the panic (the caller's own first) is
// raised again in the caller's goroutine, where the run's recovery turns
// it into a finding.
func shared(k, n int, do func(i int)) {
	k = min(k, n)
	if k <= 1 {
		for i := range n {
			do(i)
		}
		return
	}
	var next atomic.Int64
	work := func() {
		for {
			i := int(next.Add(1) - 1)
			if i >= n {
				return
			}
			do(i)
		}
	}
	var wg sync.WaitGroup
	var crashed atomic.Pointer[any]
	for range k - 1 {
		wg.Go(func() {
			defer func() {
				if v := recover(); v != nil {
					crashed.CompareAndSwap(nil, &v)
					next.Store(int64(n)) // hand out nothing more
				}
			}()
			work()
		})
	}
	defer func() {
		// Whether the caller's own calls ended or panicked, the others
		// stop taking items and finish theirs before shared returns.
		v := recover()
		next.Store(int64(n))
		wg.Wait()
		if v == nil {
			if c := crashed.Load(); c != nil {
				v = *c
			}
		}
		if v != nil {
			panic(v)
		}
	}()
	work()
}
