package twittertext

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

type expectedParse struct {
	WeightedLength    int  `yaml:"weightedLength"`
	Valid             bool `yaml:"valid"`
	Permillage        int  `yaml:"permillage"`
	DisplayRangeStart int  `yaml:"displayRangeStart"`
	DisplayRangeEnd   int  `yaml:"displayRangeEnd"`
	ValidRangeStart   int  `yaml:"validRangeStart"`
	ValidRangeEnd     int  `yaml:"validRangeEnd"`
}

func TestConformanceWeightedLength(t *testing.T) {
	f := loadConformance(t, "validate.yml")
	// The configurations the upstream test runners use for each section.
	for _, sec := range []struct {
		name string
		cfg  Config
	}{
		{"WeightedTweetsCounterTest", V2()},
		{"WeightedTweetsWithDiscountedEmojiCounterTest", V3()},
		{"UnicodeDirectionalMarkerCounterTest", V3()},
	} {
		t.Run(sec.name, func(t *testing.T) {
			for _, c := range section(t, f, sec.name) {
				t.Run(c.Description, func(t *testing.T) {
					var want expectedParse
					decodeExpected(t, c, &want)
					r := Parse(c.Text, sec.cfg)
					got := expectedParse(r)
					if diff := cmp.Diff(want, got); diff != "" {
						t.Errorf("Parse mismatch (-want +got):\n%s", diff)
					}
				})
			}
		})
	}
}

func TestConformanceTweetValidity(t *testing.T) {
	f := loadConformance(t, "validate.yml")
	for _, c := range section(t, f, "tweets") {
		t.Run(c.Description, func(t *testing.T) {
			var want bool
			decodeExpected(t, c, &want)
			if got := Parse(c.Text, V1()).Valid; got != want {
				t.Errorf("Parse(V1).Valid = %v, want %v", got, want)
			}
		})
	}
}
