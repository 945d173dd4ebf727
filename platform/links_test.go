package platform

import (
	"regexp"
	"testing"
)

// degreeRe is the pattern IsDegree implements, kept here as its
// specification.
var degreeRe = regexp.MustCompile(`^[A-Z][A-Za-z]?\.(?:[A-Z][A-Za-z]{0,4}\.?)+$`)

func TestIsDegree(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"M.Sc", true}, {"S.Si", true}, {"M.Ag", true}, {"S.Pt", true}, {"B.Sc", true},
		{"ST.MT", true}, {"S.Kom.I", true}, {"Sp.PD", true}, {"S.Sos.", true}, {"M.Sc.", true},
		{"bps.go.id", false}, {"BPS.GO.ID", false}, {"www.kemkes.go.id", false}, {"kemkes.go.id", false},
		{"S.Abcdef", false}, {"S..Si", false}, {"S.", false}, {"M.sc", false}, {"Sc", false}, {"", false},
	} {
		if got := IsDegree(tc.s); got != tc.want {
			t.Errorf("IsDegree(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestIsDegreeMatchesThePattern compares IsDegree with its pattern on every
// string of up to seven characters over letters of both cases, periods and
// another character.
func TestIsDegreeMatchesThePattern(t *testing.T) {
	alphabet := []byte("ABab.-")
	buf := make([]byte, 0, 7)
	var walk func()
	walk = func() {
		s := string(buf)
		if IsDegree(s) != degreeRe.MatchString(s) {
			t.Fatalf("IsDegree(%q) = %v, the pattern says %v", s, IsDegree(s), !IsDegree(s))
		}
		if len(buf) == cap(buf) {
			return
		}
		for _, c := range alphabet {
			buf = append(buf, c)
			walk()
			buf = buf[:len(buf)-1]
		}
	}
	walk()
}

func FuzzIsDegree(f *testing.F) {
	for _, s := range []string{"M.Sc", "S.Kom.I", "ST.MTXYZW", "S.ABcdef", "bps.go.id", "S..Si"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if IsDegree(s) != degreeRe.MatchString(s) {
			t.Errorf("IsDegree(%q) = %v, the pattern says %v", s, IsDegree(s), !IsDegree(s))
		}
	})
}

func TestLinksLeaveOutDegrees(t *testing.T) {
	text := "Dr. Budi Santoso, M.Sc. dan Sari, S.Sos. hadir. Info: kemkes.go.id dan https://bps.go.id/x"
	var got []string
	for _, l := range Links(text) {
		got = append(got, text[l.Start:l.End])
	}
	if len(got) != 2 || got[0] != "kemkes.go.id" || got[1] != "https://bps.go.id/x" {
		t.Errorf("Links = %q, want the two addresses only", got)
	}
}
