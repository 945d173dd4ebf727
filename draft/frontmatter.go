package draft

import (
	"cmp"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/fuzzy"
	"github.com/postlint/postlint/internal/lazyre"
	"github.com/postlint/postlint/internal/tomlpos"
	"github.com/postlint/postlint/platform"
	"go.yaml.in/yaml/v3"
)

// Values the front-matter keys accept (platforms and media types are the
// platform package's: platform.Names, platform.MediaNames); other
// spellings of them are in the alias table (aliases.go).
var (
	LangNames    = []string{"id", "en", "auto"}
	AccountNames = []string{"gov", "business", "personal"}
	metaKeys     = []string{"platform", "media", "lang", "alt", "images", "captions", "subtitles", "hook", "title", "date", "account", "postlint"}
)

// Meta is a post's front matter, validated.
type Meta struct {
	Platforms []string
	// Media is the media key's type, "" when the post names none.
	Media     platform.Media
	Lang      string
	Alt       []string
	HasAlt    bool
	Images    int
	Captions  *bool
	Subtitles string
	Hook      string
	Title     string
	Date      string
	Account   string
	// Disable lists rules switched off for this post (postlint.disable).
	Disable []string
	// RuleOptions holds per-post option overrides: postlint.<rule-id>.<key>.
	RuleOptions map[string]map[string]any
	keys        []keyRange
}

// keyRange is where a front-matter key stands. A post has a dozen keys at
// most, so a list costs less than a map, which matters for a calendar of
// a million rows.
type keyRange struct {
	key   string
	where Range
}

// KeyRange returns where a front-matter key stands in the file.
func (m *Meta) KeyRange(key string) (Range, bool) {
	for _, k := range m.keys {
		if k.key == key {
			return k.where, true
		}
	}
	return Range{}, false
}

// SetKeyRange records where a key stands (used by readers of other formats).
func (m *Meta) SetKeyRange(key string, r Range) {
	for i := range m.keys {
		if m.keys[i].key == key {
			m.keys[i].where = r
			return
		}
	}
	m.keys = append(m.keys, keyRange{key: key, where: r})
}

type frontMatter struct {
	delim     string // "---" or "+++", "" when there is none
	open      int    // byte offset of the opening delimiter
	start     int    // byte offset of the first metadata line
	end       int    // byte offset of the closing delimiter line
	bodyStart int    // byte offset just after the closing line
}

// splitFrontMatter finds a front-matter block opened on the first line. ok
// is false when it is opened but never closed.
func splitFrontMatter(src string, from int) (frontMatter, bool) {
	first, next := lineAt(src, from)
	delim := strings.TrimRight(first, " \t")
	if delim != "---" && delim != "+++" {
		return frontMatter{}, true
	}
	fm := frontMatter{delim: delim, open: from, start: next}
	for pos := next; pos < len(src); {
		line, after := lineAt(src, pos)
		l := strings.TrimRight(line, " \t")
		if l == delim || (delim == "---" && l == "...") {
			fm.end, fm.bodyStart = pos, after
			return fm, true
		}
		pos = after
	}
	return fm, false
}

// lineAt returns the line starting at pos without its line end, and the
// offset of the next line.
func lineAt(src string, pos int) (string, int) {
	end := strings.IndexAny(src[pos:], "\r\n")
	if end < 0 {
		return src[pos:], len(src)
	}
	end += pos
	next := end + 1
	if src[end] == '\r' && next < len(src) && src[next] == '\n' {
		next++
	}
	return src[pos:end], next
}

// value is one front-matter value with where it stands.
type value struct {
	v     any // string, int64, float64, bool, time.Time, nil, []value, []keyValue
	where Range
}

type keyValue struct {
	key   string
	where Range
	val   value
}

