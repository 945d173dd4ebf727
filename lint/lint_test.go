package lint

import (
	"strings"
	"testing"

	"github.com/postlint/postlint/fixer"
)

func TestParseSeverity(t *testing.T) {
	for _, s := range []Severity{Off, Info, Warning, Error} {
		got, err := ParseSeverity(s.String())
		if err != nil || got != s {
			t.Errorf("ParseSeverity(%q) = %v, %v", s.String(), got, err)
		}
	}
	if got, err := ParseSeverity("warn"); err != nil || got != Warning {
		t.Errorf(`ParseSeverity("warn") = %v, %v`, got, err)
	}
	for _, in := range []string{"Error", "fatal", "", "none"} {
		if _, err := ParseSeverity(in); err == nil || !strings.Contains(err.Error(), "use error, warning, info or off") {
			t.Errorf("ParseSeverity(%q): %v", in, err)
		}
	}
	if !(Off < Info && Info < Warning && Warning < Error) {
		t.Error("severities are not in increasing order")
	}
}

func TestSummaryCount(t *testing.T) {
	var s Summary
	for _, f := range []Finding{
		{Severity: Error}, {Severity: Warning, Fix: &FileFix{Edit: fixer.Edit{}}}, {Severity: Warning}, {Severity: Info},
	} {
		s.Count(f)
	}
	if s.Errors != 1 || s.Warnings != 2 || s.Infos != 1 || s.Fixable != 1 {
		t.Errorf("summary = %+v", s)
	}
}

func TestOnPlatforms(t *testing.T) {
	for _, tt := range []struct {
		f    Finding
		want string
	}{
		{Finding{}, ""},
		{Finding{Platform: "x"}, "x"},
		{Finding{Platform: "facebook", Platforms: []string{"facebook", "instagram"}}, "facebook,instagram"},
	} {
		if got := strings.Join(tt.f.OnPlatforms(), ","); got != tt.want {
			t.Errorf("%+v: OnPlatforms = %s, want %s", tt.f, got, tt.want)
		}
	}
}

func TestSeverityLower(t *testing.T) {
	for in, want := range map[Severity]Severity{Error: Warning, Warning: Info, Info: Info, Off: Off} {
		if got := in.Lower(); got != want {
			t.Errorf("%s.Lower() = %s, want %s", in, got, want)
		}
	}
}
