// Package config reads .postlint.toml: which platforms and languages posts
// target, rule severities and options, extra words, custom rules and
// per-path overrides. Every error names the file and line.
package config

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/BurntSushi/toml"
	"github.com/postlint/postlint/draft"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/fuzzy"
	"github.com/postlint/postlint/internal/glob"
	"github.com/postlint/postlint/internal/lazyre"
	"github.com/postlint/postlint/internal/tomlpos"
	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
)

// FileName is the config file postlint looks for.
const FileName = ".postlint.toml"

//go:embed default.toml
var defaultTOML string

// defaultTOMLID is the same configuration explained in Indonesian.
//
//go:embed default.id.toml
var defaultTOMLID string

// Default returns the text of the built-in configuration.
func Default() string { return defaultTOML }

// Template returns the configuration `postlint init` writes: the built-in
// defaults with every setting explained in one line, in English or, for
// the locale "id", Indonesian. Both parse to the built-in defaults.
func Template(locale string) string {
	if locale == i18n.ID {
		return defaultTOMLID
	}
	return defaultTOML
}

// Error is a config problem at a file and line.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Config is a parsed configuration.
type Config struct {
	// Path is the file it came from; "" for the built-in defaults.
	Path      string
	Platforms []string
	Lang      string
	Locale    string
	FailOn    string
	Include   []string
	Exclude   []string
	// MaxDraftSize is the largest draft postlint reads, in bytes.
	MaxDraftSize int64
	// Specs are the platform limits with the file's overrides applied.
	Specs map[string]platform.Spec
	// Rules maps a rule ID to its settings.
	Rules map[string]RuleSettings
	// Words holds extra word-list entries: lang → list → phrases.
	Words     map[string]map[string][]string
	Custom    []Custom
	Overrides []Override
	Calendar  draft.CalendarColumns

	md toml.MetaData
	// idx returns the text's line index, for messages.
	idx func() *tomlpos.Index
}

// RuleSettings is one [rules.<id>] table.
type RuleSettings struct {
	// Severity is the severity the table sets, when SetsSeverity.
	Severity     lint.Severity
	SetsSeverity bool
	Line         int
	prim         toml.Primitive
	path         []string
}

// Table names where the settings were written, for messages:
// "[rules.hook-fold]" or "[[overrides]] rules.hook-fold".
func (rs RuleSettings) Table() string {
	if len(rs.path) > 0 && rs.path[0] == "overrides" {
		return "[[overrides]] rules." + rs.path[len(rs.path)-1]
	}
	return "[" + strings.Join(rs.path, ".") + "]"
}

// Custom is one [[custom]] rule written in the config.
type Custom struct {
	ID          string   `toml:"id"`
	Message     string   `toml:"message"`
	MessageEN   string   `toml:"message_en"`
	MessageID   string   `toml:"message_id"`
	Severity    string   `toml:"severity"`
	Category    string   `toml:"category"`
	Pattern     string   `toml:"pattern"`
	Phrases     []string `toml:"phrases"`
	PhrasesFile string   `toml:"phrases_file"`
	Replace     string   `toml:"replace"`
	Platforms   []string `toml:"platforms"`
	Min         *int     `toml:"min"`
	Max         *int     `toml:"max"`
	// Line is where the entry starts, PhrasesFileLine where phrases_file
	// is; Dir is the config's folder, for phrases_file.
	Line            int    `toml:"-"`
	PhrasesFileLine int    `toml:"-"`
	Dir             string `toml:"-"`
}

// Override changes rule settings for files matching globs.
type Override struct {
	Files     []string `toml:"files"`
	Platforms []string `toml:"platforms"`
	Line      int      `toml:"-"`
	Rules     map[string]RuleSettings
}

type fileShape struct {
	Platforms []string                             `toml:"platforms"`
	Lang      string                               `toml:"lang"`
	Locale    string                               `toml:"locale"`
	FailOn    string                               `toml:"fail_on"`
	Include   []string                             `toml:"include"`
	Exclude   []string                             `toml:"exclude"`
	MaxSize   any                                  `toml:"max_draft_size"`
	Platform  map[string]toml.Primitive            `toml:"platform"`
	Rules     map[string]toml.Primitive            `toml:"rules"`
	Words     map[string]map[string]toml.Primitive `toml:"words"`
	Custom    []Custom                             `toml:"custom"`
	Overrides []overrideShape                      `toml:"overrides"`
	Calendar  *draft.CalendarColumns               `toml:"calendar"`
}

