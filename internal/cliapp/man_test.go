package cliapp

import (
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

func TestPlaceholderOf(t *testing.T) {
	for _, tt := range []struct{ usage, placeholder, text string }{
		{"read settings from `FILE` instead", "FILE", `read settings from \fIFILE\fR instead`},
		{"report `FORMAT[:PATH]` (repeatable)", "FORMAT[:PATH]", `report \fIFORMAT[:PATH]\fR (repeatable)`},
		{"leave out the summary line", "", "leave out the summary line"},
		{"a lone ` backtick", "", "a lone ` backtick"},
		{"with --fix: `N` dry-runs", "N", `with \-\-fix: \fIN\fR dry\-runs`},
		{".starts with a dot", "", `\&.starts with a dot`},
		{"`NAME` first. then .dot", "NAME", `\fINAME\fR first. then .dot`},
	} {
		p, text := placeholderOf(tt.usage)
		if p != tt.placeholder || text != tt.text {
			t.Errorf("placeholderOf(%q) = %q, %q; want %q, %q", tt.usage, p, text, tt.placeholder, tt.text)
		}
	}
}

// TestManPage renders a small declaration: sections in order, flags
// sorted with their names, placeholders and defaults, a command's own
// usage line, and no line of text that roff would read as a request.
func TestManPage(t *testing.T) {
	app := &cli.App{
		Name:        "tool",
		Usage:       "do a thing",
		UsageText:   "tool [flags] [PATH ...]",
		Description: "First line.\n.dotted second line",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "zeta", Usage: "set `Z`"},
			&cli.BoolFlag{Name: "alpha", Aliases: []string{"a"}, Usage: "turn on alpha", DisableDefaultText: true},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Usage: "use `N` workers", DefaultText: "one per core"},
		},
		Commands: []*cli.Command{
			{Name: "check-all", Aliases: []string{"c"}, Usage: "check everything", ArgsUsage: "RULE",
				Flags: []cli.Flag{&cli.StringFlag{Name: "only", Usage: "only `WHAT`"}}},
			{Name: "own", Usage: "with its own usage", UsageText: "tool own X\ntool own Y"},
			{Name: "hidden", Hidden: true},
		},
	}
	page, err := Man(app, "en")
	if err != nil {
		t.Fatal(err)
	}
	want := `.nh
.TH tool 1
.SH NAME
tool \- do a thing
.SH SYNOPSIS
.nf
\fBtool\fR [flags] [PATH ...]
.fi
.SH DESCRIPTION
First line.
\&.dotted second line
.SH FLAGS
.TP
\fB\-\-alpha\fR, \fB\-a\fR
turn on alpha
.TP
\fB\-\-jobs\fR, \fB\-j\fR \fIN\fR
use \fIN\fR workers (default: one per core)
.TP
\fB\-\-zeta\fR \fIZ\fR
set \fIZ\fR
.SH COMMANDS
.SS check\-all, c
check everything
.PP
\fBtool check\-all\fR [flags] RULE
.TP
\fB\-\-only\fR \fIWHAT\fR
only \fIWHAT\fR
.SS own
with its own usage
.PP
\fBtool\fR own X
.br
\fBtool\fR own Y
`
	if page != want {
		t.Errorf("page:\n%s\nwant:\n%s", page, want)
	}
	if strings.Contains(page, "hidden") {
		t.Error("the page shows a hidden command")
	}
}

// TestManIndonesianHeaders: the section headers come from the locale's
// catalogue.
func TestManIndonesianHeaders(t *testing.T) {
	app := &cli.App{Name: "tool", Usage: "u", UsageText: "tool", Flags: []cli.Flag{&cli.BoolFlag{Name: "x"}},
		Commands: []*cli.Command{{Name: "sub"}}}
	page, err := Man(app, "id")
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{".SH NAMA\n", ".SH RINGKASAN\n", ".SH OPSI\n", ".SH PERINTAH\n"} {
		if !strings.Contains(page, h) {
			t.Errorf("no %q in:\n%s", h, page)
		}
	}
	if _, err := Man(app, "xx"); err == nil {
		t.Error("an unknown locale gave no error")
	}
}
