package strindex

import (
	"fmt"
	"slices"
	"testing"
)

func TestIndexFindsEveryKeyAndNothingElse(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 7, 8, 9, 100, 1000, 4097} {
		keys := make([]string, n)
		for i := range keys {
			keys[i] = fmt.Sprintf("kata%d", i)
		}
		ix := New(keys)
		for i, k := range keys {
			if got := ix.Find(k); got != i {
				t.Fatalf("n=%d: Find(%q) = %d, want %d", n, k, got, i)
			}
			if got := ix.FindHashed([]byte(k), Hash([]byte(k))); got != i {
				t.Fatalf("n=%d: FindHashed(%q) = %d, want %d", n, k, got, i)
			}
		}
		for _, k := range []string{"", "kata", fmt.Sprintf("kata%d", n), "KATA1", "kata1 "} {
			if got := ix.Find(k); got != -1 {
				t.Errorf("n=%d: Find(%q) = %d, want -1", n, k, got)
			}
			if got := ix.FindHashed([]byte(k), Hash([]byte(k))); got != -1 {
				t.Errorf("n=%d: FindHashed(%q) = %d, want -1", n, k, got)
			}
		}
	}
}

func TestIndexDuplicatesKeepTheFirst(t *testing.T) {
	ix := New([]string{"a", "b", "a", "", "b", ""})
	for k, want := range map[string]int{"a": 0, "b": 1, "": 3} {
		if got := ix.Find(k); got != want {
			t.Errorf("Find(%q) = %d, want %d", k, got, want)
		}
	}
	var zero Index
	if zero.Find("a") != -1 || zero.FindHashed([]byte("a"), Hash([]byte("a"))) != -1 {
		t.Error("the zero Index is not empty")
	}
}

func BenchmarkFind(b *testing.B) {
	keys := make([]string, 2000)
	for i := range keys {
		keys[i] = fmt.Sprintf("kata%d", i)
	}
	ix := New(keys)
	m := make(map[string]int, len(keys))
	for i, k := range keys {
		m[k] = i
	}
	probe := "kata1234"
	b.Run("index", func(b *testing.B) {
		for b.Loop() {
			_ = ix.Find(probe)
		}
	})
	b.Run("map", func(b *testing.B) {
		for b.Loop() {
			_ = m[probe]
		}
	})
}

func TestFromSlotsIsTheIndexNewMade(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 8, 100, 1000} {
		keys := make([]string, n)
		for i := range keys {
			keys[i] = fmt.Sprintf("kata%d", i%(n/2+1)) // with duplicates
		}
		built := New(keys)
		ix := FromSlots(keys, slices.Clone(built.Slots()))
		for _, k := range append(slices.Clone(keys), "", "kata", "KATA1", fmt.Sprintf("kata%d", n)) {
			if got, want := ix.Find(k), built.Find(k); got != want {
				t.Fatalf("n=%d: Find(%q) = %d, want %d", n, k, got, want)
			}
		}
	}
}

func TestFromSlotsRejectsForeignTables(t *testing.T) {
	for _, tt := range []struct {
		keys  []string
		slots []int32
	}{
		{[]string{"a"}, nil},
		{[]string{"a", "b"}, make([]int32, 3)},
		{[]string{"a", "b", "c"}, make([]int32, 4)},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("FromSlots(%d keys, %d slots) did not panic", len(tt.keys), len(tt.slots))
				}
			}()
			FromSlots(tt.keys, tt.slots)
		}()
	}
}

// TestHashStepMakesHash: a key hashed a byte at a time from HashSeed is
// Hash of the key, and FindHashed finds it under that hash.
func TestHashStepMakesHash(t *testing.T) {
	keys := []string{"", "a", "yang", "it's", "\xff\x00", "it\u2019s", "KATA"}
	ix := New(keys)
	for i, k := range keys {
		h := HashSeed
		for j := 0; j < len(k); j++ {
			h = HashStep(h, k[j])
		}
		if want := Hash([]byte(k)); h != want {
			t.Errorf("%q: stepped hash %#x, Hash %#x", k, h, want)
		}
		if got := ix.FindHashed([]byte(k), h); got != i {
			t.Errorf("%q: FindHashed = %d, want %d", k, got, i)
		}
	}
}