type overrideShape struct {
	Files     []string                  `toml:"files"`
	Platforms []string                  `toml:"platforms"`
	Rules     map[string]toml.Primitive `toml:"rules"`
}

// tomlKeys lists the keys a struct reads, from its toml tags.
func tomlKeys(v any) []string {
	t := reflect.TypeOf(v)
	var keys []string
	for i := 0; i < t.NumField(); i++ {
		if k, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ","); k != "" && k != "-" {
			keys = append(keys, k)
		}
	}
	return keys
}

// tables are the top-level keys that hold tables. The decoder drops a
// value of another type there without a word, so Parse checks them.
var tables = []string{"platform", "rules", "words", "calendar"}

// Find walks up from dir looking for .postlint.toml and returns "" when
// there is none. The walk ends at the repository root (the folder holding
// .git, a folder or, in worktrees and submodules, a file); outside a
// repository it ends at the home folder, and a folder outside both is the
// only one searched. So a config above the home folder (in /tmp, /home or
// another user's folder) is read only when it is inside the repository.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("finding %s: %w", FileName, err)
	}
	var home os.FileInfo
	if h, err := os.UserHomeDir(); err == nil && h != "" {
		home, _ = os.Stat(h)
	}
	// The folders from dir up to the repository root or /.
	var levels []string
	last := 0 // the highest level to search
	homeAt, inRepo := -1, false
	for d := dir; ; {
		levels = append(levels, d)
		if homeAt < 0 && home != nil {
			if st, err := os.Stat(d); err == nil && os.SameFile(st, home) {
				homeAt = len(levels) - 1
			}
		}
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			inRepo = true
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	switch {
	case inRepo:
		last = len(levels) - 1
	case homeAt >= 0:
		last = homeAt
	}
	for _, d := range levels[:last+1] {
		p := filepath.Join(d, FileName)
		st, err := os.Stat(p)
		switch {
		case err != nil || st.IsDir():
			continue
		case !st.Mode().IsRegular():
			return "", fmt.Errorf("%s is %s, not a regular file", p, fileKind(st.Mode()))
		}
		return p, nil
	}
	return "", nil
}

// LoadFile reads and parses a config file (at most MaxListFileSize
// bytes; it may be a pipe: --config <(...)).
func LoadFile(path string) (*Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading config: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxListFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading config: %w", err)
	}
	if len(data) > MaxListFileSize {
		return nil, fmt.Errorf("reading config: %s is larger than %s", path, sizeText(MaxListFileSize))
	}
	return Parse(path, string(data))
}

// LoadDefault returns the built-in configuration: what Parse makes of
// the embedded file, built without decoding it, which a run with no
// config file would otherwise do first. The file sets top-level keys
// only (the rest is examples in comments); TestLoadDefaultIsTheFile
// checks that this is the file, key by key and line by line.
func LoadDefault() (*Config, error) {
	return &Config{
		Platforms: []string{"facebook", "instagram"}, Lang: "auto", FailOn: "error",
		Include: []string{}, Exclude: []string{}, MaxDraftSize: DefaultMaxDraftSize,
		Specs: platform.Defaults(), Rules: map[string]RuleSettings{}, Words: map[string]map[string][]string{},
		Calendar: draft.DefaultCalendarColumns(),
		idx:      defaultIndex,
	}, nil
}

// defaultIndex is the embedded file's line index, made the first time a
// message needs a line: a run with the built-in defaults seldom does.
var defaultIndex = sync.OnceValue(func() *tomlpos.Index { return tomlpos.New(defaultTOML, 1) })

