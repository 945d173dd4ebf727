package udiff

// differ finds the longest common subsequence of two lists of line IDs
// with Myers' algorithm, recursing on the middle snake so that memory
// stays linear in the input.
type differ struct {
	a, b    []int
	matches [][2]int // matched (a, b) indexes, in increasing order
}

// compare matches a[aLo:aHi] against b[bLo:bHi].
func (d *differ) compare(aLo, aHi, bLo, bHi int) {
	for aLo < aHi && bLo < bHi && d.a[aLo] == d.b[bLo] {
		d.matches = append(d.matches, [2]int{aLo, bLo})
		aLo, bLo = aLo+1, bLo+1
	}
	suffix := 0
	for aHi > aLo && bHi > bLo && d.a[aHi-1] == d.b[bHi-1] {
		aHi, bHi = aHi-1, bHi-1
		suffix++
	}
	if aLo < aHi && bLo < bHi {
		dist, x, y, u, v := d.middleSnake(aLo, aHi, bLo, bHi)
		if dist > 1 {
			d.compare(aLo, aLo+x, bLo, bLo+y)
			for k := 0; k < u-x; k++ {
				d.matches = append(d.matches, [2]int{aLo + x + k, bLo + y + k})
			}
			d.compare(aLo+u, aHi, bLo+v, bHi)
		} else {
			// One line inserted or deleted: the shorter side is a
			// subsequence of the longer.
			i, j := aLo, bLo
			for i < aHi && j < bHi {
				if d.a[i] == d.b[j] {
					d.matches = append(d.matches, [2]int{i, j})
					i, j = i+1, j+1
				} else if aHi-aLo > bHi-bLo {
					i++
				} else {
					j++
				}
			}
		}
	}
	for k := 0; k < suffix; k++ {
		d.matches = append(d.matches, [2]int{aHi + k, bHi + k})
	}
}

// middleSnake returns the length dist of the shortest edit script of
// a[aLo:aHi] to b[bLo:bHi] and the middle snake of that script, from
// (x, y) to (u, v), relative to aLo and bLo (Myers 1986, §4b). It searches
// forwards from the start and backwards from the end at once until the
// two searches meet.
func (d *differ) middleSnake(aLo, aHi, bLo, bHi int) (dist, x, y, u, v int) {
	n, m := aHi-aLo, bHi-bLo
	delta := n - m
	odd := delta&1 != 0
	maxD := (n + m + 1) / 2
	off := maxD + 1
	vf := make([]int, 2*off+1) // furthest x on each diagonal k = x - y, forwards
	vb := make([]int, 2*off+1) // furthest distance from the end on each diagonal, backwards
	for h := 0; h <= maxD; h++ {
		// Only the diagonals that stay inside the grid after h steps.
		kLo, kHi := -(h - 2*max(0, h-m)), h-2*max(0, h-n)
		for k := kLo; k <= kHi; k += 2 {
			var px int
			if k == -h || k != h && vf[off+k-1] < vf[off+k+1] {
				px = vf[off+k+1]
			} else {
				px = vf[off+k-1] + 1
			}
			py := px - k
			sx, sy := px, py
			for px < n && py < m && d.a[aLo+px] == d.b[bLo+py] {
				px, py = px+1, py+1
			}
			vf[off+k] = px
			// The backward search runs on diagonal delta - k in its own
			// (reversed) coordinates.
			if odd && -(k-delta) >= -(h-1) && -(k-delta) <= h-1 && px+vb[off-(k-delta)] >= n {
				return 2*h - 1, sx, sy, px, py
			}
		}
		for k := kLo; k <= kHi; k += 2 {
			var px int
			if k == -h || k != h && vb[off+k-1] < vb[off+k+1] {
				px = vb[off+k+1]
			} else {
				px = vb[off+k-1] + 1
			}
			py := px - k
			sx, sy := px, py
			for px < n && py < m && d.a[aHi-1-px] == d.b[bHi-1-py] {
				px, py = px+1, py+1
			}
			vb[off+k] = px
			if !odd && -(k-delta) >= -h && -(k-delta) <= h && px+vf[off-(k-delta)] >= n {
				return 2 * h, n - px, m - py, n - sx, m - sy
			}
		}
	}
	return n + m, 0, 0, 0, 0 // not reached: the searches always meet
}
