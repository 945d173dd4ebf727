package report

import "strconv"

// indentJSON writes JSON the way encoding/json's indenting encoder does
// (SetIndent(prefix, "  ")), without reflection: members on lines of
// their own, the prefix and two spaces a level before each, and empty
// objects and arrays as {} and []. The SARIF and Code Quality reports
// hold an object per finding, and encoding them by reflection was most of
// the time they took. TestAppendSARIFResultMatchesEncodingJSON and
// TestAppendCQIssueMatchesEncodingJSON hold the two together.
type indentJSON struct {
	b          []byte
	prefix     string
	depth      int
	escapeHTML bool
}

func (e *indentJSON) newline() {
	e.b = append(e.b, '\n')
	e.b = append(e.b, e.prefix...)
	for range e.depth {
		e.b = append(e.b, "  "...)
	}
}

// open starts an object ('{') or array ('[').
func (e *indentJSON) open(c byte) {
	e.b = append(e.b, c)
	e.depth++
}

// opened reports whether the innermost object or array has no member yet:
// it was the last thing written, as no value ends in '{' or '['.
func (e *indentJSON) opened() bool {
	c := e.b[len(e.b)-1]
	return c == '{' || c == '['
}

// close ends the innermost object or array with c ('}' or ']'); the one
// around it now has a member, this one.
func (e *indentJSON) close(c byte) {
	e.depth--
	if !e.opened() {
		e.newline()
	}
	e.b = append(e.b, c)
}

// elem starts an array element or an object member.
func (e *indentJSON) elem() {
	if !e.opened() {
		e.b = append(e.b, ',')
	}
	e.newline()
}

// key starts an object member; keys are plain ASCII.
func (e *indentJSON) key(k string) {
	e.elem()
	e.b = append(e.b, '"')
	e.b = append(e.b, k...)
	e.b = append(e.b, `": `...)
}

func (e *indentJSON) str(s string) { e.b = appendJSONStringHTML(e.b, s, e.escapeHTML) }

func (e *indentJSON) int(n int) { e.b = strconv.AppendInt(e.b, int64(n), 10) }

func (e *indentJSON) strField(k, s string) {
	e.key(k)
	e.str(s)
}

func (e *indentJSON) intField(k string, n int) {
	e.key(k)
	e.int(n)
}

// strFieldOmitEmpty and intFieldOmitEmpty write what a field tagged
// omitempty writes.
func (e *indentJSON) strFieldOmitEmpty(k, s string) {
	if s != "" {
		e.strField(k, s)
	}
}

func (e *indentJSON) intFieldOmitEmpty(k string, n int) {
	if n != 0 {
		e.intField(k, n)
	}
}

// appendSARIFResult writes r as an encoder with SetIndent(prefix, "  ")
// and SetEscapeHTML(false) does, without the final newline.
func appendSARIFResult(dst []byte, prefix string, r *sarifResult) []byte {
	e := indentJSON{b: dst, prefix: prefix}
	e.open('{')
	e.strField("ruleId", r.RuleID)
	e.intField("ruleIndex", r.RuleIndex)
	e.strField("level", r.Level)
	e.key("message")
	e.sarifText(&r.Message)
	e.key("locations")
	if r.Locations == nil {
		e.b = append(e.b, "null"...)
	} else {
		e.open('[')
		for i := range r.Locations {
			e.elem()
			e.open('{')
			e.key("physicalLocation")
			e.open('{')
			e.key("artifactLocation")
			e.sarifArtifactLocation(&r.Locations[i].PhysicalLocation.ArtifactLocation)
			if reg := r.Locations[i].PhysicalLocation.Region; reg != nil {
				e.key("region")
				e.sarifRegion(reg)
			}
			e.close('}')
			e.close('}')
		}
		e.close(']')
	}
	if len(r.Fixes) > 0 {
		e.key("fixes")
		e.open('[')
		for i := range r.Fixes {
			e.elem()
			e.sarifFix(&r.Fixes[i])
		}
		e.close(']')
	}
	e.key("properties")
	e.open('{')
	p := &r.Properties
	e.strFieldOmitEmpty("platform", p.Platform)
	if len(p.Platforms) > 0 {
		e.key("platforms")
		e.open('[')
		for _, name := range p.Platforms {
			e.elem()
			e.str(name)
		}
		e.close(']')
	}
	e.intFieldOmitEmpty("post", p.Post)
	if c := p.Cell; c != nil {
		e.key("cell")
		e.open('{')
		e.strField("ref", c.Ref)
		e.strFieldOmitEmpty("sheet", c.Sheet)
		e.intField("row", c.Row)
		e.strField("column", c.Column)
		e.strFieldOmitEmpty("header", c.Header)
		e.close('}')
	}
	e.strFieldOmitEmpty("category", p.Category)
	e.strFieldOmitEmpty("suggestion", p.Suggestion)
	e.close('}')
	e.close('}')
	return e.b
}

