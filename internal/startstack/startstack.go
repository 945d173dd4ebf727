// Package startstack grows the main goroutine's stack once, at start-up,
// while it is shallow. main imports it for that effect alone.
//
// Go starts the main goroutine on a 2 KiB stack and doubles it whenever a
// call runs out of room, copying the stack and walking every frame on it
// to adjust their pointers. A run on one draft (a pre-commit hook) did so
// four times, from 2 to 32 KiB: twice during package initialisation and
// twice deep in the lint, where the walk reads the tables of every frame
// from a binary that has not paged them in yet. One frame of 20 KiB, taken
// here, has the runtime grow the stack to 32 KiB in one copy of a few
// frames; the run then needed no other, and took 7-10% less time.
//
// Go initialises, at each step, the first package by import path whose
// imports are all initialised: one without imports is among the first,
// ahead of the inits that grew the stack.
package startstack

// frameSize is above 16 KiB, so the runtime goes straight from 2 KiB to
// 32 KiB, the most a run on one draft was seen to need.
const frameSize = 20 << 10

//go:noinline
func grow(i int) byte {
	var frame [frameSize]byte
	frame[i] = 1 // a frame the compiler cannot drop
	return frame[i^1]
}

// grow is not inlined, so its frame is this call's.
func init() { grow(0) }
