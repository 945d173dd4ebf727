package lazyre

import (
	"regexp"
	"sync"
	"testing"
)

// TestCompilesOnceOnFirstUse checks that a Regexp matches like the
// compiled expression and compiles once under concurrent first use.
func TestCompilesOnceOnFirstUse(t *testing.T) {
	const expr = `(?i)\bsebar(kan)?\b`
	r := New(expr)
	if r.re != nil {
		t.Fatal("compiled before use")
	}
	var wg sync.WaitGroup
	res := make([]*regexp.Regexp, 8)
	for i := range res {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = r.Re()
		}()
	}
	wg.Wait()
	for _, re := range res[1:] {
		if re != res[0] {
			t.Fatal("compiled more than once")
		}
	}
	want := regexp.MustCompile(expr)
	for _, s := range []string{"SEBARKAN sekarang", "disebarkan", "sebar ini"} {
		if got, w := r.FindStringIndex(s), want.FindStringIndex(s); len(got) != len(w) || len(got) > 0 && (got[0] != w[0] || got[1] != w[1]) {
			t.Errorf("FindStringIndex(%q) = %v, want %v", s, got, w)
		}
		if r.MatchString(s) != want.MatchString(s) {
			t.Errorf("MatchString(%q) differs", s)
		}
	}
	if r.String() != expr {
		t.Errorf("String() = %q", r.String())
	}
}