// Parse reads a config from text; path names it in errors and anchors
// relative file names.
func Parse(path, src string) (*Config, error) {
	var shape fileShape
	md, err := toml.Decode(src, &shape)
	idx := tomlpos.New(src, 1)
	if err != nil {
		return nil, decodeError(path, err, idx)
	}
	if err := checkTables(path, src, idx); err != nil {
		return nil, err
	}
	c := &Config{
		Path: path, Platforms: shape.Platforms, Lang: shape.Lang, Locale: shape.Locale, FailOn: shape.FailOn,
		Include: shape.Include, Exclude: shape.Exclude, Specs: platform.Defaults(),
		Rules: map[string]RuleSettings{}, Words: map[string]map[string][]string{},
		md: md, idx: func() *tomlpos.Index { return idx },
	}
	fail := func(line int, format string, args ...any) error {
		return &Error{File: path, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	if c.Lang == "" {
		c.Lang = "auto"
	}
	if c.FailOn == "" {
		c.FailOn = "error"
	}
	c.MaxDraftSize = DefaultMaxDraftSize
	if shape.MaxSize != nil {
		if c.MaxDraftSize, err = parseSize(shape.MaxSize); err != nil {
			return nil, fail(idx.Line("max_draft_size"), "%v", err)
		}
	}
	if !oneOf(c.Lang, draft.LangNames) {
		return nil, fail(idx.Line("lang"), "lang must be id, en or auto, not %q", c.Lang)
	}
	if c.Locale != "" && !i18n.Valid(c.Locale) {
		return nil, fail(idx.Line("locale"), "locale must be en or id, not %q", c.Locale)
	}
	if !oneOf(c.FailOn, []string{"error", "warning", "info", "none"}) {
		return nil, fail(idx.Line("fail_on"), "fail_on must be error, warning, info or none, not %q", c.FailOn)
	}
	if len(c.Platforms) == 0 && !md.IsDefined("platforms") {
		c.Platforms = []string{"facebook", "instagram"}
	}
	for i, p := range c.Platforms {
		name, err := platform.ParseName(p)
		if err != nil {
			return nil, fail(idx.Line("platforms"), "platforms: %v", err)
		}
		c.Platforms[i] = name
	}
	for _, list := range [][]string{c.Include, c.Exclude} {
		for _, g := range list {
			if !glob.Valid(g) {
				return nil, fail(idx.Line("include"), "bad glob %q", g)
			}
		}
	}
	for name, prim := range shape.Platform {
		canon, err := platform.ParseName(name)
		if err != nil {
			return nil, fail(idx.Line("platform", name), "[platform.%s]: %v", name, err)
		}
		spec := c.Specs[canon]
		if err := md.PrimitiveDecode(prim, &spec); err != nil {
			return nil, fail(errLine(err, idx.Line("platform", name)), "[platform.%s]: %v", name, cleanTOMLError(err))
		}
		spec.Name = canon
		if err := spec.Validate(); err != nil {
			return nil, fail(idx.Line("platform", name), "[platform.%s]: %v", name, err)
		}
		c.Specs[canon] = spec
	}
	if c.Rules, err = c.ruleSettings(shape.Rules, []string{"rules"}); err != nil {
		return nil, err
	}
	if err := c.words(shape.Words); err != nil {
		return nil, err
	}
	for i := range shape.Custom {
		cu := shape.Custom[i]
		cu.Line = idx.Line("custom", strconv.Itoa(i))
		cu.PhrasesFileLine = idx.Line("custom", strconv.Itoa(i), "phrases_file")
		cu.Dir = filepath.Dir(path)
		c.Custom = append(c.Custom, cu)
	}
	for i, o := range shape.Overrides {
		n := strconv.Itoa(i)
		line := idx.Line("overrides", n)
		if len(o.Files) == 0 {
			return nil, fail(line, "[[overrides]] needs files = [\"glob\", ...]")
		}
		for _, g := range o.Files {
			if !glob.Valid(g) {
				return nil, fail(idx.Line("overrides", n, "files"), "bad glob %q in [[overrides]]", g)
			}
		}
		ov := Override{Files: o.Files, Line: line}
		for _, p := range o.Platforms {
			name, err := platform.ParseName(p)
			if err != nil {
				return nil, fail(idx.Line("overrides", n, "platforms"), "[[overrides]] platforms: %v", err)
			}
			ov.Platforms = append(ov.Platforms, name)
		}
		if ov.Rules, err = c.ruleSettings(o.Rules, []string{"overrides", n, "rules"}); err != nil {
			return nil, err
		}
		c.Overrides = append(c.Overrides, ov)
	}
	c.Calendar = draft.DefaultCalendarColumns()
	if shape.Calendar != nil {
		merge := func(dst *[]string, src []string) {
			if len(src) > 0 {
				*dst = src
			}
		}
		s := shape.Calendar
		merge(&c.Calendar.Caption, s.Caption)
		merge(&c.Calendar.Platform, s.Platform)
		merge(&c.Calendar.Media, s.Media)
		merge(&c.Calendar.Alt, s.Alt)
		merge(&c.Calendar.Lang, s.Lang)
		merge(&c.Calendar.Date, s.Date)
		merge(&c.Calendar.Time, s.Time)
		merge(&c.Calendar.Captions, s.Captions)
		merge(&c.Calendar.Images, s.Images)
		merge(&c.Calendar.Hook, s.Hook)
		merge(&c.Calendar.Title, s.Title)
		merge(&c.Calendar.Account, s.Account)
		merge(&c.Calendar.Subtitles, s.Subtitles)
	}
	return c, nil
}

// ruleSettings reads a [rules] table; options stay undecoded until the
// rule they belong to decodes them (DecodeRule).
func (c *Config) ruleSettings(raw map[string]toml.Primitive, at []string) (map[string]RuleSettings, error) {
	out := map[string]RuleSettings{}
	for id, prim := range raw {
		path := append(append([]string{}, at...), id)
		rs := RuleSettings{prim: prim, path: path, Line: c.idx().Line(path...)}
		var sev struct {
			Severity string `toml:"severity"`
		}
		if err := c.md.PrimitiveDecode(prim, &sev); err != nil {
			return nil, &Error{File: c.Path, Line: errLine(err, rs.Line), Msg: fmt.Sprintf("[%s]: %v", strings.Join(path, "."), cleanTOMLError(err))}
		}
		if sev.Severity != "" {
			s, err := lint.ParseSeverity(sev.Severity)
			if err != nil {
				return nil, &Error{File: c.Path, Line: c.idx().Line(append(path, "severity")...),
					Msg: fmt.Sprintf("severity of %s must be error, warning, info or off, not %q", id, sev.Severity)}
			}
			rs.Severity, rs.SetsSeverity = s, true
		}
		out[id] = rs
	}
	return out, nil
}

// words reads [words.<lang>] tables: list = ["phrase", ...] or
// list_file = "path" (one phrase per line, relative to the config).
func (c *Config) words(raw map[string]map[string]toml.Primitive) error {
	for lang, lists := range raw {
		if !i18n.Valid(lang) {
			return &Error{File: c.Path, Line: c.idx().Line("words", lang), Msg: fmt.Sprintf("[words.%s]: language must be id or en", lang)}
		}
		for key, prim := range lists {
			line := c.idx().Line("words", lang, key)
			list := strings.TrimSuffix(key, "_file")
			var phrases []string
			if strings.HasSuffix(key, "_file") {
				var file string
				if err := c.md.PrimitiveDecode(prim, &file); err != nil {
					return &Error{File: c.Path, Line: line, Msg: fmt.Sprintf("words.%s.%s must be a file name", lang, key)}
				}
				p := file
				if !filepath.IsAbs(p) {
					p = filepath.Join(filepath.Dir(c.Path), file)
				}
				data, err := ReadListFile(p)
				if err != nil {
					return &Error{File: c.Path, Line: line, Msg: fmt.Sprintf("words.%s.%s: %v", lang, key, err)}
				}
				phrases = strings.Split(string(data), "\n")
			} else if err := c.md.PrimitiveDecode(prim, &phrases); err != nil {
				return &Error{File: c.Path, Line: line, Msg: fmt.Sprintf("words.%s.%s must be a list of phrases", lang, key)}
			}
			if c.Words[lang] == nil {
				c.Words[lang] = map[string][]string{}
			}
			c.Words[lang][list] = append(c.Words[lang][list], phrases...)
		}
	}
	return nil
}

// MaxListFileSize caps a word list or phrases file named in the config.
const MaxListFileSize = 4 << 20

// ReadListFile reads a word list or phrases file named in the config. It
// reads regular files only, of at most MaxListFileSize bytes, and checks
// before opening: opening a FIFO for reading would block the run until
// something writes to it, and a device such as /dev/zero never ends.
func ReadListFile(path string) ([]byte, error) { return readListFile(path, MaxListFileSize) }

func readListFile(path string, limit int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is %s, not a regular file", path, fileKind(st.Mode()))
	}
	tooLarge := fmt.Errorf("%s is larger than %s", path, sizeText(limit))
	if st.Size() > limit {
		return nil, tooLarge
	}
	// Non-blocking, in case the file is swapped for a FIFO after Stat.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st2, err := f.Stat(); err != nil || !st2.Mode().IsRegular() || !os.SameFile(st, st2) {
		return nil, fmt.Errorf("%s changed while it was being read", path)
	}
	// Files such as those under /proc report a size of 0 and hold more.
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, tooLarge
	}
	return data, nil
}

