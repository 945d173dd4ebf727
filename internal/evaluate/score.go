package evaluate

import (
	"sort"
	"strings"

	"github.com/postlint/postlint/lint"
)

// Item is one labelled post or headline with what postlint reported on it.
type Item struct {
	// Set is the data set: a posts folder ("trust-id"), "headlines-en" or
	// "click-id". Group is the table it counts in ("trust" for trust-id
	// and trust-en).
	Set   string
	Group string
	// Name is the file, relative to the posts folder, or "row N".
	Name string
	// Row is the headline's row (0 for a post file), for sorting.
	Row      int
	Headline bool
	// Text is the post's text or the headline.
	Text   string
	Expect []string
	Maybe  []string
	// Scored lists the rules scored on the item.
	Scored   []string
	Findings []lint.Finding
}

// Counts are one rule's figures, or a total. Errors counts posts that did
// not expect the rule but got an error-severity finding from it.
type Counts struct {
	TP, FP, FN, Errors int
}

func (c *Counts) add(o Counts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
	c.Errors += o.Errors
}

// Precision is TP / (TP + FP); ok is false when the rule never fired.
func (c Counts) Precision() (p float64, ok bool) { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP / (TP + FN); ok is false when no post expected the rule.
func (c Counts) Recall() (r float64, ok bool) { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall, 2TP / (2TP + FP + FN).
func (c Counts) F1() (f float64, ok bool) { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(a, b int) (float64, bool) {
	if b == 0 {
		return 0, false
	}
	return float64(a) / float64(b), true
}

// RuleScore is one rule's figures in one table.
type RuleScore struct {
	Rule string
	Counts
}

// SetScore is one table: a group of data sets, or everything ("overall").
type SetScore struct {
	Name      string
	Posts     int
	Headlines int
	Clickbait int // headlines labelled clickbait
	// Sets counts the items of each data set in the table.
	Sets  map[string]int
	Rules []RuleScore
	Total Counts
	// Unevaluated counts, per rule outside the evaluated list, the items
	// that got an error-severity finding from it.
	Unevaluated map[string]int
}

// Mistake is one false positive ("FP") or miss ("FN").
type Mistake struct {
	Kind string
	Set  string
	Name string
	Row  int
	Rule string
	// Message is the rule's first finding on the item, or "missed".
	Message string
	// Text is the headline, or the post's first 80 characters.
	Text string
}

// Report is the outcome of scoring.
type Report struct {
	MinSeverity lint.Severity
	Rules       []string
	// Sets holds one table per group, then "overall" when there are
	// several.
	Sets     []SetScore
	Mistakes []Mistake
}

// GroupOf names the table a data set counts in: the folder name without
// its language suffix (trust-id and trust-en are "trust").
func GroupOf(set string) string {
	for _, suffix := range []string{"-id", "-en"} {
		if g, ok := strings.CutSuffix(set, suffix); ok && g != "" {
			return g
		}
	}
	return set
}

// Overall is the name of the table that adds up every data set.
const Overall = "overall"

// Score counts, for each item and each rule scored on it: a true positive
// when the rule reported a finding at or above minSev and was expected, a
// false positive when it reported without being expected or maybe, a miss
// when it was expected and reported nothing. scored is the rule list of the
// run (the -rules selection), used for the table order.
func Score(items []Item, scored []string, minSev lint.Severity) Report {
	if minSev == lint.Off {
		minSev = lint.Info
	}
	rep := Report{MinSeverity: minSev, Rules: scored}
	groups := map[string]*SetScore{}
	counts := map[string]map[string]*Counts{} // group → rule → counts
	var order []string
	overall := newSetScore(Overall)
	overallCounts := map[string]*Counts{}
	evaluated := Rules()
	for _, it := range items {
		g, ok := groups[it.Group]
		if !ok {
			g = newSetScore(it.Group)
			groups[it.Group] = g
			counts[it.Group] = map[string]*Counts{}
			order = append(order, it.Group)
		}
		for _, s := range []*SetScore{g, overall} {
			s.Sets[it.Set]++
			if it.Headline {
				s.Headlines++
				if contains(it.Expect, "clickbait") {
					s.Clickbait++
				}
			} else {
				s.Posts++
			}
		}
		for _, id := range it.Scored {
			c := scoreRule(it, id, minSev, &rep.Mistakes)
			for _, m := range []map[string]*Counts{counts[it.Group], overallCounts} {
				if m[id] == nil {
					m[id] = &Counts{}
				}
				m[id].add(c)
			}
		}
		seen := map[string]bool{}
		for _, f := range it.Findings {
			if f.Severity != lint.Error || contains(evaluated, f.Rule) || contains(it.Expect, f.Rule) || seen[f.Rule] {
				continue
			}
			seen[f.Rule] = true
			g.Unevaluated[f.Rule]++
			overall.Unevaluated[f.Rule]++
		}
	}
	sortGroups(order, items)
	for _, name := range order {
		rep.Sets = append(rep.Sets, finishSet(groups[name], counts[name], scored))
	}
	if len(order) > 1 {
		rep.Sets = append(rep.Sets, finishSet(overall, overallCounts, scored))
	}
	sortMistakes(rep.Mistakes)
	return rep
}

func newSetScore(name string) *SetScore {
	return &SetScore{Name: name, Sets: map[string]int{}, Unevaluated: map[string]int{}}
}

// scoreRule scores one rule on one item and records its mistake, if any.
func scoreRule(it Item, id string, minSev lint.Severity, mistakes *[]Mistake) Counts {
	var first *lint.Finding
	errored := false
	for i := range it.Findings {
		f := &it.Findings[i]
		if f.Rule != id {
			continue
		}
		if f.Severity >= minSev && first == nil {
			first = f
		}
		if f.Severity == lint.Error {
			errored = true
		}
	}
	expected := contains(it.Expect, id)
	var c Counts
	if errored && !expected {
		c.Errors = 1
	}
	mistake := func(kind, msg string) {
		*mistakes = append(*mistakes, Mistake{Kind: kind, Set: it.Set, Name: it.Name, Row: it.Row, Rule: id, Message: msg, Text: excerpt(it)})
	}
	switch {
	case expected && first != nil:
		c.TP = 1
	case expected:
		c.FN = 1
		mistake("FN", "missed")
	case first != nil && !contains(it.Maybe, id):
		c.FP = 1
		mistake("FP", first.Message.EN)
	}
	return c
}

// finishSet lists the rules scored in the set in table order, with totals.
func finishSet(s *SetScore, byRule map[string]*Counts, order []string) SetScore {
	for _, id := range order {
		c, ok := byRule[id]
		if !ok {
			continue
		}
		s.Rules = append(s.Rules, RuleScore{Rule: id, Counts: *c})
		s.Total.add(*c)
	}
	return *s
}

// sortGroups puts the post groups first (gov, trust, hook, then others by
// name) and the headline sets after them, in the order they were read.
func sortGroups(order []string, items []Item) {
	headline := map[string]bool{}
	for _, it := range items {
		if it.Headline {
			headline[it.Group] = true
		}
	}
	rank := func(name string) int {
		if headline[name] {
			return 4
		}
		switch name {
		case "gov":
			return 0
		case "trust":
			return 1
		case "hook":
			return 2
		}
		return 3
	}
	sort.SliceStable(order, func(i, j int) bool {
		ri, rj := rank(order[i]), rank(order[j])
		if ri != rj {
			return ri < rj
		}
		if ri == 4 {
			return false // keep the reading order
		}
		return order[i] < order[j]
	})
}

func sortMistakes(ms []Mistake) {
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		switch {
		case a.Set != b.Set:
			return a.Set < b.Set
		case a.Row != b.Row:
			return a.Row < b.Row
		case a.Name != b.Name:
			return a.Name < b.Name
		case a.Rule != b.Rule:
			return a.Rule < b.Rule
		}
		return a.Kind < b.Kind
	})
}

// excerpt is the headline, or the post's first 80 characters on one line.
func excerpt(it Item) string {
	text := strings.Join(strings.Fields(it.Text), " ")
	if it.Headline {
		return text
	}
	const limit = 80
	r := []rune(text)
	if len(r) <= limit {
		return text
	}
	return string(r[:limit]) + "…"
}