// parseMeta decodes and validates the front matter.
func parseMeta(fm frontMatter, s *source, opts Options) (Meta, []Problem) {
	block := s.text[fm.start:fm.end]
	if len(block) > maxFrontMatterBytes {
		return Meta{}, []Problem{{
			Rule:  "front-matter",
			Range: Range{Start: s.pos(fm.open), End: s.pos(fm.open + len(fm.delim))},
			Message: i18n.Sprintf("front matter is larger than %d KiB (%d bytes), so it is not read",
				"front matter lebih besar dari %d KiB (%d byte) sehingga tidak dibaca", maxFrontMatterBytes>>10, len(block)),
			Suggestion: i18n.T("keep the metadata short and put long text in the body",
				"buat metadata singkat dan taruh teks panjang di isi unggahan"),
			Fatal: true,
		}}
	}
	firstLine := s.pos(fm.start).Line
	var (
		pairs []keyValue
		err   *Problem
		// The simple readers' pairs, which validate reads and keeps
		// nothing of: on the stack for the usual few keys.
		room [8]keyValue
	)
	if fm.delim == "---" {
		pairs, err = decodeYAML(room[:0], block, firstLine)
	} else if simple, ok := simpleTOMLIn(room[:0], block, firstLine); ok {
		pairs = simple
	} else if at := tomlNesting(block); at >= 0 {
		pos := s.pos(fm.start + at)
		err = &Problem{Rule: "front-matter", Range: Range{Start: pos, End: pos}, Message: nestingMessage(), Suggestion: nestingSuggestion(), Fatal: true}
	} else {
		pairs, err = decodeTOML(block, firstLine)
	}
	if err != nil {
		return Meta{}, []Problem{*err}
	}
	return validate(pairs, opts)
}

// validate checks decoded front-matter pairs and fills Meta.
func validate(pairs []keyValue, opts Options) (Meta, []Problem) {
	v := validator{opts: opts}
	v.meta.keys = make([]keyRange, 0, len(pairs))
	for _, kv := range pairs {
		v.meta.SetKeyRange(kv.key, kv.where)
		v.key(kv)
	}
	return v.meta, v.problems
}

func lineRange(line int) Range {
	return Range{Start: Position{line, 1}, End: Position{line, 1}}
}

// decodeYAML reads YAML front matter: the common simple kind directly,
// in room (see simplePairs), anything else with the YAML parser.
func decodeYAML(room []keyValue, block string, firstLine int) ([]keyValue, *Problem) {
	if pairs, ok := simplePairs(room, block, firstLine, simpleYAMLPair); ok {
		return pairs, nil
	}
	return parseYAML(block, firstLine)
}

// parseYAML reads YAML front matter with the YAML parser.
func parseYAML(block string, firstLine int) ([]keyValue, *Problem) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(block), &doc); err != nil {
		line, msg := yamlErrorLine(err.Error())
		return nil, &Problem{
			Rule:    "front-matter",
			Range:   lineRange(line + firstLine - 1),
			Message: i18n.Sprintf("YAML front matter does not parse: %s", "front matter YAML tidak dapat dibaca: %s", msg),
			Fatal:   true,
		}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil // empty front matter
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return nil, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, &Problem{
			Rule:    "front-matter",
			Range:   yamlRange(root, firstLine),
			Message: i18n.T("front matter must be a set of `key: value` lines", "front matter harus berupa baris `kunci: nilai`"),
			Fatal:   true,
		}
	}
	w := yamlWalker{firstLine: firstLine}
	pairs := w.pairs(root)
	if w.problem != nil {
		return nil, w.problem
	}
	return pairs, nil
}

var yamlLineRe = lazyre.New(`^yaml: line (\d+): (.*)$`)

func yamlErrorLine(msg string) (int, string) {
	if m := yamlLineRe.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n, m[2]
	}
	return 1, strings.TrimPrefix(msg, "yaml: ")
}

func yamlRange(n *yaml.Node, firstLine int) Range {
	p := Position{Line: n.Line + firstLine - 1, Column: n.Column}
	end := p
	if n.Kind == yaml.ScalarNode && !strings.Contains(n.Value, "\n") {
		end.Column += len([]rune(n.Value))
	}
	return Range{Start: p, End: end}
}

