package engine

import (
	"bytes"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/internal/fuzzy"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/rules"
)

// activeRule is a rule with its options decoded and its effective severity.
type activeRule struct {
	rule rules.Rule
	doc  lint.Doc
	// severity is the configured severity; forced means the config set it,
	// so every finding of the rule takes it.
	severity lint.Severity
	forced   bool
	// file: the rule is a rules.FileRule, run once per file (checkFile),
	// asserted once here rather than for every post.
	file bool
	// newRule makes a value of the rule with its defaults, and layers are
	// the config tables that set its options, base config first: a post's
	// own options are decoded over a new value with the same layers, so no
	// two posts, and no two workers, share a rule value they write to.
	newRule func() rules.Rule
	layers  []config.RuleSettings
}

// ruleSet is the rules in force for a post, sorted by ID.
type ruleSet []activeRule

// ruleBuilder makes rule sets from the config and command-line switches.
type ruleBuilder struct {
	cfg     *config.Config
	enable  map[string]bool
	disable map[string]bool
	custom  []rules.Rule
	// ids caches allIDs: the rules do not change after New, and every
	// file asked for the sorted list.
	ids []string

	// mu serialises decoding from the config, which records what it read.
	mu sync.Mutex
}

// optionNames lists a rule's TOML option keys.
func optionNames(r rules.Rule) []string {
	var names []string
	t := reflect.TypeOf(r)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := strings.Split(f.Tag.Get("toml"), ",")[0]
		if !f.IsExported() || tag == "-" || tag == "" {
			continue
		}
		names = append(names, tag)
	}
	return names
}

// checkIDs validates rule IDs named in the config and on the command line.
func (b *ruleBuilder) checkIDs(ids []string) error {
	all := b.allIDs()
	check := func(id string, line int, where string) error {
		if b.known(id) {
			return nil
		}
		msg := fmt.Sprintf("unknown rule %q%s", id, where)
		if s := fuzzy.Closest(id, all); s != "" {
			msg += fmt.Sprintf("; did you mean %q?", s)
		}
		if line >= 0 {
			return &config.Error{File: b.cfg.Path, Line: line, Msg: msg}
		}
		return usageError(msg + " (see `postlint rules`)")
	}
	for _, id := range slices.Sorted(maps.Keys(b.cfg.Rules)) {
		if err := check(id, b.cfg.Rules[id].Line, ""); err != nil {
			return err
		}
	}
	for _, o := range b.cfg.Overrides {
		for _, id := range slices.Sorted(maps.Keys(o.Rules)) {
			if err := check(id, o.Rules[id].Line, " in [[overrides]]"); err != nil {
				return err
			}
		}
	}
	for _, id := range ids {
		if err := check(id, -1, " in --enable/--disable"); err != nil {
			return err
		}
	}
	return nil
}

func (b *ruleBuilder) known(id string) bool {
	if rules.Known(id) {
		return true
	}
	for _, c := range b.custom {
		if c.Doc().ID == id {
			return true
		}
	}
	return false
}

// allIDs returns the IDs of the built-in rules, sorted, then the custom
// ones. The slice is shared and must not be modified.
func (b *ruleBuilder) allIDs() []string {
	if b.ids != nil {
		return b.ids
	}
	ids := rules.IDs()
	for _, c := range b.custom {
		ids = append(ids, c.Doc().ID)
	}
	return ids
}

