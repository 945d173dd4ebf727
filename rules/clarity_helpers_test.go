package rules

import (
	"strings"
	"testing"
)

// TestHookClarityRulesOnOddInput runs the hook and clarity rules over
// fragments that stress their index arithmetic: brackets at the edges,
// lone titles, entities only, empty lines.
func TestHookClarityRulesOnOddInput(t *testing.T) {
	inputs := []string{
		"(", ")", "()", "Dr.", "H.", ", SE", "di", "#", "@", "🎉", "\n\n", "x",
		"Kemensetneg (", "(Kemensetneg)", "ASN (", "(ASN", "ASN ()", ", di mana",
		"Asdep Humas Kemensetneg", "KTP KK NIK BPJS", "M.Si.", "Prof. Dr. Ir. H.",
		"---\nmedia: reel\nhook: \"\"\n---\nx", "---\nmedia: video\nsubtitles: \"\"\n---\nx",
		strings.Repeat("Dinas ", 200), strings.Repeat("di", 500), strings.Repeat("A. ", 100),
		"\u00a0Dr.\u00a0Budi\u00a0menghadiri\u00a0rapat.", "Kasi\u200bSeksi hadir.",
	}
	rules := []Rule{
		&HookTitleChain{MinTitles: 2, NameRun: 60}, &HookCeremony{}, &HookNoText{}, &VideoHook{MaxStart: 3, MaxWords: 8},
		&WallOfText{MaxSentences: 3, MaxWords: 60}, &LongSentence{InfoOver: 20, WarnOver: 35, ShareWarn: 0.25, MinSentences: 3},
		&PassiveVoice{ShareEN: 0.1, ShareID: 0.5, MinSentences: 3}, &FillerPhrase{},
		&Acronym{MaxUndefined: 2, ChainMin: 3, MaxLetters: 7},
		&Readability{MinSentences: 1, MinWords: 1, FleschInfoBelow: 60, FleschWarnBelow: 30, IDWordsPerSent: 20, IDLongWordShare: 0.25, IDLongWordSyll: 4, IDFrySyllables: 160, IDFryMinWords: 1},
	}
	for _, in := range inputs {
		for _, r := range rules {
			for _, lang := range []string{"", "---\nlang: id\n---\n", "---\nlang: en\n---\n"} {
				src := in
				if lang != "" && !strings.HasPrefix(in, "---") {
					src = lang + in
				}
				checkDraft(t, r, src, "instagram", "x")
			}
		}
	}
}

// TestIsDegree pins the one definition of "a degree, not a link" that
// Analysis.URLs applies for every rule reading links.
func TestIsDegree(t *testing.T) {
	for s, want := range map[string]bool{
		"M.Sc": true, "S.Si": true, "M.Ag": true, "S.Pt": true, "S.Th": true, "S.Farm": true,
		"B.Sc": true, "ST.MT": true, "Ph.D": true, "S.Kom.I": true,
		"bps.go.id": false, "BPS.GO.ID": false, "Kominfo.go.id": false, "www.Example.com": false,
		"S.co/abc": false, "https://M.Sc": false, "example.sc": false,
	} {
		if got := isDegree(s); got != want {
			t.Errorf("isDegree(%q) = %v, want %v", s, got, want)
		}
	}
}
