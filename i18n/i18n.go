// Package i18n holds the two message languages postlint speaks: English and
// Indonesian. Rules build every message in both languages at once, so the
// report can pick the locale without the rules knowing it.
package i18n

import (
	"fmt"
	"os"
	"slices"
	"strings"
)

// Locales postlint writes messages in.
const (
	EN = "en"
	ID = "id"
)

// Text is one message in both languages. An empty ID falls back to EN.
type Text struct {
	EN string
	ID string
}

// T builds a Text from fixed strings.
func T(en, id string) Text { return Text{EN: en, ID: id} }

// Sprintf formats both languages with the same arguments. Translations may
// reorder arguments with explicit indexes (%[2]d). An argument that is
// itself a Text is given in the matching language.
//
// Every finding's message passes through here, so the common formats are
// built by a small formatter into one buffer and both languages are cut
// from a single string; anything it does not handle goes to fmt.
func Sprintf(en, id string, args ...any) Text {
	var stack [512]byte
	buf, ok := appendFormat(stack[:0], en, EN, args)
	if !ok {
		return sprintfFmt(en, id, args)
	}
	n := len(buf)
	if buf, ok = appendFormat(buf, id, ID, args); !ok {
		return sprintfFmt(en, id, args)
	}
	s := string(buf)
	return Text{EN: s[:n], ID: s[n:]}
}

// sprintfFmt formats both languages with fmt.Sprintf: the general path,
// and the reference the fast one must match.
func sprintfFmt(en, id string, args []any) Text {
	enArgs, idArgs := args, args
	copied := false
	for i, a := range args {
		t, ok := a.(Text)
		if !ok {
			continue
		}
		if !copied {
			enArgs, idArgs, copied = slices.Clone(args), slices.Clone(args), true
		}
		enArgs[i], idArgs[i] = t.EN, t.In(ID)
	}
	return Text{EN: fmt.Sprintf(en, enArgs...), ID: fmt.Sprintf(id, idArgs...)}
}

// In returns the message in the given locale.
func (t Text) In(locale string) string {
	if locale == ID && t.ID != "" {
		return t.ID
	}
	return t.EN
}

// IsZero reports whether the text is empty in both languages.
func (t Text) IsZero() bool { return t.EN == "" && t.ID == "" }

// Valid reports whether s names a supported locale.
func Valid(s string) bool { return s == EN || s == ID }

// FromEnv picks the locale from LC_ALL, then LC_MESSAGES, then LANG: an
// Indonesian setting (id_ID.UTF-8, id) gives ID, anything else EN.
func FromEnv(getenv func(string) string) string {
	if getenv == nil {
		getenv = os.Getenv
	}
	for _, key := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(key)
		if v == "" {
			continue
		}
		if strings.HasPrefix(strings.ToLower(v), "id") || strings.HasPrefix(strings.ToLower(v), "in_") {
			return ID
		}
		return EN
	}
	return EN
}
