package report

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"
)

func randomSARIFText(r *rand.Rand) *sarifText {
	t := &sarifText{Text: randomJSONString(r)}
	if r.IntN(2) == 0 {
		t.Markdown = randomJSONString(r)
	}
	return t
}

func randomSARIFRegion(r *rand.Rand) sarifRegion {
	// Zero often: the omitempty columns and lines.
	n := func() int { return max(0, r.IntN(200)-100) }
	return sarifRegion{StartLine: n(), StartColumn: n(), EndLine: n(), EndColumn: n()}
}

func randomSARIFLocation(r *rand.Rand) sarifArtifactLocation {
	a := sarifArtifactLocation{URI: randomJSONString(r)}
	if r.IntN(2) == 0 {
		a.URIBaseID = randomJSONString(r)
	}
	if r.IntN(3) == 0 {
		a.Description = randomSARIFText(r)
	}
	return a
}

func randomSARIFResult(r *rand.Rand) sarifResult {
	res := sarifResult{
		RuleID: randomJSONString(r), RuleIndex: r.IntN(100) - 1, Level: randomJSONString(r),
		Message: *randomSARIFText(r),
	}
	if r.IntN(10) > 0 {
		res.Locations = []sarifLocation{}
		for range r.IntN(3) {
			loc := sarifLocation{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: randomSARIFLocation(r)}}
			if r.IntN(3) > 0 {
				reg := randomSARIFRegion(r)
				loc.PhysicalLocation.Region = &reg
			}
			res.Locations = append(res.Locations, loc)
		}
	}
	for range r.IntN(3) {
		fix := sarifFix{}
		if r.IntN(2) == 0 {
			fix.Description = randomSARIFText(r)
		}
		if r.IntN(5) > 0 {
			fix.ArtifactChanges = []sarifArtifactChange{}
			for range r.IntN(3) {
				c := sarifArtifactChange{ArtifactLocation: randomSARIFLocation(r)}
				if r.IntN(5) > 0 {
					c.Replacements = []sarifReplacement{}
					for range r.IntN(3) {
						c.Replacements = append(c.Replacements, sarifReplacement{
							DeletedRegion: randomSARIFRegion(r), InsertedContent: sarifArtifactContent{Text: randomJSONString(r)},
						})
					}
				}
				fix.ArtifactChanges = append(fix.ArtifactChanges, c)
			}
		}
		res.Fixes = append(res.Fixes, fix)
	}
	p := &res.Properties
	if r.IntN(2) == 0 {
		p.Platform = randomJSONString(r)
	}
	for n := r.IntN(4) - 1; n > 0; n-- {
		p.Platforms = append(p.Platforms, randomJSONString(r))
	}
	p.Post = max(0, r.IntN(20)-5)
	if r.IntN(3) == 0 {
		p.Cell = &jsonCell{Ref: randomJSONString(r), Row: r.IntN(5000), Column: randomJSONString(r)}
		if r.IntN(2) == 0 {
			p.Cell.Sheet, p.Cell.Header = randomJSONString(r), randomJSONString(r)
		}
	}
	if r.IntN(2) == 0 {
		p.Category = randomJSONString(r)
	}
	if r.IntN(2) == 0 {
		p.Suggestion = randomJSONString(r)
	}
	return res
}

// The SARIF log's results are written by appendSARIFResult; it must give
// what the reflecting encoder gave, byte for byte.
func TestAppendSARIFResultMatchesEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 5000 {
		res := randomSARIFResult(r)
		prefix := []string{"", "        ", "\t"}[r.IntN(3)]
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent(prefix, "  ")
		if err := enc.Encode(&res); err != nil {
			t.Fatal(err)
		}
		if got := appendSARIFResult(nil, prefix, &res); string(got) != string(bytes.TrimSuffix(want.Bytes(), []byte("\n"))) {
			t.Fatalf("case %d:\ngot  %s\nwant %s", i, got, want.Bytes())
		}
	}
}

func FuzzAppendJSONStringNoHTML(f *testing.F) {
	for _, s := range jsonTestStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if got := appendJSONStringHTML(nil, s, false); string(got) != string(bytes.TrimSuffix(want.Bytes(), []byte("\n"))) {
			t.Fatalf("appendJSONStringHTML(%q, false) = %s, want %s", s, got, want.Bytes())
		}
	})
}

func TestAppendCQIssueMatchesEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := range 5000 {
		issue := cqIssue{
			Type: randomJSONString(r), Description: randomJSONString(r), CheckName: randomJSONString(r),
			Fingerprint: randomJSONString(r), Severity: randomJSONString(r),
			Location: cqLocation{Path: randomJSONString(r), Lines: cqLines{Begin: r.IntN(5000), End: max(0, r.IntN(100)-50)}},
		}
		prefix := []string{"", "  ", "\t"}[r.IntN(3)]
		want, err := json.MarshalIndent(&issue, prefix, "  ")
		if err != nil {
			t.Fatal(err)
		}
		if got := appendCQIssue(nil, prefix, &issue); string(got) != string(want) {
			t.Fatalf("case %d:\ngot  %s\nwant %s", i, got, want)
		}
	}
}
