package engine

import (
	"sync"
	"sync/atomic"
)

// shared calls do(i) for each i in [0, n) on up to k goroutines, the
// caller's among them, and returns once every call has. Items are handed
// out one at a time, in order. When calls panic, no more items are handed
// out, the calls under way finish, and the panic of the lowest item is
// raised again in the caller's goroutine, where the run's recovery turns
// it into a finding: every item before it was handed out and ran, so the
// panic is the one a single goroutine, going in order, would have met.
func shared(k, n int, do func(i int)) {
	k = min(k, n)
	if k <= 1 {
		for i := range n {
			do(i)
		}
		return
	}
	var next atomic.Int64
	var mu sync.Mutex
	crashed, crash := n, any(nil) // the lowest item that panicked, and its panic
	call := func(i int) {
		defer func() {
			if v := recover(); v != nil {
				next.Store(int64(n)) // hand out nothing more
				mu.Lock()
				if i < crashed {
					crashed, crash = i, v
				}
				mu.Unlock()
			}
		}()
		do(i)
	}
	work := func() {
		for {
			i := int(next.Add(1) - 1)
			if i >= n {
				return
			}
			call(i)
		}
	}
	var wg sync.WaitGroup
	for range k - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
	if crashed < n {
		panic(crash)
	}
}