func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// fileKind names what a file that is not a regular file is.
func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// WordLine returns the line of a [words.<lang>] entry, for errors found
// later (an unknown list name).
func (c *Config) WordLine(lang, list string) int {
	if l := c.idx().Line("words", lang, list); l > 0 {
		return l
	}
	return c.idx().Line("words", lang, list+"_file")
}

// DecodeRule decodes a rule's options into v, a pointer to the rule's
// struct. Unknown option names are errors with "did you mean".
func (c *Config) DecodeRule(rs RuleSettings, v any, optionNames []string) error {
	if err := c.md.PrimitiveDecode(rs.prim, v); err != nil {
		return &Error{File: c.Path, Line: errLine(err, rs.Line), Msg: fmt.Sprintf("[%s]: %v", strings.Join(rs.path, "."), cleanTOMLError(err))}
	}
	// The decoder names keys in arrays of tables without the entry's
	// index: overrides.rules.<id>.<option>.
	table := withoutIndexes(rs.path)
	for _, k := range c.md.Undecoded() {
		if len(k) != len(table)+1 || !slices.Equal(k[:len(table)], table) {
			continue
		}
		name := k[len(k)-1]
		key := append(append([]string{}, rs.path...), name)
		if !c.idx().Has(key...) && c.idx().Has(k...) {
			continue // another entry's option: reported when that entry is decoded
		}
		msg := fmt.Sprintf("unknown option %q for rule %s", name, rs.path[len(rs.path)-1])
		if len(optionNames) == 0 {
			msg += " (it has no options besides severity)"
		} else if s := fuzzy.Closest(name, optionNames); s != "" {
			msg += fmt.Sprintf("; did you mean %q?", s)
		} else {
			msg += fmt.Sprintf(" (options: %s)", strings.Join(optionNames, ", "))
		}
		return &Error{File: c.Path, Line: c.idx().Line(key...), Msg: msg}
	}
	return nil
}

