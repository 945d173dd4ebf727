package twittertext

import (
	"slices"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// tldLists is the content of tld_lib.yml.
type tldLists struct {
	Country []string `yaml:"country"`
	Generic []string `yaml:"generic"`
}

// TestTLDListParsesLikeYAML checks the hand-rolled reader of tld_lib.yml
// against a YAML decoder.
func TestTLDListParsesLikeYAML(t *testing.T) {
	var want tldLists
	if err := yaml.Unmarshal([]byte(tldLibYAML), &want); err != nil {
		t.Fatal(err)
	}
	var got tldLists
	scanTLDList(tldLibYAML, func(kind uint8, tld string) {
		switch kind {
		case kindCountry:
			got.Country = append(got.Country, tld)
		case kindGeneric:
			got.Generic = append(got.Generic, tld)
		default:
			t.Errorf("%q: kind %d", tld, kind)
		}
	})
	if !slices.Equal(got.Country, want.Country) || !slices.Equal(got.Generic, want.Generic) {
		t.Fatalf("lists differ: %d/%d country, %d/%d generic", len(got.Country), len(want.Country), len(got.Generic), len(want.Generic))
	}
	if len(got.Country) != 315 || len(got.Generic) != 1259 {
		t.Errorf("got %d country and %d generic TLDs", len(got.Country), len(got.Generic))
	}
}

// TestTLDsStartWithALetter holds what appendURLs assumes to skip texts
// without a URL: every TLD key starts with an ASCII letter or a non-ASCII
// character, and so does a punycode TLD ("xn--"); tldKey never maps
// another ASCII character to a letter.
func TestTLDsStartWithALetter(t *testing.T) {
	for _, key := range tldKeys {
		if c := key[0]; !(c >= 'a' && c <= 'z' || c >= utf8.RuneSelf) {
			t.Errorf("TLD %q starts with %q", key, c)
		}
	}
	for r := rune(0); r < utf8.RuneSelf; r++ {
		isLetter := r|0x20 >= 'a' && r|0x20 <= 'z'
		if k := tldKey(r); !isLetter && k|0x20 >= 'a' && k|0x20 <= 'z' {
			t.Errorf("tldKey(%q) = %q, a letter", r, k)
		}
	}
	if _, ok := matchPunycodeTLD("1n--abc", 0, 7); ok {
		t.Error("a punycode TLD starting with a digit matched")
	}
}
