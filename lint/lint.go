// Package lint holds what every layer of postlint shares: severities,
// rule categories, rule documentation (Doc), findings, a run's results
// (PostResult, Summary) and the Sink that receives them. The rules make
// findings, the engine orders them and the reporters print them; none of
// them needs another to speak of a finding.
package lint

import "fmt"

// Severity of a finding. The zero value means "off".
type Severity int

// Severities, in increasing order.
const (
	Off Severity = iota
	Info
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Info:
		return "info"
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "off"
}

// Lower returns the severity one level down; info and off stay as they are.
func (s Severity) Lower() Severity {
	if s > Info {
		return s - 1
	}
	return s
}

// ParseSeverity reads "error", "warning" (or "warn"), "info" and "off".
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "error":
		return Error, nil
	case "warning", "warn":
		return Warning, nil
	case "info":
		return Info, nil
	case "off":
		return Off, nil
	}
	return Off, fmt.Errorf("unknown severity %q (use error, warning, info or off)", s)
}

// Categories group rules in listings and reports.
const (
	CategoryHook          = "hook"
	CategoryLength        = "length"
	CategoryClarity       = "clarity"
	CategoryEngagement    = "engagement"
	CategoryTrust         = "trust"
	CategoryAccessibility = "accessibility"
	CategoryFormat        = "format"
	// CategoryCustom groups rules written in the config.
	CategoryCustom = "custom"
)
