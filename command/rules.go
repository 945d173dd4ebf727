package command

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/postlint/postlint/engine"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/rules"
)

// RulesOptions are the rules command's flags.
type RulesOptions struct {
	Format string
	Locale string
	Config ConfigOptions
}

type ruleJSON struct {
	ID          string `json:"id"`
	Category    string `json:"category"`
	Severity    string `json:"severity"`
	PerPlatform bool   `json:"per_platform"`
	Summary     string `json:"summary"`
}

// Rules lists every rule.
func Rules(o RulesOptions, env Env) error {
	cfg, _ := LoadConfig(o.Config) // the listing works even with a broken config
	locale, err := Locale(o.Locale, cfg, env.Getenv)
	if err != nil {
		return err
	}
	docs := allDocs(cfg)
	switch o.Format {
	case "", "text":
		tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
		for _, d := range docs {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", d.ID, d.Category, d.Severity, d.Summary.In(locale))
		}
		return tw.Flush()
	case "json":
		out := struct {
			Version int        `json:"version"`
			Rules   []ruleJSON `json:"rules"`
		}{Version: 1}
		for _, d := range docs {
			out.Rules = append(out.Rules, ruleJSON{ID: d.ID, Category: d.Category, Severity: d.Severity.String(), PerPlatform: d.PerPlatform, Summary: d.Summary.In(locale)})
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	return &engine.UsageError{Msg: fmt.Sprintf("--format: use text or json, not %q", o.Format)}
}

// ExplainOptions are the explain command's flags.
type ExplainOptions struct {
	ID     string
	Locale string
	Config ConfigOptions
}

// Explain documents one rule.
func Explain(o ExplainOptions, env Env) error {
	cfg, _ := LoadConfig(o.Config)
	locale, err := Locale(o.Locale, cfg, env.Getenv)
	if err != nil {
		return err
	}
	var rule rules.Rule
	if r, ok := rules.New(o.ID); ok {
		rule = r
	} else if cfg != nil {
		custom, _ := rules.NewCustomRules(cfg.Custom, cfg.Path)
		for _, c := range custom {
			if c.Doc().ID == o.ID {
				rule = c
			}
		}
	}
	if rule == nil {
		return &engine.UsageError{Msg: fmt.Sprintf("unknown rule %q (see `postlint rules`)", o.ID)}
	}
	writeExplain(env.Stdout, rule, locale)
	return nil
}

func writeExplain(w io.Writer, r rules.Rule, locale string) {
	d := rules.Translated(r.Doc())
	msgs := i18n.Messages(locale)
	fmt.Fprintf(w, "%s  (%s, %s)\n\n", d.ID, d.Category, d.Severity)
	fmt.Fprintf(w, "%s\n", d.Summary.In(locale))
	if d.PerPlatform {
		fmt.Fprintf(w, "%s\n", msgs.T("Checked once for each platform the post targets."))
	}
	if d.Fixable {
		fmt.Fprintf(w, "%s\n", msgs.T("postlint fix can fix some of its findings."))
	}
	if !d.Rationale.IsZero() {
		fmt.Fprintf(w, "\n%s\n%s\n", msgs.T("Why"), indent(d.Rationale.In(locale)))
	}
	if c := d.Context.Explain(); !c.IsZero() {
		fmt.Fprintf(w, "\n%s\n%s\n", msgs.T("Context"), indent(c.In(locale)))
	}
	if d.Source != "" {
		fmt.Fprintf(w, "\n%s\n%s\n", msgs.T("Source"), indent(d.Source))
	}
	if !d.Bad.IsZero() {
		fmt.Fprintf(w, "\n%s\n%s\n", msgs.T("Bad"), indent(d.Bad.In(locale)))
	}
	if !d.Good.IsZero() {
		fmt.Fprintf(w, "\n%s\n%s\n", msgs.T("Good"), indent(d.Good.In(locale)))
	}
	fmt.Fprintf(w, "\n%s  [rules.%s]\n", msgs.T("Options"), d.ID)
	fmt.Fprintf(w, "  severity = %q  # %s\n", d.Severity.String(), msgs.T("error, warning, info or off"))
	defaults := rules.OptionDefaults(r)
	for _, o := range d.Options {
		line := ""
		if v, ok := defaults[o.Name]; ok {
			line = o.Name + " = " + v
		}
		fmt.Fprintf(w, "  %s  # %s\n", line, o.Help.In(locale))
	}
}

func indent(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = "  " + l
	}
	return strings.Join(lines, "\n")
}
