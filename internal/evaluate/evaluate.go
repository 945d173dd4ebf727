// Package evaluate measures postlint's content rules against labelled dev
// data: Markdown posts carrying an `<!-- eval: expect=… maybe=… -->` label
// and headline CSVs labelled clickbait or non-clickbait. It runs the real
// lint engine with the built-in configuration, so the figures are those a
// user gets, and scores each rule per post: true positives, false
// positives, misses, precision and recall.
package evaluate

import (
	"fmt"
	"strings"

	"github.com/postlint/postlint/internal/fuzzy"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/rules"
)

// Rules returns the evaluated rules, in the order tables list them: hook,
// clarity, engagement, then trust. Mechanical rules (lengths, counts) are
// exact and covered by unit tests instead.
func Rules() []string {
	return []string{
		"hook-weak-opener", "hook-dateline", "hook-title-chain", "hook-ceremony", "hook-no-text",
		"acronym", "passive-voice", "filler-phrase",
		"cta-missing", "engagement-bait", "link-not-clickable",
		"chain-message", "anonymous-source", "alarm-styling", "clickbait", "claim-without-source",
		"share-pressure", "victim-identity", "graphic-description", "victim-blaming", "personal-data",
	}
}

// TrustRules returns the evaluated rules of the trust category: the rules a
// news headline must not trip.
func TrustRules() []string {
	var out []string
	for _, id := range Rules() {
		if rules.DocOf(id).Category == lint.CategoryTrust {
			out = append(out, id)
		}
	}
	return out
}

// SelectRules narrows the evaluated rules to a comma-separated list (the
// -rules flag), keeping the table order. An empty list selects them all.
func SelectRules(list string) ([]string, error) {
	all := Rules()
	if strings.TrimSpace(list) == "" {
		return all, nil
	}
	want := map[string]bool{}
	for _, id := range strings.Split(list, ",") {
		id = strings.TrimSpace(id)
		if id == "" {
			continue
		}
		if !contains(all, id) {
			msg := fmt.Sprintf("-rules: %q is not an evaluated rule", id)
			if s := fuzzy.Closest(id, all); s != "" {
				msg += fmt.Sprintf("; did you mean %q?", s)
			} else {
				msg += " (evaluated: " + strings.Join(all, ", ") + ")"
			}
			return nil, fmt.Errorf("%s", msg)
		}
		want[id] = true
	}
	var out []string
	for _, id := range all {
		if want[id] {
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("-rules: no rule given")
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// intersect keeps the rules of list that are in keep, in list's order.
func intersect(list, keep []string) []string {
	var out []string
	for _, id := range list {
		if contains(keep, id) {
			out = append(out, id)
		}
	}
	return out
}