// Limits on what front matter may hold. Front matter is a dozen keys;
// these limits are far above any real one and keep a hostile or broken
// file from taking the run's memory, stack or time.
const (
	// maxNesting is how deep lists and tables may nest below the top-level
	// keys, aliases included.
	maxNesting = 32
	// maxAliasValues is how many values YAML aliases may repeat in total: a
	// few hundred bytes of nested aliases would otherwise expand to
	// billions of values.
	maxAliasValues = 1000
	// maxFrontMatterBytes is the largest front-matter block that is read;
	// the TOML decoder's memory grows faster than the size of its input.
	maxFrontMatterBytes = 64 << 10
)

// yamlWalker turns YAML nodes into values. It follows aliases within the
// limits above and stops at an alias inside the value its own anchor
// names, which would never end.
type yamlWalker struct {
	firstLine int
	path      []*yaml.Node // the lists and tables being read, outermost first
	outer     *yaml.Node   // the alias being expanded, as written in the file
	repeated  int          // values read through aliases so far
	problem   *Problem
}

func (w *yamlWalker) pairs(m *yaml.Node) []keyValue {
	out := make([]keyValue, 0, len(m.Content)/2)
	for i := 0; i+1 < len(m.Content) && w.problem == nil; i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		out = append(out, keyValue{key: k.Value, where: yamlRange(k, w.firstLine), val: w.value(v)})
	}
	return out
}

// fail records the first problem, placed on the alias being expanded when
// there is one (the line the user wrote), else on n.
func (w *yamlWalker) fail(n *yaml.Node, msg, sugg i18n.Text) {
	if w.problem != nil {
		return
	}
	if w.outer != nil {
		n = w.outer
	}
	w.problem = &Problem{Rule: "front-matter", Range: yamlRange(n, w.firstLine), Message: msg, Suggestion: sugg, Fatal: true}
}

func (w *yamlWalker) value(n *yaml.Node) value {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return w.alias(n)
	}
	if w.outer != nil {
		w.repeated++
		if w.repeated > maxAliasValues {
			w.fail(n, i18n.Sprintf("YAML aliases expand the front matter to more than %d repeated values",
				"alias YAML membuat front matter berisi lebih dari %d nilai berulang", maxAliasValues),
				i18n.T("write the values out instead of nesting aliases", "tulis nilainya langsung, jangan menumpuk alias"))
			return value{}
		}
	}
	val := value{where: yamlRange(n, w.firstLine)}
	switch n.Kind {
	case yaml.SequenceNode, yaml.MappingNode:
		if len(w.path) >= maxNesting {
			w.fail(n, nestingMessage(), nestingSuggestion())
			return value{}
		}
		w.path = append(w.path, n)
		if n.Kind == yaml.SequenceNode {
			items := make([]value, 0, len(n.Content))
			for _, c := range n.Content {
				if w.problem != nil {
					break
				}
				items = append(items, w.value(c))
			}
			val.v = items
		} else {
			val.v = w.pairs(n)
		}
		w.path = w.path[:len(w.path)-1]
	default:
		val.v = yamlScalar(n)
	}
	return val
}

// alias reads the value an alias names.
func (w *yamlWalker) alias(n *yaml.Node) value {
	for _, open := range w.path {
		if open == n.Alias {
			w.outer = nil // the cycle is where the alias is written
			w.fail(n, i18n.Sprintf("YAML alias *%s is inside the value its anchor names, so it never ends",
				"alias YAML *%s berada di dalam nilai yang ditandai jangkarnya sendiri sehingga tidak pernah berakhir", n.Value),
				i18n.T("point the alias at a value outside its own anchor", "arahkan alias ke nilai di luar jangkarnya sendiri"))
			return value{}
		}
	}
	if w.outer != nil {
		return w.value(n.Alias)
	}
	w.outer = n
	v := w.value(n.Alias)
	w.outer = nil
	return v
}

