package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

func TestCodeQualityRoundTrip(t *testing.T) {
	out := render(t, "codequality", sampleOptions(i18n.EN), sampleResults())
	var issues []struct {
		Type        string `json:"type"`
		Description string `json:"description"`
		CheckName   string `json:"check_name"`
		Fingerprint string `json:"fingerprint"`
		Severity    string `json:"severity"`
		Location    struct {
			Path  string `json:"path"`
			Lines struct {
				Begin int `json:"begin"`
				End   int `json:"end"`
			} `json:"lines"`
		} `json:"location"`
	}
	if err := json.Unmarshal([]byte(out), &issues); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out)
	}
	findings := sampleFindings()
	if len(issues) != len(findings) {
		t.Fatalf("%d issues for %d findings", len(issues), len(findings))
	}
	sev := map[lint.Severity]string{lint.Error: "major", lint.Warning: "minor", lint.Info: "info"}
	seen := map[string]bool{}
	for i, f := range findings {
		is := issues[i]
		if is.Type != "issue" || is.CheckName != f.Rule || is.Severity != sev[f.Severity] || is.Location.Path != f.Path {
			t.Errorf("%d: %+v", i, is)
		}
		if want := describe(f, i18n.EN, " "); is.Description != want {
			t.Errorf("%d: description %q, want %q", i, is.Description, want)
		}
		if is.Location.Lines.Begin < 1 {
			t.Errorf("%d: GitLab needs a line, got %d", i, is.Location.Lines.Begin)
		}
		if len(is.Fingerprint) != 64 || seen[is.Fingerprint] {
			t.Errorf("%d: fingerprint %q missing or repeated", i, is.Fingerprint)
		}
		seen[is.Fingerprint] = true
	}
	if issues[6].Location.Lines.End != 4 {
		t.Errorf("a span over lines 2-4 should end at 4: %+v", issues[6].Location)
	}
}

// Findings that differ only by platform are distinct issues.
func TestCodeQualityFingerprintsPerPlatform(t *testing.T) {
	f := lint.Finding{Path: "a.md", Post: 1, Rule: "hook-fold", Platform: "facebook", Range: rng(1, 1, 1, 5), Message: i18n.T("m", "")}
	g := f
	g.Platform = "instagram"
	if cqFingerprint(f) == cqFingerprint(g) {
		t.Error("the same finding on two platforms got one fingerprint")
	}
	h := f
	h.Message = i18n.T("m", "id differs")
	if cqFingerprint(f) != cqFingerprint(h) {
		t.Error("the fingerprint must not depend on the report's language")
	}
}

// cqFingerprint is a finding's fingerprint as a string.
func cqFingerprint(f lint.Finding) string {
	fp, _ := appendCQFingerprint(nil, nil, f)
	return string(fp)
}

// The fingerprint hashes its parts in one buffer; it must be the hash of
// writing them one by one, which every earlier report used.
func TestCQFingerprintSameAsStreamed(t *testing.T) {
	streamed := func(f lint.Finding) string {
		h := sha256.New()
		for _, part := range []string{f.Path, strconv.Itoa(f.Post), f.Rule, strings.Join(f.OnPlatforms(), ","),
			strconv.Itoa(f.Range.Start.Line), strconv.Itoa(f.Range.Start.Column),
			strconv.Itoa(f.Range.End.Line), strconv.Itoa(f.Range.End.Column), f.Message.EN} {
			h.Write([]byte(part))
			h.Write([]byte{0})
		}
		return hex.EncodeToString(h.Sum(nil))
	}
	r := rand.New(rand.NewPCG(7, 8))
	var scratch []byte
	for i := range 3000 {
		f := lint.Finding{
			Path: randomJSONString(r), Post: r.IntN(300) - 1, Rule: randomJSONString(r), Platform: randomJSONString(r),
			Range:   draft.Range{Start: draft.Position{Line: r.IntN(900) - 1, Column: r.IntN(90)}, End: draft.Position{Line: r.IntN(900), Column: r.IntN(90) - 1}},
			Message: i18n.T(randomJSONString(r), randomJSONString(r)),
		}
		for n := r.IntN(4) - 1; n > 0; n-- {
			f.Platforms = append(f.Platforms, randomJSONString(r))
		}
		var fp []byte
		fp, scratch = appendCQFingerprint([]byte("x"), scratch, f)
		if want := streamed(f); string(fp[1:]) != want || fp[0] != 'x' {
			t.Fatalf("case %d: %s, want x%s", i, fp, want)
		}
	}
}