func (e *indentJSON) sarifText(t *sarifText) {
	e.open('{')
	e.strField("text", t.Text)
	e.strFieldOmitEmpty("markdown", t.Markdown)
	e.close('}')
}

func (e *indentJSON) sarifArtifactLocation(a *sarifArtifactLocation) {
	e.open('{')
	e.strField("uri", a.URI)
	e.strFieldOmitEmpty("uriBaseId", a.URIBaseID)
	if a.Description != nil {
		e.key("description")
		e.sarifText(a.Description)
	}
	e.close('}')
}

func (e *indentJSON) sarifRegion(r *sarifRegion) {
	e.open('{')
	e.intField("startLine", r.StartLine)
	e.intFieldOmitEmpty("startColumn", r.StartColumn)
	e.intFieldOmitEmpty("endLine", r.EndLine)
	e.intFieldOmitEmpty("endColumn", r.EndColumn)
	e.close('}')
}

func (e *indentJSON) sarifFix(f *sarifFix) {
	e.open('{')
	if f.Description != nil {
		e.key("description")
		e.sarifText(f.Description)
	}
	e.key("artifactChanges")
	if f.ArtifactChanges == nil {
		e.b = append(e.b, "null"...)
	} else {
		e.open('[')
		for i := range f.ArtifactChanges {
			c := &f.ArtifactChanges[i]
			e.elem()
			e.open('{')
			e.key("artifactLocation")
			e.sarifArtifactLocation(&c.ArtifactLocation)
			e.key("replacements")
			if c.Replacements == nil {
				e.b = append(e.b, "null"...)
			} else {
				e.open('[')
				for j := range c.Replacements {
					rep := &c.Replacements[j]
					e.elem()
					e.open('{')
					e.key("deletedRegion")
					e.sarifRegion(&rep.DeletedRegion)
					e.key("insertedContent")
					e.open('{')
					e.strField("text", rep.InsertedContent.Text)
					e.close('}')
					e.close('}')
				}
				e.close(']')
			}
			e.close('}')
		}
		e.close(']')
	}
	e.close('}')
}

// appendCQIssue writes a Code Quality issue as json.MarshalIndent(issue,
// prefix, "  ") does.
func appendCQIssue(dst []byte, prefix string, issue *cqIssue) []byte {
	e := indentJSON{b: dst, prefix: prefix, escapeHTML: true}
	e.open('{')
	e.strField("type", issue.Type)
	e.strField("description", issue.Description)
	e.strField("check_name", issue.CheckName)
	e.strField("fingerprint", issue.Fingerprint)
	e.strField("severity", issue.Severity)
	e.key("location")
	e.open('{')
	e.strField("path", issue.Location.Path)
	e.key("lines")
	e.open('{')
	e.intField("begin", issue.Location.Lines.Begin)
	e.intFieldOmitEmpty("end", issue.Location.Lines.End)
	e.close('}')
	e.close('}')
	e.close('}')
	return e.b
}
