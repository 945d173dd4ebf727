package evaluate

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// ruleWidth fits the longest evaluated rule ID.
func ruleWidth() int {
	w := len("total")
	for _, id := range Rules() {
		w = max(w, len(id))
	}
	return w
}

// WriteTables prints one fixed-width table per group and the overall one:
// for each rule TP, FP, FN, precision, recall and F1 in percent ("-" when
// undefined) and err, the posts that did not expect the rule but got an
// error-severity finding from it.
func WriteTables(w io.Writer, rep Report) {
	if len(rep.Sets) == 0 {
		fmt.Fprintln(w, "no labelled data found")
		return
	}
	rw := ruleWidth()
	for i, s := range rep.Sets {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w, heading(s))
		fmt.Fprintf(w, "%-*s %6s %6s %6s %7s %7s %7s %5s\n", rw, "rule", "TP", "FP", "FN", "prec %", "rec %", "F1 %", "err")
		for _, r := range s.Rules {
			writeRow(w, rw, r.Rule, r.Counts)
		}
		writeRow(w, rw, "total", s.Total)
		if len(s.Unevaluated) > 0 {
			ids := make([]string, 0, len(s.Unevaluated))
			for id := range s.Unevaluated {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			parts := make([]string, len(ids))
			for i, id := range ids {
				parts[i] = fmt.Sprintf("%s %d", id, s.Unevaluated[id])
			}
			fmt.Fprintf(w, "errors from rules not evaluated: %s\n", strings.Join(parts, ", "))
		}
	}
}

func writeRow(w io.Writer, rw int, name string, c Counts) {
	p, pok := c.Precision()
	r, rok := c.Recall()
	f, fok := c.F1()
	fmt.Fprintf(w, "%-*s %6d %6d %6d %7s %7s %7s %5d\n", rw, name, c.TP, c.FP, c.FN, percent(p, pok), percent(r, rok), percent(f, fok), c.Errors)
}

func percent(x float64, ok bool) string {
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%.1f", 100*x)
}

// heading names a table and what it holds.
func heading(s SetScore) string {
	var what []string
	if s.Posts > 0 {
		what = append(what, plural(s.Posts, "post"))
	}
	if s.Headlines > 0 {
		what = append(what, fmt.Sprintf("%s (%d clickbait)", plural(s.Headlines, "headline"), s.Clickbait))
	}
	h := s.Name + ": " + strings.Join(what, ", ")
	if s.Name == Overall || (len(s.Sets) == 1 && s.Sets[s.Name] > 0) {
		return h
	}
	sets := make([]string, 0, len(s.Sets))
	for name := range s.Sets {
		sets = append(sets, name)
	}
	sort.Strings(sets)
	for i, name := range sets {
		sets[i] = fmt.Sprintf("%s %d", name, s.Sets[name])
	}
	return h + " (" + strings.Join(sets, ", ") + ")"
}

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// WriteMistakes lists every false positive and miss, one per line and
// tab-separated (kind, set, file or row, rule, message, text), sorted so
// that two runs can be diffed.
func WriteMistakes(w io.Writer, rep Report) {
	for _, m := range rep.Mistakes {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", m.Kind, m.Set, m.Name, m.Rule, oneLine(m.Message), m.Text)
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
