package prose

import "math/bits"

// pairBits is the width of a pairKey: a part's few thousand pairs of first
// tokens set a few percent of its bits, so that a token whose next token
// starts no phrase with it is ruled out by one bit test.
const pairBits = 14

// pairKey mixes the TokenHashes of two consecutive tokens into pairBits
// bits (a multiplicative hash of the 24 bits of both).
func pairKey(first, second uint16) uint16 {
	x := (uint32(first)<<12 | uint32(second&4095)) * 0x9E3779B1
	return uint16(x >> (32 - pairBits))
}

// pairIndex is a HashIndex over pairKeys: it finds the phrases whose
// first two tokens have a pair's key. Keys collide, so callers compare the
// tokens themselves.
type pairIndex struct {
	present [1 << pairBits / 64]uint64
	rank    [1 << pairBits / 64]int32 // present bits in the words before word w
	start   []int32                   // the k-th present key's phrases are ids[start[k]:start[k+1]]
	ids     []int32                   // phrase ids, ascending within a key
}

// get returns the phrases whose pair has key k.
func (x *pairIndex) get(k uint16) []int32 {
	w := x.present[k>>6%(1<<pairBits/64)]
	bit := uint64(1) << (k & 63)
	if w&bit == 0 {
		return nil
	}
	r := int(x.rank[k>>6%(1<<pairBits/64)]) + bits.OnesCount64(w&(bit-1))
	return x.ids[x.start[r]:x.start[r+1]]
}

// slot returns the rank of present key k among the present keys.
func (x *pairIndex) slot(k uint16) int {
	w := x.present[k>>6%(1<<pairBits/64)]
	return int(x.rank[k>>6%(1<<pairBits/64)]) + bits.OnesCount64(w&(uint64(1)<<(k&63)-1))
}

// build indexes phrase ids[i] under key ks[i]; ids must be ascending. It
// lays them out as HashIndex.build does.
func (x *pairIndex) build(ks []uint16, ids []int32) {
	for _, k := range ks {
		x.present[k>>6%(1<<pairBits/64)] |= 1 << (k & 63)
	}
	n := 0
	for w, word := range x.present {
		x.rank[w] = int32(n)
		n += bits.OnesCount64(word)
	}
	x.start, x.ids = layOut(ks, ids, n, x.slot)
}
