package draft

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/internal/fuzzy"
	"github.com/postlint/postlint/internal/tomlpos"
	"go.yaml.in/yaml/v3"
)

// Values the front-matter keys accept.
var (
	// PlatformNames are the platforms postlint knows; Aliases map other
	// spellings users write to them (from the alias table, aliases.go).
	PlatformNames = []string{"facebook", "instagram", "x", "linkedin", "tiktok", "threads", "youtube", "whatsapp"}
	Aliases       = AliasesOf("platform")
	MediaNames    = []string{"text", "image", "carousel", "video", "reel", "story", "link"}
	LangNames     = []string{"id", "en", "auto"}
	AccountNames  = []string{"gov", "business", "personal"}
	metaKeys      = []string{"platform", "media", "lang", "alt", "images", "captions", "subtitles", "hook", "title", "date", "account", "postlint"}
)

// Meta is a post's front matter, validated.
type Meta struct {
	Platforms []string
	Media     string
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
	keys        map[string]Range
}

// KeyRange returns where a front-matter key stands in the file.
func (m *Meta) KeyRange(key string) (Range, bool) {
	r, ok := m.keys[key]
	return r, ok
}

// SetKeyRange records where a key stands (used by readers of other formats).
func (m *Meta) SetKeyRange(key string, r Range) {
	if m.keys == nil {
		m.keys = map[string]Range{}
	}
	m.keys[key] = r
}

type frontMatter struct {
	delim     string // "---" or "+++", "" when there is none
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
	fm := frontMatter{delim: delim, start: next}
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
func parseMeta(fm frontMatter, src string, lines []int, opts Options) (Meta, []Problem) {
	block := src[fm.start:fm.end]
	firstLine := srcPos(src, lines, fm.start).Line
	var (
		pairs []keyValue
		err   *Problem
	)
	if fm.delim == "---" {
		pairs, err = decodeYAML(block, firstLine)
	} else {
		pairs, err = decodeTOML(block, firstLine)
	}
	if err != nil {
		return Meta{}, []Problem{*err}
	}
	v := validator{opts: opts}
	v.meta.keys = map[string]Range{}
	for _, kv := range pairs {
		v.meta.keys[kv.key] = kv.where
		v.key(kv)
	}
	return v.meta, v.problems
}

func lineRange(line int) Range {
	return Range{Start: Position{line, 1}, End: Position{line, 1}}
}

func decodeYAML(block string, firstLine int) ([]keyValue, *Problem) {
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
	return yamlPairs(root, firstLine), nil
}

var yamlLineRe = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

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

func yamlPairs(m *yaml.Node, firstLine int) []keyValue {
	var out []keyValue
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		out = append(out, keyValue{key: k.Value, where: yamlRange(k, firstLine), val: yamlValue(v, firstLine)})
	}
	return out
}

func yamlValue(n *yaml.Node, firstLine int) value {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	val := value{where: yamlRange(n, firstLine)}
	switch n.Kind {
	case yaml.SequenceNode:
		items := make([]value, 0, len(n.Content))
		for _, c := range n.Content {
			items = append(items, yamlValue(c, firstLine))
		}
		val.v = items
	case yaml.MappingNode:
		val.v = yamlPairs(n, firstLine)
	default:
		switch n.Tag {
		case "!!int":
			if i, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64); err == nil {
				val.v = i
			} else {
				val.v = n.Value
			}
		case "!!float":
			f, _ := strconv.ParseFloat(n.Value, 64)
			val.v = f
		case "!!bool":
			var b bool
			_ = n.Decode(&b)
			val.v = b
		case "!!null":
			val.v = nil
		case "!!timestamp":
			var t time.Time
			if n.Decode(&t) == nil {
				val.v = t
			} else {
				val.v = n.Value
			}
		default:
			val.v = n.Value
		}
	}
	return val
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
	return tomlPairs(raw, nil, idx), nil
}

func tomlPairs(m map[string]any, prefix []string, idx *tomlpos.Index) []keyValue {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	// Keep file order so problems come out in reading order.
	sort.Slice(keys, func(i, j int) bool {
		li, lj := idx.Line(append(prefix, keys[i])...), idx.Line(append(prefix, keys[j])...)
		if li != lj {
			return li < lj
		}
		return keys[i] < keys[j]
	})
	out := make([]keyValue, 0, len(keys))
	for _, k := range keys {
		path := append(append([]string{}, prefix...), k)
		r := lineRange(idx.Line(path...))
		out = append(out, keyValue{key: k, where: r, val: tomlValue(m[k], path, idx)})
	}
	return out
}

func tomlValue(v any, path []string, idx *tomlpos.Index) value {
	val := value{where: lineRange(idx.Line(path...))}
	switch x := v.(type) {
	case []any:
		items := make([]value, 0, len(x))
		for _, it := range x {
			items = append(items, tomlValue(it, path, idx))
		}
		val.v = items
	case []map[string]any:
		items := make([]value, 0, len(x))
		for _, it := range x {
			items = append(items, tomlValue(it, path, idx))
		}
		val.v = items
	case map[string]any:
		val.v = tomlPairs(x, path, idx)
	default:
		val.v = x
	}
	return val
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
		for _, it := range v.strings(kv) {
			name, ok := Canonical("platform", it.v.(string))
			if !ok {
				v.unknownValue(it.where, "platform", it.v.(string), PlatformNames)
				continue
			}
			if !contains(v.meta.Platforms, name) {
				v.meta.Platforms = append(v.meta.Platforms, name)
			}
		}
	case "media":
		v.meta.Media = v.enum(kv, MediaNames)
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
		for _, l := range dateLayouts {
			if t, err := time.Parse(l, strings.TrimSpace(x)); err == nil {
				if l == "2006-01-02" {
					return t.Format("2006-01-02")
				}
				return t.Format("2006-01-02T15:04:05")
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
		v.meta.keys["postlint."+p.key] = p.where
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