// build returns the rule set for the base config plus the given overrides.
// Every rule is a new value, decoded layer by layer.
func (b *ruleBuilder) build(overrides []config.Override) (ruleSet, error) {
	ids := rules.IDs()
	makers := make([]func() rules.Rule, 0, len(ids)+len(b.custom))
	for _, id := range ids {
		makers = append(makers, func() rules.Rule { r, _ := rules.New(id); return r })
	}
	for _, c := range b.custom {
		// One value serves every post: custom rules have no options, and
		// rules an embedding program adds take none per post.
		makers = append(makers, func() rules.Rule { return c })
	}
	set := make(ruleSet, 0, len(makers))
	for i, newRule := range makers {
		r := newRule()
		doc := r.Doc()
		ar := activeRule{rule: r, doc: doc, severity: doc.Severity, newRule: newRule}
		if i < len(ids) {
			ar.file = rules.IsFileRule(doc.ID)
		} else {
			_, ar.file = r.(rules.FileRule)
		}
		if rs, ok := b.cfg.Rules[doc.ID]; ok {
			ar.layers = append(ar.layers, rs)
		}
		for _, o := range overrides {
			if rs, ok := o.Rules[doc.ID]; ok {
				ar.layers = append(ar.layers, rs)
			}
		}
		if err := b.decodeLayers(r, ar.layers); err != nil {
			return nil, err
		}
		for _, rs := range ar.layers {
			if rs.SetsSeverity {
				ar.severity, ar.forced = rs.Severity, true
			}
		}
		// A built-in rule's defaults are valid and already in the form
		// Validate leaves them in (TestBuiltinDefaultsNeedNoValidation),
		// so only decoded options are checked: asserting each rule's
		// type to the interface cost a one-draft run a look-up of
		// methods in the type tables for every rule.
		var err error
		if len(ar.layers) > 0 || i >= len(ids) {
			err = validate(r)
		}
		if err != nil {
			line, table := 0, "[rules."+doc.ID+"]"
			if n := len(ar.layers); n > 0 { // the layer that made it invalid
				line, table = ar.layers[n-1].Line, ar.layers[n-1].Table()
			}
			return nil, &config.Error{File: b.cfg.Path, Line: line, Msg: fmt.Sprintf("%s: %v", table, err)}
		}
		if b.disable[doc.ID] {
			ar.severity = lint.Off
		}
		if b.enable[doc.ID] && ar.severity == lint.Off {
			ar.severity, ar.forced = doc.Severity, false
		}
		if ar.severity == lint.Off {
			continue
		}
		set = append(set, ar)
	}
	sort.Slice(set, func(i, j int) bool { return set[i].doc.ID < set[j].doc.ID })
	return set, nil
}

// decodeLayers decodes the config's tables for a rule into r, in order.
func (b *ruleBuilder) decodeLayers(r rules.Rule, layers []config.RuleSettings) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, rs := range layers {
		if err := b.cfg.DecodeRule(rs, r, optionNames(r)); err != nil {
			return err
		}
	}
	return nil
}

func validate(r rules.Rule) error {
	if v, ok := r.(interface{ Validate() error }); ok {
		return v.Validate()
	}
	return nil
}

// withPostOptions returns a copy of the set where rules named in a post's
// front matter (postlint.<rule> tables) carry the post's options. Such a
// rule is a new value with the config's layers and then the post's table
// decoded into it; the set's own values are never written.
func (b *ruleBuilder) withPostOptions(set ruleSet, opts map[string]map[string]any) (ruleSet, error) {
	if len(opts) == 0 {
		return set, nil
	}
	out := make(ruleSet, len(set))
	copy(out, set)
	for i, ar := range out {
		o, ok := opts[ar.doc.ID]
		if !ok {
			continue
		}
		if sev, ok := o["severity"].(string); ok {
			s, err := lint.ParseSeverity(sev)
			if err != nil {
				return nil, fmt.Errorf("postlint.%s.severity: %w", ar.doc.ID, err)
			}
			out[i].severity, out[i].forced = s, true
		}
		rest := map[string]any{}
		for k, v := range o {
			if k != "severity" {
				rest[k] = v
			}
		}
		if len(rest) == 0 {
			continue
		}
		if !rules.Known(ar.doc.ID) {
			// A shared value: nothing may be decoded into it.
			return nil, fmt.Errorf("postlint.%s: unknown option %q", ar.doc.ID, slices.Sorted(maps.Keys(rest))[0])
		}
		r := ar.newRule()
		if err := b.decodeLayers(r, ar.layers); err != nil {
			return nil, err
		}
		var buf bytes.Buffer
		if err := toml.NewEncoder(&buf).Encode(rest); err != nil {
			return nil, fmt.Errorf("postlint.%s: %w", ar.doc.ID, err)
		}
		md, err := toml.Decode(buf.String(), r)
		if err != nil {
			return nil, fmt.Errorf("postlint.%s: %v", ar.doc.ID, strings.TrimPrefix(err.Error(), "toml: "))
		}
		if und := md.Undecoded(); len(und) > 0 {
			msg := fmt.Sprintf("postlint.%s: unknown option %q", ar.doc.ID, und[0].String())
			if s := fuzzy.Closest(und[0].String(), optionNames(r)); s != "" {
				msg += fmt.Sprintf("; did you mean %q?", s)
			}
			return nil, fmt.Errorf("%s", msg)
		}
		if err := validate(r); err != nil {
			return nil, fmt.Errorf("postlint.%s: %w", ar.doc.ID, err)
		}
		out[i].rule = r
	}
	kept := out[:0]
	for _, ar := range out {
		if ar.severity != lint.Off {
			kept = append(kept, ar)
		}
	}
	return kept, nil
}
