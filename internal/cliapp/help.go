package cliapp

import (
	"reflect"
	"strings"

	"github.com/postlint/postlint/i18n"
	"github.com/urfave/cli/v2"
)

// The help pages, urfave/cli's templates with their section headers
// (@NAME@ …) left to the catalogue. urfave/cli's own templates are
// package variables shared by every app; these are set on the app.
const (
	appHelpTemplate = `@NAME@:
   {{template "helpNameTemplate" .}}

@USAGE@:
   {{wrap .UsageText 3}}{{if .Description}}

@DESCRIPTION@:
   {{template "descriptionTemplate" .}}{{end}}{{if .VisibleCommands}}

@COMMANDS@:{{template "visibleCommandTemplate" .}}{{end}}{{if .VisibleFlags}}

@FLAGS@:{{template "visibleFlagTemplate" .}}{{end}}
`
	commandHelpTemplate = `@NAME@:
   {{template "helpNameTemplate" .}}

@USAGE@:
   {{if .UsageText}}{{wrap .UsageText 3}}{{else}}{{.HelpName}}{{if .VisibleFlags}} @[flags]@{{end}}{{if .ArgsUsage}} {{.ArgsUsage}}{{end}}{{end}}{{if .Description}}

@DESCRIPTION@:
   {{template "descriptionTemplate" .}}{{end}}{{if .VisibleFlags}}

@FLAGS@:{{template "visibleFlagTemplate" .}}{{end}}
`
)

// headers are the template texts the catalogue translates, and the man
// page's other section headers.
func headers() []string {
	return []string{"NAME", "USAGE", "DESCRIPTION", "COMMANDS", "FLAGS", "[flags]", "SYNOPSIS"}
}

func helpTemplate(tpl string, cat i18n.Catalog) string {
	var pairs []string
	for _, h := range headers() {
		pairs = append(pairs, "@"+h+"@", cat.T(h))
	}
	return strings.NewReplacer(pairs...).Replace(tpl)
}

// Localize writes the app's help texts in a locale: usage lines,
// descriptions, flag descriptions and section headers, from the
// locale's catalogue (i18n/help). Run calls it when help will be shown.
func Localize(app *cli.App, locale string) error {
	cat, err := i18n.HelpCatalog(locale)
	if err != nil {
		return err
	}
	eachText(app, func(s *string) { *s = cat.T(*s) })
	app.CustomAppHelpTemplate = helpTemplate(appHelpTemplate, cat)
	for _, c := range app.Commands {
		c.CustomHelpTemplate = helpTemplate(commandHelpTemplate, cat)
	}
	return nil
}

// HelpTexts returns every English text Localize translates, in the order
// of the declaration, without repeats.
func HelpTexts(app *cli.App) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s *string) {
		if *s != "" && !seen[*s] {
			seen[*s] = true
			out = append(out, *s)
		}
	}
	for _, h := range headers() {
		add(&h)
	}
	eachText(app, add)
	return out
}

// eachText calls fn on every translatable text of the app.
func eachText(app *cli.App, fn func(*string)) {
	for _, s := range []*string{&app.Usage, &app.UsageText, &app.Description, &app.ArgsUsage} {
		fn(s)
	}
	flagTexts(app.Flags, fn)
	for _, c := range app.Commands {
		for _, s := range []*string{&c.Usage, &c.UsageText, &c.Description, &c.ArgsUsage} {
			fn(s)
		}
		flagTexts(c.Flags, fn)
	}
}

// flagTexts visits each flag's Usage and DefaultText. Every urfave/cli
// flag type has both fields; reflection reaches them whatever the type.
func flagTexts(flags []cli.Flag, fn func(*string)) {
	for _, f := range flags {
		v := reflect.ValueOf(f)
		if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
			continue
		}
		for _, field := range []string{"Usage", "DefaultText"} {
			if fv := v.Elem().FieldByName(field); fv.IsValid() && fv.Kind() == reflect.String && fv.CanSet() {
				s := fv.String()
				fn(&s)
				fv.SetString(s)
			}
		}
	}
}
