package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/sariftest"
	"github.com/postlint/postlint/lint"
)

// groupedResults is one post with a finding the engine merged from three
// platforms, the same rule's finding for one platform (its message names
// it), and a platform-independent finding.
func groupedResults() []lint.PostResult {
	bait := lint.Finding{Path: "post.md", Post: 1, Platform: "facebook", Platforms: []string{"facebook", "instagram", "x"},
		Rule: "engagement-bait", Category: lint.CategoryEngagement, Severity: lint.Warning, Range: rng(2, 1, 2, 12), Start: 0, End: 11,
		Message:    i18n.T(`engagement bait "Tag 3 teman"`, `pancingan interaksi "Tag 3 teman"`),
		Suggestion: i18n.T("ask an open question", "ajukan pertanyaan terbuka")}
	single := lint.Finding{Path: "post.md", Post: 1, Platform: "linkedin", Platforms: []string{"linkedin"},
		Rule: "engagement-bait", Category: lint.CategoryEngagement, Severity: lint.Info, Range: rng(2, 1, 2, 12), Start: 0, End: 11,
		Message: i18n.T(`engagement bait "Tag 3 teman" on LinkedIn`, `pancingan interaksi "Tag 3 teman" di LinkedIn`)}
	plain := lint.Finding{Path: "post.md", Post: 1, Rule: "hook-dateline", Category: lint.CategoryHook, Severity: lint.Warning,
		Range: rng(2, 1, 2, 5), Start: 0, End: 4, Message: i18n.T("dateline", "dateline")}
	return []lint.PostResult{{Path: "post.md", Index: 1, Platforms: []string{"facebook", "instagram", "linkedin", "x"},
		Findings: []lint.Finding{bait, single, plain}}}
}

// TestJSONPlatformsOnlyForSeveral: "platform" keeps its shape (the one
// platform, "" for none, the first of several) and "platforms" appears
// only when a finding applies to several.
func TestJSONPlatformsOnlyForSeveral(t *testing.T) {
	out := render(t, "json", sampleOptions(i18n.EN), groupedResults())
	var doc struct {
		Findings []map[string]any `json:"findings"`
		Summary  map[string]int   `json:"summary"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(doc.Findings) != 3 {
		t.Fatalf("%d findings, want 3 (one per grouped finding):\n%s", len(doc.Findings), out)
	}
	grouped, single, plain := doc.Findings[0], doc.Findings[1], doc.Findings[2]
	if grouped["platform"] != "facebook" || strings.Join(anyStrings(grouped["platforms"]), ",") != "facebook,instagram,x" {
		t.Errorf("grouped finding: platform %v, platforms %v", grouped["platform"], grouped["platforms"])
	}
	if _, ok := single["platforms"]; ok || single["platform"] != "linkedin" {
		t.Errorf("a finding for one platform keeps the old shape: %v", single)
	}
	if _, ok := plain["platforms"]; ok || plain["platform"] != "" {
		t.Errorf("a platform-independent finding keeps platform \"\" and no platforms: %v", plain)
	}
	// "platforms" follows "platform", as documented.
	if i, j := strings.Index(out, `"platform": "facebook"`), strings.Index(out, `"platforms": [`); i < 0 || j < i || j > strings.Index(out, `"rule": "engagement-bait"`) {
		t.Errorf("platforms should follow platform:\n%s", out)
	}
}

func anyStrings(v any) []string {
	list, _ := v.([]any)
	out := make([]string, 0, len(list))
	for _, x := range list {
		s, _ := x.(string)
		out = append(out, s)
	}
	return out
}

// TestTextListsPlatformsOnOneLine: a grouped finding is one line naming
// its platforms, and the summary counts it once.
func TestTextListsPlatformsOnOneLine(t *testing.T) {
	out := render(t, "text", sampleOptions(i18n.EN), groupedResults())
	if n := strings.Count(out, "engagement-bait"); n != 2 {
		t.Errorf("%d engagement-bait lines, want 2 (one grouped, one for LinkedIn):\n%s", n, out)
	}
	for _, want := range []string{
		"post.md\n  2:1  warning  engagement-bait  engagement bait \"Tag 3 teman\" [facebook, instagram, x]\n",
		"\n  2:1  info  engagement-bait  engagement bait \"Tag 3 teman\" on LinkedIn [linkedin]\n",
		"\n  2:1  warning  hook-dateline  dateline\n",
		"0 errors, 2 warnings, 1 info in 1 post",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
}

// TestSARIFGroupedResult: one result per grouped finding, its platforms in
// properties.platforms, and the log still valid SARIF 2.1.0.
func TestSARIFGroupedResult(t *testing.T) {
	out := render(t, "sarif", sampleOptions(i18n.EN), groupedResults())
	if err := sariftest.New(t).Validate([]byte(out)); err != nil {
		t.Fatalf("SARIF does not validate: %v\n%s", err, out)
	}
	_, results := parseSARIF(t, out)
	if len(results) != 3 {
		t.Fatalf("%d results, want 3", len(results))
	}
	g := results[0]
	if g.Properties["platform"] != "facebook" || strings.Join(anyStrings(g.Properties["platforms"]), ",") != "facebook,instagram,x" {
		t.Errorf("grouped result properties: %v", g.Properties)
	}
	if !strings.Contains(g.Message.Text, "[facebook, instagram, x]") {
		t.Errorf("message should name the platforms: %q", g.Message.Text)
	}
	if _, ok := results[1].Properties["platforms"]; ok || results[1].Properties["platform"] != "linkedin" {
		t.Errorf("one platform: %v", results[1].Properties)
	}
	if _, ok := results[2].Properties["platforms"]; ok {
		t.Errorf("no platform: %v", results[2].Properties)
	}
}

// TestCIFormatsOneEntryPerGroupedFinding: github, checkstyle, junit and
// codequality give a grouped finding one entry whose message ends with its
// platforms.
func TestCIFormatsOneEntryPerGroupedFinding(t *testing.T) {
	const suffix = `engagement bait "Tag 3 teman" [facebook, instagram, x]`
	o := sampleOptions(i18n.EN)
	o.FailOn = lint.Info
	for _, tc := range []struct {
		format, entry string
	}{
		{"github", "\n::"},
		{"checkstyle", "<error "},
		{"junit", "post.md:2:1 "},
		{"codequality", `"type": "issue"`},
	} {
		out := render(t, tc.format, o, groupedResults())
		if n := strings.Count("\n"+out, tc.entry); n != 3 {
			t.Errorf("%s: %d entries, want one per finding:\n%s", tc.format, n, out)
		}
		text := out
		if tc.format == "checkstyle" {
			text = strings.ReplaceAll(out, "&#34;", `"`)
			text = strings.ReplaceAll(text, "&quot;", `"`)
		}
		if tc.format == "codequality" {
			text = strings.ReplaceAll(out, `\"`, `"`)
		}
		if strings.Count(text, suffix) != 1 {
			t.Errorf("%s: the grouped finding should appear once, ending with its platforms:\n%s", tc.format, out)
		}
		if strings.Contains(text, "[facebook]") || strings.Contains(text, "[instagram]") {
			t.Errorf("%s: a copy per platform is left:\n%s", tc.format, out)
		}
	}
}

