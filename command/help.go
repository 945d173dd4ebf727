package command

// HelpLocale picks the language of the help, the man page and the
// completion scripts' descriptions: a valid --locale, the config's
// locale, then LANG/LC_ALL. A broken config or a bad --locale never
// stands between a user and the help; the command itself reports them.
func HelpLocale(flag string, o ConfigOptions, getenv func(string) string) string {
	cfg, err := LoadConfig(o)
	if err != nil {
		cfg = nil
	}
	if locale, err := Locale(flag, cfg, getenv); err == nil {
		return locale
	}
	locale, _ := Locale("", cfg, getenv)
	return locale
}
