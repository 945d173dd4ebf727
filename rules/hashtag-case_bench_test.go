package rules

import "testing"

// BenchmarkPostRulesWarm measures hashtag-case, passive-voice, cta-missing,
// claim-without-source, personal-data and clickbait over the posts of
// BenchmarkRule with every view they read computed beforehand, as
// BenchmarkAcronymWarm does for its rules: the figure is each rule's own
// work.
func BenchmarkPostRulesWarm(b *testing.B) {
	benchWarm(b, func(r Rule) bool {
		switch r.(type) {
		case *HashtagCase, *PassiveVoice, *CtaMissing, *ClaimWithoutSource, *PersonalData, *Clickbait:
			return true
		}
		return false
	})
}