// withoutIndexes drops the array indexes from a key path.
func withoutIndexes(path []string) []string {
	var out []string
	for _, p := range path {
		if _, err := strconv.Atoi(p); err != nil {
			out = append(out, p)
		}
	}
	return out
}

// CheckUnknownKeys reports keys that no part of postlint read, with a
// "did you mean" among the keys of the table they are in. Call it after
// every rule has decoded its options.
func (c *Config) CheckUnknownKeys() error {
	keys := c.md.Undecoded()
	sort.SliceStable(keys, func(i, j int) bool { return c.idx().Line(keys[i]...) < c.idx().Line(keys[j]...) })
	for _, k := range keys {
		if len(k) >= 2 && k[0] == "rules" || len(k) >= 3 && k[0] == "overrides" && k[1] == "rules" {
			continue // reported by DecodeRule, or an unknown rule reported by the engine
		}
		name, table, known := k.String(), "", tomlKeys(fileShape{})
		switch {
		case len(k) == 2 && k[0] == "custom":
			table, known = "[[custom]]", tomlKeys(Custom{})
		case len(k) == 2 && k[0] == "overrides":
			table, known = "[[overrides]]", tomlKeys(overrideShape{})
		case len(k) == 2 && k[0] == "calendar":
			table, known = "[calendar]", tomlKeys(draft.CalendarColumns{})
		case len(k) == 3 && k[0] == "platform":
			table, known = "[platform."+k[1]+"]", tomlKeys(platform.Spec{})
		}
		msg := fmt.Sprintf("unknown key %q", name)
		if table != "" {
			name = k[len(k)-1]
			msg = fmt.Sprintf("unknown key %q in %s", name, table)
		}
		if len(k) == 1 || table != "" {
			if s := fuzzy.Closest(name, known); s != "" {
				msg += fmt.Sprintf("; did you mean %q?", s)
			}
		}
		return &Error{File: c.Path, Line: c.idx().Line(k...), Msg: msg}
	}
	return nil
}