// TestCodeQualityFingerprintsOfGroupedFindings: the fingerprint of a
// finding for one platform is what it was before findings were grouped;
// a grouped finding has its own, different from the same rule's finding
// on another platform, and from each of its platforms alone.
func TestCodeQualityFingerprintsOfGroupedFindings(t *testing.T) {
	// The fingerprint as computed before grouping existed.
	before := func(f lint.Finding) string {
		h := sha256.New()
		for _, part := range []string{f.Path, strconv.Itoa(f.Post), f.Rule, f.Platform,
			strconv.Itoa(f.Range.Start.Line), strconv.Itoa(f.Range.Start.Column),
			strconv.Itoa(f.Range.End.Line), strconv.Itoa(f.Range.End.Column), f.Message.EN} {
			h.Write([]byte(part))
			h.Write([]byte{0})
		}
		return hex.EncodeToString(h.Sum(nil))
	}
	fs := groupedResults()[0].Findings
	grouped, single, plain := fs[0], fs[1], fs[2]
	if cqFingerprint(single) != before(single) || cqFingerprint(plain) != before(plain) {
		t.Error("the fingerprint of an ungrouped finding changed")
	}
	seen := map[string]bool{}
	for _, p := range grouped.Platforms {
		one := grouped
		one.Platform, one.Platforms = p, []string{p}
		seen[cqFingerprint(one)] = true
	}
	seen[cqFingerprint(single)] = true
	if fp := cqFingerprint(grouped); seen[fp] {
		t.Error("a grouped finding shares its fingerprint with a finding for one platform")
	}
	other := grouped
	other.Platforms = []string{"facebook", "instagram"}
	if cqFingerprint(other) == cqFingerprint(grouped) {
		t.Error("findings for different sets of platforms share a fingerprint")
	}
}

// TestHTMLGroupedFindingOnEveryCard: a grouped finding shows on the card
// of each platform it lists, not on the others, and counts once.
func TestHTMLGroupedFindingOnEveryCard(t *testing.T) {
	src := "---\nplatform: [facebook, instagram, linkedin]\n---\nTag 3 teman yang wajib tahu!"
	text := "Tag 3 teman yang wajib tahu!"
	s, e := span(text, "Tag 3 teman")
	r := postResult(t, "p.md", src, []string{"facebook", "instagram", "linkedin"},
		lint.Finding{Rule: "engagement-bait", Category: "engagement", Platform: "facebook", Platforms: []string{"facebook", "instagram"},
			Severity: lint.Warning, Start: s, End: e, Message: i18n.T(`engagement bait "Tag 3 teman"`, `pancingan interaksi "Tag 3 teman"`)},
		lint.Finding{Rule: "engagement-bait", Category: "engagement", Platform: "linkedin", Platforms: []string{"linkedin"},
			Severity: lint.Info, Start: s, End: e, Message: i18n.T(`engagement bait "Tag 3 teman" (info)`, `pancingan interaksi "Tag 3 teman" (info)`)},
	)
	page := renderHTML(t, "en", r)
	cs := cards(page)
	keys := map[string]bool{}
	keyRe := regexp.MustCompile(`data-key="([^"]+)"`)
	for _, name := range []string{"facebook", "instagram"} {
		card := cs[name]
		if strings.Count(card, `<li id=`) != 1 || !strings.Contains(card, "sev-warning") || strings.Contains(card, "(info)") {
			t.Errorf("%s card should list the grouped warning only:\n%s", name, card)
		}
		if !strings.Contains(card, "on Facebook, Instagram") {
			t.Errorf("%s card should name both platforms:\n%s", name, card)
		}
		for _, m := range keyRe.FindAllStringSubmatch(card, -1) {
			keys[m[1]] = true
		}
	}
	if len(keys) != 1 {
		t.Errorf("the grouped finding should have one key on both cards, got %v", keys)
	}
	if li := cs["linkedin"]; strings.Count(li, `<li id=`) != 1 || !strings.Contains(li, "(info)") || strings.Contains(li, "Facebook") {
		t.Errorf("linkedin card should list its own finding only:\n%s", li)
	}
	if !strings.Contains(page, "1 warning</span>") || !strings.Contains(page, "1 info</span>") {
		t.Error("the summary should count the grouped finding once")
	}
}
