// Command valestyle writes a Vale style made of postlint's built-in word
// lists, for scripts/vale-compare.sh: one existence rule for each list in
// each language, matching the list's phrases as literal text.
//
//	go run ./tools/valestyle [-words rules/words] [-style Postlint] DIR
//
// writes DIR/<style>/<lang>-<list>.yml. The phrases are read from the list
// files as the lexicon reads them; the matcher's own syntax ("*", "<n>", a
// trailing "-") is matched literally, since Vale has no such syntax.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is the command with its arguments and outputs, for tests.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("valestyle", flag.ContinueOnError)
	fs.SetOutput(stderr)
	words := fs.String("words", "rules/words", "folder of the word lists, <lang>/<list>.txt")
	style := fs.String("style", "Postlint", "name of the Vale style to write")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: valestyle [-words DIR] [-style NAME] DIR")
		return 2
	}
	rules, phrases, err := writeStyle(*words, filepath.Join(fs.Arg(0), *style))
	if err != nil {
		fmt.Fprintln(stderr, "valestyle:", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %d rules (%d phrases) to %s\n", rules, phrases, filepath.Join(fs.Arg(0), *style))
	return 0
}

// writeStyle writes one rule for each words/<lang>/<list>.txt into dir and
// returns how many rules and phrases it wrote.
func writeStyle(words, dir string) (rules, phrases int, err error) {
	files, err := filepath.Glob(filepath.Join(words, "*", "*.txt"))
	if err != nil {
		return 0, 0, err
	}
	if len(files) == 0 {
		return 0, 0, fmt.Errorf("no word lists in %s", words)
	}
	slices.Sort(files)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, 0, err
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return 0, 0, err
		}
		lang := filepath.Base(filepath.Dir(f))
		list := strings.TrimSuffix(filepath.Base(f), ".txt")
		ps := listPhrases(string(data))
		if len(ps) == 0 {
			continue // Vale rejects an existence rule without tokens
		}
		name := lang + "-" + list + ".yml"
		if err := os.WriteFile(filepath.Join(dir, name), ruleYAML(lang, list, ps), 0o644); err != nil {
			return 0, 0, err
		}
		rules++
		phrases += len(ps)
	}
	return rules, phrases, nil
}

// listPhrases returns the phrases of a list file, in order, parsed as the
// lexicon's scanList parses it: '#' starts a comment at the start of a
// line or after a space or tab, lines are trimmed, and "phrase =>
// suggestion" keeps the phrase.
func listPhrases(data string) []string {
	var out []string
	for line := range strings.Lines(data) {
		if i := strings.IndexByte(line, '#'); i >= 0 && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if phrase, _, ok := strings.Cut(line, "=>"); ok {
			line = strings.TrimSpace(phrase)
		}
		if line != "" {
			out = append(out, line)
		}
	}
	return out
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
