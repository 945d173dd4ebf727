package command

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/postlint/postlint/config"
	"github.com/postlint/postlint/platform"
	"github.com/postlint/postlint/rules"
)

// InitOptions are the init command's flags.
type InitOptions struct {
	Path  string
	Force bool
}

// Template returns the commented configuration init writes: the built-in
// defaults, then every platform and rule setting, commented out.
func Template() string {
	var b strings.Builder
	b.WriteString(config.Default())
	b.WriteString("\n# Platform limits (SPEC §2). Uncomment to change one.\n")
	specs := platform.Defaults()
	for _, name := range platform.Names() {
		fmt.Fprintf(&b, "\n# [platform.%s]\n", name)
		var buf bytes.Buffer
		if err := toml.NewEncoder(&buf).Encode(specs[name]); err == nil {
			for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
				fmt.Fprintf(&b, "# %s\n", line)
			}
		}
	}
	b.WriteString("\n# Rules: severity is error, warning, info or off. `postlint explain RULE`\n# tells what each option does.\n")
	for _, r := range rules.All() {
		d := r.Doc()
		if d.ID == "draft-error" {
			continue
		}
		fmt.Fprintf(&b, "\n# [rules.%s]  %s\n# severity = %q\n", d.ID, d.Summary.EN, d.Severity.String())
		defaults := optionDefaults(r)
		names := make([]string, 0, len(defaults))
		for n := range defaults {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(&b, "# %s\n", defaults[n])
		}
	}
	b.WriteString(`
# Extra words for the built-in lists, per language, or from a file
# (one phrase per line, relative to this file):
# [words.id]
# cta = ["pesan lewat WhatsApp"]
# blocklist_file = "lexicon/blocklist.txt"

# Rules of your own:
# [[custom]]
# id = "brand-name"
# message = "Tulis 'Kemensetneg', bukan 'Setneg'."
# severity = "warning"
# pattern = '\bSetneg\b'
# replace = "Kemensetneg"

# Different settings for some paths:
# [[overrides]]
# files = ["campaigns/ramadan/**"]
# rules = { hook-weak-opener = { severity = "off" } }
`)
	return b.String()
}

// Init writes .postlint.toml; it refuses to replace an existing file
// unless forced, and then keeps a backup.
func Init(o InitOptions, env Env) error {
	path := o.Path
	if path == "" {
		path = config.FileName
	}
	if _, err := os.Stat(path); err == nil {
		if !o.Force {
			return fmt.Errorf("%s already exists; use --force to replace it (a backup is kept as %s.bak)", path, path)
		}
		old, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("backing up %s: %w", path, err)
		}
		if err := os.WriteFile(path+".bak", old, 0o644); err != nil {
			return fmt.Errorf("backing up %s: %w", path, err)
		}
		fmt.Fprintf(env.Stderr, "postlint: kept the old file as %s.bak\n", path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("checking %s: %w", path, err)
	}
	if err := os.WriteFile(path, []byte(Template()), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	fmt.Fprintf(env.Stdout, "wrote %s\n", path)
	return nil
}
