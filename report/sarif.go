package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"net/url"
	"path"
	"strings"

	"github.com/postlint/postlint/i18n"
	"github.com/postlint/postlint/lint"
)

func init() {
	register("sarif", Factory{New: newSARIF, Help: "SARIF 2.1.0, for GitHub code scanning and other CI dashboards"})
}

// SARIF 2.1.0, written with our own structs: only what postlint fills, in
// a fixed field order, so the output is small and byte-identical between
// runs. The official schema is checked in the tests.
const (
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifVersion = "2.1.0"
	// toolURI is postlint's home page, shown by SARIF viewers.
	toolURI = "https://github.com/postlint/postlint"
	// srcRoot is the base that relative artifact URIs resolve against: the
	// folder postlint ran in, normally the repository root.
	srcRoot = "%SRCROOT%"
	// ruleDocsURI is where each built-in rule's page lives in the
	// repository (docs/rules/<id>.md, made by go generate ./rules).
	ruleDocsURI = toolURI + "/blob/main/docs/rules/"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool `json:"tool"`
	Language   string    `json:"language,omitempty"`
	ColumnKind string    `json:"columnKind"`
	// Results has no omitempty: GitHub wants the key even with no results.
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string            `json:"id"`
	Name                 string            `json:"name,omitempty"`
	ShortDescription     *sarifText        `json:"shortDescription,omitempty"`
	FullDescription      *sarifText        `json:"fullDescription,omitempty"`
	Help                 *sarifText        `json:"help,omitempty"`
	HelpURI              string            `json:"helpUri,omitempty"`
	DefaultConfiguration sarifRuleConfig   `json:"defaultConfiguration"`
	Properties           sarifRuleProperty `json:"properties"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifRuleProperty struct {
	Category    string   `json:"category,omitempty"`
	PerPlatform bool     `json:"perPlatform,omitempty"`
	Tags        []string `json:"tags,omitempty"`
}

type sarifResult struct {
	RuleID     string              `json:"ruleId"`
	RuleIndex  int                 `json:"ruleIndex"`
	Level      string              `json:"level"`
	Message    sarifText           `json:"message"`
	Locations  []sarifLocation     `json:"locations"`
	Fixes      []sarifFix          `json:"fixes,omitempty"`
	Properties sarifResultProperty `json:"properties"`
}

// sarifFix is a finding's fix: one replacement in its file, the deleted
// region counted in the run's columnKind.
type sarifFix struct {
	Description     *sarifText            `json:"description,omitempty"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion          `json:"deletedRegion"`
	InsertedContent sarifArtifactContent `json:"insertedContent"`
}

type sarifArtifactContent struct {
	Text string `json:"text"`
}

// sarifResultProperty is a result's property bag. Platform is the only
// platform, or the first of several; Platforms lists them all and is
// present only when there are several, as in the JSON report.
type sarifResultProperty struct {
	Platform  string   `json:"platform,omitempty"`
	Platforms []string `json:"platforms,omitempty"`
	Post      int      `json:"post,omitempty"`
	// Cell is the calendar cell, as in the JSON report; in a workbook
	// the region's line and column are its row and column index.
	Cell       *jsonCell `json:"cell,omitempty"`
	Category   string    `json:"category,omitempty"`
	Suggestion string    `json:"suggestion,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifArtifactLocation struct {
	URI         string     `json:"uri"`
	URIBaseID   string     `json:"uriBaseId,omitempty"`
	Description *sarifText `json:"description,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// sarifFormatter keeps the results (not the posts) until Finish: the rule
// table comes first in the file and may grow while results arrive.
type sarifFormatter struct {
	w       *bufio.Writer
	opts    Options
	rules   []sarifRule
	index   map[string]int
	results []sarifResult
}

func newSARIF(o Options) Formatter {
	s := &sarifFormatter{w: newWriter(o.W), opts: o, index: map[string]int{}}
	for _, d := range o.Rules {
		s.addRule(d)
	}
	return s
}

func (s *sarifFormatter) addRule(d lint.Doc) int {
	if i, ok := s.index[d.ID]; ok {
		return i
	}
	s.index[d.ID] = len(s.rules)
	s.rules = append(s.rules, sarifRuleFor(d, s.opts))
	return len(s.rules) - 1
}

// sarifRuleFor describes a rule in the report's language.
func sarifRuleFor(d lint.Doc, o Options) sarifRule {
	locale := o.Locale
	r := sarifRule{
		ID: d.ID, Name: camelName(d.ID),
		DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(d.Severity)},
		Properties:           sarifRuleProperty{Category: d.Category, PerPlatform: d.PerPlatform},
	}
	if d.Category != "" {
		r.Properties.Tags = []string{d.Category}
	}
	if s := d.Summary.In(locale); s != "" {
		r.ShortDescription = &sarifText{Text: s}
	}
	if s := d.Rationale.In(locale); s != "" {
		r.FullDescription = &sarifText{Text: s}
	}
	if text, md := ruleHelp(d, locale); text != "" {
		r.Help = &sarifText{Text: text, Markdown: md}
	}
	if _, builtin := o.builtinDoc(d.ID); builtin {
		r.HelpURI = ruleDocsURI + d.ID + ".md"
	}
	return r
}