func nestingMessage() i18n.Text {
	return i18n.Sprintf("front matter nests lists or tables more than %d levels deep",
		"front matter memuat daftar atau tabel bersarang lebih dari %d tingkat", maxNesting)
}

func nestingSuggestion() i18n.Text {
	return i18n.T("front matter needs only `key: value` lines, short lists and the `postlint` table",
		"front matter cukup berisi baris `kunci: nilai`, daftar pendek, dan tabel `postlint`")
}

// yamlScalar converts a scalar node to a Go value by its resolved tag.
func yamlScalar(n *yaml.Node) any {
	switch n.Tag {
	case "!!int":
		if i, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64); err == nil {
			return i
		}
		return n.Value
	case "!!float":
		f, _ := strconv.ParseFloat(n.Value, 64)
		return f
	case "!!bool":
		var b bool
		_ = n.Decode(&b)
		return b
	case "!!null":
		return nil
	case "!!timestamp":
		var t time.Time
		if n.Decode(&t) == nil {
			return t
		}
		return n.Value
	}
	return n.Value
}

func decodeTOML(block string, firstLine int) ([]keyValue, *Problem) {
	var raw map[string]any
	if _, err := toml.Decode(block, &raw); err != nil {
		var perr toml.ParseError
		line, msg := 1, err.Error()
		if errors.As(err, &perr) {
			line, msg = perr.Position.Line, perr.Message
		}
		return nil, &Problem{
			Rule:    "front-matter",
			Range:   lineRange(line + firstLine - 1),
			Message: i18n.Sprintf("TOML front matter does not parse: %s", "front matter TOML tidak dapat dibaca: %s", msg),
			Fatal:   true,
		}
	}
	idx := tomlpos.New(block, firstLine)
	return tomlPairs(raw, nil, idx, firstLine), nil
}

// tomlNesting returns the offset in block where tables and arrays first
// nest more than maxNesting levels deep, or -1. It runs before the decoder,
// whose time and memory grow with the square of the depth. Each part of a
// dotted key or table name counts as a level, as the decoder makes a table
// of it; text in strings and comments is skipped. Anything it misreads in
// a broken block is left for the decoder to report.
func tomlNesting(block string) int {
	var (
		stack []byte // open '[' arrays, '{' inline tables, 'h' table names
		base  int    // levels of the table the last header opened
		dots  int    // dots so far in the key being read
		key   = true // reading a key, where dots nest, rather than a value
	)
	depth := func() int {
		if len(stack) > 0 && stack[len(stack)-1] == 'h' {
			return dots + 1
		}
		return base + len(stack) + dots
	}
	for i := 0; i < len(block); i++ {
		switch c := block[i]; c {
		case '\n':
			if len(stack) == 0 {
				key, dots = true, 0
			}
		case '#':
			for i+1 < len(block) && block[i+1] != '\n' {
				i++
			}
		case '"', '\'':
			i = tomlStringEnd(block, i)
		case '=':
			key, dots = false, 0
		case '.':
			if key {
				dots++
				if depth() > maxNesting {
					return i
				}
			}
		case ',':
			if len(stack) > 0 && stack[len(stack)-1] == '{' {
				key, dots = true, 0
			}
		case '[':
			if key && (len(stack) == 0 || stack[len(stack)-1] == 'h') {
				stack = append(stack, 'h') // [table] or [[array of tables]]
				break
			}
			stack = append(stack, '[')
			key = false
			if depth() > maxNesting {
				return i
			}
		case '{':
			stack = append(stack, '{')
			key, dots = true, 0
			if depth() > maxNesting {
				return i
			}
		case ']', '}':
			if len(stack) == 0 {
				break
			}
			if stack[len(stack)-1] == 'h' && len(stack) == 1 {
				base = dots + 1
			}
			if stack[len(stack)-1] != 'h' || len(stack) == 1 {
				dots = 0
			}
			stack = stack[:len(stack)-1]
			key = false
		}
	}
	return -1
}

