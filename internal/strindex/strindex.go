// Package strindex maps a fixed set of strings to their positions in a
// slice: a compact, read-only replacement for map[string]int built once
// and read many times.
//
// Go maps copy every key into their slots and clear every slot when they
// are made, and the word lists of a linter hold thousands of keys: on a
// one-draft run (a pre-commit hook), fresh pages of memory are most of
// what the process costs. An Index keeps the caller's keys and adds 8
// bytes or less per key; look-ups cost about what a map's do.
package strindex

import (
	"math"
	"math/bits"
)

// Index finds a key's position in the keys it was built from. The zero
// value is an empty index. It is safe for concurrent use.
type Index struct {
	keys  []string
	slots []int32 // position+1 of the key in keys, 0 for an empty slot
	mask  uint32
}

// New indexes keys; a key listed twice is found at its first position.
// The index keeps keys: the caller must not change them.
func New(keys []string) Index {
	if len(keys) == 0 {
		return Index{}
	}
	// A load factor of at most one half keeps probe sequences short.
	size := uint32(1) << bits.Len32(uint32(2*len(keys)-1))
	ix := Index{keys: keys, slots: make([]int32, size), mask: size - 1}
	for i, k := range keys {
		for h := hash(k) & ix.mask; ; h = (h + 1) & ix.mask {
			if ix.slots[h] == 0 {
				ix.slots[h] = int32(i + 1)
				break
			}
			if keys[ix.slots[h]-1] == k {
				break
			}
		}
	}
	return ix
}

// Slots returns the index's hash table, for a generator that writes an
// index into Go source: FromSlots(keys, ix.Slots()) rebuilds it without
// hashing a key. The caller must not change it.
func (ix *Index) Slots() []int32 { return ix.slots }

// FromSlots makes the Index that New(keys) made, from the slots its Slots
// returned: an index built at build time and compiled into the binary as
// static data is read in place, with no work and no memory at start-up.
// It panics if slots cannot be a table of New's: its length is not zero or
// a power of two at least twice len(keys). (The slots are not read here,
// which would touch every page of them.)
func FromSlots(keys []string, slots []int32) Index {
	if len(slots) == 0 {
		if len(keys) != 0 {
			panic("strindex: no slots for the keys")
		}
		return Index{}
	}
	size := len(slots)
	if size&(size-1) != 0 || size < 2*len(keys) || size > math.MaxUint32 {
		panic("strindex: slots are not a table of New's")
	}
	return Index{keys: keys, slots: slots, mask: uint32(size - 1)}
}

// Find returns key's position, or -1.
func (ix *Index) Find(key string) int { return find(ix, key, hash(key)) }

// Hash returns the hash every Index files key under, for FindHashed: a
// caller looking a key up in several indexes hashes it once.
func Hash(key []byte) uint32 { return hash(key) }

// FindHashed is Find for a key in bytes whose Hash is h: a caller
// building keys in a buffer copies none into a string.
func (ix *Index) FindHashed(key []byte, h uint32) int { return find(ix, key, h) }

// find returns the position of key, whose hash is h, or -1.
func find[S ~string | ~[]byte](ix *Index, key S, h uint32) int {
	if len(ix.slots) == 0 {
		return -1
	}
	for h := h & ix.mask; ; h = (h + 1) & ix.mask {
		s := ix.slots[h]
		if s == 0 {
			return -1
		}
		if ix.keys[s-1] == string(key) {
			return int(s - 1)
		}
	}
}

// hash is the 32-bit FNV-1a hash of key.
func hash[S ~string | ~[]byte](key S) uint32 {
	h := HashSeed
	for i := 0; i < len(key); i++ {
		h = HashStep(h, key[i])
	}
	return h
}

// HashSeed and HashStep make Hash a byte at a time: Hash(key) is HashSeed
// stepped with each byte of key in turn, for a caller that hashes a key
// while it builds it.
const HashSeed uint32 = 2166136261

// HashStep returns h, a hash so far (HashSeed for none), stepped with c.
func HashStep(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }
