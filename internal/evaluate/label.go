package evaluate

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/postlint/postlint/internal/fuzzy"
	"github.com/postlint/postlint/rules"
)

// Label is what a labelled post says about itself.
type Label struct {
	// Expect lists the rules that should report on the post; Maybe the
	// borderline ones, where either outcome is acceptable.
	Expect []string
	Maybe  []string
	// Line is the label's line in the file.
	Line int
}

// DataError is malformed evaluation data at a file and line.
type DataError struct {
	File string
	Line int
	Msg  string
}

func (e *DataError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// DataErrors is every data problem of a run, sorted by file and line.
type DataErrors []*DataError

func (es DataErrors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

func (es DataErrors) sort() {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].File != es[j].File {
			return es[i].File < es[j].File
		}
		return es[i].Line < es[j].Line
	})
}

var labelStart = regexp.MustCompile(`<!--\s*eval:`)

const labelShape = "<!-- eval: expect=RULE,RULE maybe=RULE -->"

// ParseLabel reads the eval label of a Markdown post: one
// `<!-- eval: expect=… maybe=… -->` comment, alone on the file's last
// non-blank line. Rule IDs must be postlint rules; a rule may not be both
// expected and maybe.
func ParseLabel(file string, data []byte) (Label, error) {
	lines := strings.Split(string(data), "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], "\r")
	}
	last := 0 // 1-based number of the last non-blank line
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			last = i + 1
		}
	}
	fail := func(line int, format string, args ...any) (Label, error) {
		return Label{}, &DataError{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	found := 0
	for i, l := range lines {
		n := len(labelStart.FindAllStringIndex(l, -1))
		if n == 0 {
			continue
		}
		if found > 0 || n > 1 {
			first := found
			if first == 0 {
				first = i + 1
			}
			return fail(i+1, "a second eval label (the first is on line %d): a post carries exactly one, on its last line", first)
		}
		found = i + 1
	}
	if found == 0 {
		return fail(max(last, 1), "no eval label: end the post with a line %s", labelShape)
	}
	if found != last {
		return fail(found, "the eval label must be the last line of the file (the file goes on to line %d)", last)
	}
	text := strings.TrimSpace(lines[found-1])
	loc := labelStart.FindStringIndex(text)
	if loc[0] != 0 || !strings.HasSuffix(text, "-->") {
		return fail(found, "the eval label must stand alone on its line: %s", labelShape)
	}
	body := strings.TrimSuffix(text[loc[1]:], "-->")
	lab := Label{Line: found}
	seen := map[string]bool{}
	for _, field := range strings.Fields(body) {
		key, val, ok := strings.Cut(field, "=")
		if !ok || (key != "expect" && key != "maybe") {
			return fail(found, "unexpected %q in the eval label: write %s", field, labelShape)
		}
		if seen[key] {
			return fail(found, "%s= given twice in the eval label", key)
		}
		seen[key] = true
		ids, err := parseRuleList(key, val)
		if err != nil {
			return fail(found, "%v", err)
		}
		if key == "expect" {
			lab.Expect = ids
		} else {
			lab.Maybe = ids
		}
	}
	if !seen["expect"] {
		return fail(found, "the eval label has no expect= (write expect= with nothing after it for a post no evaluated rule should flag)")
	}
	for _, id := range lab.Expect {
		if contains(lab.Maybe, id) {
			return fail(found, "%s is in both expect= and maybe=", id)
		}
	}
	return lab, nil
}

// parseRuleList reads the comma-separated rule IDs of expect= or maybe=.
func parseRuleList(key, val string) ([]string, error) {
	if val == "" {
		return nil, nil
	}
	var ids []string
	for _, id := range strings.Split(val, ",") {
		switch {
		case id == "":
			return nil, fmt.Errorf("empty rule name in %s= (rule IDs are separated by commas, without spaces)", key)
		case !rules.Known(id):
			msg := fmt.Sprintf("unknown rule %q in %s=", id, key)
			if s := fuzzy.Closest(id, rules.IDs()); s != "" {
				msg += fmt.Sprintf("; did you mean %q?", s)
			}
			return nil, fmt.Errorf("%s", msg)
		case contains(ids, id):
			return nil, fmt.Errorf("%s listed twice in %s=", id, key)
		}
		ids = append(ids, id)
	}
	return ids, nil
}