// sarifFixes describes a finding's fix, if it has one.
func sarifFixes(f lint.Finding, locale string) []sarifFix {
	if f.Fix == nil {
		return nil
	}
	r := f.Fix.Range
	fix := sarifFix{ArtifactChanges: []sarifArtifactChange{{
		ArtifactLocation: sarifArtifact(f.Path, locale),
		Replacements: []sarifReplacement{{
			DeletedRegion: sarifRegion{StartLine: r.Start.Line, StartColumn: r.Start.Column, EndLine: r.End.Line, EndColumn: r.End.Column},
			// An empty text deletes; the key stays so that viewers need
			// not guess.
			InsertedContent: sarifArtifactContent{Text: f.Fix.Edit.Text},
		}},
	}}}
	if s := f.Suggestion.In(locale); s != "" {
		fix.Description = &sarifText{Text: s}
	}
	return []sarifFix{fix}
}

// ruleHelp is the rule's rationale, bad and good examples and source, as
// plain text and as Markdown.
func ruleHelp(d lint.Doc, locale string) (text, markdown string) {
	msgs := i18n.Messages(locale)
	var t, m strings.Builder
	add := func(title, body string, code bool) {
		if body == "" {
			return
		}
		if t.Len() > 0 {
			t.WriteString("\n\n")
			m.WriteString("\n\n")
		}
		if title == "" {
			t.WriteString(body)
			m.WriteString(body)
			return
		}
		t.WriteString(title + ":\n" + body)
		if code {
			fence := codeFence(body)
			m.WriteString("**" + title + "**\n\n" + fence + "text\n" + body + "\n" + fence)
		} else {
			m.WriteString("**" + title + ":** " + body)
		}
	}
	add("", d.Rationale.In(locale), false)
	add(msgs.T("Bad"), d.Bad.In(locale), true)
	add(msgs.T("Good"), d.Good.In(locale), true)
	add(msgs.T("Source"), d.Source, false)
	return t.String(), m.String()
}

// codeFence returns a backtick fence longer than any run of backticks in
// s, so an example cannot close its own code block.
func codeFence(s string) string {
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return strings.Repeat("`", max(3, longest+1))
}

// camelName turns "hook-dateline" into "HookDateline", the identifier-like
// name SARIF viewers show next to the ID.
func camelName(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		if part == "" {
			continue
		}
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

func sarifLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "note"
}

// sarifArtifact maps a report path (slash-separated, as the engine gives
// it) to a URI: relative paths resolve against %SRCROOT%, absolute ones
// become file URIs, and standard input is "stdin", described as such.
func sarifArtifact(p, locale string) sarifArtifactLocation {
	if p == "-" {
		return sarifArtifactLocation{URI: "stdin", Description: &sarifText{Text: i18n.Messages(locale).T("standard input")}}
	}
	if strings.HasPrefix(p, "/") || isDrivePath(p) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p
		}
		return sarifArtifactLocation{URI: (&url.URL{Scheme: "file", Path: p}).String()}
	}
	// url.URL escapes spaces and non-ASCII and protects a colon in the
	// first segment ("./a:b.md") from reading as a scheme.
	return sarifArtifactLocation{URI: (&url.URL{Path: path.Clean(p)}).String(), URIBaseID: srcRoot}
}