// checkTables reports a value that is not a table where a table belongs:
// the decoder would drop it silently (platform = "x" for platforms =
// ["x"], or a word list written straight under [words]).
func checkTables(path, src string, idx *tomlpos.Index) error {
	var raw map[string]any
	if _, err := toml.Decode(src, &raw); err != nil {
		return decodeError(path, err, idx)
	}
	fail := func(line int, format string, args ...any) error {
		return &Error{File: path, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	top := tomlKeys(fileShape{})
	for _, key := range tables {
		v, ok := raw[key]
		if !ok {
			continue
		}
		if _, ok := v.(map[string]any); !ok {
			msg := fmt.Sprintf("%s must be a table ([%s.<name>]), not %s", key, key, tomlType(v))
			var others []string
			for _, k := range top {
				if k != key {
					others = append(others, k)
				}
			}
			if s := fuzzy.Closest(key, others); s != "" {
				msg += fmt.Sprintf("; did you mean %q?", s)
			}
			return fail(idx.Line(key), "%s", msg)
		}
	}
	if words, ok := raw["words"].(map[string]any); ok {
		for _, lang := range slices.Sorted(maps.Keys(words)) {
			if _, ok := words[lang].(map[string]any); !ok {
				return fail(idx.Line("words", lang), "words.%s must be a table of word lists, such as [words.id] cta = [\"…\"], not %s", lang, tomlType(words[lang]))
			}
		}
	}
	var overrides []any
	switch o := raw["overrides"].(type) {
	case []map[string]any:
		for _, e := range o {
			overrides = append(overrides, e)
		}
	case []any:
		overrides = o
	}
	for i, e := range overrides {
		entry, ok := e.(map[string]any)
		if !ok {
			continue // the decoder already refused it
		}
		if r, ok := entry["rules"]; ok {
			if _, ok := r.(map[string]any); !ok {
				return fail(idx.Line("overrides", strconv.Itoa(i), "rules"),
					"[[overrides]] rules must be a table, such as rules = { hook-fold = { severity = \"off\" } }, not %s", tomlType(r))
			}
		}
	}
	return nil
}

// tomlType names the TOML type of a decoded value, with its article.
func tomlType(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case []any, []map[string]any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return "a date or time"
}

// Line returns the line of a dotted key, for errors found by other
// packages.
func (c *Config) Line(key ...string) int { return c.idx().Line(key...) }

var tomlLineRe = lazyre.New(`^toml: line (\d+)(?: \(last key "([^"]*)"\))?: `)

// decodeError turns a TOML error into one with file and line.
func decodeError(path string, err error, idx *tomlpos.Index) error {
	var perr toml.ParseError
	if errors.As(err, &perr) {
		return &Error{File: path, Line: perr.Position.Line, Msg: perr.Message}
	}
	msg := err.Error()
	line := 0
	if m := tomlLineRe.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = msg[len(m[0]):]
		if m[2] != "" {
			if l := idx.Line(tomlpos.SplitKey(m[2])...); line == 0 && l > 0 {
				line = l
			}
			msg = fmt.Sprintf("%s: %s", m[2], msg)
		}
	}
	return &Error{File: path, Line: line, Msg: msg}
}

// errLine is the line a TOML decoding error names (the line of the value
// that did not fit), else fallback (the line of its table).
func errLine(err error, fallback int) int {
	if m := tomlLineRe.FindStringSubmatch(err.Error()); m != nil {
		if line, _ := strconv.Atoi(m[1]); line > 0 {
			return line
		}
	}
	return fallback
}

func cleanTOMLError(err error) string {
	msg := err.Error()
	if m := tomlLineRe.FindStringSubmatch(msg); m != nil {
		msg = msg[len(m[0]):]
	}
	return strings.TrimPrefix(msg, "toml: ")
}

func oneOf(s string, list []string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
