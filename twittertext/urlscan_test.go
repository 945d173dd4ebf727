package twittertext

import (
	"strings"
	"testing"
)

var urlScanSeeds = []string{
	"", "a", "a/b/c.html", "foo.", "foo!!", "foo,bar", "@user/", "@!!/", "path#frag", "wiki/Foo_(bar)", "a(b)c", "a(b",
	"a)b", "(x(y)z)", "слово/статья", "café/ñ", "a–b", "ā/ḁ", "a\u00d7b", "x\xff", "ok\u200b", "ends.with.dot.",
	"%20%E2", "a b", "a\nb", "a<b>", "a'", "[x]", "Ꙁ", "\u0399\u03b9\u1fbe", "\u2c65x", "ɓɔ", "\u0301",
	"q=1&r=2", "q=1.", "q=1,", "!!!", "a=b;c", "x=\u00e9", "s=a|b~", "(", "=)",
}

// check compares both scanners with their patterns on s.
func checkURLScanners(t *testing.T, s string) {
	t.Helper()
	path := "/" + s
	if got, want := urlPathEnd(path), urlPathRe.FindStringIndex(path)[1]; got != want {
		t.Fatalf("urlPathEnd(%q) = %d, the pattern says %d", path, got, want)
	}
	query := "?" + s
	want := -1
	if loc := urlQueryRe.FindStringIndex(query); loc != nil {
		want = loc[1]
	}
	if got := urlQueryEnd(query); got != want {
		t.Fatalf("urlQueryEnd(%q) = %d, the pattern says %d", query, got, want)
	}
}

func TestURLScannersMatchPatterns(t *testing.T) {
	for _, s := range urlScanSeeds {
		checkURLScanners(t, s)
	}
	// Every code point up to U+2FFF: alone, before an ending character,
	// after one, and as a path of its own.
	for r := rune(0); r < 0x3000; r++ {
		c := string(r)
		for _, s := range []string{c, c + "b", "a" + c, "a" + c + "b", c + "/"} {
			checkURLScanners(t, s)
		}
	}
}

func FuzzURLScanners(f *testing.F) {
	for _, s := range urlScanSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkURLScanners(t, strings.TrimLeft(s, "/?"))
	})
}

// TestURLScannerStaysOnStack wants appendURLs to allocate only the memo
// tables: the scanner holds no pointer into itself, so it lives on the
// stack. A scanner back on the heap is one more allocation per text.
func TestURLScannerStaysOnStack(t *testing.T) {
	text := "Daftar di https://contoh.go.id/daftar atau www.layanan.example.co.id hari ini."
	dst := make([]Entity, 0, 4)
	allocs := testing.AllocsPerRun(100, func() { dst = appendURLs(dst[:0], text) })
	if len(dst) != 2 {
		t.Fatalf("found %d URLs in %q, want 2", len(dst), text)
	}
	if allocs > 1 {
		t.Errorf("appendURLs allocated %v times per text, want 1 (the memo tables)", allocs)
	}
}
