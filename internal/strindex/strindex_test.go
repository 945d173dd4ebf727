package strindex

import (
	"fmt"
	"testing"
)

func TestIndexFindsEveryKeyAndNothingElse(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 7, 8, 9, 100, 1000, 4097} {
		keys := make([]string, n)
		for i := range keys {
			keys[i] = fmt.Sprintf("kata%d", i)
		}
		ix := New(keys)
		if ix.Len() != n {
			t.Errorf("n=%d: Len() = %d", n, ix.Len())
		}
		for i, k := range keys {
			if got := ix.Find(k); got != i {
				t.Fatalf("n=%d: Find(%q) = %d, want %d", n, k, got, i)
			}
			if got := ix.FindBytes([]byte(k)); got != i {
				t.Fatalf("n=%d: FindBytes(%q) = %d, want %d", n, k, got, i)
			}
			if got := ix.FindHashed([]byte(k), Hash(k)); got != i {
				t.Fatalf("n=%d: FindHashed(%q) = %d, want %d", n, k, got, i)
			}
		}
		for _, k := range []string{"", "kata", fmt.Sprintf("kata%d", n), "KATA1", "kata1 "} {
			if got := ix.Find(k); got != -1 {
				t.Errorf("n=%d: Find(%q) = %d, want -1", n, k, got)
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
	if zero.Find("a") != -1 || zero.Len() != 0 {
		t.Error("the zero Index is not empty")
	}
}

func TestHashMatchesForStringsAndBytes(t *testing.T) {
	for _, s := range []string{"", "a", "sebarkan", "é", "\xff"} {
		if Hash(s) != Hash([]byte(s)) {
			t.Errorf("Hash(%q) differs for string and bytes", s)
		}
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
	probe := []byte("kata1234")
	b.Run("index", func(b *testing.B) {
		for b.Loop() {
			_ = ix.FindBytes(probe)
		}
	})
	b.Run("map", func(b *testing.B) {
		for b.Loop() {
			_ = m[string(probe)]
		}
	})
}