// tomlStringEnd returns the offset of the last byte of the string that
// opens at i: basic or literal, one line or multi-line. An unclosed string
// ends at its line end (one-line) or at the end of the block.
func tomlStringEnd(block string, i int) int {
	q := block[i]
	if strings.HasPrefix(block[i:], strings.Repeat(string(q), 3)) {
		for j := i + 3; j < len(block); j++ {
			if q == '"' && block[j] == '\\' {
				j++
				continue
			}
			if block[j] == q && strings.HasPrefix(block[j:], strings.Repeat(string(q), 3)) {
				return j + 2
			}
		}
		return len(block) - 1
	}
	for j := i + 1; j < len(block); j++ {
		switch {
		case q == '"' && block[j] == '\\':
			j++
		case block[j] == q:
			return j
		case block[j] == '\n':
			return j - 1
		}
	}
	return len(block) - 1
}

// tomlPairs turns a decoded table into key-value pairs in file order.
// parent is the line of the enclosing table, used for keys the position
// index cannot place.
func tomlPairs(m map[string]any, prefix []string, idx *tomlpos.Index, parent int) []keyValue {
	out := make([]keyValue, 0, len(m))
	for k, v := range m {
		path := append(append(make([]string, 0, len(prefix)+1), prefix...), k)
		line := idx.Line(path...)
		val := tomlValue(v, path, idx, cmp.Or(line, parent))
		if line == 0 {
			// A table made by a dotted key or an array of tables: it
			// stands where its first key does.
			line = cmp.Or(earliestLine(val), parent)
			val.where = lineRange(line)
		}
		out = append(out, keyValue{key: k, where: lineRange(line), val: val})
	}
	// Keep file order so problems come out in reading order.
	sort.Slice(out, func(i, j int) bool {
		li, lj := out[i].where.Start.Line, out[j].where.Start.Line
		if li != lj {
			return li < lj
		}
		return out[i].key < out[j].key
	})
	return out
}

// tomlValue turns a decoded value into a value placed on line, or on the
// lines the index knows for the tables inside it.
func tomlValue(v any, path []string, idx *tomlpos.Index, line int) value {
	val := value{where: lineRange(line)}
	switch x := v.(type) {
	case []any:
		items := make([]value, 0, len(x))
		for _, it := range x {
			items = append(items, tomlValue(it, path, idx, line))
		}
		val.v = items
	case []map[string]any:
		// The index numbers the tables of an array: "a.0.key".
		items := make([]value, 0, len(x))
		for i, it := range x {
			at := append(append(make([]string, 0, len(path)+1), path...), strconv.Itoa(i))
			items = append(items, tomlValue(it, at, idx, cmp.Or(idx.Line(at...), line)))
		}
		val.v = items
	case map[string]any:
		val.v = tomlPairs(x, path, idx, line)
	default:
		val.v = x
	}
	return val
}

// earliestLine returns the first line a value's parts stand on, or 0.
func earliestLine(v value) int {
	first := 0
	consider := func(l int) {
		if l > 0 && (first == 0 || l < first) {
			first = l
		}
	}
	switch x := v.v.(type) {
	case []value:
		for _, it := range x {
			consider(it.where.Start.Line)
			consider(earliestLine(it))
		}
	case []keyValue:
		for _, kv := range x {
			consider(kv.where.Start.Line)
		}
	}
	return first
}

// validator checks each key and fills Meta.
type validator struct {
	opts     Options
	meta     Meta
	problems []Problem
}

func (v *validator) bad(r Range, msg, sugg i18n.Text) {
	v.problems = append(v.problems, Problem{Rule: "front-matter", Range: r, Message: msg, Suggestion: sugg})
}

func (v *validator) wrongType(kv keyValue, want i18n.Text) {
	v.bad(kv.val.where, i18n.Text{
		EN: fmt.Sprintf("front matter key %q must be %s, not %s", kv.key, want.EN, typeName(kv.val.v, false)),
		ID: fmt.Sprintf("kunci front matter %q harus %s, bukan %s", kv.key, want.ID, typeName(kv.val.v, true)),
	}, i18n.Text{})
}