// isDrivePath reports a Windows absolute path such as C:/posts/a.md.
func isDrivePath(p string) bool {
	return len(p) >= 3 && p[1] == ':' && p[2] == '/' &&
		(p[0] >= 'a' && p[0] <= 'z' || p[0] >= 'A' && p[0] <= 'Z')
}

func sarifRegionFor(f lint.Finding) *sarifRegion {
	if !hasRegion(f) {
		return nil
	}
	r := f.Range
	reg := &sarifRegion{StartLine: r.Start.Line}
	if r.Start.Column >= 1 {
		reg.StartColumn = r.Start.Column
	}
	switch {
	case r.End.Line == r.Start.Line:
		reg.EndLine = r.End.Line
		reg.EndColumn = sameLineEnd(f)
	case r.End.Line > r.Start.Line:
		reg.EndLine = r.End.Line
		if r.End.Column >= 1 {
			reg.EndColumn = r.End.Column
		}
	}
	return reg
}

func (s *sarifFormatter) Post(r lint.PostResult) error {
	loc := s.opts.Locale
	for _, f := range r.Findings {
		idx, ok := s.index[f.Rule]
		if !ok {
			// A rule outside the base set: switched on by an override or a
			// post, or a draft problem reported whatever the config says.
			d, _ := s.opts.builtinDoc(f.Rule)
			if d.Category == "" {
				d.Category = f.Category
			}
			if d.Severity == lint.Off {
				d.Severity = f.Severity
			}
			idx = s.addRule(d)
		}
		s.results = append(s.results, sarifResult{
			RuleID: f.Rule, RuleIndex: idx, Level: sarifLevel(f.Severity),
			Message: sarifText{Text: describe(f, loc, "\n")},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: sarifArtifact(f.Path, loc), Region: sarifRegionFor(f),
			}}},
			Fixes: sarifFixes(f, loc),
			Properties: sarifResultProperty{
				Platform: firstPlatform(f), Platforms: manyPlatforms(f), Post: f.Post, Cell: cellOf(f), Category: f.Category, Suggestion: f.Suggestion.In(loc),
			},
		})
	}
	return nil
}

// Finish writes the log. The results are encoded one at a time into the
// indented document, so that a run with many findings needs no second,
// encoded copy of them in memory, and without reflection
// (appendSARIFResult), which took most of the time a large log took.
func (s *sarifFormatter) Finish(lint.Summary) error {
	ruleList := s.rules
	if ruleList == nil {
		ruleList = []sarifRule{}
	}
	log := sarifLog{
		Schema: sarifSchema, Version: sarifVersion,
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: sarifDriver{
				Name: "postlint", Version: s.opts.Version, InformationURI: toolURI, Rules: ruleList,
			}},
			Language: s.opts.Locale, ColumnKind: "unicodeCodePoints", Results: []sarifResult{},
		}},
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	// Messages quote posts: keep <, > and & readable.
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(log); err != nil {
		return err
	}
	// Results is the last field of the only run; the results go between
	// its brackets. A JSON string cannot hold this text with bare quotes,
	// so the last match is the field itself.
	doc := buf.Bytes()
	at := bytes.LastIndex(doc, []byte(`"results": []`))
	if at < 0 {
		return errors.New("sarif: results field not found")
	}
	at += len(`"results": [`)
	s.w.Write(doc[:at])
	if len(s.results) > 0 {
		const indent = "        " // results[] items sit four levels deep
		var one []byte
		for i := range s.results {
			if i > 0 {
				s.w.WriteByte(',')
			}
			s.w.WriteString("\n" + indent)
			one = appendSARIFResult(one[:0], indent, &s.results[i])
			s.w.Write(one)
		}
		s.w.WriteString("\n      ")
	}
	s.w.Write(doc[at:])
	return s.w.Flush()
}
