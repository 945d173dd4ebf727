package twittertext

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// upstreamConfig is the layout of twitter-text's config/v*.json.
type upstreamConfig struct {
	Version                int  `json:"version"`
	MaxWeightedTweetLength int  `json:"maxWeightedTweetLength"`
	Scale                  int  `json:"scale"`
	DefaultWeight          int  `json:"defaultWeight"`
	EmojiParsingEnabled    bool `json:"emojiParsingEnabled"`
	TransformedURLLength   int  `json:"transformedURLLength"`
	Ranges                 []struct {
		Start  int `json:"start"`
		End    int `json:"end"`
		Weight int `json:"weight"`
	} `json:"ranges"`
}

// V1, V2 and V3 are written out in Go so the binary reads no file; this
// keeps them equal to the configuration files twitter-text ships.
func TestConfigsMatchUpstream(t *testing.T) {
	for file, got := range map[string]Config{"v1.json": V1(), "v2.json": V2(), "v3.json": V3()} {
		t.Run(file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(conformanceDir, file))
			if err != nil {
				t.Fatal(err)
			}
			var up upstreamConfig
			if err := json.Unmarshal(raw, &up); err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			want := Config{
				Version:                up.Version,
				MaxWeightedTweetLength: up.MaxWeightedTweetLength,
				Scale:                  up.Scale,
				DefaultWeight:          up.DefaultWeight,
				EmojiParsingEnabled:    up.EmojiParsingEnabled,
				TransformedURLLength:   up.TransformedURLLength,
			}
			for _, r := range up.Ranges {
				want.Ranges = append(want.Ranges, WeightRange{Start: r.Start, End: r.End, Weight: r.Weight})
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("config differs from %s (-upstream +Go):\n%s", file, diff)
			}
		})
	}
}
