// Command valestyle writes a Vale style made of postlint's built-in word
// lists, for scripts/vale-compare.sh: one existence rule for each list in
// each language, matching the list's phrases as literal text.
//
//	go run ./tools/valestyle [-style Postlint] DIR
//
// writes DIR/<style>/<lang>-<list>.yml. The phrases are the lexicon's own
// entries (rules.NewLexicon), as the program reads them; the matcher's own
// syntax ("*", "<n>", a trailing "-") is matched literally, since Vale has
// no such syntax.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/rules"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is the command with its arguments and outputs, for tests.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("valestyle", flag.ContinueOnError)
	fs.SetOutput(stderr)
	style := fs.String("style", "Postlint", "name of the Vale style to write")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: valestyle [-style NAME] DIR")
		return 2
	}
	dir := filepath.Join(fs.Arg(0), *style)
	rules, phrases, err := writeStyle(dir)
	if err != nil {
		fmt.Fprintln(stderr, "valestyle:", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %d rules (%d phrases) to %s\n", rules, phrases, dir)
	return 0
}

// writeStyle writes one rule for each built-in list and language into dir
// and returns how many rules and phrases it wrote.
func writeStyle(dir string) (n, phrases int, err error) {
	lex, err := rules.NewLexicon(nil)
	if err != nil {
		return 0, 0, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, 0, err
	}
	for _, lang := range []string{i18n.EN, i18n.ID} {
		for _, list := range lex.Lists() {
			entries := lex.Entries(list, lang)
			if len(entries) == 0 {
				continue // Vale rejects an existence rule without tokens
			}
			ps := make([]string, len(entries))
			for i, e := range entries {
				ps[i] = e.Phrase
			}
			name := lang + "-" + list + ".yml"
			if err := os.WriteFile(filepath.Join(dir, name), ruleYAML(lang, list, ps), 0o644); err != nil {
				return 0, 0, err
			}
			n++
			phrases += len(ps)
		}
	}
	return n, phrases, nil
}

// ruleYAML renders an existence rule matching the phrases, case-folded.
// Each token is a quoted YAML string (strconv.Quote's escapes of valid
// UTF-8 are YAML's too) holding the phrase regex-escaped; Vale puts the
// tokens between word boundaries.
func ruleYAML(lang, list string, phrases []string) []byte {
	var b strings.Builder
	b.WriteString("extends: existence\n")
	fmt.Fprintf(&b, "message: %s\n", strconv.Quote("'%s' is on postlint's "+lang+"/"+list+" list."))
	b.WriteString("level: warning\nignorecase: true\ntokens:\n")
	for _, p := range phrases {
		fmt.Fprintf(&b, "  - %s\n", strconv.Quote(regexp.QuoteMeta(p)))
	}
	return []byte(b.String())
}
