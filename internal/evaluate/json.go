package evaluate

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"strings"

	"github.com/postlint/postlint/lint"
)

// Figures is the JSON form of a report, for comparing runs.
type Figures struct {
	MinSeverity string       `json:"min_severity"`
	Rules       []string     `json:"rules"`
	Sets        []SetFigures `json:"sets"`
}

// SetFigures is one table in JSON.
type SetFigures struct {
	Name      string         `json:"name"`
	Posts     int            `json:"posts"`
	Headlines int            `json:"headlines"`
	Clickbait int            `json:"clickbait"`
	Rules     []RuleFigures  `json:"rules"`
	Total     RuleFigures    `json:"total"`
	Sets      map[string]int `json:"sets"`
}

// RuleFigures are one rule's counts, with the ratios (null when undefined).
type RuleFigures struct {
	Rule      string   `json:"rule,omitempty"`
	TP        int      `json:"tp"`
	FP        int      `json:"fp"`
	FN        int      `json:"fn"`
	Errors    int      `json:"errors"`
	Precision *float64 `json:"precision"`
	Recall    *float64 `json:"recall"`
	F1        *float64 `json:"f1"`
}

func (r RuleFigures) counts() Counts { return Counts{TP: r.TP, FP: r.FP, FN: r.FN, Errors: r.Errors} }

// ToFigures converts a report for JSON.
func ToFigures(rep Report) Figures {
	f := Figures{MinSeverity: rep.MinSeverity.String(), Rules: rep.Rules, Sets: []SetFigures{}}
	for _, s := range rep.Sets {
		sf := SetFigures{Name: s.Name, Posts: s.Posts, Headlines: s.Headlines, Clickbait: s.Clickbait, Sets: s.Sets,
			Total: ruleFigures("", s.Total), Rules: []RuleFigures{}}
		for _, r := range s.Rules {
			sf.Rules = append(sf.Rules, ruleFigures(r.Rule, r.Counts))
		}
		f.Sets = append(f.Sets, sf)
	}
	return f
}

func ruleFigures(id string, c Counts) RuleFigures {
	opt := func(x float64, ok bool) *float64 {
		if !ok {
			return nil
		}
		x = math.Round(x*1e4) / 1e4
		return &x
	}
	return RuleFigures{Rule: id, TP: c.TP, FP: c.FP, FN: c.FN, Errors: c.Errors,
		Precision: opt(c.Precision()), Recall: opt(c.Recall()), F1: opt(c.F1())}
}

// WriteJSON writes the report's figures as indented JSON.
func WriteJSON(w io.Writer, rep Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(ToFigures(rep))
}

// ReadFigures reads figures written by WriteJSON.
func ReadFigures(path string) (Figures, error) {
	var f Figures
	data, err := os.ReadFile(path)
	if err != nil {
		return f, fmt.Errorf("-compare: %w", err)
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return f, fmt.Errorf("-compare: %s: %w", path, err)
	}
	if len(f.Sets) == 0 && f.MinSeverity == "" {
		return f, fmt.Errorf("-compare: %s holds no evaluation figures", path)
	}
	return f, nil
}

// WriteComparison prints, per table and rule present in both runs, the
// change in TP, FP and FN and precision and recall before → after; only
// rows that changed are listed.
func WriteComparison(w io.Writer, oldName string, old Figures, rep Report) {
	cur := ToFigures(rep)
	fmt.Fprintf(w, "compared with %s (before → after)\n", oldName)
	if old.MinSeverity != cur.MinSeverity {
		fmt.Fprintf(w, "note: %s counted findings from %s up, this run from %s up\n", oldName, old.MinSeverity, cur.MinSeverity)
	}
	oldSets := map[string]SetFigures{}
	for _, s := range old.Sets {
		oldSets[s.Name] = s
	}
	setWidth := len("set")
	for _, s := range cur.Sets {
		setWidth = max(setWidth, len(s.Name))
	}
	rw := ruleWidth()
	var rows []string
	var onlyOne []string
	curNames := map[string]bool{}
	for _, s := range cur.Sets {
		curNames[s.Name] = true
		o, ok := oldSets[s.Name]
		if !ok {
			onlyOne = append(onlyOne, fmt.Sprintf("%s: not in %s", s.Name, oldName))
			continue
		}
		before := map[string]RuleFigures{}
		for _, r := range o.Rules {
			before[r.Rule] = r
		}
		for _, r := range append(s.Rules, s.Total) {
			name := r.Rule
			b, ok := before[name]
			if name == "" {
				name, b, ok = "total", o.Total, true
			}
			if !ok || b.counts() == r.counts() {
				continue
			}
			rows = append(rows, fmt.Sprintf("%-*s %-*s %6s %6s %6s %13s %13s %6s", setWidth, s.Name, rw, name,
				delta(r.TP-b.TP), delta(r.FP-b.FP), delta(r.FN-b.FN),
				change(b.counts().Precision, r.counts().Precision), change(b.counts().Recall, r.counts().Recall), delta(r.Errors-b.Errors)))
		}
	}
	for _, s := range old.Sets {
		if !curNames[s.Name] {
			onlyOne = append(onlyOne, fmt.Sprintf("%s: only in %s", s.Name, oldName))
		}
	}
	if len(rows) == 0 {
		fmt.Fprintln(w, "no change in the tables both runs share")
	} else {
		fmt.Fprintf(w, "%-*s %-*s %6s %6s %6s %13s %13s %6s\n", setWidth, "set", rw, "rule", "ΔTP", "ΔFP", "ΔFN", "prec %", "rec %", "Δerr")
		fmt.Fprintln(w, strings.Join(rows, "\n"))
	}
	for _, l := range onlyOne {
		fmt.Fprintln(w, l)
	}
}

func delta(d int) string {
	if d > 0 {
		return fmt.Sprintf("+%d", d)
	}
	return fmt.Sprint(d)
}

func change(before, after func() (float64, bool)) string {
	b, bok := before()
	a, aok := after()
	return fmt.Sprintf("%5s → %5s", percent(b, bok), percent(a, aok))
}

// ParseMinSeverity reads the -min-severity flag.
func ParseMinSeverity(s string) (lint.Severity, error) {
	sev, err := lint.ParseSeverity(s)
	if err != nil || sev == lint.Off {
		return lint.Off, fmt.Errorf("-min-severity: use info, warning or error, not %q", s)
	}
	return sev, nil
}
