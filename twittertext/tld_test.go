package twittertext

import (
	"slices"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestTLDListParsesLikeYAML checks the hand-rolled reader of tld_lib.yml
// against a YAML decoder.
func TestTLDListParsesLikeYAML(t *testing.T) {
	var want tldLists
	if err := yaml.Unmarshal([]byte(tldLibYAML), &want); err != nil {
		t.Fatal(err)
	}
	got := parseTLDList(tldLibYAML)
	if !slices.Equal(got.Country, want.Country) || !slices.Equal(got.Generic, want.Generic) {
		t.Fatalf("lists differ: %d/%d country, %d/%d generic", len(got.Country), len(want.Country), len(got.Generic), len(want.Generic))
	}
	if len(got.Country) != 315 || len(got.Generic) != 1259 {
		t.Errorf("got %d country and %d generic TLDs", len(got.Country), len(got.Generic))
	}
}