func typeName(x any, id bool) string {
	pick := func(en, in string) string {
		if id {
			return in
		}
		return en
	}
	switch x.(type) {
	case nil:
		return pick("empty", "kosong")
	case string:
		return pick("text", "teks")
	case int64, float64:
		return pick("a number", "angka")
	case bool:
		return pick("true/false", "true/false")
	case []value:
		return pick("a list", "daftar")
	case []keyValue:
		return pick("a table", "tabel")
	case time.Time:
		return pick("a date", "tanggal")
	}
	return fmt.Sprintf("%T", x)
}

var (
	wantText     = i18n.T("text", "teks")
	wantTextList = i18n.T("text or a list of text", "teks atau daftar teks")
	wantInt      = i18n.T("a whole number", "bilangan bulat")
	wantBool     = i18n.T("true or false", "true atau false")
	wantDate     = i18n.T("a date such as 2026-04-02 or 2026-04-02T09:00", "tanggal seperti 2026-04-02 atau 2026-04-02T09:00")
	wantTable    = i18n.T("a table of settings", "tabel pengaturan")
)

func (v *validator) key(kv keyValue) {
	switch kv.key {
	case "platform":
		items := v.strings(kv)
		for _, it := range items {
			name, ok := platform.Canonical(it.v.(string))
			if !ok {
				v.unknownValue(it.where, "platform", it.v.(string), platform.Names())
				continue
			}
			if v.meta.Platforms == nil {
				v.meta.Platforms = make([]string, 0, len(items))
			}
			if !contains(v.meta.Platforms, name) {
				v.meta.Platforms = append(v.meta.Platforms, name)
			}
		}
	case "media":
		v.meta.Media = platform.Media(v.enum(kv, platform.MediaNames()))
	case "lang":
		v.meta.Lang = v.enum(kv, LangNames)
	case "account":
		v.meta.Account = v.enum(kv, AccountNames)
	case "alt":
		v.meta.HasAlt = true
		for _, it := range v.strings(kv) {
			v.meta.Alt = append(v.meta.Alt, it.v.(string))
		}
	case "images":
		n, ok := kv.val.v.(int64)
		if !ok || n < 0 {
			v.wrongType(kv, wantInt)
			return
		}
		v.meta.Images = int(n)
	case "captions":
		b, ok := kv.val.v.(bool)
		if !ok {
			v.wrongType(kv, wantBool)
			return
		}
		v.meta.Captions = &b
	case "subtitles":
		v.meta.Subtitles = v.str(kv)
	case "hook":
		v.meta.Hook = v.str(kv)
	case "title":
		v.meta.Title = v.str(kv)
	case "date":
		v.meta.Date = v.date(kv)
	case "postlint":
		v.postlint(kv)
	default:
		sugg := i18n.Text{}
		if c := fuzzy.Closest(kv.key, metaKeys); c != "" {
			sugg = i18n.Sprintf("did you mean %q?", "mungkin maksudnya %q?", c)
		}
		v.bad(kv.where, i18n.Sprintf("unknown front matter key %q", "kunci front matter %q tidak dikenal", kv.key), sugg)
	}
}

// unknownValue reports a value that is neither a name nor an alias, with a
// "did you mean" over both.
func (v *validator) unknownValue(r Range, key, got string, allowed []string) {
	sugg := i18n.Sprintf("use one of: %s", "pakai salah satu: %s", strings.Join(allowed, ", "))
	if c := Suggest(key, got); c != "" {
		sugg = i18n.Sprintf("did you mean %q?", "mungkin maksudnya %q?", c)
	}
	v.bad(r, i18n.Sprintf("unknown %s %q", "%s %q tidak dikenal", key, got), sugg)
}

func (v *validator) str(kv keyValue) string {
	s, ok := kv.val.v.(string)
	if !ok {
		v.wrongType(kv, wantText)
	}
	return s
}

