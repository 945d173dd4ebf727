package command

import (
	_ "embed" // the bash and zsh completion scripts
	"fmt"
	"strings"

	"github.com/postlint/postlint/engine"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/report"
)

// The bash and zsh scripts ask postlint itself for the candidates
// (urfave/cli's hidden --generate-bash-completion flag), so they never
// fall out of step with the commands, flags and rules.
var (
	//go:embed completion/postlint.bash
	bashCompletion string
	//go:embed completion/postlint.zsh
	zshCompletion string
)

// Shells are the shells postlint writes completion scripts for.
func Shells() []string { return []string{"bash", "zsh", "fish"} }

// CompletionOptions are the completion command's arguments.
type CompletionOptions struct {
	Shell string
	// Fish renders the fish script from the command line's declaration.
	Fish func() (string, error)
}

// Completion prints a shell's completion script.
func Completion(o CompletionOptions, env Env) error {
	var script string
	switch o.Shell {
	case "bash":
		script = bashCompletion
	case "zsh":
		script = zshCompletion
	case "fish":
		s, err := o.Fish()
		if err != nil {
			return err
		}
		script = s
	case "":
		return &engine.UsageError{Msg: "completion takes one shell: " + strings.Join(Shells(), ", ")}
	default:
		return &engine.UsageError{Msg: fmt.Sprintf("completion: unknown shell %q (use %s)", o.Shell, strings.Join(Shells(), ", "))}
	}
	_, err := fmt.Fprint(env.Stdout, script)
	return err
}

// CompletionValues lists what completion offers for a flag's value, or
// for a command's first argument when flag is "".
func CompletionValues(command, flag string) []string {
	switch flag {
	case "":
		switch command {
		case "explain":
			return ruleIDs()
		case "completion":
			return Shells()
		}
	case "format":
		if command == "lint" {
			return report.Names()
		}
		return []string{"text", "json"}
	case "platform":
		return platform.Names()
	case "enable", "disable":
		return ruleIDs()
	case "media":
		return platform.MediaNames()
	case "lang":
		return []string{"id", "en", "auto"}
	case "locale":
		return []string{"en", "id"}
	case "color":
		return []string{"auto", "always", "never"}
	case "fail-on":
		return []string{"error", "warning", "info", "none"}
	case "min-severity":
		return []string{"error", "warning", "info"}
	}
	return nil
}

// ruleIDs lists the built-in rules and the custom rules of the config
// found from the current folder (a broken config adds none).
func ruleIDs() []string {
	cfg, err := LoadConfig(ConfigOptions{})
	if err != nil {
		cfg = nil
	}
	docs := allDocs(cfg)
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	return ids
}
