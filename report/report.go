// Package report turns findings into output: a coloured text report for
// people, JSON for scripts, SARIF, GitHub workflow commands, Checkstyle and
// JUnit XML for CI, and an HTML preview. Formatters are chosen by name from
// a registry and receive results as a stream, post by post, in a fixed
// order.
package report

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/postlint/postlint/lint"
	"github.com/postlint/postlint/platform"
)

// Formatter writes one report. It is a lint.Sink: its Post method
// receives one post's findings, in path and post order.
type Formatter interface {
	lint.Sink
	// Finish writes what comes after the last post.
	Finish(lint.Summary) error
}

// writeBufferSize is the size of a formatter's output buffer. A report
// on 10,000 drafts is about 30 MB of JSON: bufio's default of 4 KiB wrote
// it in some 7,300 system calls, 64 KiB in about 460. The buffer is one
// allocation, and only the pages a report fills are ever touched.
const writeBufferSize = 64 << 10

// newWriter buffers a formatter's output; the formatter flushes it in
// Finish.
func newWriter(w io.Writer) *bufio.Writer { return bufio.NewWriterSize(w, writeBufferSize) }

// Options configure a formatter.
type Options struct {
	W      io.Writer
	Locale string
	// Color turns on ANSI colours (text only).
	Color bool
	// Quiet drops the summary of the text report.
	Quiet bool
	// Width is the number of columns the text report's excerpts fit in
	// (the terminal's width); 0 means 80.
	Width int
	// Rules documents every rule in force, for formats that list rules.
	Rules []lint.Doc
	// Builtin returns the documentation of a built-in rule, ok false for
	// any other ID. Formats that describe rules use it for findings of
	// rules outside Rules (switched on by an override or a post) and to
	// link built-in rules to their pages; nil knows no rule.
	Builtin func(id string) (doc lint.Doc, ok bool)
	// Version is postlint's version, for formats that name the tool.
	Version string
	// Specs are the platform limits in force, for formats that show them.
	Specs map[string]platform.Spec
	// FailOn is the lowest severity that makes the run fail (--fail-on);
	// lint.Off when nothing does. JUnit marks only those findings as
	// failures, so the test report agrees with the exit code.
	FailOn lint.Severity
}

// builtinDoc returns the documentation of a built-in rule, or a Doc with
// only the ID and false.
func (o Options) builtinDoc(id string) (lint.Doc, bool) {
	if o.Builtin != nil {
		if d, ok := o.Builtin(id); ok {
			return d, true
		}
	}
	return lint.Doc{ID: id}, false
}

// Factory makes a formatter.
type Factory struct {
	New func(Options) Formatter
	// NeedsPosts is true for formats that show the post text.
	NeedsPosts bool
	Help       string
}

var registry = map[string]Factory{}

// register adds a format; each format file calls it from init.
func register(name string, f Factory) {
	if _, dup := registry[name]; dup {
		panic("report: duplicate format " + name)
	}
	registry[name] = f
}

// Lookup returns a format by name.
func Lookup(name string) (Factory, error) {
	f, ok := registry[name]
	if !ok {
		return Factory{}, fmt.Errorf("unknown format %q (use %s)", name, strings.Join(Names(), ", "))
	}
	return f, nil
}

// Names lists the formats, sorted.
func Names() []string {
	var names []string
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Multi sends results to several formatters.
type Multi []Formatter

// Post forwards to every formatter.
func (m Multi) Post(r lint.PostResult) error {
	for _, f := range m {
		if err := f.Post(r); err != nil {
			return err
		}
	}
	return nil
}

// Finish forwards to every formatter.
func (m Multi) Finish(s lint.Summary) error {
	for _, f := range m {
		if err := f.Finish(s); err != nil {
			return err
		}
	}
	return nil
}