// strings accepts a string or a list of strings.
func (v *validator) strings(kv keyValue) []value {
	switch x := kv.val.v.(type) {
	case string:
		return []value{kv.val}
	case []value:
		if allText(x) {
			return x
		}
		out := x[:0:0]
		for _, it := range x {
			if _, ok := it.v.(string); !ok {
				v.wrongType(keyValue{key: kv.key, where: kv.where, val: it}, wantTextList)
				continue
			}
			out = append(out, it)
		}
		return out
	}
	v.wrongType(kv, wantTextList)
	return nil
}

// allText reports whether every item of a list is text, so that the list
// can be used as it is.
func allText(list []value) bool {
	for _, it := range list {
		if _, ok := it.v.(string); !ok {
			return false
		}
	}
	return true
}

func (v *validator) enum(kv keyValue, allowed []string) string {
	s, ok := kv.val.v.(string)
	if !ok {
		v.wrongType(kv, wantText)
		return ""
	}
	name, ok := Canonical(kv.key, s)
	if !ok {
		v.unknownValue(kv.val.where, kv.key, strings.ToLower(strings.TrimSpace(s)), allowed)
		return ""
	}
	return name
}

var dateLayouts = []string{"2006-01-02", "2006-01-02T15:04", "2006-01-02T15:04:05", "2006-01-02 15:04", "2006-01-02 15:04:05", time.RFC3339}

func (v *validator) date(kv keyValue) string {
	switch x := kv.val.v.(type) {
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format("2006-01-02T15:04:05")
	case string:
		x = strings.TrimSpace(x)
		for _, l := range dateLayouts {
			if t, err := time.Parse(l, x); err == nil {
				out := "2006-01-02T15:04:05"
				if l == "2006-01-02" {
					out = l
				}
				var buf [32]byte
				if norm := t.AppendFormat(buf[:0], out); string(norm) != x {
					return string(norm)
				}
				return x // already normal: keep the file's text, not a copy per calendar row
			}
		}
	}
	v.wrongType(kv, wantDate)
	return ""
}

func (v *validator) postlint(kv keyValue) {
	pairs, ok := kv.val.v.([]keyValue)
	if !ok {
		v.wrongType(kv, wantTable)
		return
	}
	for _, p := range pairs {
		if p.key == "disable" {
			for _, it := range v.strings(p) {
				id := it.v.(string)
				if !v.ruleKnown(it.where, id) {
					continue
				}
				v.meta.Disable = append(v.meta.Disable, id)
			}
			continue
		}
		if !v.ruleKnown(p.where, p.key) {
			continue
		}
		opts, ok := p.val.v.([]keyValue)
		if !ok {
			v.wrongType(p, wantTable)
			continue
		}
		if v.meta.RuleOptions == nil {
			v.meta.RuleOptions = map[string]map[string]any{}
		}
		m := map[string]any{}
		for _, o := range opts {
			m[o.key] = plain(o.val)
		}
		v.meta.RuleOptions[p.key] = m
		v.meta.SetKeyRange("postlint."+p.key, p.where)
	}
}

func (v *validator) ruleKnown(r Range, id string) bool {
	if v.opts.KnownRule == nil || v.opts.KnownRule(id) {
		return true
	}
	sugg := i18n.Text{}
	if c := fuzzy.Closest(id, v.opts.RuleIDs); c != "" {
		sugg = i18n.Sprintf("did you mean %q?", "mungkin maksudnya %q?", c)
	}
	v.bad(r, i18n.Sprintf("unknown rule %q in front matter `postlint`", "aturan %q di front matter `postlint` tidak dikenal", id), sugg)
	return false
}

// plain turns a value into plain Go data for option decoding.
func plain(v value) any {
	switch x := v.v.(type) {
	case []value:
		out := make([]any, len(x))
		for i, it := range x {
			out[i] = plain(it)
		}
		return out
	case []keyValue:
		out := map[string]any{}
		for _, kv := range x {
			out[kv.key] = plain(kv.val)
		}
		return out
	}
	return v.v
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
